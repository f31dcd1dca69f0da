// Starts the chains on sheets that have none yet: a first install, or an office upgrading from a
// version without hashes. Every existing row is linked in sheet order and the link column is
// written in one setValues; the heads are set. Once a chain has a head this does nothing, so a
// later setup can never bless rows changed by hand.
import type { Env } from '../env';
import { SHEETS } from '../sheets/names';
import { type Cell, literal, readTable } from '../sheets/table';
import { AUDIT_HASH_INDEX, HASH_COLUMN, type Link, canonicalRow, formatLink, linkFor, sha256 } from './canonical';
import { type ChainKey, appendHead, setAppendHead, setVerifiedHead } from './chain';

const SHEET_OF: Record<ChainKey, string> = { data: SHEETS.data, audit: SHEETS.audit };

/** Returns the number of rows linked per chain started now (absent when the chain already existed). */
export function sealChains(env: Env): Partial<Record<ChainKey, number>> {
  const out: Partial<Record<ChainKey, number>> = {};
  const digest = sha256(env);
  for (const key of ['data', 'audit'] as ChainKey[]) {
    if (appendHead(env, key)) continue;
    const sheet = env.ss().getSheetByName(SHEET_OF[key]);
    if (!sheet) continue;
    const table = readTable(sheet);
    let col = table.col(HASH_COLUMN);
    const header = [...table.header];
    if (col < 0) {
      col = key === 'audit' ? AUDIT_HASH_INDEX : header.length;
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
    out[key] = rows.length;
  }
  return out;
}
