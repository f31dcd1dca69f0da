// Issue 14, "far above the unit's history asks for confirmation": the server applies the rule the
// dashboard flags (above 5× the unit's median of earlier periods) at entry. getForm leaves the
// unit's baseline in the user's cache so submitReport stays within its Spreadsheet budget; when
// the cache has nothing usable (expired, never opened the form, an earlier period revised
// since), submitReport reads the data sheet again and still decides right.
import { SHEETS } from '../../../src/server/sheets/names';
import { CACHE_DOWN, CONFIRMED_COLUMN } from '../../../src/server/review/confirm';
import { BASELINE_TTL_SECONDS } from '../../../src/server/review/history-cache';
import { DATA_COLUMNS } from '../../../src/server/sheets/names';
import { DEFAULT_CATALOG } from '../../../src/domain/defaults';
import { FLAVOURS, OFFICER, OFFICER_UNIT, dataRows, type Harness } from '../harness';
import { COUNTS, readyReview, seedReports } from './review-harness';

const NOW = new Date('2024-03-10T03:00:00Z');
const SUBMIT_BUDGET = 12;
const HISTORY = ['2023-Q2', '2023-Q3', '2023-Q4'];
type Fail = { ok: false; errors: { field: string; message: string }[]; confirm?: { token: string; items: { code: string; value: number; message: string }[] } };

/** The officer's three earlier quarters: 10 news items each (median 10, so above 50 is asked). */
function withHistory(h: Harness): void {
  seedReports(h, HISTORY.map((periodId) => ({ unitCode: OFFICER_UNIT, periodId, values: { ...COUNTS, TIN_BAI: 10 } })));
}

/** `n` rows of other units' past reports, so the counts are shown not to grow with the sheet. */
function seedOthers(h: Harness, n: number): void {
  const units = DEFAULT_CATALOG.units.map((u) => u.code).filter((c) => c !== OFFICER_UNIT);
  seedReports(h, Array.from({ length: n }, (_, i) => ({ unitCode: units[i % units.length], periodId: `${2000 + Math.floor(i / 400)}-Q${(i % 4) + 1}`, values: { ...COUNTS } })));
}

function row(h: Harness, n: number): Record<string, unknown> {
  const [header, ...rows] = h.fakes.spreadsheet.values(SHEETS.data) as unknown[][];
  return Object.fromEntries((header as string[]).map((k, i) => [k, rows[n][i]]));
}

function measure<T>(h: Harness, fn: () => T): { result: T; spreadsheet: number; cache: number } {
  h.fakes.counters.reset();
  const result = fn();
  return { result, spreadsheet: h.fakes.counters.spreadsheet, cache: h.fakes.counters.cache };
}

const payload = (requestId: string, tinBai: number) => ({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId, values: { ...COUNTS, TIN_BAI: tinBai } });
const answer = (p: ReturnType<typeof payload>, asked: Fail) => ({ ...p, confirmation: { token: asked.confirm!.token, codes: asked.confirm!.items.map((i) => i.code) } });

