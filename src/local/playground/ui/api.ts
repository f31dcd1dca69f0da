// The playground's JSON API, same origin; every request names this browser tab, whose user the
// server runs it as.
import { tabId } from './tab-id';
import type { PlaygroundState, RunOutcome } from '../types';
import type { SheetView } from '../sheet-view';

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body;
}

const get = <T>(path: string): Promise<T> => fetch(path, { headers: { 'X-Playground-Tab': tabId() } }).then((r) => json<T>(r));

function post<T>(path: string, body: unknown): Promise<T> {
  return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Playground-Tab': tabId() }, body: JSON.stringify(body) }).then((r) => json<T>(r));
}

export const api = {
  state: (): Promise<PlaygroundState> => get<PlaygroundState>('/api/state'),
  sheet: (name: string): Promise<SheetView> => get<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`),
  run: (fn: string): Promise<RunOutcome> => post('/api/run', { fn }),
  user: (email: string): Promise<unknown> => post('/api/user', { email }),
  daily: (): Promise<{ runs: { handler: string; ok: boolean; error?: string }[] }> => post('/api/daily', {}),
  clock: (body: { advanceMs?: number; set?: string; autoTriggers?: boolean }): Promise<{ runs: { handler: string; ok: boolean }[] }> => post('/api/clock', body),
  reset: (): Promise<unknown> => post('/api/reset', {}),
  edit: (body: { sheet: string; row: number; col: number; text: string }): Promise<{ ok: boolean; message?: string }> => post('/api/edit', body),
};
