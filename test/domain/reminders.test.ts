import { buildDigest, digestDue, fingerprint, planReminders, reminderKey, type SentRecord } from '../../src/domain/reminders';
import { statusBoard } from '../../src/domain/status-board';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar-defaults';
import { input, record, vn } from './reminders-fixture';

const Q1_DEADLINE = new Date('2024-03-18T16:59:59.000Z');
const onTimeA = record('XA_A', '2024-Q1', '2024-03-12T10:00:00');
// TT_A's monthly reports before March are in, so only Q1 and M03 are at stake.
const base = [onTimeA, record('TT_A', '2024-M01', '2024-01-10T10:00:00'), record('TT_A', '2024-M02', '2024-02-10T10:00:00')];

const plan = (now: string, sent: SentRecord[] = [], every = 2, records = base, calendar = DEFAULT_CALENDAR) =>
  planReminders(statusBoard(input(now, records, calendar)), sent, every);
const summary = (p: ReturnType<typeof planReminders>) =>
  p.mails.map((m) => `${m.unit.code}:${m.items.map((i) => `${i.kind}@${i.entry.period.id}`).join('+')}`);

const sentFor = (kind: 'due_soon' | 'overdue', unitCode: string, at: string, deadline = Q1_DEADLINE): SentRecord =>
  ({ at: vn(at), kind, unitCode, periodId: '2024-Q1', key: reminderKey(kind, unitCode, '2024-Q1', deadline) });

describe('planReminders', () => {
  test('nothing before the due-soon window', () => {
    expect(plan('2024-03-14T07:00:00').mails).toEqual([]);
  });

  test('inside the window: units that have not submitted and have emails, one mail per unit', () => {
    const p = plan('2024-03-15T07:00:00');
    // TT_A owes M03 and Q1, both due 18/03: one mail with both periods
    expect(summary(p)).toEqual(['XA_B:due_soon@2024-Q1', 'XA_D:due_soon@2024-Q1', 'TT_A:due_soon@2024-M03+due_soon@2024-Q1']);
    expect(p.withoutEmail.map((u) => u.code)).toEqual(['XA_C']);
    expect(p.mails[0].items[0].key).toBe('due_soon|XA_B|2024-Q1|2024-03-18');
  });

  test('a due-soon reminder goes once per deadline, whatever the day', () => {
    const sent = [sentFor('due_soon', 'XA_B', '2024-03-15T07:00:00')];
    expect(summary(plan('2024-03-16T07:00:00', sent))).not.toContain('XA_B:due_soon@2024-Q1');
    // a new deadline (extension to 28/03) earns a new reminder once it is near
    const calendar = { ...DEFAULT_CALENDAR, extensions: [{ unitCode: 'XA_B', periodId: '2024-Q1', deadline: '2024-03-28' }] };
    expect(summary(plan('2024-03-26T07:00:00', sent, 2, base, calendar))).toContain('XA_B:due_soon@2024-Q1');
  });

  test('overdue: the first run after the deadline, then every N days until the unit submits', () => {
    expect(summary(plan('2024-03-19T07:00:00'))).toContain('XA_B:overdue@2024-Q1');
    const sent = [sentFor('overdue', 'XA_B', '2024-03-19T07:00:00')];
    expect(summary(plan('2024-03-19T15:00:00', sent))).not.toContain('XA_B:overdue@2024-Q1');
    expect(summary(plan('2024-03-20T07:00:00', sent))).not.toContain('XA_B:overdue@2024-Q1');
    expect(summary(plan('2024-03-21T07:00:00', sent))).toContain('XA_B:overdue@2024-Q1');
    expect(summary(plan('2024-03-20T07:00:00', sent, 1))).toContain('XA_B:overdue@2024-Q1');
    const submitted = [...base, record('XA_B', '2024-Q1', '2024-03-20T09:00:00')];
    expect(summary(plan('2024-03-21T07:00:00', sent, 2, submitted))).not.toContain('XA_B:overdue@2024-Q1');
  });

  test('a missed run is caught up: the next one sends what is due', () => {
    // nothing ran between the deadline and 25/03
    expect(summary(plan('2024-03-25T07:00:00'))).toEqual(expect.arrayContaining(['XA_B:overdue@2024-Q1', 'XA_D:overdue@2024-Q1']));
  });

  test('stops once the period no longer takes late submissions', () => {
    expect(summary(plan('2024-05-20T07:00:00')).filter((s) => s.includes('2024-Q1'))).toEqual([]);
  });

  test('an inactive unit is never reminded', () => {
    expect(summary(plan('2024-03-19T07:00:00')).some((s) => s.startsWith('XA_OFF'))).toBe(false);
  });
});

