// The audit log: who did what, when. Append-only, written with one call per entry.
import type { Env } from '../env';
import { SHEETS } from '../sheets/names';
import { literal } from '../sheets/table';

export interface AuditEntry {
  action: string;
  target: string;
  detail: string;
}

export function appendAudit(env: Env, entry: AuditEntry, who = env.activeEmail() || '(không rõ)'): void {
  const sheet = env.ss().getSheetByName(SHEETS.audit);
  if (!sheet) return; // before setup there is nowhere to log; setup logs itself once it exists
  sheet.appendRow([env.now(), literal(who), literal(entry.action), literal(entry.target), literal(entry.detail)]);
}

/** Several entries in one write (setup, batch operations). */
export function appendAuditMany(env: Env, entries: AuditEntry[], who = env.activeEmail() || '(không rõ)'): void {
  const sheet = env.ss().getSheetByName(SHEETS.audit);
  if (!sheet || entries.length === 0) return;
  const rows = entries.map((e) => [env.now(), literal(who), literal(e.action), literal(e.target), literal(e.detail)]);
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, 5).setValues(rows);
}
