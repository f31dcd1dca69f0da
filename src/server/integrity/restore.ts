// Menu "Khôi phục dữ liệu…" (admins): shows how the chained sheets (data, audit, review log)
// differ from the last good snapshot, and on confirmation writes the snapshot back plus what was
// appended since and still chains on, moves the chain heads, rebuilds the review marks kept in
// document properties from the restored log, logs the restore and takes a new snapshot.
import { requireAdmin } from '../auth';
import type { Env } from '../env';
import { loadConfig, invalidateConfig } from '../config/load-config';
import { ensureColumns, ensureRows, readDataSheet } from '../storage/submissions';
import { appendAudit } from '../storage/audit';
import type { Table } from '../sheets/table';
import { formatDateTimeVi } from '../../domain/time';
import { sha256 } from './canonical';
import { type ChainKey, CHAIN_KEYS, appendHead, setAppendHead, setVerifiedHead } from './chain';
import { type ChainTables, readChainTables } from './check';
import { SHEET_OF } from './report-text';
import { type RowRef, type SheetPlan, planSheet } from './restore-plan';
import { copyOf, loadSnapshot, saveSnapshot, snapshotOf } from './snapshot';
import { CHAIN_SPECS } from './specs';
import { ensureReviewSheet, readReviewLog } from '../review/review-log';
import { rebuildReviewMirrors } from '../review/period-states';
import { type Protector, protectNewAdminSheet } from '../setup/protect-sheets';

export const RESTORE_TITLE = 'Khôi phục dữ liệu';
export const RESTORE_ACTION = 'Khôi phục dữ liệu';
export const NO_SNAPSHOT = 'Chưa có bản sao lưu nào: bản sao lưu được tạo sau mỗi lần kiểm tra hằng ngày không phát hiện thay đổi nào.';
export const NOTHING_TO_RESTORE = 'Trang dữ liệu, nhật ký và trang xét duyệt khớp với bản sao lưu tốt gần nhất (cộng các lần ghi hợp lệ sau đó). Không cần khôi phục.';

export type RestoreCounts = Record<ChainKey, { fromSnapshot: number; keptSince: number; dropped: number }>;

export interface RestoreResult {
  status: 'no_snapshot' | 'unchanged' | 'cancelled' | 'restored';
  snapshotAt: string | null;
  /** Per sheet: rows from the snapshot, rows kept since, rows dropped. */
  counts: RestoreCounts | null;
}

