// The data sheet: one row per submission revision, append-only. Fixed columns are found by
// their header text and every other header is an indicator code, so offices may reorder
// columns or add indicators without breaking stored data.
import type { IndicatorValue, SubmissionRecord, Timeliness } from '../../domain/types';
import type { Env } from '../env';
import { DATA_COLUMNS as C, SHEETS, TIMELINESS_LABELS } from '../sheets/names';
import { type Cell, type Table, cellOf, literal, readTable, textOf, isDate } from '../sheets/table';
import { NotSetUpError } from '../config/load-config';
import { HASH_COLUMN } from '../integrity/canonical';
import { linkRows } from '../integrity/chain';

export interface DataSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  table: Table;
  records: SubmissionRecord[];
}

const FIXED = new Set<string>([...Object.values(C), HASH_COLUMN]);

function parseTimeliness(v: Cell): Timeliness {
  return textOf(v) === TIMELINESS_LABELS.late ? 'late' : 'on_time';
}

function parseValue(v: Cell): IndicatorValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return textOf(v);
}

export function parseRecords(table: Table): SubmissionRecord[] {
  const indicatorColumns = table.header.map((h, i) => [h, i] as const).filter(([h]) => h !== '' && !FIXED.has(h));
  const out: SubmissionRecord[] = [];
  for (const { cells } of table.rows) {
    const at = cellOf(table, cells, C.submittedAt);
    const id = textOf(cellOf(table, cells, C.id));
    if (!id || !isDate(at)) continue; // a hand-typed or broken row is never a report
    const values: Record<string, IndicatorValue> = {};
    for (const [code, i] of indicatorColumns) values[code] = parseValue(cells[i]);
    out.push({
      id,
      requestId: textOf(cellOf(table, cells, C.requestId)),
      unitCode: textOf(cellOf(table, cells, C.unit)),
      periodId: textOf(cellOf(table, cells, C.period)),
      revision: Number(cellOf(table, cells, C.revision)) || 0,
      submittedAt: new Date(at.getTime()),
      submittedBy: textOf(cellOf(table, cells, C.submittedBy)),
      timeliness: parseTimeliness(cellOf(table, cells, C.timeliness)),
      values,
      note: textOf(cellOf(table, cells, C.note)),
      nothingToReport: cellOf(table, cells, C.nothingToReport) === true,
      evidenceUrl: textOf(cellOf(table, cells, C.evidenceUrl)),
    });
  }
  return out;
}

/** Three Spreadsheet calls, whatever the number of rows. */
export function readDataSheet(env: Env): DataSheet {
  const sheet = env.ss().getSheetByName(SHEETS.data);
  if (!sheet) throw new NotSetUpError(SHEETS.data);
  const table = readTable(sheet);
  return { sheet, table, records: parseRecords(table) };
}

function cellFor(record: SubmissionRecord, header: string): Cell {
  switch (header) {
    case C.id: return literal(record.id);
    case C.requestId: return literal(record.requestId);
    case C.unit: return literal(record.unitCode);
    case C.period: return literal(record.periodId);
    case C.revision: return record.revision;
    case C.submittedAt: return record.submittedAt;
    case C.submittedBy: return literal(record.submittedBy);
    case C.timeliness: return TIMELINESS_LABELS[record.timeliness];
    case C.nothingToReport: return record.nothingToReport;
    case C.note: return literal(record.note);
    case C.evidenceUrl: return literal(record.evidenceUrl);
    default: {
      const v = record.values[header];
      if (v === null || v === undefined) return '';
      return typeof v === 'string' ? literal(v) : v;
    }
  }
}

/** Grows the sheet when a write would fall outside it (Sheets refuses such ranges). */
export function ensureColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, columns: number): void {
  const max = sheet.getMaxColumns();
  if (columns > max) sheet.insertColumnsAfter(max, columns - max);
}

