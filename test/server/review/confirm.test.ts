// The confirmation round trip for implausible figures: the server asks, the unit confirms, the
// server stores it; a forged "confirmed" flag or token does not get past the plausible maximum.
import { SHEETS } from '../../../src/server/sheets/names';
import { invalidateConfig } from '../../../src/server/config/load-config';
import { CONFIRMED_COLUMN } from '../../../src/server/review/confirm';
import { PLAUSIBLE_MAX_COLUMN } from '../../../src/domain/review/outliers';
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, dataRows, type Harness } from '../harness';
import { COUNTS, readyReview, seedReports } from './review-harness';

const NOW = new Date('2024-03-10T03:00:00Z');

/** The office adds the optional "Mức hợp lý tối đa" column to Chỉ tiêu and sets 50 for training classes. */
function setPlausibleMax(h: Harness, code: string, max: number): void {
  const values = h.fakes.spreadsheet.values(SHEETS.indicators);
  const header = values[0] as string[];
  const sheet = h.fakes.spreadsheet.sheet(SHEETS.indicators);
  const col = header.length + 1;
  sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
  sheet.getRange(1, col).setValue(PLAUSIBLE_MAX_COLUMN);
  sheet.getRange(values.findIndex((r) => r[0] === code) + 1, col).setValue(max);
  invalidateConfig(h.env);
}

type Fail = { ok: false; errors: { field: string; message: string }[]; confirm?: { token: string; items: { code: string; value: number }[] } };

describe.each(FLAVOURS)('confirming implausible figures (%s)', (flavour) => {
  test('above the plausible maximum: asked, confirmed with the server\'s token, stored as confirmed', () => {
    const { h } = readyReview(flavour, NOW);
    setPlausibleMax(h, 'LOP_TAP_HUAN', 50);
    h.as(OFFICER);
    const payload = { unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: 'req-conf-0001', values: { ...COUNTS, LOP_TAP_HUAN: 99999 } };

    const asked = h.api.submitReport(payload) as Fail;
    expect(asked.ok).toBe(false);
    expect(asked.errors).toEqual([{ field: 'LOP_TAP_HUAN', message: expect.stringContaining('Vượt mức hợp lý tối đa (50).') }]);
    expect(asked.confirm!.items).toEqual([expect.objectContaining({ code: 'LOP_TAP_HUAN', value: 99999 })]);
    expect(dataRows(h)).toHaveLength(0);

    // Forgeries: a bare flag, a made-up token, the right token for other figures, unticked codes.
    for (const forged of [
      { ...payload, confirmed: true },
      { ...payload, confirmation: { token: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', codes: ['LOP_TAP_HUAN'] } },
      { ...payload, values: { ...payload.values, LOP_TAP_HUAN: 88888 }, confirmation: { token: asked.confirm!.token, codes: ['LOP_TAP_HUAN'] } },
      { ...payload, confirmation: { token: asked.confirm!.token, codes: [] } },
    ]) {
      expect(h.api.submitReport(forged)).toMatchObject({ ok: false, confirm: expect.any(Object) });
    }
    expect(dataRows(h)).toHaveLength(0);

    const stored = h.api.submitReport({ ...payload, confirmation: { token: asked.confirm!.token, codes: ['LOP_TAP_HUAN'] } });
    expect(stored).toMatchObject({ ok: true, revision: 1 });
    const [header, ...rows] = h.fakes.spreadsheet.values(SHEETS.data) as unknown[][];
    const row = Object.fromEntries((header as string[]).map((k, i) => [k, rows[0][i]]));
    expect(row.LOP_TAP_HUAN).toBe(99999);
    expect(row[CONFIRMED_COLUMN]).toBe('LOP_TAP_HUAN=99999 (vượt mức hợp lý tối đa 50)');
    expect(stored).toMatchObject({ confirmed: [expect.objectContaining({ code: 'LOP_TAP_HUAN', value: 99999 })] });

    // Another account cannot answer the officer's challenge.
    h.as(ADMIN); // may submit for any unit, but did not receive this challenge
    expect(h.api.submitReport({ ...payload, requestId: 'req-conf-0002', confirmation: { token: asked.confirm!.token, codes: ['LOP_TAP_HUAN'] } }))
      .toMatchObject({ ok: false });
  });

  test('ordinary figures and không phát sinh are not asked', () => {
    const { h } = readyReview(flavour, NOW);
    seedReports(h, ['2023-Q2', '2023-Q3', '2023-Q4'].map((periodId) => ({ unitCode: OFFICER_UNIT, periodId, values: { ...COUNTS, TIN_BAI: 10 } })));
    h.as(OFFICER);
    const base = { unitCode: OFFICER_UNIT, periodId: '2024-Q1', values: { ...COUNTS, TIN_BAI: 50 } };
    const first = h.api.submitReport({ ...base, requestId: 'req-hist-0001' });
    expect(first).toMatchObject({ ok: true }); // 5 × 10 is not above
    expect(first).not.toHaveProperty('confirmed');
    expect(h.api.submitReport({ ...base, requestId: 'req-hist-0003', values: {}, nothingToReport: true }).ok).toBe(true);
    expect(dataRows(h)).toHaveLength(3 + 2);
    // 51 is above 5 × 10: asked (test/server/review/history-confirm.test.ts follows it through).
    expect(h.api.submitReport({ ...base, requestId: 'req-hist-0002', values: { ...COUNTS, TIN_BAI: 51 } })).toMatchObject({ ok: false, confirm: expect.any(Object) });
  });
});
