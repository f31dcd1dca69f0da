// The summary sheet's grand total names the area from the settings ("Địa bàn tổng hợp"), which
// each preset seeds: "Tổng cộng toàn huyện" for Cẩm Xuyên 2024, "Tổng cộng toàn tỉnh" for the
// province; a sheet set up before the setting existed keeps the default, and an edit applies.
import { FLAVOURS, installWithPreset, type Harness } from '../harness';
import { SETTINGS_COLUMNS, SHEETS } from '../../../src/server/sheets/names';
import { invalidateConfig } from '../../../src/server/config/load-config';
import { PRESETS } from '../../../src/domain/presets';
import { COLORS } from '../../../src/server/summary/summary-grid';

const NOW = new Date('2025-10-10T09:00:00+07:00');

const install = (flavour: (typeof FLAVOURS)[number], answer: string): Harness => installWithPreset(flavour, NOW, answer);

function settingRow(h: Harness, key: string): number {
  const rows = h.fakes.spreadsheet.values(SHEETS.settings);
  return rows.findIndex((r) => r[(rows[0] as string[]).indexOf(SETTINGS_COLUMNS.key)] === key);
}

/** The grand-total row's label of the summary sheet generateSummary wrote. */
function grandTotal(h: Harness, periodId: string): string {
  const r = h.api.generateSummary(periodId) as { ok: boolean; sheetName: string };
  expect(r.ok).toBe(true);
  const sheet = h.fakes.spreadsheet.sheet(r.sheetName);
  const range = sheet.getDataRange();
  const row = range.getBackgrounds().findIndex((x) => x[1] === COLORS.total);
  return String(range.getValues()[row][1]);
}

describe.each(FLAVOURS)('the area in the summary sheet (%s)', (flavour) => {
  it.each([['1', 'huyện', 'Tổng cộng toàn huyện'], ['2', 'tỉnh', 'Tổng cộng toàn tỉnh']])('preset %s seeds "%s": "%s"', (answer, area, label) => {
    const h = install(flavour, answer);
    const rows = h.fakes.spreadsheet.values(SHEETS.settings);
    expect(rows[settingRow(h, 'areaName')][(rows[0] as string[]).indexOf(SETTINGS_COLUMNS.value)]).toBe(area);
    expect(grandTotal(h, '2025-Q3')).toBe(label);
  });

  it('the dialog and the audit name the June summary as the report does: "Quý II và 6 tháng đầu năm 2025"', () => {
    const h = install(flavour, '1');
    const r = h.api.generateSummary('2025-H1') as { ok: boolean; periodLabel: string };
    expect(r).toMatchObject({ ok: true, periodLabel: 'Quý II và 6 tháng đầu năm 2025' });
    expect(h.fakes.spreadsheet.values(SHEETS.audit).some((x) => x.some((c) => String(c).startsWith('Quý II và 6 tháng đầu năm 2025: TH 2025-H1')))).toBe(true);
  });

  it('a settings sheet without the row keeps "huyện"; the office’s edit applies at once', () => {
    const h = install(flavour, '2');
    const sheet = h.fakes.spreadsheet.sheet(SHEETS.settings);
    sheet.deleteRow(settingRow(h, 'areaName') + 1);
    invalidateConfig(h.env);
    expect(grandTotal(h, '2025-Q3')).toBe('Tổng cộng toàn huyện');
    expect(PRESETS[1].settings.areaName).toBe('tỉnh');
    const h2 = install(flavour, '2');
    const header = h2.fakes.spreadsheet.values(SHEETS.settings)[0] as string[];
    h2.fakes.spreadsheet.sheet(SHEETS.settings).getRange(settingRow(h2, 'areaName') + 1, header.indexOf(SETTINGS_COLUMNS.value) + 1).setValue('tỉnh Hà Tĩnh');
    invalidateConfig(h2.env);
    expect(grandTotal(h2, '2025-Q3')).toBe('Tổng cộng toàn tỉnh Hà Tĩnh');
  });
});