/** The same for rows: one getMaxRows, and an insert only when `rows` does not fit. */
export function ensureRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}

/**
 * Appends one revision with a single appendRow, which grows the sheet as needed (plus a header
 * write the first time a new indicator appears), linked into the data sheet's hash chain. The
 * caller holds the script lock.
 */
export function appendRecord(env: Env, data: { sheet: GoogleAppsScript.Spreadsheet.Sheet; table: { header: string[] } }, record: SubmissionRecord): void {
  const header = [...data.table.header];
  const missing = [...Object.values(C), HASH_COLUMN, ...Object.keys(record.values)].filter((h) => !header.includes(h));
  if (missing.length) {
    const start = header.length;
    header.push(...missing);
    ensureColumns(data.sheet, header.length);
    data.sheet.getRange(1, start + 1, 1, missing.length).setValues([missing]);
  }
  const linked = linkRows(env, 'data', header, header.indexOf(HASH_COLUMN), [recordRow(header, record)]);
  data.sheet.appendRow(linked.rows[0]);
  linked.commit();
}

/** A record as a data-sheet row laid out by `header` (also used to seed demos and tests). */
export function recordRow(header: string[], record: SubmissionRecord): Cell[] {
  return header.map((h) => (h === '' ? '' : cellFor(record, h)));
}

/** What submitReport needs to decide replay and revision: no indicator values. */
export interface SubmissionIndexRow {
  id: string; requestId: string; unitCode: string; periodId: string; revision: number; submittedAt: Date; timeliness: Timeliness;
}
export interface SubmissionIndex {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** The full header row (appendRecord lays the new row out by it). */
  header: string[];
  rows: SubmissionIndexRow[];
  /** Cells read (header + the index columns), for the bench. */
  cellsRead: number;
}

const INDEX_COLUMNS = [C.id, C.requestId, C.unit, C.period, C.revision, C.submittedAt, C.timeliness];

/**
 * Reads the header row and only the columns spanning the index fields (they lead the sheet), so
 * the cells read grow with the rows but not with the number of indicators. Four Spreadsheet calls.
 */
export function readSubmissionIndex(env: Env): SubmissionIndex {
  const sheet = env.ss().getSheetByName(SHEETS.data);
  if (!sheet) throw new NotSetUpError(SHEETS.data);
  const lastRow = sheet.getLastRow();
  const lastCol = Math.max(1, sheet.getLastColumn());
  if (lastRow < 1) return { sheet, header: [], rows: [], cellsRead: 0 };
  // One read of the header row plus the index span: [first..last] index column.
  const headerRow = sheet.getRange(1, 1, 1, lastCol).getValues()[0].map((h) => String(h).trim());
  const cols = INDEX_COLUMNS.map((c) => headerRow.indexOf(c));
  const found = cols.filter((i) => i >= 0);
  if (lastRow < 2 || found.length === 0) return { sheet, header: headerRow, rows: [], cellsRead: lastCol };
  const first = Math.min(...found);
  const width = Math.max(...found) - first + 1;
  const block = sheet.getRange(2, first + 1, lastRow - 1, width).getValues() as Cell[][];
  const at = (cells: Cell[], name: string): Cell => { const i = headerRow.indexOf(name); return i < 0 ? '' : cells[i - first] ?? ''; };
  const rows: SubmissionIndexRow[] = [];
  for (const cells of block) {
    const id = textOf(at(cells, C.id));
    const when = at(cells, C.submittedAt);
    if (!id || !isDate(when)) continue;
    rows.push({
      id, requestId: textOf(at(cells, C.requestId)), unitCode: textOf(at(cells, C.unit)), periodId: textOf(at(cells, C.period)),
      revision: Number(at(cells, C.revision)) || 0, submittedAt: new Date(when.getTime()), timeliness: parseTimeliness(at(cells, C.timeliness)),
    });
  }
  return { sheet, header: headerRow, rows, cellsRead: lastCol + block.length * width };
}
