// Creates the sheets setup() owns when they are missing. An existing sheet is never touched:
// offices edit configuration by hand and setup() must not undo that.
import type { Env } from '../env';
import { ensureColumns, ensureRows } from '../storage/submissions';
import type { SheetSpec } from './sheet-specs';

const HEADER_BACKGROUND = '#e8f0fe';

function createSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec): void {
  const sheet = ss.insertSheet(spec.name);
  const rows = spec.rows();
  const width = rows[0].length;
  ensureColumns(sheet, width);
  ensureRows(sheet, rows.length);
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold');
  header.setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  for (const [name, format] of Object.entries(spec.columnFormats ?? {})) {
    const col = rows[0].indexOf(name) + 1;
    if (col > 0) sheet.getRange(2, col, sheet.getMaxRows() - 1, 1).setNumberFormat(format);
  }
  (spec.widths ?? []).forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
  if (spec.internal) {
    sheet.protect()
      .setDescription('Dữ liệu do hệ thống ghi: sửa tay sẽ bị ghi vào Nhật ký.')
      .setWarningOnly(true);
    sheet.hideSheet();
  }
}

/** Returns the names of the sheets it created. */
export function ensureSheets(env: Env, specs: SheetSpec[]): string[] {
  const ss = env.ss();
  const created: string[] = [];
  for (const spec of specs) {
    if (ss.getSheetByName(spec.name)) continue;
    createSheet(ss, spec);
    created.push(spec.name);
  }
  return created;
}
