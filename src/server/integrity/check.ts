// The integrity check the daily run (and onChange after a row or column is removed) performs:
// verify every chain (data, audit, review log) from tables read once, name what changed in the
// audit, move the verified heads, and, when everything verifies, rewrite the last good snapshot.
// The caller holds the script lock. Returns the digest section; when no digest goes out,
// alertIfUnmailed mails it.
import type { Settings } from '../../domain/types';
import type { Env } from '../env';
import type { Table } from '../sheets/table';
import { appendAuditMany } from '../storage/audit';
import { AUDIT_HASH_INDEX, HASH_COLUMN, type Link, sha256 } from './canonical';
import { type ChainKey, CHAIN_KEYS, appendHead, setVerifiedHead, verifiedHead } from './chain';
import { type Findings, alertSubject, findingCount, findingEntries, integritySection } from './report-text';
import { type Snapshot, copyOf, loadSnapshot, saveSnapshot, snapshotOf } from './snapshot';
import { CHAIN_SPECS, readFixedTable } from './specs';
import { type Described, verifyChain } from './verify';
import { SENDER_NAME } from '../lateness/reminders';

export interface IntegrityResult {
  findings: Findings;
  heads: Record<ChainKey, Link | null>;
  snapshotSaved: boolean;
  /** The section for the admins' digest. */
  mailText: string;
}

export type ChainTables = Record<ChainKey, Table>;

/** What the snapshot knew of row `seq` (for naming deleted rows). */
function knownFrom(snapshot: Snapshot | null, key: ChainKey): (seq: number) => Described | null {
  if (!snapshot) return () => null;
  const copy = snapshot.sheets[key];
  const col = (n: string): number => copy.header.indexOf(n);
  const hashCol = col(HASH_COLUMN);
  const bySeq = new Map<number, { sheetRow: number; cells: unknown[] }>();
  for (const r of copy.rows) {
    const cell = r.cells[hashCol >= 0 ? hashCol : AUDIT_HASH_INDEX];
    const seq = typeof cell === 'string' ? Number(cell.split(':')[0]) : NaN;
    if (Number.isInteger(seq)) bySeq.set(seq, r);
  }
  return (seq) => {
    const r = bySeq.get(seq);
    return r ? { ...CHAIN_SPECS[key].describe({ col }, r.cells as never), formerRow: r.sheetRow } : null;
  };
}

export function verifyTables(env: Env, tables: ChainTables, snapshot: Snapshot | null): Findings & { heads: Record<ChainKey, Link | null> } {
  const digest = sha256(env);
  const out = { data: [], audit: [], review: [], heads: { data: null, audit: null, review: null } } as Findings & { heads: Record<ChainKey, Link | null> };
  for (const key of CHAIN_KEYS) {
    const table = tables[key];
    const r = verifyChain({
      table, digest, appendHead: appendHead(env, key), verifiedHead: verifiedHead(env, key),
      describe: (cells) => CHAIN_SPECS[key].describe(table, cells as never), known: knownFrom(snapshot, key),
      fallbackHashCol: CHAIN_SPECS[key].fallbackHashCol,
    });
    out[key] = r.findings;
    out.heads[key] = r.head;
  }
  return out;
}

/** The audit sheet's six columns in two calls (its entries are written by position, A to F). */
export const readAuditTable = (env: Env): Table => readFixedTable(env, 'audit');

/** The chained sheets besides the data sheet (read by the caller): two Spreadsheet calls each. */
export function readChainTables(env: Env, dataTable: Table): ChainTables {
  return { data: dataTable, audit: readFixedTable(env, 'audit'), review: readFixedTable(env, 'review') };
}

export function runIntegrityCheck(env: Env, dataTable: Table, settings: Settings, reason = 'Kiểm tra hằng ngày', snapshot = true): IntegrityResult {
  const tables = readChainTables(env, dataTable);
  let result = verifyTables(env, tables, null);
  // Deleted rows are named from the last good snapshot, read only when something was deleted.
  if (CHAIN_KEYS.some((k) => result[k].some((f) => f.kind === 'deleted'))) result = verifyTables(env, tables, loadSnapshot(env));
  const findings: Findings = { data: result.data, audit: result.audit, review: result.review };
  for (const key of CHAIN_KEYS) {
    const head = result.heads[key];
    if (head) setVerifiedHead(env, key, head);
  }
  const count = findingCount(findings);
  let snapshotSaved = false;
  let note = '';
  if (count) appendAuditMany(env, findingEntries(findings, reason), env.activeEmail() || 'Kiểm tra tự động');
  else if (snapshot) {
    try {
      saveSnapshot(env, snapshotOf(env, (k) => copyOf(tables[k], result.heads[k])), settings.driveFolderId);
      snapshotSaved = true;
    } catch (e) {
      note = `Chưa sao lưu được dữ liệu vào thư mục Drive: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  if (count) note = 'Bản sao lưu tốt gần nhất được giữ nguyên (không ghi đè khi phát hiện thay đổi).';
  const heads = { data: appendHead(env, 'data'), audit: appendHead(env, 'audit'), review: appendHead(env, 'review') };
  return { findings, heads: result.heads, snapshotSaved, mailText: integritySection(findings, heads, result.heads, note) };
}

/** Mails the section to the admins when something was found and no digest carried it. */
export function alertIfUnmailed(env: Env, r: IntegrityResult, settings: Settings, digestSent: boolean): boolean {
  if (digestSent || settings.admins.length === 0 || findingCount(r.findings) === 0) return false;
  if (env.g.MailApp.getRemainingDailyQuota() < settings.admins.length) return false;
  env.g.MailApp.sendEmail({ to: settings.admins.join(','), subject: alertSubject(env.now()), body: `${r.mailText}\n\n${env.ss().getUrl()}`, name: SENDER_NAME });
  return true;
}
