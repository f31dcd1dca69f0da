// The playground: an HTTP server on 127.0.0.1 serving the page (ui/), its JSON API over the
// session, the generated PDFs, and two google.script.run bridges (the sidebar panel and modal
// dialogs) that run the real dist/Code.js as the user at the keyboard. Each browser tab names
// itself (header X-Playground-Tab; `?tab=` in its sidebar and dialog URLs) and acts as its own
// user on the one shared workbook.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { startBridgeServer, TAB_ID, type BridgeServer } from '../bridge';
import { LocalWorkbook } from '../workbook/local-workbook';
import { WorkbookStore } from '../workbook/store';
import { DEFAULT_TAB, FRESH_START, PlaygroundSession, freshExtra } from './session';
import { sheetView } from './sheet-view';
import type { PlaygroundExtra } from './types';
import { allowed, readJson, send, sendJson } from './http-util';
import { DOCX_MIME } from '../../domain/docx/package';

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Where the workbook, shown HTML and PDFs live (default .local/playground). */
  dir?: string;
  /** Start from a fresh setup() instead of the saved workbook. */
  reset?: boolean;
  log?: (line: string) => void;
}

export interface Playground {
  url: string;
  session: PlaygroundSession;
  sidebarBridge: BridgeServer;
  dialogBridge: BridgeServer;
  /** Saves now (otherwise saved shortly after each change). */
  save(): void;
  close(): Promise<void>;
}

const UI_DIR = path.resolve('src/local/playground/ui');

