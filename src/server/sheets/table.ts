// A sheet read in one round trip, with columns addressed by header text.

export type Cell = string | number | boolean | Date;

export interface Table {
  header: string[];
  /** Data rows (after the header), fully empty rows dropped; `sheetRow` is the 1-based row number. */
  rows: { sheetRow: number; cells: Cell[] }[];
  /** Number of the last non-empty row (0 for an empty sheet). */
  lastRow: number;
  col(name: string): number;
}

const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined;

export function tableFromValues(values: Cell[][]): Table {
  const header = (values[0] ?? []).map((h) => String(h).trim());
  const rows: Table['rows'] = [];
  let lastRow = values.length && values[0].some((v) => !isBlank(v)) ? 1 : 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i].every(isBlank)) continue;
    rows.push({ sheetRow: i + 1, cells: values[i] });
    lastRow = i + 1;
  }
  const index = new Map(header.map((h, i) => [h, i] as const));
  return { header, rows, lastRow, col: (name) => index.get(name) ?? -1 };
}

/** One getDataRange + one getValues, whatever the size of the sheet. */
export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet): Table {
  return tableFromValues(sheet.getDataRange().getValues() as Cell[][]);
}

/** Cell of a row by header name ('' when the column does not exist). */
export function cellOf(table: Table, cells: Cell[], name: string): Cell {
  const i = table.col(name);
  return i < 0 ? '' : cells[i] ?? '';
}

/** Dates from getValues may come from another realm (the vm in tests), so no instanceof. */
export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function textOf(v: Cell | undefined): string {
  if (v === undefined || v === null) return '';
  if (isDate(v)) return v.toISOString();
  return String(v).trim();
}

/**
 * Free text as Sheets must store it: the leading apostrophe is Sheets' literal-text marker (not
 * part of the stored value), so '=HYPERLINK(…)' stays inert text and '007' keeps its zeros.
 */
export function literal(s: string): string {
  return s === '' ? '' : `'${s}`;
}
