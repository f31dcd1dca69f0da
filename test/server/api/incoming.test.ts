// getIncomingReports: the centre's officer sees what the CCHC departments sent; a commune
// officer, a department's own officer and a stranger are refused; a "Gửi báo cáo cho" naming no
// unit is a configuration problem, not a crash; the Spreadsheet calls do not grow with units or data.
import type { IncomingReportsDto, SidebarData } from '../../../src/contract/rpc';
import { getIncomingReports } from '../../../src/server/api/incoming';
import { UserError } from '../../../src/server/auth';
import { invalidateConfig, loadConfig } from '../../../src/server/config/load-config';
import { GROUP_COLUMNS, SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, STRANGER, assignEmail, makeHarness, type Flavour, type Harness } from '../harness';
import { seedReports } from '../review/review-harness';

const CENTRE = 'vanthu.ttvhtt@camxuyen.gov.vn';
const NOI_VU = 'vanthu.noivu@camxuyen.gov.vn';
/** Two days after March's deadline (Monday 18/03/2024 23:59:59). */
const NOW = new Date('2024-03-20T08:00:00+07:00');
export const INCOMING_BUDGET = 6;
const REFUSED = `Tài khoản %s không thuộc đơn vị nhận thông tin (Trung tâm Văn hóa - Truyền thông) nên không xem được thông tin các đơn vị gửi đến. Liên hệ Phòng Văn hóa và Thông tin nếu cần được thêm email vào trang "Đơn vị".`;

function incomingApi(h: Harness, flavour: Flavour): (periodId?: string) => IncomingReportsDto {
  if (flavour === 'bundle') {
    const { loadBundle } = require('../../../src/local/vm/load-bundle') as typeof import('../../../src/local/vm/load-bundle');
    const bundle = loadBundle(h.fakes);
    return (p) => bundle.call('getIncomingReports', ...(p === undefined ? [] : [p]));
  }
  return (p) => {
    try { return getIncomingReports(h.env, p); } catch (e) { if (e instanceof UserError) throw new Error(e.message); throw e; }
  };
}

function ready(flavour: Flavour) {
  const h = makeHarness(flavour, new Date('2024-03-12T09:00:00+07:00'), ADMIN);
  h.api.setup();
  assignEmail(h, 'TTVHTT', CENTRE);
  assignEmail(h, 'P_NOI_VU', NOI_VU);
  assignEmail(h, OFFICER_UNIT, OFFICER);
  return { h, incoming: incomingApi(h, flavour) };
}

function setGroupCell(h: Harness, groupCode: string, column: string, value: string): void {
  const values = h.fakes.spreadsheet.values(SHEETS.groups);
  const header = values[0] as string[];
  const row = values.findIndex((r) => r[header.indexOf(GROUP_COLUMNS.code)] === groupCode);
  h.fakes.spreadsheet.sheet(SHEETS.groups).getRange(row + 1, header.indexOf(column) + 1).setValue(value);
  invalidateConfig(h.env);
}

