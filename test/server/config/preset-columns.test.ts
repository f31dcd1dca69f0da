// The configuration the presets and the new duties need, through the cells Sheets would hold:
// whom a group reports to, which report section a text answer goes to, the report's own texts.
import { tableFromValues, type Cell } from '../../../src/server/sheets/table';
import { groupRows, indicatorRows, parseCatalog, parseGroups, parseIndicators, unitRows } from '../../../src/server/config/catalog-codec';
import { parseSettings, settingsRows } from '../../../src/server/config/settings-codec';
import { PRESETS } from '../../../src/domain/presets';
import { validateCatalog } from '../../../src/domain/catalog';
import { DEFAULT_CATALOG, DEFAULT_SETTINGS } from '../../../src/domain/defaults';
import { GROUP_COLUMNS, INDICATOR_COLUMNS } from '../../../src/server/sheets/names';

const stored = (rows: Cell[][]): Cell[][] => rows.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c)));
const table = (rows: Cell[][]) => tableFromValues(stored(rows));

test.each(PRESETS.map((p) => [p.label, p] as const))('preset "%s" round-trips through its sheets and is consistent', (_l, preset) => {
  const problems: string[] = [];
  const catalog = parseCatalog(table(groupRows(preset.catalog.groups)), table(unitRows(preset.catalog.units)), table(indicatorRows(preset.catalog.indicators)), problems);
  expect(catalog).toEqual(preset.catalog);
  expect(validateCatalog(catalog)).toEqual([]);
  const withWindow = { ...preset.settings, lateWindowDays: 60 };
  expect(parseSettings(table(settingsRows(withWindow)), { ...DEFAULT_SETTINGS, lateWindowDays: 60 }, problems)).toEqual(withWindow);
  expect(problems).toEqual([]);
});

test('an older groups sheet without the "reports to" column: every group reports to the office', () => {
  const rows = groupRows(DEFAULT_CATALOG.groups).map((r) => r.slice(0, 4));
  const groups = parseGroups(table(rows), []);
  expect(groups.every((g) => g.reportsTo === undefined)).toBe(true);
});

test('the office moves a group\'s reports to the office by clearing the cell', () => {
  const rows = groupRows(DEFAULT_CATALOG.groups);
  const col = rows[0].indexOf(GROUP_COLUMNS.reportsTo);
  const edited = rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === col ? '' : c))));
  expect(parseGroups(table(edited), []).find((g) => g.code === 'PHONG_CM')?.reportsTo).toBeUndefined();
});

test('a report section that is not one of the three is reported in Vietnamese', () => {
  const rows = indicatorRows(DEFAULT_CATALOG.indicators);
  const col = rows[0].indexOf(INDICATOR_COLUMNS.section);
  const at = rows.findIndex((r) => r[0] === 'TON_TAI_HAN_CHE');
  rows[at] = rows[at].map((c, j) => (j === col ? 'Khó khăn' : c));
  const problems: string[] = [];
  const inds = parseIndicators(table(rows), problems);
  expect(problems).toEqual([`Chỉ tiêu, dòng ${at + 1}: mục trong báo cáo "Khó khăn" không hợp lệ (dùng: Kết quả nổi bật, Tồn tại, hạn chế, Đề xuất, kiến nghị).`]);
  expect(inds.find((i) => i.code === 'TON_TAI_HAN_CHE')?.section).toBeUndefined();
  expect(validateCatalog({ ...DEFAULT_CATALOG, indicators: DEFAULT_CATALOG.indicators.map((i) => (i.code === 'TO_ROI' ? { ...i, section: 'issues' as const } : i)) }))
    .toEqual(['Chỉ tiêu "TO_ROI" được đưa vào một mục của báo cáo nên phải có kiểu Văn bản.']);
});
