// The audit log: who did what, when. Append-only, each row linked into the audit hash chain
// (sixth column). Linking needs the chain's head to stay put between reading and writing, so an
// entry is written under the script lock: the caller's, or one taken here for the write.
import type { Env } from '../env';
import { AUDIT_COLUMNS, SHEETS } from '../sheets/names';
import { type Cell, literal } from '../sheets/table';
import { HASH_COLUMN } from '../integrity/canonical';
import { linkRows } from '../integrity/chain';

export interface AuditEntry {
  action: string;
  target: string;
  detail: string;
}

/** The audit sheet's columns in order; the link is the last. */
export const AUDIT_HEADER: string[] = [...Object.values(AUDIT_COLUMNS), HASH_COLUMN];
const HASH_INDEX = AUDIT_HEADER.length - 1;
const LOCK_MS = 20000;

function rowOf(env: Env, e: AuditEntry, who: string): Cell[] {
  return [env.now(), literal(who), literal(e.action), literal(e.target), literal(e.detail), ''];
}

/** Runs `write` under the script lock, taking it only when the caller does not hold it. */
function underLock<T>(env: Env, write: (linked: boolean) => T): T {
  const lock = env.g.LockService.getScriptLock();
  if (lock.hasLock()) return write(true);
  const got = lock.tryLock(LOCK_MS);
  try {
    // Without the lock the entry is still written, unlinked: the daily check reports it.
    return write(got);
  } finally {
    if (got) lock.releaseLock();
  }
}

function append(env: Env, entries: AuditEntry[], who: string): void {
  const sheet = env.ss().getSheetByName(SHEETS.audit);
  if (!sheet || entries.length === 0) return; // before setup there is nowhere to log; setup logs itself once it exists
  underLock(env, (linked) => {
    const rows = entries.map((e) => rowOf(env, e, who));
    const pending = linked ? linkRows(env, 'audit', AUDIT_HEADER, HASH_INDEX, rows) : { rows, commit: () => undefined };
    if (pending.rows.length === 1) sheet.appendRow(pending.rows[0]);
    else sheet.getRange(sheet.getLastRow() + 1, 1, pending.rows.length, AUDIT_HEADER.length).setValues(pending.rows);
    pending.commit();
  });
}

export function appendAudit(env: Env, entry: AuditEntry, who = env.activeEmail() || '(không rõ)'): void {
  append(env, [entry], who);
}

/** Several entries in one write (setup, batch operations). */
export function appendAuditMany(env: Env, entries: AuditEntry[], who = env.activeEmail() || '(không rõ)'): void {
  append(env, entries, who);
}
