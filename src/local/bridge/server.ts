// The Node side of the bridge: an HTTP server on 127.0.0.1 that serves the built sidebar with
// the google.script.run stand-in injected, and answers the page's calls through `call` (in the
// tests and the playground: the real dist/Code.js running in node:vm with the fakes).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { readBody, send } from '../http';
import { standInScript } from './stand-in-script';
import { firstIllegalValue, messageOf, nameOf } from './transfer';

export const CALL_PATH = '/__bridge/call';
export const SCRIPT_PATH = '/__bridge/google-script-run.js';
const MAX_BODY = 1024 * 1024;

export interface BridgeOptions {
  /** Runs one server function; may throw (the page's failure handler gets the message). */
  call: (fn: string, args: unknown[]) => unknown;
  /** Entry names the page may call through google.script.run. */
  allowed: string[];
  /** 0 (default) picks a free port. */
  port?: number;
  /** The page served at `/`; default dist/Sidebar.html from the working directory. */
  sidebarPath?: string;
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
  const script = standInScript({ endpoint: CALL_PATH, functions: [...allowed] });
  const calls: BridgeCall[] = [];
  let delayMs = options.delayMs ?? 0;
  let injection: FailureInjection | null = null;
  let origin = '';
  let origins: string[] = [];

  async function answer(fn: string, args: unknown[]): Promise<Answer> {
    if (delayMs > 0) await sleep(delayMs);
    const trip = injection && (!injection.fn || injection.fn === fn) ? injection : null;
    if (trip) injection = null;
    const lost = failure(trip?.message ?? 'NetworkError: Connection failure due to HTTP 0', 'NetworkError');
    if (trip?.when === 'before') return lost;
    let value: unknown;
    try {
      value = await options.call(fn, args);
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
    try {
      const body = JSON.parse(await readBody(req, MAX_BODY)) as { fn?: unknown; args?: unknown };
      fn = typeof body.fn === 'string' ? body.fn : '';
      args = Array.isArray(body.args) ? body.args : [];
    } catch {
      send(res, 400, 'text/plain', 'bad request');
      return;
    }
    let result: Answer;
    if (!allowed.has(fn)) {
      const message = `Bridge: ${fn || '(no name)'} is not a function this page may call.`;
      result = failure(message, 'TypeError');
      calls.push({ fn, args, outcome: 'refused', error: message });
    } else {
      result = await answer(fn, args);
      calls.push(result.ok ? { fn, args, outcome: 'success', ...(result.nulled ? { nulled: result.nulled } : {}) } : { fn, args, outcome: 'failure', error: result.error.message });
    }
    send(res, 200, 'application/json', JSON.stringify(result.ok ? { ok: true, value: result.value } : result));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Refuse other Host names: a DNS-rebinding page would otherwise reach this server.
    if (!origins.includes(`http://${req.headers.host ?? ''}`)) {
      send(res, 403, 'text/plain', 'forbidden host');
      return;
    }
    const pathname = new URL(req.url ?? '/', origin).pathname;
    if (req.method === 'POST' && pathname === CALL_PATH) return handleCall(req, res);
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    if (pathname === SCRIPT_PATH) return send(res, 200, 'text/javascript', script);
    if (pathname === '/' || pathname === '/Sidebar.html') {
      const html = await readFile(sidebarPath, 'utf8');
      return send(res, 200, 'text/html', injectStandIn(html, script));
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
