// The Node side of the bridge: an HTTP server on 127.0.0.1 that serves the built sidebar with
// the google.script.run stand-in injected, and answers the page's calls through `call` (in the
// tests and the playground: the real dist/Code.js running in node:vm with the fakes).
// A page opened as `/?tab=ID` belongs to one browser tab: its calls carry that id to `call`, so
// the playground can run each tab as its own user.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { readBody, send } from '../http';
import { standInScript } from './stand-in-script';
import { firstIllegalValue, messageOf, nameOf } from './transfer';

export const CALL_PATH = '/__bridge/call';
export const SCRIPT_PATH = '/__bridge/google-script-run.js';
const MAX_BODY = 1024 * 1024;

export interface BridgeOptions {
  /**
   * Runs one server function; may throw (the page's failure handler gets the message). `tab` is
   * the `tab` query parameter of the page that called ('' when it had none).
   */
  call: (fn: string, args: unknown[], tab: string) => unknown;
  /** Entry names the page may call through google.script.run. */
  allowed: string[];
  /** 0 (default) picks a free port. */
  port?: number;
  /** The page served at `/`; default dist/Sidebar.html from the working directory. */
  sidebarPath?: string;
  /** The page served at `/?tab=ID`, per tab (overrides sidebarPath). */
  pagePath?: (tab: string) => string;
  /** Wait this long before answering every call (simulates Apps Script's latency). */
  delayMs?: number;
}

/** 'before': the call never reaches the server. 'after': it runs, but the answer is lost (a timeout). */
export interface FailureInjection {
  when: 'before' | 'after';
  /** Only a call to this function trips it; default the next call of any function. */
  fn?: string;
  message?: string;
}

export interface BridgeCall {
  fn: string;
  args: unknown[];
  outcome: 'success' | 'failure' | 'refused';
  /** The calling page's tab id, when it had one. */
  tab?: string;
  /** Where the server's result held a type google.script.run cannot carry (the page got null instead). */
  nulled?: string;
  /** The failure message, when the page's failure handler was called. */
  error?: string;
}

export interface BridgeServer {
  url: string;
  /** Every call the page made, in order. */
  calls: BridgeCall[];
  failNext(injection: FailureInjection): void;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

type Answer = { ok: true; value: unknown; nulled?: string } | { ok: false; error: { name: string; message: string } };

/** Tab ids are opaque tokens; anything else is refused (they also name files in the playground). */
export const TAB_ID = /^[A-Za-z0-9_-]{1,64}$/;

const failure = (message: string, name = 'Error'): Answer => ({ ok: false, error: { name, message } });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Puts the stand-in in front of the page's first script, so google.script exists when it runs. */
export function injectStandIn(html: string, script: string): string {
  const tag = `<script>${script}</script>\n`;
  const at = html.search(/<script[\s>]/i);
  if (at >= 0) return html.slice(0, at) + tag + html.slice(at);
  return html.replace(/<\/head>/i, `${tag}</head>`);
}

export async function startBridgeServer(options: BridgeOptions): Promise<BridgeServer> {
  const sidebarPath = path.resolve(options.sidebarPath ?? 'dist/Sidebar.html');
  const allowed = new Set(options.allowed);
  const scriptFor = (tab: string): string => standInScript({ endpoint: CALL_PATH, functions: [...allowed], ...(tab ? { tab } : {}) });
  const pageFor = options.pagePath ?? (() => sidebarPath);
  const calls: BridgeCall[] = [];
  let delayMs = options.delayMs ?? 0;
  let injection: FailureInjection | null = null;
  let origin = '';
  let origins: string[] = [];

  async function answer(fn: string, args: unknown[], tab: string): Promise<Answer> {
    if (delayMs > 0) await sleep(delayMs);
    const trip = injection && (!injection.fn || injection.fn === fn) ? injection : null;
    if (trip) injection = null;
    const lost = failure(trip?.message ?? 'NetworkError: Connection failure due to HTTP 0', 'NetworkError');
    if (trip?.when === 'before') return lost;
    let value: unknown;
    try {
      value = await options.call(fn, args, tab);
    } catch (thrown) {
      return failure(messageOf(thrown), nameOf(thrown));
    }
    if (trip) return lost;
    // Apps Script delivers null to the success handler when the result holds a Date or another
    // illegal type (https://developers.google.com/apps-script/guides/html/reference/run); the
    // call log keeps where, so a test can say why the page got nothing.
    const bad = firstIllegalValue(value, 'result');
    if (bad) return { ok: true, value: null, nulled: bad };
    return { ok: true, value };
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only the page we served may call: a foreign site's fetch carries its own Origin, and the
    // JSON content type forces a CORS preflight that this server never approves.
    const sameOrigin = req.headers.origin === undefined || origins.includes(req.headers.origin);
    if (!sameOrigin || !String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      send(res, 403, 'text/plain', 'forbidden');
      return;
    }
    let fn = '';
    let args: unknown[] = [];
    let tab = '';
    try {
      const body = JSON.parse(await readBody(req, MAX_BODY)) as { fn?: unknown; args?: unknown; tab?: unknown };
      fn = typeof body.fn === 'string' ? body.fn : '';
      args = Array.isArray(body.args) ? body.args : [];
      if (body.tab !== undefined && (typeof body.tab !== 'string' || !TAB_ID.test(body.tab))) throw new Error('bad tab');
      tab = body.tab ?? '';
    } catch {
      send(res, 400, 'text/plain', 'bad request');
      return;
    }
    const from = tab ? { tab } : {};
    let result: Answer;
    if (!allowed.has(fn)) {
      const message = `Bridge: ${fn || '(no name)'} is not a function this page may call.`;
      result = failure(message, 'TypeError');
      calls.push({ fn, args, outcome: 'refused', error: message, ...from });
    } else {
      result = await answer(fn, args, tab);
      calls.push(result.ok ? { fn, args, outcome: 'success', ...(result.nulled ? { nulled: result.nulled } : {}), ...from } : { fn, args, outcome: 'failure', error: result.error.message, ...from });
    }
    send(res, 200, 'application/json', JSON.stringify(result.ok ? { ok: true, value: result.value } : result));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Refuse other Host names: a DNS-rebinding page would otherwise reach this server.
    if (!origins.includes(`http://${req.headers.host ?? ''}`)) {
      send(res, 403, 'text/plain', 'forbidden host');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    const { pathname } = url;
    if (req.method === 'POST' && pathname === CALL_PATH) return handleCall(req, res);
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    const tab = url.searchParams.get('tab') ?? '';
    if (tab && !TAB_ID.test(tab)) return send(res, 400, 'text/plain', 'bad tab');
    if (pathname === SCRIPT_PATH) return send(res, 200, 'text/javascript', scriptFor(tab));
    if (pathname === '/' || pathname === '/Sidebar.html') {
      const file = pageFor(tab);
      if (!existsSync(file)) return send(res, 404, 'text/plain', 'nothing shown in this tab');
      const html = await readFile(file, 'utf8');
      return send(res, 200, 'text/html', injectStandIn(html, scriptFor(tab)));
    }
    send(res, 404, 'text/plain', 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', messageOf(error));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  origins = [origin, `http://localhost:${port}`];

  return {
    url: `${origin}/`,
    calls,
    failNext(next) { injection = next; },
    setDelay(ms) { delayMs = ms; },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