describe('digest', () => {
  test('none while nobody is late or missing', () => {
    expect(buildDigest(statusBoard(input('2024-03-15T07:00:00', base)))).toBeNull();
  });

  test('lists late and missing units per period, with a key that follows the content', () => {
    const late = record('XA_B', '2024-Q1', '2024-03-19T09:00:00');
    const d = buildDigest(statusBoard(input('2024-03-20T07:00:00', [...base, late])))!;
    const q1 = d.periods.find((p) => p.period.id === '2024-Q1')!;
    expect(q1.late.map((u) => u.code)).toEqual(['XA_B']);
    expect(q1.missing.map((u) => u.code)).toEqual(['XA_C', 'XA_D', 'TT_A']);
    expect(q1.deadline.toISOString()).toBe('2024-03-18T16:59:59.000Z');
    const same = buildDigest(statusBoard(input('2024-03-20T15:00:00', [...base, late])))!;
    expect(same.key).toBe(d.key);
    const more = buildDigest(statusBoard(input('2024-03-20T15:00:00', [...base, late, record('XA_C', '2024-Q1', '2024-03-20T10:00:00')])))!;
    expect(more.key).not.toBe(d.key);
  });

  test('due at most once a day, even when the content changed since (issue 14)', () => {
    const d = buildDigest(statusBoard(input('2024-03-20T07:00:00')))!;
    const sent: SentRecord[] = [{ at: vn('2024-03-20T07:00:00'), kind: 'digest', unitCode: '', periodId: '', key: d.key }];
    expect(digestDue(d, [], vn('2024-03-20T07:00:00'))).toBe(true);
    expect(digestDue(d, sent, vn('2024-03-20T23:00:00'))).toBe(false);
    expect(digestDue(d, sent, vn('2024-03-21T07:00:00'))).toBe(true);
    expect(digestDue(d, [{ ...sent[0], key: 'digest|other' }], vn('2024-03-20T09:00:00'))).toBe(false);
    expect(digestDue(d, [{ ...sent[0], key: 'digest|other' }], vn('2024-03-21T09:00:00'))).toBe(true);
  });

  test('once only late submitters are left, it goes out when that list changes, not every day', () => {
    const allIn = [...base, record('XA_B', '2024-Q1', '2024-03-19T09:00:00'), record('XA_C', '2024-Q1', '2024-03-19T10:00:00'),
      record('XA_D', '2024-Q1', '2024-03-20T10:00:00'), record('TT_A', '2024-Q1', '2024-03-12T10:00:00'), record('TT_A', '2024-M03', '2024-03-12T10:00:00')];
    const d = buildDigest(statusBoard(input('2024-03-21T07:00:00', allIn)))!;
    expect(d.periods.flatMap((p) => p.missing)).toEqual([]);
    expect(d.periods[0].late.map((u) => u.code)).toEqual(['XA_B', 'XA_C', 'XA_D']);
    expect(digestDue(d, [], vn('2024-03-21T07:00:00'))).toBe(true);
    const sent: SentRecord[] = [
      { at: vn('2024-03-20T07:00:00'), kind: 'digest', unitCode: '', periodId: '', key: 'digest|older' },
      { at: vn('2024-03-21T07:00:00'), kind: 'digest', unitCode: '', periodId: '', key: d.key },
    ];
    expect(digestDue(d, sent, vn('2024-03-22T07:00:00'))).toBe(false);
    expect(digestDue(d, sent.slice(0, 1), vn('2024-03-22T07:00:00'))).toBe(true);
  });

  test('fingerprint is stable and sensitive', () => {
    expect(fingerprint('2024-Q1:XA_B/XA_C')).toBe(fingerprint('2024-Q1:XA_B/XA_C'));
    expect(fingerprint('2024-Q1:XA_B/XA_C')).not.toBe(fingerprint('2024-Q1:XA_B/XA_D'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{8}$/);
  });
});
