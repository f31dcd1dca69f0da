// submitReport, getSidebarData, getForm through the modules and through the built bundle.
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, STRANGER, assignEmail, dataRows, makeHarness, setActive, type Harness } from './harness';
import { DATA_COLUMNS, SHEETS } from '../../src/server/sheets/names';
import type { SubmitPayload } from '../../src/contract/rpc';

// 10:00 on 10/03/2024 in Vietnam: 2024-Q1 is open (from 01/03), due 18/03/2024 23:59:59
// (16/03 is a Saturday).
const NOW = new Date('2024-03-10T03:00:00Z');

const counts = {
  LOP_TAP_HUAN: 2, TOA_DAM: 1, TIN_BAI: 12, TO_ROI: 300, TAI_LIEU: 4, HINH_THUC_KHAC: 3, CHUYEN_MUC_TRUYEN_THANH: 6, CUOC_THI: 1,
};

function payload(over: Partial<SubmitPayload> = {}): SubmitPayload {
  return {
    unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: `req-${Math.random().toString(36).slice(2, 12)}`,
    values: { ...counts }, note: 'Đã tổ chức 2 lớp tập huấn.', ...over,
  };
}

function ready(flavour: (typeof FLAVOURS)[number]): Harness {
  const h = makeHarness(flavour, NOW, ADMIN);
  h.api.setup();
  assignEmail(h, OFFICER_UNIT, OFFICER);
  h.as(OFFICER);
  return h;
}