async function buildUi(): Promise<{ js: string; css: string; html: string }> {
  const out = await build({
    entryPoints: [path.join(UI_DIR, 'app.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2020',
    charset: 'utf8', write: false, logLevel: 'silent', minify: false,
  });
  const [css, html] = await Promise.all([readFile(path.join(UI_DIR, 'playground.css'), 'utf8'), readFile(path.join(UI_DIR, 'index.html'), 'utf8')]);
  return { js: out.outputFiles[0].text, css, html };
}

function openSession(dir: string, reset: boolean, log: (line: string) => void, onChange: () => void): { session: PlaygroundSession; store: WorkbookStore<PlaygroundExtra> } {
  const store = new WorkbookStore<PlaygroundExtra>(path.join(dir, 'workbook.json'));
  const saved = reset ? null : store.load((m) => log(`Không đọc được bảng tính đã lưu (${m}); tạo bảng tính mới.`));
  let workbook: LocalWorkbook;
  let extra: PlaygroundExtra;
  if (saved) {
    workbook = new LocalWorkbook({ snapshot: saved.workbook, realTime: true });
    extra = { ...freshExtra(), ...saved.extra };
    log(`Mở bảng tính đã lưu ${store.file} (lưu lúc ${saved.savedAt}).`);
  } else {
    workbook = new LocalWorkbook({ now: FRESH_START, realTime: true });
    workbook.install();
    extra = freshExtra();
    log('Tạo bảng tính mới: Cài đặt bởi quản trị viên, gán email cho các đơn vị.');
  }
  return { session: new PlaygroundSession({ dir, workbook, extra, onChange }), store };
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const dir = path.resolve(options.dir ?? '.local/playground');
  const log = options.log ?? ((line: string) => console.log(line));
  if (!existsSync('dist/Code.js')) throw new Error('dist/Code.js is missing: run `npm run build` first.');
  const ui = await buildUi();

  let saveTimer: NodeJS.Timeout | null = null;
  let save = (): void => {};
  const scheduleSave = (): void => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => save(), 300);
  };
  const { session, store } = openSession(dir, options.reset ?? false, log, scheduleSave);
  save = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    store.save(session.wb.snapshot(), session.extra);
  };
  save();

  const entries = session.wb.bundle.entryNames();
  const bridgeFor = (kind: 'sidebar' | 'dialog'): Promise<BridgeServer> => startBridgeServer({
    call: (fn, args, tab) => session.bridgeCall(tab || DEFAULT_TAB, kind, fn, args), allowed: entries,
    pagePath: (tab) => session.shownPath(tab || DEFAULT_TAB, kind),
  });
  const [sidebarBridge, dialogBridge] = await Promise.all([bridgeFor('sidebar'), bridgeFor('dialog')]);
  session.sidebarUrl = sidebarBridge.url;
  session.dialogUrl = dialogBridge.url;

  let origins: string[] = [];
  async function api(req: IncomingMessage, res: ServerResponse, pathname: string, query: URLSearchParams): Promise<void> {
    const tabHeader = req.headers['x-playground-tab'];
    const tab = typeof tabHeader === 'string' ? tabHeader : DEFAULT_TAB;
    if (!TAB_ID.test(tab)) return sendJson(res, { ok: false, message: 'Mã thẻ trình duyệt không hợp lệ.' }, 400);
    if (req.method === 'GET' && pathname === '/api/state') return sendJson(res, session.state(tab));
    if (req.method === 'GET' && pathname === '/api/sheet') {
      const sheet = session.wb.services.spreadsheet.raw.getSheetByName(query.get('name') ?? '');
      if (!sheet) return sendJson(res, { error: 'Không có trang này.' }, 404);
      return sendJson(res, sheetView(sheet, session.wb.services.spreadsheet.raw.getSpreadsheetTimeZone()));
    }
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    const body = await readJson(req);
    switch (pathname) {
      case '/api/run': return sendJson(res, session.runMenu(tab, String(body.fn ?? '')));
      case '/api/user': session.setUser(tab, String(body.email ?? '')); return sendJson(res, { ok: true });
      case '/api/daily': return sendJson(res, { ok: true, runs: session.runDaily(tab) });
      case '/api/clock': {
        if (typeof body.autoTriggers === 'boolean') session.setAutoTriggers(body.autoTriggers);
        const target = typeof body.set === 'string' ? new Date(body.set)
          : typeof body.advanceMs === 'number' ? new Date(session.wb.now().getTime() + body.advanceMs) : null;
        if (target && Number.isNaN(target.getTime())) return sendJson(res, { ok: false, message: 'Thời điểm không hợp lệ.' }, 400);
        return sendJson(res, { ok: true, runs: target ? session.setClock(target, tab) : [] });
      }
      case '/api/reset': session.reset(tab); return sendJson(res, { ok: true });
      case '/api/edit': {
        const result = session.edit(tab, { sheet: String(body.sheet ?? ''), row: Number(body.row), col: Number(body.col), text: String(body.text ?? '') });
        if (result.ok) log(`Sửa ô ${String(body.sheet)} (${String(body.row)}, ${String(body.col)}) → ${result.triggers.map((t) => `${t.handler}: ${t.ok ? 'ok' : t.error}`).join(', ') || 'không có trigger'}`);
        return sendJson(res, result, result.ok ? 200 : 400);
      }
      default: return send(res, 404, 'text/plain', 'not found');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowed(req, origins)) return send(res, 403, 'text/plain', 'forbidden');
    const url = new URL(req.url ?? '/', origins[0]);
    const { pathname } = url;
    if (pathname.startsWith('/api/')) return api(req, res, pathname, url.searchParams);
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    if (pathname === '/') return send(res, 200, 'text/html', ui.html);
    if (pathname === '/app.js') return send(res, 200, 'text/javascript', ui.js);
    if (pathname === '/app.css') return send(res, 200, 'text/css', ui.css);
    const file = /^\/reports\/([\w.-]+)\.(pdf|docx)$/.exec(pathname);
    if (file) {
      const [, id, ext] = file;
      const entry = session.extra.reports.find((r) => r.id === id && r.status === 'ready');
      if (!entry) return send(res, 404, 'text/plain', 'Báo cáo chưa sẵn sàng hoặc không tồn tại.');
      return ext === 'pdf'
        ? send(res, 200, 'application/pdf', await readFile(session.reports.filePath(entry.id, 'pdf')))
        : send(res, 200, DOCX_MIME, await readFile(session.reports.filePath(entry.id, 'docx')));
    }
    send(res, 404, 'text/plain', 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, { ok: false, message: e instanceof Error ? e.message : String(e) }, 500);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  session.baseUrl = `${origins[0]}/`;

  return {
    url: `${origins[0]}/`,
    session, sidebarBridge, dialogBridge,
    save: () => save(),
    close: async () => {
      await session.reports.close();
      save();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([sidebarBridge.close(), dialogBridge.close()]);
    },
  };
}
