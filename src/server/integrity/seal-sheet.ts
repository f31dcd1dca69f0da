// Starts one sheet's chain when it has none yet: every existing row is linked in sheet order, the
// link column (added when missing) written in one setValues, the heads set. Kept apart from the
// sheet specs so the writers of a chained sheet (the review log) can seal on demand.
import type { Env } from '../env';
import { type Cell, literal, readTable } from '../sheets/table';
import { HASH_COLUMN, type Link, canonicalRow, formatLink, linkFor, sha256 } from './canonical';
import { type ChainKey, setAppendHead, setVerifiedHead } from './chain';

/** Links the rows of `sheet` (which has no chain yet); `fixedCol` places a missing link column. Returns the rows linked. */
export function sealSheet(env: Env, key: ChainKey, sheet: GoogleAppsScript.Spreadsheet.Sheet, fixedCol?: number): number {
  const digest = sha256(env);
  const table = readTable(sheet);
  let col = table.col(HASH_COLUMN);
  const header = [...table.header];
  if (col < 0) {
    col = fixedCol ?? header.length;
    while (header.length <= col) header.push('');
    header[col] = HASH_COLUMN;
    if (col + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), col + 1 - sheet.getMaxColumns());
    sheet.getRange(1, col + 1).setValue(HASH_COLUMN);
  }
  let head: Link = { seq: 0, hash: '' };
  const rows = table.rows;
  if (rows.length) {
    const first = rows[0].sheetRow;
    const lastRow = rows[rows.length - 1].sheetRow;
    const cells: Cell[][] = Array.from({ length: lastRow - first + 1 }, () => ['']);
    for (const r of rows) {
      head = linkFor(digest, head.hash, head.seq + 1, canonicalRow(header, r.cells));
      cells[r.sheetRow - first] = [literal(formatLink(head))];
    }
    sheet.getRange(first, col + 1, cells.length, 1).setValues(cells);
  }
  setAppendHead(env, key, head);
  setVerifiedHead(env, key, head);
  return rows.length;
}
