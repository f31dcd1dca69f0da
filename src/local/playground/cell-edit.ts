// A cell typed into the playground's grid, as Sheets would take it: the text is read the way
// Sheets reads typed input (numbers, TRUE/FALSE, dd/MM/yyyy dates, an apostrophe for literal
// text), written as the user at the keyboard (so protections apply), and then every installable
// on-edit trigger runs as its installer with the event Google passes
// (https://developers.google.com/apps-script/guides/triggers/events#edit).
import type { LocalWorkbook } from '../workbook/local-workbook';
import { editEventOf } from '../fakes/edit-event';

export interface CellEdit { sheet: string; row: number; col: number; text: string }
export type CellEditResult = { ok: true; triggers: { handler: string; ok: boolean; error?: string }[] } | { ok: false; message: string };

const VN_OFFSET_MS = 7 * 3600 * 1000;

/** Sheets' reading of typed text (vi_VN: '.' groups thousands, ',' is the decimal mark). */
export function typedValue(text: string): string | number | boolean | Date {
  const t = text.trim();
  if (text.startsWith("'")) return text.slice(1);
  if (t === '') return '';
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (d) {
    const [day, month, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
    const at = new Date(Date.UTC(year, month - 1, day) - VN_OFFSET_MS);
    if (new Date(at.getTime() + VN_OFFSET_MS).getUTCDate() === day) return at;
  }
  return text;
}

export function editCell(wb: LocalWorkbook, edit: CellEdit): CellEditResult {
  const ss = wb.services.spreadsheet.raw;
  const sheet = ss.getSheetByName(edit.sheet);
  if (!sheet) return { ok: false, message: 'Không có trang này.' };
  if (!Number.isInteger(edit.row) || !Number.isInteger(edit.col) || edit.row < 1 || edit.col < 1) return { ok: false, message: 'Ô không hợp lệ.' };
  if (edit.row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), edit.row - sheet.getMaxRows());
  if (edit.col > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), edit.col - sheet.getMaxColumns());
  const range = sheet.getRange(edit.row, edit.col);
  const oldValue = range.getValue();
  const value = typedValue(edit.text);
  try {
    range.setValue(value);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const user = wb.services.users.active;
  const triggers = wb.services.triggers.records().filter((t) => t.eventType === 'ON_EDIT').map((t) => {
    const event = editEventOf(range, oldValue, ss, t.id, user);
    const before = { active: wb.services.users.active, effective: wb.services.users.effective };
    wb.services.users.setActive(user, t.owner); // the user edits; the trigger runs as its installer
    try {
      wb.bundle.callRaw(t.handler, event); // the event holds live objects (range, source): no JSON copy
      return { handler: t.handler, ok: true };
    } catch (e) {
      return { handler: t.handler, ok: false, error: e instanceof Error ? e.message : String(e) };
    } finally {
      wb.services.users.setActive(before.active, before.effective);
    }
  });
  return { ok: true, triggers };
}
