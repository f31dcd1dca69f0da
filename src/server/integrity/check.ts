// The integrity check the daily run (and onChange after a row or column is removed) performs:
// verify both chains from tables read once, name what changed in the audit, move the verified
// heads, and, when everything verifies, rewrite the last good snapshot. The caller holds the
// script lock. Returns the digest section; when no digest goes out, alertIfUnmailed mails it.
import type { Settings } from '../../domain/types';
import type { Env } from '../env';
import { AUDIT_COLUMNS, DATA_COLUMNS, SHEETS } from '../sheets/names';
import { type Cell, type Table, cellOf, tableFromValues, textOf } from '../sheets/table';
import { appendAuditMany } from '../storage/audit';
import { AUDIT_HASH_INDEX, HASH_COLUMN, type Link, sha256 } from './canonical';
import { type ChainKey, appendHead, setVerifiedHead, verifiedHead } from './chain';
import { type Findings, alertSubject, findingEntries, integritySection } from './report-text';
import { type Snapshot, copyOf, loadSnapshot, saveSnapshot } from './snapshot';
import { type Described, verifyChain } from './verify';
import { SENDER_NAME } from '../lateness/reminders';

export interface IntegrityResult {
  findings: Findings;
  heads: Record<ChainKey, Link | null>;
  snapshotSaved: boolean;
  /** The section for the admins' digest. */
  mailText: string;
}

export function describeRow(key: ChainKey, table: Table, cells: readonly unknown[]): Described {
  const c = cells as Parameters<typeof cellOf>[1];
  return key === 'data'
    ? { subject: textOf(cellOf(table, c, DATA_COLUMNS.unit)), period: textOf(cellOf(table, c, DATA_COLUMNS.period)) }
    : { subject: textOf(cellOf(table, c, AUDIT_COLUMNS.who)), period: `${textOf(cellOf(table, c, AUDIT_COLUMNS.action))} ${textOf(cellOf(table, c, AUDIT_COLUMNS.target))}`.trim() };
}

/** What the snapshot knew of row `seq` (for naming deleted rows). */
function knownFrom(snapshot: Snapshot | null, key: ChainKey): (seq: number) => Described | null {
  if (!snapshot) return () => null;
  const copy = snapshot.sheets[key];
  const table = { header: copy.header, rows: [], lastRow: 0, col: (n: string) => copy.header.indexOf(n) } as Table;
  const hashCol = copy.header.indexOf(HASH_COLUMN);
  const bySeq = new Map<number, { sheetRow: number; cells: unknown[] }>();
  for (const r of copy.rows) {
    const cell = r.cells[hashCol >= 0 ? hashCol : AUDIT_HASH_INDEX];
    const seq = typeof cell === 'string' ? Number(cell.split(':')[0]) : NaN;
    if (Number.isInteger(seq)) bySeq.set(seq, r);
  }
  return (seq) => {
    const r = bySeq.get(seq);
    return r ? { ...describeRow(key, table, r.cells), formerRow: r.sheetRow } : null;
  };
}

export function verifyTables(env: Env, tables: Record<ChainKey, Table>, snapshot: Snapshot | null): Findings & { heads: Record<ChainKey, Link | null> } {
  const digest = sha256(env);
  const out = { data: [], audit: [], heads: { data: null, audit: null } } as Findings & { heads: Record<ChainKey, Link | null> };
  for (const key of ['data', 'audit'] as ChainKey[]) {
    const table = tables[key];
    const r = verifyChain({
      table, digest, appendHead: appendHead(env, key), verifiedHead: verifiedHead(env, key),
      describe: (cells) => describeRow(key, table, cells), known: knownFrom(snapshot, key),
      fallbackHashCol: key === 'audit' ? AUDIT_HASH_INDEX : undefined,
    });
    out[key] = r.findings;
    out.heads[key] = r.head;
  }
  return out;
}

/** The audit sheet's six columns in two calls (its entries are written by position, A to F). */
export function readAuditTable(env: Env): Table {
  try {
    return tableFromValues(env.ss().getRange(`'${SHEETS.audit}'!A:F`).getValues() as Cell[][]);
  } catch {
    return tableFromValues([]); // no audit sheet (before setup)
  }
}

export function runIntegrityCheck(env: Env, dataTable: Table, settings: Settings, reason = 'Kiểm tra hằng ngày', snapshot = true): IntegrityResult {
  const tables = { data: dataTable, audit: readAuditTable(env) };
  let result = verifyTables(env, tables, null);
  // Deleted rows are named from the last good snapshot, read only when something was deleted.
  if ([...result.data, ...result.audit].some((f) => f.kind === 'deleted')) result = verifyTables(env, tables, loadSnapshot(env));
  const findings: Findings = { data: result.data, audit: result.audit };
  for (const key of ['data', 'audit'] as ChainKey[]) {
    const head = result.heads[key];
    if (head) setVerifiedHead(env, key, head);
  }
  const count = findings.data.length + findings.audit.length;
  let snapshotSaved = false;
  let note = '';
  if (count) appendAuditMany(env, findingEntries(findings, reason), env.activeEmail() || 'Kiểm tra tự động');
  else if (snapshot) {
    try {
      saveSnapshot(env, { version: 1, takenAt: env.now().toISOString(), sheets: { data: copyOf(dataTable, result.heads.data), audit: copyOf(tables.audit, result.heads.audit) } }, settings.driveFolderId);
      snapshotSaved = true;
    } catch (e) {
      note = `Chưa sao lưu được dữ liệu vào thư mục Drive: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  if (count) note = 'Bản sao lưu tốt gần nhất được giữ nguyên (không ghi đè khi phát hiện thay đổi).';
  return { findings, heads: result.heads, snapshotSaved, mailText: integritySection(findings, { data: appendHead(env, 'data'), audit: appendHead(env, 'audit') }, result.heads, note) };
}

/** Mails the section to the admins when something was found and no digest carried it. */
export function alertIfUnmailed(env: Env, r: IntegrityResult, settings: Settings, digestSent: boolean): boolean {
  if (digestSent || settings.admins.length === 0 || r.findings.data.length + r.findings.audit.length === 0) return false;
  if (env.g.MailApp.getRemainingDailyQuota() < settings.admins.length) return false;
  env.g.MailApp.sendEmail({ to: settings.admins.join(','), subject: alertSubject(env.now()), body: `${r.mailText}\n\n${env.ss().getUrl()}`, name: SENDER_NAME });
  return true;
}
