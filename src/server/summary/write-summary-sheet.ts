// Writes the summary sheet 'TH <period id>' with a fixed number of Spreadsheet calls, whatever
// the number of units: the whole grid goes out in one setValues, one call per kind of format.
import type { SummaryModel } from '../../domain/summary-types';
import { HEADER_ROW, buildSummaryGrid } from './summary-grid';

// A new sheet in Google Sheets has 1000 rows and 26 columns.
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
const WIDTH = { index: 40, unit: 230, middle: 118, note: 280 } as const;

export function summarySheetName(periodId: string): string {
  return `TH ${periodId}`;
}

export function writeSummarySheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, model: SummaryModel, areaName: string): { sheetName: string; rows: number; columns: number } {
  const grid = buildSummaryGrid(model, areaName);
  const rows = grid.values.length;
  const columns = grid.values[0].length;
  const sheetName = summarySheetName(model.period.id);

  // Regenerating replaces the sheet whole: no stale rows, formats or merges survive.
  const old = ss.getSheetByName(sheetName);
  if (old) ss.deleteSheet(old);
  const sheet = ss.insertSheet(sheetName);
  if (columns > NEW_SHEET_COLUMNS) sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, columns - NEW_SHEET_COLUMNS);
  if (rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);

  const range = sheet.getRange(1, 1, rows, columns);
  // Formats first: text cells are '@' before the values land, so a note like '12/3' stays text.
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values);
  range.setBackgrounds(grid.backgrounds);
  range.setFontWeights(grid.weights);
  range.setHorizontalAlignments(grid.alignments);
  // Title 14 pt and wrapped header cells, each as one grid call rather than extra ranges.
  range.setFontSizes(grid.values.map((row, r) => row.map(() => (r === 0 ? 14 : 10))));
  range.setWraps(grid.values.map((row, r) => row.map(() => r === HEADER_ROW - 1)));
  // Borders from the header down to the district total (the last 3 rows are notes).
  sheet.getRange(HEADER_ROW, 1, rows - HEADER_ROW - 2, columns).setBorder(true, true, true, true, true, true);
  sheet.setFrozenRows(HEADER_ROW);

  sheet.setColumnWidth(1, WIDTH.index);
  sheet.setColumnWidth(2, WIDTH.unit);
  // Status, time and indicator columns share one width: one call, whatever the column count.
  if (columns > 3) sheet.setColumnWidths(3, columns - 3, WIDTH.middle);
  sheet.setColumnWidth(columns, WIDTH.note);
  return { sheetName, rows, columns };
}
