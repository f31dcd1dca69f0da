// The review log sheet: one row per review transition, append-only like the data sheet (the
// script only ever appends; columns found by header). Created on first use, hidden and
// warning-protected as the other sheets the system writes.
import { REVIEW_LABELS, type ReviewEvent, reviewStateFromLabel } from '../../domain/review/states';
import type { Env } from '../env';
import { type Cell, cellOf, isDate, literal, readTable, textOf } from '../sheets/table';

export const REVIEW_SHEET = 'Xét duyệt báo cáo';

export const REVIEW_COLUMNS = {
  at: 'Thời gian', by: 'Người xét duyệt', unit: 'Mã đơn vị', period: 'Kỳ báo cáo', revision: 'Lần nộp',
  state: 'Trạng thái', reason: 'Lý do',
} as const;

const HEADER: string[] = Object.values(REVIEW_COLUMNS);

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

function createReviewSheet(env: Env): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = env.ss().insertSheet(REVIEW_SHEET);
  sheet.getRange(1, 1, 1, HEADER.length).setValues([HEADER]);
  sheet.setFrozenRows(1);
  sheet.protect().setDescription('Dữ liệu do hệ thống ghi: sửa tay sẽ bị ghi vào Nhật ký.').setWarningOnly(true);
  sheet.hideSheet();
  return sheet;
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

/** Appends one event with appendRow. The caller holds the script lock. */
export function appendReviewEvent(env: Env, e: ReviewEvent): void {
  const sheet = env.ss().getSheetByName(REVIEW_SHEET) ?? createReviewSheet(env);
  const header = (sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), HEADER.length)).getValues()[0] as Cell[]).map((h) => textOf(h));
  const layout = HEADER.every((h) => header.includes(h)) ? header : HEADER;
  sheet.appendRow(rowOf(layout, e));
}
