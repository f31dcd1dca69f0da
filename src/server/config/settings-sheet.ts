// Writing one value of the settings sheet (the script records the admin and the report folder
// there): one read of the sheet, one cell written, the cached configuration dropped.
import type { Env } from '../env';
import { SETTINGS_COLUMNS, SHEETS } from '../sheets/names';
import { literal, readTable, textOf } from '../sheets/table';
import { invalidateConfig } from './load-config';

/**
 * `update` gets the current text of the key's value cell and returns the new text, or null to
 * leave it. Returns whether the cell was written (false also when the sheet or the row is gone).
 */
export function updateSetting(env: Env, key: string, update: (current: string) => string | null): boolean {
  const sheet = env.ss().getSheetByName(SHEETS.settings);
  if (!sheet) return false;
  const table = readTable(sheet);
  const keyCol = table.col(SETTINGS_COLUMNS.key);
  const valueCol = table.col(SETTINGS_COLUMNS.value);
  const row = table.rows.find(({ cells }) => textOf(cells[keyCol]) === key);
  if (!row || valueCol < 0) return false;
  const current = textOf(row.cells[valueCol]);
  const next = update(current);
  if (next === null || next === current) return false;
  sheet.getRange(row.sheetRow, valueCol + 1).setValue(literal(next));
  invalidateConfig(env);
  return true;
}
