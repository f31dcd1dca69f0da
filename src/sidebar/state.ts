// What the sidebar knows between server calls, and the pure updates after a submission.
import type { FormData, RevisionDto, SidebarData, SubmitResult } from '../contract/rpc';

export interface AppState {
  data: SidebarData | null;
  /** Server clock minus browser clock: "Còn N ngày" is computed against the server's now. */
  clockOffsetMs: number;
  form: FormData | null;
  sending: boolean;
  /** The browser's check found errors: re-check on every edit until the next send. */
  liveCheck: boolean;
  /** Increments with every form load, so a slow answer for an earlier choice is ignored. */
  loadToken: number;
}

export function initialState(): AppState {
  return { data: null, clockOffsetMs: 0, form: null, sending: false, liveCheck: false, loadToken: 0 };
}

export function serverNow(state: AppState): Date {
  return new Date(Date.now() + state.clockOffsetMs);
}

export function clockOffset(serverIso: string): number {
  const server = Date.parse(serverIso);
  return Number.isNaN(server) ? 0 : server - Date.now();
}

type Stored = Extract<SubmitResult, { ok: true }>;

/** The history after a stored submission (a replayed one is already in it). */
export function historyAfter(history: RevisionDto[], result: Stored, email: string): RevisionDto[] {
  if (history.some((r) => r.revision === result.revision)) return history;
  return [...history, {
    revision: result.revision, submittedAt: result.submittedAt, submittedBy: email, timeliness: result.timeliness,
    ...(result.changes ? { changes: result.changes } : {}), ...(result.nothingToReport !== undefined ? { nothingToReport: result.nothingToReport } : {}),
  }];
}

/**
 * The period's state after a stored submission: the first submission decides on time or late
 * (a later revision does not change it).
 */
export function markSubmitted(state: AppState, result: Stored): void {
  const form = state.form;
  if (!form) return;
  const already = form.period.status === 'on_time' || form.period.status === 'late';
  if (!already) form.period.status = result.timeliness;
  // The list's state is per user (worst of the user's units): only exact for a single unit.
  const listed = state.data?.periods.find((p) => p.id === form.period.id);
  if (listed && state.data?.units.length === 1 && !already) listed.status = result.timeliness;
}
