// The edit guard's part for the admins row of the settings sheet. The sheet is protected for the
// admins, so a legitimate edit comes from one of the protection's editors (the admins before the
// edit, and the owner): then the protections are re-applied with the new list, so an admin added
// by another admin can edit configuration and run setup at once. An edit by anyone else (possible
// only if someone removed the protection) is put back when the event carries the old value.
import { normalizeEmail } from '../../domain/text';
import type { Env } from '../env';
import { recordedSettings } from '../auth';
import { SETTINGS_COLUMNS, SHEETS } from '../sheets/names';
import { readTable, textOf } from '../sheets/table';
import { appendAudit } from '../storage/audit';
import { protectAdminSheets } from './protect-sheets';

interface AdminsEdit {
  range: GoogleAppsScript.Spreadsheet.Range;
  oldValue?: unknown;
}

export const ADMINS_EDIT_ACTION = 'Sửa danh sách quản trị viên';

function adminsRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): number {
  const table = readTable(sheet);
  const keyCol = table.col(SETTINGS_COLUMNS.key);
  return table.rows.find((r) => textOf(r.cells[keyCol]) === 'admins')?.sheetRow ?? -1;
}

/** Returns 'reapplied', 'reverted', 'logged' or 'none' (the admins row was not touched). */
export function guardAdminsEdit(env: Env, e: AdminsEdit, editor: string): string {
  const sheet = e.range.getSheet();
  const row = adminsRow(sheet);
  if (row < e.range.getRow() || row > e.range.getLastRow()) return 'none';
  const protection = sheet.getProtections(env.g.SpreadsheetApp.ProtectionType.SHEET)[0];
  const allowed = protection ? protection.getEditors().map((u) => normalizeEmail(u.getEmail())) : [];
  const who = normalizeEmail(editor);
  if (allowed.length > 0 && !allowed.includes(who)) {
    const single = e.range.getNumRows() === 1 && e.range.getNumColumns() === 1;
    if (single && e.oldValue !== undefined) {
      e.range.setValue(`'${String(e.oldValue)}`);
      appendAudit(env, { action: ADMINS_EDIT_ACTION, target: `${SHEETS.settings}!${e.range.getA1Notation()}`, detail: `${editor} không phải quản trị viên: đã khôi phục danh sách cũ.` }, editor);
      return 'reverted';
    }
    appendAudit(env, { action: ADMINS_EDIT_ACTION, target: `${SHEETS.settings}!${e.range.getA1Notation()}`, detail: `${editor} không phải quản trị viên đã sửa danh sách; cần kiểm tra lại.` }, editor);
    return 'logged';
  }
  const settings = recordedSettings(env);
  const admins = settings?.admins ?? [];
  const sheets = protectAdminSheets(env, { admins, issuingBody: settings?.issuingBody ?? '' });
  appendAudit(env, { action: ADMINS_EDIT_ACTION, target: SHEETS.settings, detail: `Quản trị viên: ${admins.join(', ')}. Áp dụng lại bảo vệ ${sheets.length} trang.` }, editor);
  return 'reapplied';
}
