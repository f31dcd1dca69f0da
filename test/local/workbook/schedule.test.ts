import { clockOccurrences } from '../../../src/local/workbook/schedule';

const TZ = 'Asia/Ho_Chi_Minh';
const at = (s: string) => new Date(s).getTime();
const iso = (ms: number[]) => ms.map((m) => new Date(m).toISOString());

test('a daily trigger fires once a day at its hour, Vietnam time, after `from` and up to `to`', () => {
  const runs = clockOccurrences({ everyDays: 1, atHour: 7, timeZone: TZ }, at('2024-03-18T07:00:00+07:00'), at('2024-03-21T07:00:00+07:00'), 'UTC');
  // 18/03 07:00 is `from` itself: already run.
  expect(iso(runs)).toEqual(['2024-03-19T00:00:00.000Z', '2024-03-20T00:00:00.000Z', '2024-03-21T00:00:00.000Z']);
});

test('the script time zone applies when the trigger names none', () => {
  expect(iso(clockOccurrences({ everyDays: 1, atHour: 7 }, at('2024-03-18T08:00:00+07:00'), at('2024-03-19T12:00:00+07:00'), TZ)))
    .toEqual(['2024-03-19T00:00:00.000Z']);
});

test('nothing fires when the clock does not move forward or the schedule is not a clock', () => {
  expect(clockOccurrences({ everyDays: 1, atHour: 7 }, at('2024-03-19T08:00:00+07:00'), at('2024-03-18T08:00:00+07:00'), TZ)).toEqual([]);
  expect(clockOccurrences({ everyDays: 1, atHour: 7 }, at('2024-03-19T08:00:00+07:00'), at('2024-03-20T06:59:00+07:00'), TZ)).toEqual([]);
  expect(clockOccurrences({}, at('2024-03-19T08:00:00+07:00'), at('2024-03-29T08:00:00+07:00'), TZ)).toEqual([]);
});

test('every N hours', () => {
  expect(clockOccurrences({ everyHours: 6 }, at('2024-03-19T00:30:00Z'), at('2024-03-19T13:00:00Z'), TZ)).toEqual([at('2024-03-19T06:00:00Z'), at('2024-03-19T12:00:00Z')]);
});