describe.each(FLAVOURS)('submission API (%s)', (flavour) => {
  let h: Harness;
  beforeEach(() => { h = ready(flavour); });

  test('the form lists the unit, the open period and its indicators', () => {
    const data = h.api.getSidebarData();
    expect(data.user).toEqual({ email: OFFICER, isAdmin: false });
    expect(data.units).toEqual([{ code: OFFICER_UNIT, name: 'UBND xã Cẩm Bình', group: 'XA' }]);
    expect(data.periods.map((p) => [p.id, p.label, p.deadline, p.status])).toEqual([
      ['2024-Q1', 'Quý I/2024', '2024-03-18T16:59:59.000Z', 'not_due'],
    ]);
    const form = h.api.getForm(OFFICER_UNIT, '2024-Q1');
    expect(form.indicators.map((i) => i.code)).toEqual(expect.arrayContaining(Object.keys(counts)));
    expect(form.latest).toBeNull();
    expect(form.period.cutoff).toEqual({ from: '2023-12-15', to: '2024-03-14' });
  });

  test('a valid submission lands with the right values, server time and submitter', () => {
    const result = h.api.submitReport(payload({ requestId: 'req-first-0001' }));
    expect(result).toMatchObject({ ok: true, revision: 1, timeliness: 'on_time', replayed: false, submittedAt: NOW.toISOString() });
    const [header, ...rows] = h.fakes.spreadsheet.values(SHEETS.data) as unknown[][];
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries((header as string[]).map((k, i) => [k, rows[0][i]]));
    expect(row[DATA_COLUMNS.unit]).toBe(OFFICER_UNIT);
    expect(row[DATA_COLUMNS.period]).toBe('2024-Q1');
    expect(row[DATA_COLUMNS.submittedBy]).toBe(OFFICER);
    expect((row[DATA_COLUMNS.submittedAt] as Date).toISOString()).toBe(NOW.toISOString());
    expect(row[DATA_COLUMNS.requestId]).toBe('req-first-0001');
    expect(row.TO_ROI).toBe(300);
    expect(row.TIN_BAI).toBe(12);
    expect(row[DATA_COLUMNS.note]).toBe('Đã tổ chức 2 lớp tập huấn.');
    const form = h.api.getForm(OFFICER_UNIT, '2024-Q1');
    expect(form.latest).toMatchObject({ revision: 1, values: expect.objectContaining({ TO_ROI: 300 }) });
  });

  test('a revision appends a new row and keeps the first', () => {
    h.api.submitReport(payload());
    h.fakes.clock.advance(3600e3);
    const second = h.api.submitReport(payload({ values: { ...counts, TIN_BAI: 15 } }));
    expect(second).toMatchObject({ ok: true, revision: 2 });
    const rows = dataRows(h);
    expect(rows).toHaveLength(2);
    const form = h.api.getForm(OFFICER_UNIT, '2024-Q1');
    expect(form.latest?.values.TIN_BAI).toBe(15);
    expect(form.history.map((r) => r.revision)).toEqual([2, 1]);
  });

  test('a replayed requestId stores one row and returns the first result', () => {
    const p = payload();
    const first = h.api.submitReport(p);
    const again = h.api.submitReport(p);
    expect(again).toEqual({ ...first, replayed: true });
    expect(dataRows(h)).toHaveLength(1);
  });

  test('a late first submission is late, and a revision keeps that standing', () => {
    h.fakes.clock.set(new Date('2024-03-19T02:00:00Z'));
    expect(h.api.submitReport(payload())).toMatchObject({ ok: true, timeliness: 'late' });
  });

  const bad: [string, () => unknown, string][] = [
    ['unknown indicator', () => payload({ values: { ...counts, KHONG_CO: 1 } }), 'KHONG_CO'],
    ['text in a count', () => payload({ values: { ...counts, TIN_BAI: 'abc' } }), 'TIN_BAI'],
    ['negative count', () => payload({ values: { ...counts, TO_ROI: -1 } }), 'TO_ROI'],
    ['fractional count', () => payload({ values: { ...counts, TO_ROI: 1.5 } }), 'TO_ROI'],
    ['huge count', () => payload({ values: { ...counts, TO_ROI: 1e9 } }), 'TO_ROI'],
    ['missing required count', () => payload({ values: { ...counts, TIN_BAI: '' } }), 'TIN_BAI'],
    ['unknown period', () => payload({ periodId: '2024-Q9' }), 'periodId'],
    ['closed period', () => payload({ periodId: '2023-Q3' }), 'periodId'],
    ['period not yet open', () => payload({ periodId: '2024-Q2' }), 'periodId'],
    ['unknown unit', () => payload({ unitCode: 'XA_KHONG_CO' }), 'unitCode'],
    ['another unit', () => payload({ unitCode: 'XA_CAM_DUE' }), 'unitCode'],
    ['bad request id', () => payload({ requestId: 'x' }), 'requestId'],
    ['not an object', () => 'hello', 'unitCode'],
  ];
  test.each(bad)('refuses %s with a Vietnamese error and writes nothing', (_name, make, field) => {
    const before = h.fakes.spreadsheet.values(SHEETS.data);
    const result = h.api.submitReport(make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toContain(field);
    for (const e of result.errors) expect(e.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]/i);
    expect(h.fakes.spreadsheet.values(SHEETS.data)).toEqual(before);
  });

  test('an inactive unit is refused', () => {
    h.as(ADMIN);
    setActive(h, OFFICER_UNIT, false);
    h.as(OFFICER);
    const result = h.api.submitReport(payload());
    expect(result).toMatchObject({ ok: false, errors: [expect.objectContaining({ field: 'unitCode' })] });
    expect(dataRows(h)).toHaveLength(0);
  });

  test('a stranger and an unknown user are refused, nothing written', () => {
    h.as(STRANGER);
    const r1 = h.api.submitReport(payload());
    expect(r1).toMatchObject({ ok: false, errors: [expect.objectContaining({ field: 'unitCode', message: expect.stringContaining('không được phép') })] });
    expect(h.api.getSidebarData().units).toEqual([]);
    expect(() => h.api.getForm(OFFICER_UNIT, '2024-Q1')).toThrow(/không được phép/);
    h.as('');
    const r2 = h.api.submitReport(payload());
    expect(r2).toMatchObject({ ok: false, errors: [expect.objectContaining({ field: 'user', message: expect.stringContaining('Không xác định được tài khoản') })] });
    expect(() => h.api.getSidebarData()).toThrow(/Không xác định được tài khoản/);
    expect(dataRows(h)).toHaveLength(0);
  });

  test('a busy lock answers "try again" and writes nothing', () => {
    h.fakes.lock.holdElsewhere(true);
    const result = h.api.submitReport(payload());
    expect(result).toMatchObject({ ok: false, errors: [expect.objectContaining({ message: expect.stringContaining('bận') })] });
    expect(dataRows(h)).toHaveLength(0);
    h.fakes.lock.holdElsewhere(false);
    expect(h.api.submitReport(payload())).toMatchObject({ ok: true });
  });

  test('formula-looking text is stored as inert text; a 2,000-character note round-trips', () => {
    const note = ('Cẩm Xuyên tuyên truyền cải cách hành chính. ').repeat(60).slice(0, 2000).trim();
    const evil = '=HYPERLINK("http://x.y","bấm")';
    h.api.submitReport(payload({ note: evil, values: { ...counts, MO_TA_HINH_THUC_KHAC: '+84 912 000 000' } }));
    const formulas = h.fakes.spreadsheet.formulas(SHEETS.data);
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
    expect(h.api.getForm(OFFICER_UNIT, '2024-Q1').latest).toMatchObject({ note: evil, values: expect.objectContaining({ MO_TA_HINH_THUC_KHAC: '+84 912 000 000' }) });
    h.api.submitReport(payload({ note }));
    const latest = h.api.getForm(OFFICER_UNIT, '2024-Q1').latest;
    expect(latest?.note).toBe(note.normalize('NFC'));
    expect(latest?.note.length).toBe(note.length);
  });

  test('"không phát sinh" stores zeros with the flag', () => {
    const result = h.api.submitReport(payload({ values: {}, nothingToReport: true }));
    expect(result).toMatchObject({ ok: true });
    const latest = h.api.getForm(OFFICER_UNIT, '2024-Q1').latest;
    expect(latest).toMatchObject({ nothingToReport: true, values: expect.objectContaining({ TIN_BAI: 0, TO_ROI: 0 }) });
  });

  test('columns are found by header name: reordering the data sheet breaks nothing', () => {
    h.api.submitReport(payload({ values: { ...counts, TO_ROI: 111 } }));
    // Reverse the column order by hand, as an office might.
    const values = h.fakes.spreadsheet.values(SHEETS.data) as unknown[][];
    const reversed = values.map((r) => [...r].reverse());
    h.fakes.spreadsheet.seed(SHEETS.data, reversed, 1);
    h.api.submitReport(payload({ values: { ...counts, TO_ROI: 222 } }));
    const form = h.api.getForm(OFFICER_UNIT, '2024-Q1');
    expect(form.latest).toMatchObject({ revision: 2, values: expect.objectContaining({ TO_ROI: 222 }) });
    expect(form.history.map((r) => r.revision)).toEqual([2, 1]);
  });
});
