// What the sidebar shows as the period, through the modules and the bundle: with the dispatch's
// duties the commune's June report is "Quý II và 6 tháng đầu năm 2024" in the period list and in
// the form heading (the receipt repeats the form's label); an office whose communes file 6 months
// separately lists "Quý II/2024" and "6 tháng đầu năm 2024".
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, assignEmail, makeHarness, type Harness } from './harness';
import { seedSeparateSubmissionGroups } from '../fixtures/office-config';
import { invalidateConfig } from '../../src/server/config/load-config';

const JUNE = new Date('2024-06-10T03:00:00Z');
const DECEMBER = new Date('2024-12-10T03:00:00Z');

function ready(flavour: (typeof FLAVOURS)[number], now: Date, separate = false): Harness {
  const h = makeHarness(flavour, now, ADMIN);
  h.api.setup();
  if (separate) { seedSeparateSubmissionGroups(h.fakes); invalidateConfig(h.env); }
  assignEmail(h, OFFICER_UNIT, OFFICER);
  h.as(OFFICER);
  return h;
}

describe.each(FLAVOURS)('period labels in the sidebar (%s)', (flavour) => {
  test('June, dispatch duties: one period "Quý II và 6 tháng đầu năm 2024" in the list and the form heading', () => {
    const h = ready(flavour, JUNE);
    expect(h.api.getSidebarData().periods.map((p) => [p.id, p.label])).toEqual([['2024-Q2', 'Quý II và 6 tháng đầu năm 2024']]);
    const form = h.api.getForm(OFFICER_UNIT, '2024-Q2');
    expect(form.period.label).toBe('Quý II và 6 tháng đầu năm 2024');
    expect(form.running?.label).toBe(form.period.label);
  });

  test('December, admin: the quarter every owing group combines is "Quý IV và năm 2024", the months stay months', () => {
    const h = ready(flavour, DECEMBER);
    h.as(ADMIN);
    const labels = Object.fromEntries(h.api.getSidebarData().periods.map((p) => [p.id, p.label]));
    expect(labels['2024-Q4']).toBe('Quý IV và năm 2024');
    expect(labels['2024-M12']).toBe('Tháng 12/2024');
    expect(labels['2024-Y']).toBeUndefined();
    expect(h.api.getForm('TTVHTT', '2024-Q4').period.label).toBe('Quý IV và năm 2024');
  });

  test('refusals name the report as the unit files it, and the office as the settings name it', () => {
    const h = ready(flavour, JUNE);
    expect(() => h.api.getForm(OFFICER_UNIT, '2024-H1')).toThrow('UBND các xã, thị trấn không phải nộp báo cáo 6 tháng đầu năm 2024. '
      + 'Số liệu 6 tháng đầu năm 2024 được cộng từ các quý: nộp báo cáo Quý II và 6 tháng đầu năm 2024.');
    expect(() => h.api.getForm(OFFICER_UNIT, '2024-Q4')).toThrow('Kỳ Quý IV và năm 2024 chưa mở (mở từ ngày 01/12/2024).');
    expect(() => h.api.getForm(OFFICER_UNIT, '2023-Q4')).toThrow(/^Kỳ Quý IV và năm 2023 đã đóng nhận báo cáo từ ngày .+\. Liên hệ Phòng Văn hóa và Thông tin nếu cần gia hạn\.$/);
    h.as('nguoi.la@xa.vn');
    expect(() => h.api.getForm(OFFICER_UNIT, '2024-Q2')).toThrow(/Liên hệ Phòng Văn hóa và Thông tin để được thêm email\./);
  });

  test('under the province preset the refusal sends the unit to the Sở', () => {
    const h = makeHarness(flavour, JUNE, ADMIN);
    h.fakes.ui.scriptPrompt('2');
    h.fakes.ui.scriptPrompt('');
    h.api.setup();
    h.as('nguoi.la@xa.vn');
    expect(() => h.api.getForm('P_THANH_SEN', '2024-Q2')).toThrow(/Liên hệ Sở Văn hóa, Thể thao và Du lịch để được thêm email\./);
    h.as(ADMIN);
    expect(() => h.api.getForm('P_THANH_SEN', '2023-Q4')).toThrow(/Liên hệ Sở Văn hóa, Thể thao và Du lịch nếu cần gia hạn\.$/);
  });

  test('separate 6-month reports: "Quý II/2024" and "6 tháng đầu năm 2024", each its own form', () => {
    const h = ready(flavour, JUNE, true);
    expect(h.api.getSidebarData().periods.map((p) => [p.id, p.label])).toEqual([
      ['2024-Q2', 'Quý II/2024'], ['2024-H1', '6 tháng đầu năm 2024'],
    ]);
    expect(h.api.getForm(OFFICER_UNIT, '2024-Q2').period.label).toBe('Quý II/2024');
    expect(h.api.getForm(OFFICER_UNIT, '2024-H1').period.label).toBe('6 tháng đầu năm 2024');
    expect(h.api.getForm(OFFICER_UNIT, '2024-Q2').running).toBeNull();
  });
});
