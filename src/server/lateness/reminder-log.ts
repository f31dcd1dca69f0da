// The reminder log: read in one range read, appended in one write. The sheet is addressed by an
// A1 reference on the spreadsheet, which saves the getSheetByName round trip on every run.
// Lines are claimed ('Đang gửi') under the script lock before their mails go out and marked
// afterwards ('Đã gửi' / 'Lỗi gửi'); see sheets.ts LOG_STATES.
import type { SentKind, SentRecord } from '../../domain/reminders';
import type { Env } from '../env';
import { type Cell, literal, tableFromValues, textOf, isDate } from '../sheets/table';
import { ensureSheets } from '../setup/ensure-sheets';
import { LOG_STATES, REMINDER_LOG_COLUMNS as C, REMINDER_LOG_SHEET, REMINDER_LOG_SPEC, SENT_KIND_LABELS } from './sheets';

export type LogState = (typeof LOG_STATES)[keyof typeof LOG_STATES];

export interface LoggedRecord extends SentRecord {
  state: LogState;
}

export interface ReminderLog {
  /** Lines that count as sent: sent, or claimed by a run that may have died before sending. */
  entries: SentRecord[];
  /** Claimed lines never marked (a run was cut off between claim and mark). */
  unconfirmed: LoggedRecord[];
  /** Column headers as found in the sheet (writes follow them). */
  header: string[];
  /** First empty row after the log. */
  nextRow: number;
  /** Rows the sheet has; null when unknown (the sheet was just created). */
  maxRows: number | null;
}

/** What is written for one mail and period. */
export interface LogLine extends SentRecord {
  deadline: Date | null;
  to: string;
}

const DEFAULT_HEADER: string[] = Object.values(C);
const LEGACY_HEADER = DEFAULT_HEADER.filter((h) => h !== C.state);
const letter = (n: number): string => String.fromCharCode(64 + n);
const LAST_COLUMN = letter(DEFAULT_HEADER.length);
const ref = (range: string): string => `'${REMINDER_LOG_SHEET}'!${range}`;
const KIND_BY_LABEL = new Map<string, SentKind>(Object.entries(SENT_KIND_LABELS).map(([k, label]) => [label, k as SentKind]));
const STATES = new Set<string>(Object.values(LOG_STATES));

/** Two Spreadsheet calls; creates the sheet when an older installation lacks it. */
export function readReminderLog(env: Env): ReminderLog {
  let values: Cell[][];
  try {
    values = env.ss().getRange(ref(`A:${LAST_COLUMN}`)).getValues() as Cell[][];
  } catch (e) {
    if (env.ss().getSheetByName(REMINDER_LOG_SHEET)) throw e;
    ensureSheets(env, [REMINDER_LOG_SPEC]);
    return { entries: [], unconfirmed: [], header: DEFAULT_HEADER, nextRow: 2, maxRows: null };
  }
  const table = tableFromValues(values);
  const header = DEFAULT_HEADER.every((h) => table.col(h) >= 0) ? table.header
    : LEGACY_HEADER.every((h) => table.col(h) >= 0) ? [...LEGACY_HEADER, C.state] : DEFAULT_HEADER;
  const stateCol = table.col(C.state);
  const entries: SentRecord[] = [];
  const unconfirmed: LoggedRecord[] = [];
  for (const { cells } of table.rows) {
    const at = cells[table.col(C.at)];
    const kind = KIND_BY_LABEL.get(textOf(cells[table.col(C.kind)]));
    if (!isDate(at) || !kind) continue;
    // Lines of an older installation (no state column) were written after sending.
    const stateText = stateCol >= 0 ? textOf(cells[stateCol]) : LOG_STATES.sent;
    const state = (STATES.has(stateText) ? stateText : LOG_STATES.sent) as LogState;
    if (state === LOG_STATES.failed || state === LOG_STATES.skipped) continue; // retried by the next run
    const record: SentRecord = {
      at: new Date(at.getTime()), kind,
      unitCode: textOf(cells[table.col(C.unit)]), periodId: textOf(cells[table.col(C.period)]), key: textOf(cells[table.col(C.key)]),
    };
    entries.push(record);
    if (state === LOG_STATES.pending) unconfirmed.push({ ...record, state });
  }
  return { entries, unconfirmed, header, nextRow: Math.max(2, table.lastRow + 1), maxRows: values.length };
}

function cellFor(line: LogLine, column: string, state: LogState): Cell {
  switch (column) {
    case C.at: return line.at;
    case C.kind: return SENT_KIND_LABELS[line.kind];
    case C.unit: return literal(line.unitCode);
    case C.period: return literal(line.periodId);
    case C.deadline: return line.deadline ?? '';
    case C.to: return literal(line.to);
    case C.key: return literal(line.key);
    case C.state: return state;
    default: return '';
  }
}

/** Appends lines in one write (two more calls when the sheet must grow); returns their first row. */
export function appendReminderLog(env: Env, log: ReminderLog, lines: LogLine[], state: LogState = LOG_STATES.sent): number {
  const first = log.nextRow;
  if (lines.length === 0) return first;
  const rows = lines.map((l) => log.header.map((h) => cellFor(l, h, state)));
  const last = first + rows.length - 1;
  if (log.maxRows !== null && last <= log.maxRows) {
    env.ss().getRange(ref(`A${first}:${letter(log.header.length)}${last}`)).setValues(rows);
  } else {
    const sheet = env.ss().getSheetByName(REMINDER_LOG_SHEET);
    if (!sheet) throw new Error(`Missing sheet ${REMINDER_LOG_SHEET}`);
    const max = sheet.getMaxRows();
    if (last > max) sheet.insertRowsAfter(max, last - max);
    sheet.getRange(first, 1, rows.length, log.header.length).setValues(rows);
    log.maxRows = Math.max(max, last);
  }
  log.nextRow = last + 1;
  log.entries.push(...lines);
  return first;
}

/** Marks claimed rows `first`..`first + states.length - 1` in one write of the state column. */
export function markReminderLog(env: Env, log: ReminderLog, first: number, states: LogState[]): void {
  if (states.length === 0) return;
  const col = letter(log.header.indexOf(C.state) + 1);
  env.ss().getRange(ref(`${col}${first}:${col}${first + states.length - 1}`)).setValues(states.map((s) => [s]));
}
