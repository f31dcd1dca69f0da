// The chained sheets, described once: where each lives, how a row is named in the digest, the
// audit and the restore dialog, and (for sheets written by position) its fixed header. The check,
// the snapshot, the restore and the seal loop over these specs.
import type { Env } from '../env';
import { AUDIT_COLUMNS, DATA_COLUMNS, SHEETS } from '../sheets/names';
import { type Cell, type Table, cellOf, tableFromValues, textOf } from '../sheets/table';
import { AUDIT_HEADER } from '../storage/audit';
import { REVIEW_COLUMNS, REVIEW_HEADER, REVIEW_SHEET } from '../review/review-log';
import { AUDIT_HASH_INDEX } from './canonical';
import type { ChainKey } from './chain';
import type { Described } from './verify';

export interface ChainSpec {
  sheet: string;
  /** The header a restore writes (sheets written by position); the data sheet keeps its own. */
  fixedHeader?: readonly string[];
  /** Where the link is when the header does not name it (audit sheets written before the header). */
  fallbackHashCol?: number;
  describe(table: Pick<Table, 'col'>, cells: readonly Cell[]): Described;
  /** The row in the digest and the audit ("đơn vị …, kỳ …"), and in the restore dialog. */
  about(d: Described): string;
  ref(d: Described): string;
}

const unitPeriod = (unit: string, period: string) => (table: Pick<Table, 'col'>, cells: readonly Cell[]): Described => ({
  subject: textOf(cellOf(table as Table, cells as Cell[], unit)), period: textOf(cellOf(table as Table, cells as Cell[], period)),
});
const orUnknown = (s: string): string => s || 'không rõ';

export const CHAIN_SPECS: Record<ChainKey, ChainSpec> = {
  data: {
    sheet: SHEETS.data,
    describe: unitPeriod(DATA_COLUMNS.unit, DATA_COLUMNS.period),
    about: (d) => `đơn vị ${orUnknown(d.subject)}, kỳ ${orUnknown(d.period)}`,
    ref: (d) => `${d.subject}, kỳ ${d.period}`,
  },
  audit: {
    sheet: SHEETS.audit, fixedHeader: AUDIT_HEADER, fallbackHashCol: AUDIT_HASH_INDEX,
    describe: (table, cells) => {
      const c = cells as Cell[];
      const t = table as Table;
      return { subject: textOf(cellOf(t, c, AUDIT_COLUMNS.who)), period: `${textOf(cellOf(t, c, AUDIT_COLUMNS.action))} ${textOf(cellOf(t, c, AUDIT_COLUMNS.target))}`.trim() };
    },
    about: (d) => `${orUnknown(d.subject)}, ${orUnknown(d.period)}`,
    ref: (d) => `${d.subject}: ${d.period}`,
  },
  review: {
    sheet: REVIEW_SHEET, fixedHeader: REVIEW_HEADER,
    describe: unitPeriod(REVIEW_COLUMNS.unit, REVIEW_COLUMNS.period),
    about: (d) => `đơn vị ${orUnknown(d.subject)}, kỳ ${orUnknown(d.period)}`,
    ref: (d) => `${d.subject}, kỳ ${d.period}`,
  },
};

export const SHEET_OF: Record<ChainKey, string> = { data: SHEETS.data, audit: SHEETS.audit, review: REVIEW_SHEET };

const columnLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/**
 * A sheet written by position (audit, review log), read whole in two Spreadsheet calls (one A1
 * range over its fixed columns). A missing sheet is an empty table.
 */
export function readFixedTable(env: Env, key: ChainKey): Table {
  const spec = CHAIN_SPECS[key];
  const width = spec.fixedHeader?.length ?? 26;
  try {
    return tableFromValues(env.ss().getRange(`'${spec.sheet}'!A:${columnLetter(width)}`).getValues() as Cell[][]);
  } catch {
    return tableFromValues([]); // no such sheet yet (before setup, or before the first review)
  }
}
