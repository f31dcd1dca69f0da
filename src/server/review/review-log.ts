// The review log sheet: one row per review transition, append-only like the data sheet and under
// the same discipline (issue 14): each row linked into the review chain (column "Mã kiểm tra"),
// verified by the daily check, kept in the snapshot, put back by "Khôi phục dữ liệu…". Only
// admins' runs write it, so it is created hidden and fully protected for the admins.
import { REVIEW_LABELS, type ReviewEvent, reviewStateFromLabel } from '../../domain/review/states';
import type { Env } from '../env';
import { type Cell, cellOf, isDate, literal, readTable, textOf } from '../sheets/table';
import { HASH_COLUMN } from '../integrity/canonical';
import { appendHead, linkRows } from '../integrity/chain';
import { sealSheet } from '../integrity/seal-sheet';

export const REVIEW_SHEET = 'Xét duyệt báo cáo';

export const REVIEW_COLUMNS = {
  at: 'Thời gian', by: 'Người xét duyệt', unit: 'Mã đơn vị', period: 'Kỳ báo cáo', revision: 'Lần nộp',
  state: 'Trạng thái', reason: 'Lý do',
} as const;

/** The review sheet's columns in order; the link is the last. */
export const REVIEW_HEADER: string[] = [...Object.values(REVIEW_COLUMNS), HASH_COLUMN];

/** Two Spreadsheet calls (three with getSheetByName); an absent sheet is an empty log. */
export function readReviewLog(env: Env): ReviewEvent[] {
  const sheet = env.ss().getSheetByName(REVIEW_SHEET);
  if (!sheet) return [];
  const table = readTable(sheet);
  const out: ReviewEvent[] = [];
  for (const { cells } of table.rows) {
    const at = cellOf(table, cells, REVIEW_COLUMNS.at);
    const state = reviewStateFromLabel(textOf(cellOf(table, cells, REVIEW_COLUMNS.state)));
    const revision = Number(cellOf(table, cells, REVIEW_COLUMNS.revision));
    if (!isDate(at) || !state || !Number.isInteger(revision) || revision < 1) continue; // a hand-typed row is no review
    out.push({
      at: new Date(at.getTime()),
      by: textOf(cellOf(table, cells, REVIEW_COLUMNS.by)),
      unitCode: textOf(cellOf(table, cells, REVIEW_COLUMNS.unit)),
      periodId: textOf(cellOf(table, cells, REVIEW_COLUMNS.period)),
      revision,
      state,
      reason: textOf(cellOf(table, cells, REVIEW_COLUMNS.reason)),
    });
  }
  return out;
}

/** Protects a new sheet for the admins (setup/protect-sheets, passed in to keep imports one-way). */
export type ProtectNew = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void;

/** The review sheet, created with its header when absent (first review, or a restore after it was deleted). */
export function ensureReviewSheet(env: Env, protect: ProtectNew): { sheet: GoogleAppsScript.Spreadsheet.Sheet; created: boolean } {
  const found = env.ss().getSheetByName(REVIEW_SHEET);
  if (found) return { sheet: found, created: false };
  const sheet = env.ss().insertSheet(REVIEW_SHEET);
  sheet.getRange(1, 1, 1, REVIEW_HEADER.length).setValues([REVIEW_HEADER]);
  sheet.setFrozenRows(1);
  protect(sheet);
  sheet.hideSheet();
  return { sheet, created: true };
}

function rowOf(header: string[], e: ReviewEvent): Cell[] {
  return header.map((h) => {
    switch (h) {
      case REVIEW_COLUMNS.at: return e.at;
      case REVIEW_COLUMNS.by: return literal(e.by);
      case REVIEW_COLUMNS.unit: return literal(e.unitCode);
      case REVIEW_COLUMNS.period: return literal(e.periodId);
      case REVIEW_COLUMNS.revision: return e.revision;
      case REVIEW_COLUMNS.state: return REVIEW_LABELS[e.state];
      case REVIEW_COLUMNS.reason: return literal(e.reason);
      default: return '';
    }
  });
}

/** Appends one event, linked into the review chain, with appendRow. The caller holds the script lock. */
export function appendReviewEvent(env: Env, e: ReviewEvent, protect: ProtectNew): void {
  const { sheet, created } = ensureReviewSheet(env, protect);
  // A log written before it was chained (an upgrade) is sealed first, so its rows are not reported as inserted.
  if (!created && !appendHead(env, 'review')) sealSheet(env, 'review', sheet);
  const header = (sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), REVIEW_HEADER.length)).getValues()[0] as Cell[]).map((h) => textOf(h));
  const layout = REVIEW_HEADER.every((h) => header.includes(h)) ? header : REVIEW_HEADER;
  const linked = linkRows(env, 'review', layout, layout.indexOf(HASH_COLUMN), [rowOf(layout, e)]);
  sheet.appendRow(linked.rows[0]);
  linked.commit();
}
