// Menu "Khôi phục dữ liệu…" (admins): shows how the data and audit sheets differ from the last
// good snapshot, and on confirmation writes the snapshot back plus what was appended since and
// still chains on, moves the chain heads, logs the restore in the audit and takes a new snapshot.
import { requireAdmin } from '../auth';
import type { Env } from '../env';
import { loadConfig, invalidateConfig } from '../config/load-config';
import { readDataSheet } from '../storage/submissions';
import { appendAudit } from '../storage/audit';
import { DATA_COLUMNS } from '../sheets/names';
import { cellOf, textOf, type Table } from '../sheets/table';
import { formatDateTimeVi } from '../../domain/time';
import { sha256 } from './canonical';
import { type ChainKey, appendHead, setAppendHead, setVerifiedHead } from './chain';
import { readAuditTable } from './check';
import { SHEET_OF } from './report-text';
import { type RowRef, type SheetPlan, planSheet } from './restore-plan';
import { copyOf, loadSnapshot, saveSnapshot } from './snapshot';

export const RESTORE_TITLE = 'Khôi phục dữ liệu';
export const RESTORE_ACTION = 'Khôi phục dữ liệu';
export const NO_SNAPSHOT = 'Chưa có bản sao lưu nào: bản sao lưu được tạo sau mỗi lần kiểm tra hằng ngày không phát hiện thay đổi nào.';
export const NOTHING_TO_RESTORE = 'Trang dữ liệu và nhật ký khớp với bản sao lưu tốt gần nhất (cộng các lần ghi hợp lệ sau đó). Không cần khôi phục.';

export interface RestoreResult {
  status: 'no_snapshot' | 'unchanged' | 'cancelled' | 'restored';
  snapshotAt: string | null;
  /** Per sheet: rows from the snapshot, rows kept since, rows dropped. */
  counts: Record<ChainKey, { fromSnapshot: number; keptSince: number; dropped: number }> | null;
}

function refText(key: ChainKey, r: RowRef): string {
  const t = { header: r.header, col: (n: string) => r.header.indexOf(n) } as unknown as Table;
  const what = key === 'data'
    ? `${textOf(cellOf(t, r.cells, DATA_COLUMNS.unit))}, kỳ ${textOf(cellOf(t, r.cells, DATA_COLUMNS.period))}`
    : `${textOf(r.cells[1])}: ${textOf(r.cells[2])}`;
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
  for (const key of ['data', 'audit'] as ChainKey[]) {
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

function writeSheet(env: Env, key: ChainKey, plan: SheetPlan, lastRow: number, lastCol: number): void {
  const sheet = env.ss().getSheetByName(SHEET_OF[key]) ?? env.ss().insertSheet(SHEET_OF[key]);
  const rows = [plan.header, ...plan.rows];
  const width = plan.header.length;
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  if (lastRow > rows.length) sheet.getRange(rows.length + 1, 1, lastRow - rows.length, Math.max(width, lastCol)).clearContent();
  if (lastCol > width) sheet.getRange(1, width + 1, rows.length, lastCol - width).clearContent();
  setAppendHead(env, key, plan.head);
  setVerifiedHead(env, key, plan.head);
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
    const data = readDataSheet(env).table;
    const audit = readAuditTable(env);
    const digest = sha256(env);
    const plans = { data: planSheet('data', snapshot.sheets.data, data, digest), audit: planSheet('audit', snapshot.sheets.audit, audit, digest) };
    const counts = {
      data: { fromSnapshot: plans.data.fromSnapshot, keptSince: plans.data.keptSince.length, dropped: plans.data.dropped.length },
      audit: { fromSnapshot: plans.audit.fromSnapshot, keptSince: plans.audit.keptSince.length, dropped: plans.audit.dropped.length },
    };
    if (!plans.data.differs && !plans.audit.differs) {
      ui?.alert(RESTORE_TITLE, NOTHING_TO_RESTORE, ui.ButtonSet.OK);
      return { status: 'unchanged', snapshotAt: snapshot.takenAt, counts };
    }
    const yes = confirm ?? (ui!.alert(RESTORE_TITLE, planText(plans, snapshot.takenAt), ui!.ButtonSet.YES_NO) === ui!.Button.YES);
    if (!yes) return { status: 'cancelled', snapshotAt: snapshot.takenAt, counts };
    writeSheet(env, 'data', plans.data, data.lastRow, data.header.length);
    writeSheet(env, 'audit', plans.audit, audit.lastRow, audit.header.length);
    env.g.SpreadsheetApp.flush();
    appendAudit(env, {
      action: RESTORE_ACTION, target: `${SHEET_OF.data}, ${SHEET_OF.audit}`,
      detail: `Khôi phục từ bản sao lưu lúc ${formatDateTimeVi(new Date(snapshot.takenAt))}: ${SHEET_OF.data} ${counts.data.fromSnapshot} dòng + ${counts.data.keptSince} dòng nộp sau đó (bỏ ${counts.data.dropped}); ${SHEET_OF.audit} ${counts.audit.fromSnapshot} + ${counts.audit.keptSince} dòng (bỏ ${counts.audit.dropped}).`,
    }, admin.email);
    invalidateConfig(env);
    // The restored state is the new last good state.
    try {
      saveSnapshot(env, { version: 1, takenAt: env.now().toISOString(), sheets: { data: copyOf(readDataSheet(env).table, appendHead(env, 'data')), audit: copyOf(readAuditTable(env), appendHead(env, 'audit')) } }, settings.driveFolderId);
    } catch (e) {
      console.warn(`Snapshot after restore failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    ui?.alert(RESTORE_TITLE, `Đã khôi phục. ${SHEET_OF.data}: ${counts.data.fromSnapshot + counts.data.keptSince} dòng.`, ui.ButtonSet.OK);
    return { status: 'restored', snapshotAt: snapshot.takenAt, counts };
  } finally {
    lock.releaseLock();
  }
}