describe.each(FLAVOURS)('getIncomingReports (%s)', (flavour) => {
  test('the centre\'s officer sees the departments\' month; others are refused and get no data', () => {
    const { h, incoming } = ready(flavour);
    h.as(NOI_VU);
    const sent = h.api.submitReport({
      unitCode: 'P_NOI_VU', periodId: '2024-M03', requestId: 'req-noivu-m03-0001', note: 'Kèm ảnh giao ban tháng 3.',
      values: { TIN_CUNG_CAP_TTVHTT: 4, KET_QUA_NOI_BAT: 'Cung cấp 4 tin về dịch vụ công trực tuyến mức độ toàn trình' },
    });
    expect(sent.ok).toBe(true);
    h.fakes.clock.set(NOW);

    h.as(CENTRE);
    expect((h.api.getSidebarData() as SidebarData).receives).toBe(true);
    const view = incoming();
    expect(view.period).toEqual({ id: '2024-M03', label: 'Tháng 3/2024' });
    expect(view.periods.slice(0, 3).map((p) => p.label)).toEqual(['Tháng 3/2024', 'Tháng 2/2024', 'Tháng 1/2024']);
    expect(view.rows.map((r) => [r.unitName, r.stateLabel, r.deadlineText, r.latest?.revision ?? null])).toEqual([
      ['Phòng Nội vụ', 'Đúng hạn', '18/03/2024', 1],
      ['Phòng Tư pháp', 'Chưa gửi', '18/03/2024', null],
    ]);
    expect(view.rows[0].latest).toMatchObject({
      submittedAtText: '12/03/2024 09:00', submittedBy: NOI_VU, note: 'Kèm ảnh giao ban tháng 3.', nothingToReport: false,
      figures: [{ code: 'TIN_CUNG_CAP_TTVHTT', value: 4, unitOfMeasure: 'tin, bài', text: '4 tin, bài' }],
      answers: [{ code: 'KET_QUA_NOI_BAT', label: 'Kết quả nổi bật', text: 'Cung cấp 4 tin về dịch vụ công trực tuyến mức độ toàn trình' }],
    });
    expect(incoming('2024-M02').rows.map((r) => r.stateLabel)).toEqual(['Chưa gửi', 'Chưa gửi']);
    expect(() => incoming('2024-M13')).toThrow('Kỳ báo cáo không hợp lệ.');
    expect(() => incoming('2024-Q1')).toThrow('Không có đơn vị nào gửi thông tin Quý I/2024 cho Trung tâm Văn hóa - Truyền thông.');

    h.as(ADMIN);
    expect((h.api.getSidebarData() as SidebarData).receives).toBe(true);
    expect(incoming('2024-M03').rows).toHaveLength(2);

    for (const who of [OFFICER, NOI_VU, STRANGER]) {
      h.as(who);
      expect(() => incoming('2024-M03')).toThrow(REFUSED.replace('%s', who));
      expect((h.api.getSidebarData() as SidebarData).receives).toBe(false);
    }
    h.as('');
    expect(() => incoming()).toThrow(/Không xác định được tài khoản/);
  });

  test('"Gửi báo cáo cho" naming no unit: a configuration problem in Vietnamese, the sidebar still opens, the view says why', () => {
    const { h, incoming } = ready(flavour);
    h.fakes.clock.set(NOW);
    setGroupCell(h, 'PHONG_CM', GROUP_COLUMNS.reportsTo, 'Trung tâm Truyền hình tỉnh');
    const problem = 'Nhóm đơn vị "PHONG_CM" ghi gửi báo cáo cho "Trung tâm Truyền hình tỉnh", nhưng không có nhóm đơn vị hay đơn vị nào có tên hoặc mã này';
    expect(loadConfig(h.env).problems).toEqual([expect.stringContaining(problem)]);
    expect((h.api.setup() as { problems: string[] }).problems).toEqual([expect.stringContaining(problem)]);
    h.as(CENTRE);
    expect((h.api.getSidebarData() as SidebarData).receives).toBe(false);
    expect(() => incoming()).toThrow('Chưa có nhóm đơn vị nào gửi thông tin cho một đơn vị khác');
    // Written by its code, lower case: the centre receives again.
    h.as(ADMIN);
    setGroupCell(h, 'PHONG_CM', GROUP_COLUMNS.reportsTo, 'ttvhtt');
    h.as(CENTRE);
    expect(incoming().rows.map((r) => r.unitCode)).toEqual(['P_NOI_VU', 'P_TU_PHAP']);
  });
});

/** `extra` more CCHC departments, and `years` years of monthly information from every department. */
function grow(h: Harness, extra: number, years: number): void {
  const header = h.fakes.spreadsheet.values(SHEETS.units)[0] as string[];
  h.fakes.spreadsheet.seed(SHEETS.units, Array.from({ length: extra }, (_, i) => header.map((c) => {
    switch (c) {
      case UNIT_COLUMNS.code: return `P_THEM_${i}`;
      case UNIT_COLUMNS.name: return `Phòng Thêm ${i}`;
      case UNIT_COLUMNS.group: return 'PHONG_CM';
      case UNIT_COLUMNS.active: return 'Có';
      default: return '';
    }
  })));
  invalidateConfig(h.env);
  const codes = ['P_NOI_VU', 'P_TU_PHAP', ...Array.from({ length: extra }, (_, i) => `P_THEM_${i}`)];
  const reports = [];
  for (let y = 2024 - years; y <= 2024; y++) {
    for (let m = 1; m <= (y === 2024 ? 2 : 12); m++) for (const unitCode of codes) reports.push({ unitCode, periodId: `${y}-M${String(m).padStart(2, '0')}`, values: { TIN_CUNG_CAP_TTVHTT: m } });
  }
  seedReports(h, reports);
}

describe.each(FLAVOURS)('getIncomingReports call budget (%s)', (flavour) => {
  test.each([[0, 0], [200, 5]])('with %i extra departments and %i years of monthly data', (extra, years) => {
    const { h, incoming } = ready(flavour);
    grow(h, extra, years);
    h.fakes.clock.set(NOW);
    h.as(CENTRE);
    incoming(); // warms the configuration cache
    h.fakes.counters.reset();
    const view = incoming('2024-M02');
    const calls = h.fakes.counters.spreadsheet;
    const rows = h.fakes.spreadsheet.values(SHEETS.data).length - 1;
    console.log(`[incoming ${flavour}] senders=${view.rows.length}, data rows=${rows}: getIncomingReports ${calls} Spreadsheet calls (budget ${INCOMING_BUDGET})`);
    expect(view.rows).toHaveLength(2 + extra);
    expect(view.rows.every((r) => r.latest?.figures[0].value === 2)).toBe(true);
    expect(calls).toBeLessThanOrEqual(INCOMING_BUDGET);
  });
});
