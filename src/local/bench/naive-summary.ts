// The summary sheet written the way DESIGN.md forbids: one getRange and one call per value and
// per format, cell by cell. Same grid as the real writer (write-summary-sheet.ts), so the two
// can be compared call for call.
import type { SummaryModel } from '../../domain/summary-types';
import { buildSummaryGrid } from '../../server/summary/summary-grid';
import { DEFAULT_SETTINGS } from '../../domain/defaults';

export function writeSummaryNaively(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, model: SummaryModel, sheetName: string): void {
  const grid = buildSummaryGrid(model, DEFAULT_SETTINGS.areaName);
  const old = ss.getSheetByName(sheetName);
  if (old) ss.deleteSheet(old);
  const sheet = ss.insertSheet(sheetName);
  const rows = grid.values.length;
  const columns = grid.values[0].length;
  if (columns > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const cell = sheet.getRange(r + 1, c + 1);
      cell.setNumberFormat(grid.formats[r][c]);
      cell.setValue(grid.values[r][c]);
      cell.setBackground(grid.backgrounds[r][c]);
      cell.setFontWeight(grid.weights[r][c]);
      cell.setHorizontalAlignment(grid.alignments[r][c]);
    }
  }
  sheet.setFrozenRows(5);
}
