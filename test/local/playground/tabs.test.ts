// The playground's browser tabs over plain HTTP (no browser): each tab names itself, acts as its
// own user on the one shared workbook, gets its own sidebar and dialog pages, and keeps its user
// across a restart. The google.script.run calls from a tab's sidebar run as that tab's user.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CALL_PATH } from '../../../src/local/bridge';
import { startPlayground, type Playground } from '../../../src/local/playground/server';
import type { PlaygroundState, RunOutcome } from '../../../src/local/playground/types';
import { ADMIN, OFFICER, OFFICER_UNIT } from '../../../src/local/workbook/people';
import { SHEETS } from '../../../src/server/sheets/names';
import type { SidebarData } from '../../../src/contract/rpc';

jest.setTimeout(60_000);
const A = 'tofficer01';
const B = 'tadmin0002';
let dir: string;
let playground: Playground;

async function api<T>(tab: string | null, route: string, body?: unknown): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = tab === null ? {} : { 'X-Playground-Tab': tab };
  const init: RequestInit = body === undefined ? { headers } : { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(new URL(route, playground.url), init);
  return { status: res.status, body: (await res.json()) as T };
}

async function bridgeCall(url: string, body: unknown): Promise<{ status: number; text: string }> {
  const res = await fetch(new URL(CALL_PATH, url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

const state = async (tab: string | null): Promise<PlaygroundState> => (await api<PlaygroundState>(tab, '/api/state')).body;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-playground-tabs-'));
  playground = await startPlayground({ port: 0, dir, reset: true, log: () => undefined });
});

afterAll(async () => {
  await playground?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('two tabs choose two users; neither changes the other, nor the default for requests without a tab', async () => {
  expect((await state(A)).user).toBe(ADMIN); // a new tab starts as the user chosen last (a fresh playground: the admin)
  await api(A, '/api/user', { email: OFFICER });
  expect((await state(B)).user).toBe(OFFICER); // tabs opened later start as the user chosen last
  await api(B, '/api/user', { email: ADMIN });
  const [a, b] = [await state(A), await state(B)];
  expect([a.tab, a.user, b.tab, b.user]).toEqual([A, OFFICER, B, ADMIN]);
  expect(a.sidebarUrl).toBe(`${playground.sidebarBridge.url}?tab=${A}`);
  expect(b.dialogUrl).toBe(`${playground.dialogBridge.url}?tab=${B}`);
  expect((await state(null)).tab).toBe('default');
  expect(a.version).toBe(b.version); // one workbook
  // A tab id is an opaque token, never a path.
  expect((await api('../x', '/api/state')).status).toBe(400);
});

test('a tab\'s sidebar is its own page, and its google.script.run calls run as the tab\'s user', async () => {
  const opened = (await api<RunOutcome>(A, '/api/run', { fn: 'showSidebar' })).body;
  expect(opened.ok).toBe(true);
  expect(opened.shown?.url).toMatch(new RegExp(`^${playground.sidebarBridge.url}\\?tab=${A}&v=\\d+$`));
  const page = await fetch(opened.shown!.url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain(`"tab":"${A}"`); // the stand-in sends the tab with each call
  // Tab B never opened a sidebar: its page does not exist (it never sees A's).
  expect((await fetch(`${playground.sidebarBridge.url}?tab=${B}`)).status).toBe(404);
  expect((await fetch(`${playground.sidebarBridge.url}?tab=..%2Fx`)).status).toBe(400);

  const asA = JSON.parse((await bridgeCall(playground.sidebarBridge.url, { fn: 'getSidebarData', args: [], tab: A })).text) as { ok: boolean; value: SidebarData };
  const asB = JSON.parse((await bridgeCall(playground.sidebarBridge.url, { fn: 'getSidebarData', args: [], tab: B })).text) as { ok: boolean; value: SidebarData };
  expect([asA.value.user.email, asA.value.user.isAdmin, asA.value.units.map((u) => u.code)]).toEqual([OFFICER, false, [OFFICER_UNIT]]);
  expect([asB.value.user.email, asB.value.user.isAdmin]).toEqual([ADMIN, true]);
  expect(playground.sidebarBridge.calls.map((c) => c.tab)).toEqual([A, B]);
  expect((await bridgeCall(playground.sidebarBridge.url, { fn: 'getSidebarData', args: [], tab: 'a/b' })).status).toBe(400);
  // Between calls the workbook's user is the one chosen last, whichever tab called.
  expect(playground.session.wb.user).toBe(ADMIN);
});

test('a grid edit is written as the tab\'s user: the officer may not edit Chỉ tiêu, the admin may', async () => {
  const edit = { sheet: SHEETS.indicators, row: 1, col: 20, text: 'Ghi chú' };
  const refused = await api<{ ok: boolean; message: string }>(A, '/api/edit', edit);
  expect(refused.status).toBe(400);
  expect(refused.body.message).toMatch(/protected/);
  expect(playground.session.wb.services.spreadsheet.raw.getSheetByName(SHEETS.indicators)!.getRange(1, 20).getValue()).toBe('');
  const done = await api<{ ok: boolean; triggers: { handler: string; ok: boolean }[] }>(B, '/api/edit', edit);
  expect(done.body).toEqual({ ok: true, triggers: [{ handler: 'onEditGuard', ok: true }] });
  const log = (await state(A)).activity.filter((e) => e.kind === 'edit').map((e) => [e.user, e.ok]);
  expect(log).toEqual([[ADMIN, true], [OFFICER, false]]); // newest first
});

test('each tab keeps its user across a restart', async () => {
  await playground.close();
  playground = await startPlayground({ port: 0, dir, log: () => undefined });
  expect([(await state(A)).user, (await state(B)).user]).toEqual([OFFICER, ADMIN]);
});