function refText(key: ChainKey, r: RowRef): string {
  const col = (n: string): number => r.header.indexOf(n);
  const what = CHAIN_SPECS[key].ref(CHAIN_SPECS[key].describe({ col }, r.cells));
  return `dòng ${r.sheetRow ?? '?'}${r.seq !== null ? ` (mã #${r.seq})` : ''}: ${what}`;
}

const MAX_LINES = 12;
function list(label: string, key: ChainKey, refs: RowRef[]): string[] {
  if (!refs.length) return [];
  const lines = refs.slice(0, MAX_LINES).map((r) => `    – ${refText(key, r)}`);
  if (refs.length > MAX_LINES) lines.push(`    – … và ${refs.length - MAX_LINES} dòng khác`);
  return [`  ${label} (${refs.length}):`, ...lines];
}

export function planText(plans: Record<ChainKey, SheetPlan>, takenAt: string): string {
  const out = [`So với bản sao lưu tốt gần nhất (${formatDateTimeVi(new Date(takenAt))}):`];
  for (const key of CHAIN_KEYS) {
    const p = plans[key];
    out.push('', `${SHEET_OF[key]}:${p.differs ? '' : ' không khác.'}`);
    if (!p.differs) continue;
    out.push(...list('Bị sửa, sẽ lấy lại giá trị cũ', key, p.changed), ...list('Bị xóa, sẽ ghi lại', key, p.missing),
      ...list('Bị đổi chỗ, sẽ xếp lại', key, p.moved), ...list('Không do hệ thống ghi hoặc không còn nối chuỗi, sẽ bỏ', key, p.dropped));
    out.push(`  Giữ ${p.keptSince.length} dòng ghi hợp lệ sau lần sao lưu.`);
  }
  out.push('', 'Khôi phục ngay?');
  return out.join('\n');
}

function writeSheet(env: Env, key: ChainKey, plan: SheetPlan, table: Table, settings: Protector): void {
  const sheet = key === 'review'
    ? ensureReviewSheet(env, (s) => protectNewAdminSheet(s, settings)).sheet
    : env.ss().getSheetByName(SHEET_OF[key]) ?? env.ss().insertSheet(SHEET_OF[key]);
  const lastRow = table.lastRow;
  const lastCol = table.header.length;
  const rows = [plan.header, ...plan.rows];
  const width = plan.header.length;
  ensureRows(sheet, rows.length);
  ensureColumns(sheet, width);
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  if (lastRow > rows.length) sheet.getRange(rows.length + 1, 1, lastRow - rows.length, Math.max(width, lastCol)).clearContent();
  if (lastCol > width) sheet.getRange(1, width + 1, rows.length, lastCol - width).clearContent();
  setAppendHead(env, key, plan.head);
  setVerifiedHead(env, key, plan.head);
}

/** A review log that never existed and has nothing to restore is left absent (no empty sheet). */
const needsWrite = (key: ChainKey, plan: SheetPlan, table: Table): boolean =>
  key !== 'review' || (plan.differs && (table.lastRow > 0 || plan.rows.length > 0));

function detailOf(counts: RestoreCounts, takenAt: string): string {
  const parts = CHAIN_KEYS.map((k) => `${SHEET_OF[k]} ${counts[k].fromSnapshot} dòng + ${counts[k].keptSince} dòng ghi sau đó (bỏ ${counts[k].dropped})`);
  return `Khôi phục từ bản sao lưu lúc ${formatDateTimeVi(new Date(takenAt))}: ${parts.join('; ')}.`;
}

/** `confirm` answers the question instead of the dialog (tests, or a caller that already asked). */
export function restoreData(env: Env, confirm?: boolean): RestoreResult {
  const { settings } = loadConfig(env);
  const admin = requireAdmin(env, settings);
  const lock = env.g.LockService.getScriptLock();
  lock.waitLock(30000);
  try {
    const ui = confirm === undefined ? env.g.SpreadsheetApp.getUi() : null;
    const snapshot = loadSnapshot(env);
    if (!snapshot) { ui?.alert(RESTORE_TITLE, NO_SNAPSHOT, ui.ButtonSet.OK); return { status: 'no_snapshot', snapshotAt: null, counts: null }; }
    const tables: ChainTables = readChainTables(env, readDataSheet(env).table);
    const digest = sha256(env);
    const plans = Object.fromEntries(CHAIN_KEYS.map((k) => [k, planSheet(k, snapshot.sheets[k], tables[k], digest)])) as Record<ChainKey, SheetPlan>;
    const counts = Object.fromEntries(CHAIN_KEYS.map((k) => [k, { fromSnapshot: plans[k].fromSnapshot, keptSince: plans[k].keptSince.length, dropped: plans[k].dropped.length }])) as RestoreCounts;
    if (!CHAIN_KEYS.some((k) => plans[k].differs && needsWrite(k, plans[k], tables[k]))) {
      ui?.alert(RESTORE_TITLE, NOTHING_TO_RESTORE, ui.ButtonSet.OK);
      return { status: 'unchanged', snapshotAt: snapshot.takenAt, counts };
    }
    const yes = confirm ?? (ui!.alert(RESTORE_TITLE, planText(plans, snapshot.takenAt), ui!.ButtonSet.YES_NO) === ui!.Button.YES);
    if (!yes) return { status: 'cancelled', snapshotAt: snapshot.takenAt, counts };
    for (const k of CHAIN_KEYS) if (needsWrite(k, plans[k], tables[k])) writeSheet(env, k, plans[k], tables[k], settings);
    env.g.SpreadsheetApp.flush();
    // The review marks (summary) and the waiting list (daily check) mirror the log: rebuild them from the restored one.
    if (needsWrite('review', plans.review, tables.review)) rebuildReviewMirrors(env, readReviewLog(env));
    appendAudit(env, { action: RESTORE_ACTION, target: CHAIN_KEYS.map((k) => SHEET_OF[k]).join(', '), detail: detailOf(counts, snapshot.takenAt) }, admin.email);
    invalidateConfig(env);
    // The restored state is the new last good state.
    try {
      const now = readChainTables(env, readDataSheet(env).table);
      saveSnapshot(env, snapshotOf(env, (k) => copyOf(now[k], appendHead(env, k))), settings.driveFolderId);
    } catch (e) {
      console.warn(`Snapshot after restore failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    ui?.alert(RESTORE_TITLE, `Đã khôi phục. ${SHEET_OF.data}: ${counts.data.fromSnapshot + counts.data.keptSince} dòng.`, ui.ButtonSet.OK);
    return { status: 'restored', snapshotAt: snapshot.takenAt, counts };
  } finally {
    lock.releaseLock();
  }
}
