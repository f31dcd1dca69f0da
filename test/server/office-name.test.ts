// Refusals, protections and the sidebar name the office from the settings (issuingBody), never a
// hard-wired "Phòng Văn hóa - Thông tin": under the provincial preset it is the Sở.
import { ADMIN, FLAVOURS, STRANGER, installWithPreset, makeHarness, type Harness } from './harness';
import { SETTINGS_COLUMNS, SHEETS } from '../../src/server/sheets/names';
import { invalidateConfig } from '../../src/server/config/load-config';

const NOW = new Date('2025-10-10T09:00:00+07:00');

const install = (flavour: (typeof FLAVOURS)[number], answer: string): Harness => installWithPreset(flavour, NOW, answer);

function description(h: Harness, sheet: string): string {
  const s = h.fakes.spreadsheet.sheet(sheet);
  return s.getProtections('SHEET')[0].getDescription();
}

describe.each(FLAVOURS)('the office named from the settings (%s)', (flavour) => {
  it.each([
    ['1', 'Phòng Văn hóa và Thông tin'],
    ['2', 'Sở Văn hóa, Thể thao và Du lịch'],
  ])('preset %s: refusals, protections and the sidebar say "%s"', (answer, office) => {
    const h = install(flavour, answer);
    expect(description(h, SHEETS.settings)).toBe(`Chỉ quản trị viên (${office}) được sửa trang này.`);
    expect(h.api.getSidebarData().office).toBe(office);
    h.as(STRANGER);
    expect(h.api.getSidebarData()).toMatchObject({ units: [], office });
    expect(h.api.generateSummary('2025-Q3')).toEqual({ ok: false, errors: [{ field: 'user', message: `Chức năng này chỉ dành cho quản trị viên (${office}).` }] });
    expect(() => h.api.setup()).toThrow('chỉ quản trị viên mới được chạy lại Cài đặt');
  });

  it('before the first setup, the owner-only refusal names the default office', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.as(STRANGER);
    expect(() => h.api.setup()).toThrow('Lần cài đặt đầu tiên phải do chủ sở hữu bảng tính (tài khoản của Phòng Văn hóa và Thông tin) thực hiện.');
  });

  it('an edited issuingBody is named at once; setup rewrites the protections with it; blank names nobody', () => {
    const h = install(flavour, '1');
    const header = h.fakes.spreadsheet.values(SHEETS.settings)[0] as string[];
    const row = h.fakes.spreadsheet.values(SHEETS.settings).findIndex((r) => r[header.indexOf(SETTINGS_COLUMNS.key)] === 'issuingBody') + 1;
    const cell = h.fakes.spreadsheet.sheet(SHEETS.settings).getRange(row, header.indexOf(SETTINGS_COLUMNS.value) + 1);
    cell.setValue('PHÒNG VĂN HÓA, KHOA HỌC VÀ THÔNG TIN');
    invalidateConfig(h.env);
    expect(h.api.getSidebarData().office).toBe('Phòng Văn hóa, Khoa học và Thông tin');
    expect(description(h, SHEETS.settings)).toBe('Chỉ quản trị viên (Phòng Văn hóa và Thông tin) được sửa trang này.'); // written at setup
    h.api.setup();
    expect(description(h, SHEETS.settings)).toBe('Chỉ quản trị viên (Phòng Văn hóa, Khoa học và Thông tin) được sửa trang này.');
    cell.setValue('');
    invalidateConfig(h.env);
    expect(h.api.getSidebarData()).not.toHaveProperty('office');
    h.as(STRANGER);
    expect(h.api.generateSummary('2025-Q3')).toEqual({ ok: false, errors: [{ field: 'user', message: 'Chức năng này chỉ dành cho quản trị viên.' }] });
  });
});
