// The reminder log: read in one range read, appended in one write. The sheet is addressed by an
// A1 reference on the spreadsheet, which saves the getSheetByName round trip on every run.
import type { SentKind, SentRecord } from '../../domain/reminders';
import type { Env } from '../env';
import { type Cell, literal, tableFromValues, textOf, isDate } from '../sheets/table';
import { ensureSheets } from '../setup/ensure-sheets';
import { REMINDER_LOG_COLUMNS as C, REMINDER_LOG_SHEET, REMINDER_LOG_SPEC, SENT_KIND_LABELS } from './sheets';

export interface ReminderLog {
  entries: SentRecord[];
  /** Column headers as found in the sheet (writes follow them). */
  header: string[];
  /** First empty row after the log. */
  nextRow: number;
  /** Rows the sheet has; null when unknown (the sheet was just created). */
  maxRows: number | null;
}

/** What is written for one sent mail and period. */
export interface LogLine extends SentRecord {
  deadline: Date | null;
  to: string;
}

const DEFAULT_HEADER: string[] = Object.values(C);
const LAST_COLUMN = String.fromCharCode(64 + DEFAULT_HEADER.length);
const ref = (range: string): string => `'${REMINDER_LOG_SHEET}'!${range}`;
const KIND_BY_LABEL = new Map<string, SentKind>(Object.entries(SENT_KIND_LABELS).map(([k, label]) => [label, k as SentKind]));

/** Two Spreadsheet calls; creates the sheet when an older installation lacks it. */
export function readReminderLog(env: Env): ReminderLog {
  let values: Cell[][];
  try {
    values = env.ss().getRange(ref(`A:${LAST_COLUMN}`)).getValues() as Cell[][];
  } catch (e) {
    if (env.ss().getSheetByName(REMINDER_LOG_SHEET)) throw e;
    ensureSheets(env, [REMINDER_LOG_SPEC]);
    return { entries: [], header: DEFAULT_HEADER, nextRow: 2, maxRows: null };
  }
  const table = tableFromValues(values);
  const header = DEFAULT_HEADER.every((h) => table.col(h) >= 0) ? table.header : DEFAULT_HEADER;
  const entries: SentRecord[] = [];
  for (const { cells } of table.rows) {
    const at = cells[table.col(C.at)];
    const kind = KIND_BY_LABEL.get(textOf(cells[table.col(C.kind)]));
    if (!isDate(at) || !kind) continue;
    entries.push({
      at: new Date(at.getTime()), kind,
      unitCode: textOf(cells[table.col(C.unit)]), periodId: textOf(cells[table.col(C.period)]), key: textOf(cells[table.col(C.key)]),
    });
  }
  return { entries, header, nextRow: Math.max(2, table.lastRow + 1), maxRows: values.length };
}

function cellFor(line: LogLine, column: string): Cell {
  switch (column) {
    case C.at: return line.at;
    case C.kind: return SENT_KIND_LABELS[line.kind];
    case C.unit: return literal(line.unitCode);
    case C.period: return literal(line.periodId);
    case C.deadline: return line.deadline ?? '';
    case C.to: return literal(line.to);
    case C.key: return literal(line.key);
    default: return '';
  }
}

/** Two Spreadsheet calls (four when the sheet must grow). */
export function appendReminderLog(env: Env, log: ReminderLog, lines: LogLine[]): void {
  if (lines.length === 0) return;
  const rows = lines.map((l) => log.header.map((h) => cellFor(l, h)));
  const first = log.nextRow;
  const last = first + rows.length - 1;
  if (log.maxRows !== null && last <= log.maxRows) {
    env.ss().getRange(ref(`A${first}:${String.fromCharCode(64 + log.header.length)}${last}`)).setValues(rows);
  } else {
    const sheet = env.ss().getSheetByName(REMINDER_LOG_SHEET);
    if (!sheet) throw new Error(`Missing sheet ${REMINDER_LOG_SHEET}`);
    const max = sheet.getMaxRows();
    if (last > max) sheet.insertRowsAfter(max, last - max);
    sheet.getRange(first, 1, rows.length, log.header.length).setValues(rows);
  }
  log.nextRow = last + 1;
  log.entries.push(...lines);
}
