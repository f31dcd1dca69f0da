// The first install asks which preset seeds the configuration and who signs the report
// (Ui.prompt, answered here from the fake UI's script), through the modules and the bundle.
import { ADMIN, FLAVOURS, makeHarness } from './harness';
import { SETTINGS_COLUMNS, SHEETS, GROUP_COLUMNS, UNIT_COLUMNS } from '../../src/server/sheets/names';
import { readConfigFromSheets } from '../../src/server/config/load-config';
import { runSetup } from '../../src/server/setup/setup';
import { PRESETS } from '../../src/domain/presets';
import { reportKinds } from '../../src/domain/catalog';

const NOW = new Date('2025-07-15T09:00:00+07:00');

function setting(h: ReturnType<typeof makeHarness>, key: string): unknown {
  const rows = h.fakes.spreadsheet.values(SHEETS.settings);
  const header = rows[0] as string[];
  return rows.find((r) => r[header.indexOf(SETTINGS_COLUMNS.key)] === key)?.[header.indexOf(SETTINGS_COLUMNS.value)];
}

describe.each(FLAVOURS)('setup presets (%s)', (flavour) => {
  it('asks for the preset and the signer; "2" seeds the provincial office with its communes and centre', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.fakes.ui.scriptPrompt('2');
    h.fakes.ui.scriptPrompt('  Trần   Thị Bình ');
    const result = h.api.setup() as { preset: string };
    expect(result.preset).toBe('tinh-2025');
    expect(h.fakes.ui.prompts.map((p) => p.title)).toEqual(['Cài đặt Báo cáo CCHC', 'Cài đặt Báo cáo CCHC']);
    expect(h.fakes.ui.prompts[0].prompt).toContain('2. Cấp tỉnh / xã từ 1/7/2025 (tên xã, phường, sở, cơ quan chỉ là ví dụ: sửa, thêm trong trang Đơn vị trước khi dùng)');
    expect(h.fakes.ui.prompts[0].prompt).toContain('1. Cẩm Xuyên 2024\n');
    expect(setting(h, 'areaName')).toBe('tỉnh');
    expect(setting(h, 'issuingBody')).toBe('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(setting(h, 'reportTo')).toBe('UBND tỉnh');
    expect(setting(h, 'signerName')).toBe('Trần Thị Bình');
    const units = h.fakes.spreadsheet.values(SHEETS.units).slice(1).map((r) => r[1]);
    expect(units).toContain('UBND phường Thành Sen');
    expect(units.some((u) => String(u).includes('huyện'))).toBe(false);
    // Everything is in the sheets: edit a group there and the configuration follows.
    const config = readConfigFromSheets(h.env);
    expect(config.problems).toEqual([]);
    expect(reportKinds(config.catalog)).toEqual(['quarter', 'half', 'year']);
    const groups = h.fakes.spreadsheet.values(SHEETS.groups);
    expect(groups[0]).toContain(GROUP_COLUMNS.reportsTo);
    expect(h.fakes.spreadsheet.values(SHEETS.audit).some((r) => r.includes('Bộ cấu hình ban đầu') && r.includes('Cấp tỉnh / xã từ 1/7/2025'))).toBe(true);
  });

  it('an empty answer takes "Cẩm Xuyên 2024"; a second setup asks nothing and changes nothing', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    expect((h.api.setup() as { preset: string }).preset).toBe('cam-xuyen-2024');
    expect(setting(h, 'signerName')).toBe('');
    expect(h.fakes.spreadsheet.values(SHEETS.units).slice(1).filter((r) => r[2] === 'XA')).toHaveLength(23);
    const before = h.fakes.spreadsheet.values(SHEETS.units);
    expect((h.api.setup() as { preset: string | null }).preset).toBeNull();
    expect(h.fakes.ui.prompts).toHaveLength(2);
    expect(h.fakes.spreadsheet.values(SHEETS.units)).toEqual(before);
    expect(before[0]).toContain(UNIT_COLUMNS.code);
  });

  it('cancel stops the first install before any sheet is created', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.fakes.ui.scriptPrompt('', 'CANCEL');
    expect(() => h.api.setup()).toThrow('Đã hủy cài đặt: chưa tạo trang nào.');
    expect(h.fakes.spreadsheet.sheetNames()).not.toContain(SHEETS.settings);
  });

  it('asks again once when the answer names no preset, then refuses', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.fakes.ui.scriptPrompt('3');
    h.fakes.ui.scriptPrompt('tinh-2025');
    h.fakes.ui.scriptPrompt('');
    expect((h.api.setup() as { preset: string }).preset).toBe('tinh-2025');
    const h2 = makeHarness(flavour, NOW, ADMIN);
    h2.fakes.ui.scriptPrompt('x');
    h2.fakes.ui.scriptPrompt('y');
    expect(() => h2.api.setup()).toThrow(/Lựa chọn "y" không hợp lệ/);
    expect(h2.fakes.spreadsheet.sheetNames()).not.toContain(SHEETS.settings);
  });
});

describe('setup without a UI', () => {
  it('installs the default preset with a blank signer', () => {
    const h = makeHarness('modules', NOW, ADMIN);
    h.fakes.ui.available = false;
    expect(runSetup(h.env).preset).toBe(PRESETS[0].id);
    expect(setting(h, 'signerName')).toBe('');
  });
});