describe.each(FLAVOURS)('the history rule at entry (%s)', (flavour) => {
  test('the form gets the baseline; 51 news items against a median of 10 is asked, confirmed, stored with the reason', () => {
    const { h } = readyReview(flavour, NOW);
    withHistory(h);
    h.as(OFFICER);
    const form = h.api.getForm(OFFICER_UNIT, '2024-Q1');
    expect(form.checks?.TIN_BAI).toEqual({ historyMedian: 10 });
    expect(form.checks?.TOA_DAM).toEqual({ historyMedian: 1 });

    const p = payload('req-hist-1001', 51);
    const asked = h.api.submitReport(p) as Fail;
    expect(asked.ok).toBe(false);
    expect(asked.errors).toEqual([{ field: 'TIN_BAI', message: expect.stringContaining('Gấp hơn 5 lần trung vị các kỳ trước (10).') }]);
    expect(asked.confirm!.items).toEqual([expect.objectContaining({ code: 'TIN_BAI', value: 51 })]);
    expect(dataRows(h)).toHaveLength(HISTORY.length);

    // Forgeries are asked again: a bare flag, a made-up token, the token for another figure, nothing ticked.
    for (const forged of [
      { ...p, confirmed: true },
      { ...p, confirmation: { token: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', codes: ['TIN_BAI'] } },
      { ...answer(p, asked), values: { ...p.values, TIN_BAI: 60 } },
      { ...p, confirmation: { token: asked.confirm!.token, codes: [] } },
      { ...p, confirmation: { token: asked.confirm!.token, codes: 'TIN_BAI' } },
    ]) {
      expect(h.api.submitReport(forged)).toMatchObject({ ok: false, confirm: expect.any(Object) });
    }
    expect(dataRows(h)).toHaveLength(HISTORY.length);

    const stored = h.api.submitReport(answer(p, asked));
    expect(stored).toMatchObject({ ok: true, revision: 1, confirmed: [{ code: 'TIN_BAI', value: 51, message: 'Gấp hơn 5 lần trung vị các kỳ trước (10).' }] });
    const last = row(h, HISTORY.length);
    expect(last.TIN_BAI).toBe(51);
    expect(last[CONFIRMED_COLUMN]).toBe('TIN_BAI=51 (gấp hơn 5 lần trung vị các kỳ trước 10)');

    // 50 = 5 × 10 is not above: a revision with it is stored without a question or a mark.
    const plain = h.api.submitReport(payload('req-hist-1002', 50));
    expect(plain).toMatchObject({ ok: true, revision: 2 });
    expect(plain).not.toHaveProperty('confirmed');
    expect(row(h, HISTORY.length + 1)[CONFIRMED_COLUMN]).toBe('');
  });

  test('a figure over the plausible maximum and the history records both reasons', () => {
    const { h } = readyReview(flavour, NOW);
    withHistory(h);
    const values = h.fakes.spreadsheet.values(SHEETS.indicators);
    const sheet = h.fakes.spreadsheet.sheet(SHEETS.indicators);
    const col = (values[0] as string[]).length + 1;
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    sheet.getRange(1, col).setValue('Mức hợp lý tối đa');
    sheet.getRange(values.findIndex((r) => r[0] === 'TIN_BAI') + 1, col).setValue(40);
    h.api.setup(); // drops the cached configuration
    h.as(OFFICER);
    expect(h.api.getForm(OFFICER_UNIT, '2024-Q1').checks?.TIN_BAI).toEqual({ plausibleMax: 40, historyMedian: 10 });
    const p = payload('req-hist-2001', 1000);
    const asked = h.api.submitReport(p) as Fail;
    expect(asked.confirm!.items[0].message).toBe('Vượt mức hợp lý tối đa (40). Gấp hơn 5 lần trung vị các kỳ trước (10).');
    expect(h.api.submitReport(answer(p, asked))).toMatchObject({ ok: true });
    expect(row(h, HISTORY.length)[CONFIRMED_COLUMN]).toBe('TIN_BAI=1000 (vượt mức hợp lý tối đa 40 và gấp hơn 5 lần trung vị các kỳ trước 10)');
  });

  test('no usable cache: never opened the form, expired, or an earlier period revised since — the sheet decides', () => {
    const { h } = readyReview(flavour, NOW);
    withHistory(h);
    h.as(OFFICER);
    // A client that never called getForm is asked all the same.
    const asked = h.api.submitReport(payload('req-hist-3001', 51)) as Fail;
    expect(asked.confirm!.items.map((i) => i.code)).toEqual(['TIN_BAI']);

    // Expired: getForm, then more than six hours before sending.
    h.api.getForm(OFFICER_UNIT, '2024-Q1');
    h.fakes.clock.advance((BASELINE_TTL_SECONDS + 1) * 1000);
    expect(h.api.submitReport(payload('req-hist-3002', 51))).toMatchObject({ ok: false, confirm: expect.any(Object) });

    // Stale: the form was opened when the median was 10; then two earlier quarters were revised to
    // 20 (median 20, limit 100). The cached baseline no longer matches the index: 51 is ordinary.
    h.api.getForm(OFFICER_UNIT, '2024-Q1');
    seedReports(h, ['2023-Q3', '2023-Q4'].map((periodId) => ({ unitCode: OFFICER_UNIT, periodId, values: { ...COUNTS, TIN_BAI: 20 }, revision: 2 })));
    const plain = h.api.submitReport(payload('req-hist-3003', 51));
    expect(plain).toMatchObject({ ok: true, revision: 1 });
    expect(plain).not.toHaveProperty('confirmed');
    expect(row(h, HISTORY.length + 2).TIN_BAI).toBe(51);
    expect(row(h, HISTORY.length + 2)[CONFIRMED_COLUMN]).toBeUndefined(); // no confirmation ever: not even the column
    // And 101 is asked against the new median.
    expect(h.api.submitReport(payload('req-hist-3004', 101))).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('(20)') }] });
  });

  test('the cache down: an outlier is refused with a clear message (never waved through), ordinary figures are stored', () => {
    const { h } = readyReview(flavour, NOW);
    withHistory(h);
    h.as(OFFICER);
    h.api.getForm(OFFICER_UNIT, '2024-Q1');
    h.fakes.cache.failing = true;
    expect(h.api.submitReport(payload('req-hist-4001', 51))).toEqual({ ok: false, errors: [{ field: 'payload', message: CACHE_DOWN }] });
    expect(dataRows(h)).toHaveLength(HISTORY.length);
    expect(h.api.submitReport(payload('req-hist-4002', 12))).toMatchObject({ ok: true });
  });

  test.each([10, 5000])('Spreadsheet calls with %i other rows: the normal path within budget, the fallback measured', (others) => {
    const { h } = readyReview(flavour, NOW);
    seedOthers(h, others);
    withHistory(h);
    h.as(OFFICER);
    h.api.getSidebarData(); // warms the configuration cache, as opening the sidebar does
    const form = measure(h, () => h.api.getForm(OFFICER_UNIT, '2024-Q1'));
    // The first confirmation in the workbook's life also adds the "Xác nhận số liệu bất thường"
    // column to the data sheet (getMaxColumns, insertColumnsAfter, getRange, setValues): once.
    const firstAsk = h.api.submitReport(payload(`req-b-${others}-0`, 51)) as Fail;
    const first = measure(h, () => h.api.submitReport(answer(payload(`req-b-${others}-0`, 51), firstAsk)));
    expect(first.result).toMatchObject({ ok: true });
    const normalAsk = measure(h, () => h.api.submitReport(payload(`req-b-${others}-1`, 52)) as Fail);
    const normalStore = measure(h, () => h.api.submitReport(answer(payload(`req-b-${others}-1`, 52), normalAsk.result)));
    expect(normalStore.result).toMatchObject({ ok: true, confirmed: [expect.objectContaining({ code: 'TIN_BAI' })] });
    const ordinary = measure(h, () => h.api.submitReport(payload(`req-b-${others}-2`, 12)));
    expect(ordinary.result).toMatchObject({ ok: true });
    // Fallback: the baseline is gone (another device, or the cache expired).
    h.fakes.cache.user(OFFICER).clear();
    const fallback = measure(h, () => h.api.submitReport(payload(`req-b-${others}-3`, 12)));
    expect(fallback.result).toMatchObject({ ok: true });
    console.log(`[history budget ${flavour}] other rows=${others}: getForm ${form.spreadsheet} Spreadsheet / ${form.cache} Cache calls; `
      + `submitReport with the cached baseline: asked ${normalAsk.spreadsheet}, confirmed and stored ${normalStore.spreadsheet} (${normalStore.cache} Cache), `
      + `ordinary ${ordinary.spreadsheet}; the first confirmation ever (adds the column) ${first.spreadsheet}; without the cache (reads the data sheet) ${fallback.spreadsheet} (budget ${SUBMIT_BUDGET} on the normal path)`);
    expect(normalStore.spreadsheet).toBeLessThanOrEqual(SUBMIT_BUDGET);
    expect(ordinary.spreadsheet).toBeLessThanOrEqual(SUBMIT_BUDGET);
    expect(normalAsk.spreadsheet).toBeLessThan(normalStore.spreadsheet); // asking writes nothing
    expect(fallback.spreadsheet).toBe(ordinary.spreadsheet + 2); // one getDataRange + one getValues
    expect(fallback.spreadsheet).toBe(flavour === 'bundle' ? 14 : 13); // the bundle also opens the spreadsheet once per execution
    expect(first.spreadsheet).toBe(normalStore.spreadsheet + 4);
    expect(normalStore.cache).toBeLessThanOrEqual(normalAsk.cache); // answering reads, asking also writes the challenge
  });

  test('another account does not get the officer\'s baseline or challenge', () => {
    const { h } = readyReview(flavour, NOW);
    withHistory(h);
    h.as(OFFICER);
    h.api.getForm(OFFICER_UNIT, '2024-Q1');
    const asked = h.api.submitReport(payload('req-hist-5001', 51)) as Fail;
    h.as('vhtt@camxuyen.gov.vn'); // an admin may submit for any unit but must answer their own question
    expect(h.api.submitReport({ ...answer(payload('req-hist-5002', 51), asked) })).toMatchObject({ ok: false, confirm: expect.any(Object) });
    expect(dataRows(h).map((r) => r[(h.fakes.spreadsheet.values(SHEETS.data)[0] as string[]).indexOf(DATA_COLUMNS.unit)])).toEqual(HISTORY.map(() => OFFICER_UNIT));
  });
});
