// The installable on-edit guard (runs as the admin who installed it). Manual edits to the sheets
// the script writes are logged in the audit sheet with the editor and the values; a single-cell
// edit is put back from the event's old value. Edits to configuration sheets drop the cached
// configuration. Writes made by scripts do not fire onEdit, so the script's own writes pass.
import { CONFIG_SHEETS, invalidateConfig } from '../config/load-config';
import type { Env } from '../env';
import { SHEETS } from '../sheets/names';
import { literal } from '../sheets/table';
import { appendAudit } from '../storage/audit';
import { REMINDER_LOG_SHEET } from './sheets';
import { guardAdminsEdit } from '../setup/protect-admins-edit';
import { REVIEW_SHEET } from '../review/review-log';

/** The parts of Apps Script's edit event the guard reads. */
export interface EditEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  oldValue?: unknown;
  value?: unknown;
  user?: { getEmail(): string } | null;
}

export type EditOutcome = 'ignored' | 'config' | 'restored' | 'logged';

export const GUARDED_SHEETS: readonly string[] = [SHEETS.data, SHEETS.audit, REMINDER_LOG_SHEET, REVIEW_SHEET];
export const EDIT_ACTION = 'Sửa tay trang dữ liệu';
const MAX_DETAIL = 1000;

const shown = (v: unknown): string => (v === undefined || v === null || v === '' ? '(trống)' : `"${String(v)}"`);

function clip(s: string): string {
  return s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL)}…` : s;
}

/**
 * The old value as it must be written back. The event gives it as text: text that would start a
 * formula goes back as literal text; numbers, dates and booleans are re-read by Sheets under the
 * cell's unchanged number format.
 */
export function restoreValue(old: unknown): unknown {
  if (old === undefined || old === null) return '';
  const s = String(old);
  return /^[=+\-@]/.test(s) && !Number.isFinite(Number(s)) ? literal(s) : s;
}

function editorOf(env: Env, e: EditEvent): string {
  let email = '';
  try {
    email = e.user?.getEmail() ?? '';
  } catch {
    // Google withholds the editor's identity in some account combinations.
  }
  return email.trim().toLowerCase() || env.activeEmail() || '(không rõ)';
}

export function handleEdit(env: Env, e: EditEvent): EditOutcome {
  const name = e.range.getSheet().getName();
  if ((CONFIG_SHEETS as readonly string[]).includes(name)) {
    invalidateConfig(env);
    if (name === SHEETS.settings) guardAdminsEdit(env, e, editorOf(env, e));
    return 'config';
  }
  if (!GUARDED_SHEETS.includes(name)) return 'ignored';
  const a1 = e.range.getA1Notation();
  const editor = editorOf(env, e);
  const single = e.range.getNumRows() === 1 && e.range.getNumColumns() === 1;
  // A cleared cell arrives with value undefined (or as an object in older runtimes); a single
  // cell with neither value is an edit the event does not describe, so it is only logged.
  const described = e.oldValue !== undefined || e.value !== undefined;
  if (single && described) {
    const now = typeof e.value === 'object' || e.value === undefined ? '' : e.value;
    e.range.setValue(restoreValue(e.oldValue));
    appendAudit(env, {
      action: EDIT_ACTION, target: `${name}!${a1}`,
      detail: clip(`Người sửa: ${editor}. Giá trị cũ: ${shown(e.oldValue)}; giá trị mới: ${shown(now)}. Đã khôi phục giá trị cũ.`),
    }, editor);
    return 'restored';
  }
  const values = e.range.getValues();
  appendAudit(env, {
    action: EDIT_ACTION, target: `${name}!${a1}`,
    detail: clip(`Người sửa: ${editor}. Sửa ${values.length * (values[0]?.length ?? 0)} ô; giá trị cũ: (Google không gửi kèm khi sửa nhiều ô, xem Tệp → Lịch sử phiên bản); giá trị mới: ${JSON.stringify(values)}. Không tự khôi phục được, cần kiểm tra lại.`),
  }, editor);
  return 'logged';
}
