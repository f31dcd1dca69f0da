// Calendar (deadline rules, per-period overrides, holidays, make-up days, extensions) <->
// one configuration sheet of typed rows, so an office can add a holiday or an extension by
// adding a line.
import type { CalendarConfig, DeadlineRule, LocalDate, PeriodKind } from '../../domain/types';
import { PERIOD_KINDS } from '../../domain/types';
import { parsePeriodId } from '../../domain/periods';
import { instantAt, localDateOf, parseDateVi } from '../../domain/time';
import { normalizeText } from '../../domain/text';
import { CALENDAR_COLUMNS as C, CALENDAR_ROW_TYPES as T } from '../sheets/names';
import { type Cell, type Table, cellOf, literal, textOf, isDate } from '../sheets/table';
import { KIND_LABELS, kindFromLabel, parseOptionalInt } from './labels';

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** A date cell (a Date at midnight in the sheet's zone, Asia/Ho_Chi_Minh) or typed text. */
function parseDateCell(v: Cell): LocalDate | null {
  if (isDate(v)) return isNaN(v.getTime()) ? null : localDateOf(v);
  return parseDateVi(textOf(v));
}

/**
 * Formats a Date cell's wall-clock time as HH:mm:ss in the spreadsheet's zone, the way Sheets
 * shows it (Utilities.formatDate): a typed '17:00' is a Date on 30/12/1899 converted with that
 * day's historical offset (Asia/Ho_Chi_Minh: +7:06:30 local mean time), so fixed +7 h arithmetic
 * would read 16:53:30.
 */
export type TimeOfDay = (d: Date) => string;

function parseTimeCell(v: Cell, timeOfDay: TimeOfDay): string | null {
  if (isDate(v)) return isNaN(v.getTime()) ? null : timeOfDay(v);
  const s = textOf(v);
  if (!TIME.test(s)) return null;
  return s.length === 5 ? `${s}:00` : s;
}

export function parseCalendar(t: Table, base: CalendarConfig, problems: string[], timeOfDay: TimeOfDay): CalendarConfig {
  const cal: CalendarConfig = {
    rules: { ...base.rules }, overrides: [], holidays: [], workingWeekends: [], extensions: [], lateWindowDays: base.lateWindowDays,
  };
  for (const { sheetRow, cells } of t.rows) {
    const where = `Lịch báo cáo, dòng ${sheetRow}`;
    const type = normalizeText(textOf(cellOf(t, cells, C.type)));
    const periodText = textOf(cellOf(t, cells, C.period));
    const date = parseDateCell(cellOf(t, cells, C.date));
    const needDate = (): LocalDate | null => {
      if (!date) problems.push(`${where}: ngày "${textOf(cellOf(t, cells, C.date))}" không hợp lệ (dd/MM/yyyy).`);
      return date;
    };
    const needPeriod = (): string | null => {
      const p = parsePeriodId(periodText);
      if (!p) problems.push(`${where}: kỳ báo cáo "${periodText}" không hợp lệ (ví dụ 2024-Q1, 2024-M03, 2024-H1, 2024-Y).`);
      return p ? p.id : null;
    };
    if (type === T.rule) {
      const kind = kindFromLabel(periodText);
      const day = parseOptionalInt(cellOf(t, cells, C.day));
      const time = parseTimeCell(cellOf(t, cells, C.time), timeOfDay) ?? '23:59:59';
      if (!kind || day === undefined || day < 1 || day > 31) {
        problems.push(`${where}: quy tắc hạn nộp cần loại kỳ (${Object.values(KIND_LABELS).join(', ')}) và ngày trong tháng (1–31).`);
        continue;
      }
      cal.rules[kind] = { day, time, monthOffset: parseOptionalInt(cellOf(t, cells, C.monthOffset)) ?? 0 };
    } else if (type === T.override) {
      const periodId = needPeriod();
      const d = needDate();
      if (periodId && d) cal.overrides.push({ periodId, deadline: d });
    } else if (type === T.holiday) {
      const d = needDate();
      if (d) cal.holidays.push(d);
    } else if (type === T.workingWeekend) {
      const d = needDate();
      if (d) cal.workingWeekends!.push(d);
    } else if (type === T.extension) {
      const periodId = needPeriod();
      const d = needDate();
      const unitCode = normalizeText(textOf(cellOf(t, cells, C.unit)));
      if (!unitCode) problems.push(`${where}: gia hạn cần mã đơn vị.`);
      const reason = normalizeText(textOf(cellOf(t, cells, C.note)));
      if (periodId && d && unitCode) cal.extensions.push({ unitCode, periodId, deadline: d, ...(reason ? { reason } : {}) });
    } else if (type !== '') {
      problems.push(`${where}: loại dòng "${type}" không hợp lệ (dùng: ${Object.values(T).join(', ')}).`);
    }
  }
  return cal;
}

const dateCell = (d: LocalDate): Date => instantAt(d);

export function calendarRows(cal: CalendarConfig): Cell[][] {
  const rows: Cell[][] = [[C.type, C.period, C.unit, C.date, C.day, C.time, C.monthOffset, C.note]];
  for (const kind of PERIOD_KINDS as PeriodKind[]) {
    const r: DeadlineRule = cal.rules[kind];
    rows.push([T.rule, KIND_LABELS[kind], '', '', r.day, literal(r.time), r.monthOffset, 'Hạn nộp: ngày này của tháng cuối kỳ (cộng lệch tháng), lùi sang ngày làm việc kế tiếp nếu trùng ngày nghỉ']);
  }
  const row = (type: string, period: string, unit: string, date: LocalDate, note = ''): Cell[] =>
    [type, literal(period), literal(unit), dateCell(date), '', '', '', literal(note)];
  for (const o of cal.overrides) rows.push(row(T.override, o.periodId, '', o.deadline));
  for (const h of cal.holidays) rows.push(row(T.holiday, '', '', h));
  for (const w of cal.workingWeekends ?? []) rows.push(row(T.workingWeekend, '', '', w));
  for (const e of cal.extensions) rows.push(row(T.extension, e.periodId, e.unitCode, e.deadline, e.reason ?? ''));
  return rows;
}
