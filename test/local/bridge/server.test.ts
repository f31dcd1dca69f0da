// The google.script.run bridge: the stand-in's Apps Script semantics, checked in real Chromium,
// and the server's guards, checked with plain HTTP requests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import type { Browser, Page } from 'playwright-core';
import { CALL_PATH, injectStandIn, startBridgeServer, type BridgeServer } from '../../../src/local/bridge';
import { firstIllegalValue } from '../../../src/local/bridge/transfer';
import { launchChromium } from '../../../src/local/report/chromium';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
<script>window.seenAtLoad = typeof google === 'object' && typeof google.script.run.echo === 'function';</script>
</body></html>`;

const vmError = vm.runInNewContext('new Error("Lỗi từ máy chủ: <b>x</b>")') as unknown;
const ran: string[] = [];
const api: Record<string, (...args: unknown[]) => unknown> = {
  echo: (...args) => ({ args }),
  boom: () => { throw new Error('Không có quyền nộp báo cáo cho đơn vị này.'); },
  boomVm: () => { throw vmError; },
  dated: () => ({ at: new Date(0) }),
  sideEffect: () => { ran.push('sideEffect'); return 'done'; },
  secret: () => 'never',
};

const tabs: string[] = [];
let bridge: BridgeServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bridge-'));
  writeFileSync(path.join(dir, 'page.html'), PAGE);
  bridge = await startBridgeServer({
    call: (fn, args, tab) => { tabs.push(tab); return api[fn](...args); },
    allowed: ['echo', 'boom', 'boomVm', 'dated', 'sideEffect'],
    sidebarPath: path.join(dir, 'page.html'),
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(bridge.url);
});

afterAll(async () => {
  await browser?.close();
  await bridge?.close();
});

beforeEach(() => {
  bridge.calls.length = 0;
  ran.length = 0;
  tabs.length = 0;
});

/** Runs one google.script.run call in the page and resolves with what the handlers received. */
function run(script: string): Promise<unknown> {
  return page.evaluate(`new Promise((done) => { ${script} })`);
}

test('listens on 127.0.0.1 and injects the stand-in before the page script', async () => {
  expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(await page.evaluate('window.seenAtLoad')).toBe(true);
  expect(injectStandIn('<body><script>x</script></body>', 'S')).toBe('<body><script>S</script>\n<script>x</script></body>');
});

test('success handler gets the value and the user object; arguments arrive as sent', async () => {
  const got = await run(`google.script.run.withSuccessHandler((v, u) => done({ v, u })).withUserObject({ row: 3 })
    .echo('Cẩm Bình', 2, true, null, { a: [1, 'x'] })`);
  expect(got).toEqual({ v: { args: ['Cẩm Bình', 2, true, null, { a: [1, 'x'] }] }, u: { row: 3 } });
  expect(bridge.calls).toEqual([{ fn: 'echo', args: ['Cẩm Bình', 2, true, null, { a: [1, 'x'] }], outcome: 'success' }]);
});

test('each with* returns a new runner and leaves the one it came from unchanged', async () => {
  const got = await run(`
    const base = google.script.run;
    const withOk = base.withSuccessHandler(() => done('wrong runner'));
    const other = base.withSuccessHandler((v) => done(v));
    const results = [withOk !== base, other !== withOk, base.withFailureHandler(() => 0) !== base,
      base.echo('a') === undefined];
    setTimeout(() => other.withUserObject(results).withSuccessHandler((v, u) => done(u)).echo(), 50);`);
  expect(got).toEqual([true, true, true, true]);
});

test('a server exception reaches the failure handler as an Error with its message (also from the vm realm)', async () => {
  const got = await run(`google.script.run.withFailureHandler((e, u) => done({ isError: e instanceof Error, message: e.message, u }))
    .withUserObject('ctx').boom()`);
  expect(got).toEqual({ isError: true, message: 'Không có quyền nộp báo cáo cho đơn vị này.', u: 'ctx' });
  const fromVm = await run(`google.script.run.withFailureHandler((e) => done(e.message)).boomVm()`);
  expect(fromVm).toBe('Lỗi từ máy chủ: <b>x</b>');
  expect(bridge.calls.map((c) => c.outcome)).toEqual(['failure', 'failure']);
});

test('a throwing success handler does not call the failure handler', async () => {
  const got = await run(`
    window.failed = false;
    window.addEventListener('error', (e) => { e.preventDefault(); setTimeout(() => done({ failed: window.failed, uncaught: e.message }), 20); }, { once: true });
    google.script.run.withFailureHandler(() => { window.failed = true; })
      .withSuccessHandler(() => { throw new Error('handler bug'); }).echo()`);
  expect(got).toEqual({ failed: false, uncaught: expect.stringContaining('handler bug') });
});

test('only the allowed functions exist, and the server refuses any other name', async () => {
  expect(await page.evaluate('typeof google.script.run.secret')).toBe('undefined');
  const got = await page.evaluate(async (endpoint) => {
    const res = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: 'secret', args: [] }) });
    return res.json();
  }, CALL_PATH);
  expect(got).toEqual({ ok: false, error: { name: 'TypeError', message: expect.stringContaining('secret') } });
  expect(bridge.calls).toEqual([expect.objectContaining({ fn: 'secret', outcome: 'refused' })]);
});

test('a Date or a function as an argument throws at once and sends nothing', async () => {
  const got = await page.evaluate(`(() => {
    const out = [];
    for (const bad of [new Date(), () => 1, { nested: [new Map()] }]) {
      try { google.script.run.echo(bad); out.push('sent'); } catch (e) { out.push(e.name + ': ' + e.message); }
    }
    try { google.script.run.echo('ok', { when: new Date() }); } catch (e) { out.push(e.message); }
    return out;
  })()`);
  // Google's text names the innermost property: the argument's index, or the key.
  expect(got).toEqual([
    'TypeError: Failed due to illegal value in property: 0', 'TypeError: Failed due to illegal value in property: 0',
    'TypeError: Failed due to illegal value in property: 0', 'Failed due to illegal value in property: when',
  ]);
  await page.waitForTimeout(50);
  expect(bridge.calls).toEqual([]);
});

test('a result holding a Date reaches the page as null, as Apps Script delivers it, and the call log says where', async () => {
  const got = await run(`google.script.run.withSuccessHandler((v) => done(v === null ? 'null' : JSON.stringify(v))).withFailureHandler((e) => done('fail:' + e.message)).dated()`);
  expect(got).toBe('null');
  expect(bridge.calls.at(-1)).toMatchObject({ fn: 'dated', outcome: 'success', nulled: 'result.at' });
  expect(firstIllegalValue({ a: [1, { b: vm.runInNewContext('new Date()') }] })).toBe('value.a[1].b');
  expect(firstIllegalValue(vm.runInNewContext('({ a: [1, "x", null, { b: true }] })'))).toBeNull();
  expect(firstIllegalValue({ n: NaN })).toBe('value.n');
});

test("one-shot failures: 'before' never reaches the server, 'after' runs it and loses the answer", async () => {
  const attempt = `google.script.run.withSuccessHandler((v) => done('ok:' + v)).withFailureHandler((e) => done('fail:' + e.message)).sideEffect()`;
  bridge.failNext({ when: 'before', fn: 'sideEffect', message: 'Mất kết nối' });
  expect(await run(attempt)).toBe('fail:Mất kết nối');
  expect(ran).toEqual([]);
  bridge.failNext({ when: 'after' });
  expect(await run(attempt)).toMatch(/^fail:NetworkError/);
  expect(ran).toEqual(['sideEffect']);
  expect(await run(attempt)).toBe('ok:done');
  expect(ran).toEqual(['sideEffect', 'sideEffect']);
});

test('an injection for another function waits for that function', async () => {
  bridge.failNext({ when: 'before', fn: 'sideEffect' });
  expect(await run(`google.script.run.withSuccessHandler((v) => done(v)).echo(1)`)).toEqual({ args: [1] });
  expect(await run(`google.script.run.withFailureHandler((e) => done('failed')).sideEffect()`)).toBe('failed');
});

test('the delay holds every answer back', async () => {
  bridge.setDelay(300);
  try {
    const elapsed = await run(`const t = performance.now(); google.script.run.withSuccessHandler(() => done(performance.now() - t)).echo()`);
    expect(elapsed).toBeGreaterThanOrEqual(290);
  } finally {
    bridge.setDelay(0);
  }
});

function post(headers: Record<string, string>, body = '{"fn":"echo","args":[]}'): Promise<number> {
  const { port } = new URL(bridge.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: CALL_PATH, method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('refuses foreign origins, foreign Host names (DNS rebinding) and non-JSON posts', async () => {
  const json = { 'Content-Type': 'application/json' };
  expect(await post(json)).toBe(200);
  expect(await post({ ...json, Origin: 'https://evil.example' })).toBe(403);
  expect(await post({ ...json, Host: 'evil.example' })).toBe(403);
  expect(await post({ 'Content-Type': 'text/plain' })).toBe(403);
  expect(await post(json, 'not json')).toBe(400);
  expect(bridge.calls.map((c) => c.fn)).toEqual(['echo']);
});

test('a page opened as /?tab=ID sends its tab with every call; a page without one sends none', async () => {
  const tabbed = await browser.newPage();
  try {
    await tabbed.goto(`${bridge.url}?tab=t-one_1`);
    const got = await tabbed.evaluate(`new Promise((done) => google.script.run.withSuccessHandler(done).echo('x'))`);
    expect(got).toEqual({ args: ['x'] });
    expect(await run(`google.script.run.withSuccessHandler(done).echo('y')`)).toEqual({ args: ['y'] });
    expect(tabs).toEqual(['t-one_1', '']);
    expect(bridge.calls).toEqual([{ fn: 'echo', args: ['x'], outcome: 'success', tab: 't-one_1' }, { fn: 'echo', args: ['y'], outcome: 'success' }]);
  } finally {
    await tabbed.close();
  }
  const { port } = new URL(bridge.url);
  expect((await fetch(`http://127.0.0.1:${port}/?tab=${encodeURIComponent('../page')}`)).status).toBe(400);
  expect(await post({ 'Content-Type': 'application/json' }, '{"fn":"echo","args":[],"tab":"../x"}')).toBe(400);
  expect(tabs).toEqual(['t-one_1', '']);
});
