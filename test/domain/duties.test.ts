// Each default duty, taken from a line of the dispatch (a copy in test/fixtures), which
// the test reads: the quoted line must be in it, and the defaults must impose exactly that.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { combinesQuarters, groupInReport, indicatorsFor, reportKinds, unitsOwing } from '../../src/domain/catalog';
import { DEFAULT_CATALOG } from '../../src/domain/defaults';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar-defaults';
import { periodsOfYear, parsePeriodId } from '../../src/domain/periods';
import { buildSummary } from '../../src/domain/summary';
import type { PeriodKind, SubmissionRecord } from '../../src/domain/types';

const DISPATCH = readFileSync(path.join(__dirname, '../fixtures/dispatch-000_59bebc6227ea1fb6.txt'), 'utf8').normalize('NFC');
/** The dispatch's text with its line breaks and repeated spaces folded, so a quote may span lines. */
const FLAT = DISPATCH.replace(/\s+/g, ' ');
const quoted = (line: string): boolean => FLAT.includes(line.normalize('NFC'));

const group = (code: string) => DEFAULT_CATALOG.groups.find((g) => g.code === code)!;
const owed2024 = (code: string): string[] => periodsOfYear(2024, group(code).periodKinds).map((p) => p.id);
const ALL_KINDS: PeriodKind[] = ['month', 'quarter', 'half', 'year'];

describe('default duties, each from a line of the dispatch', () => {
  it('the dispatch is the one the defaults reproduce', () => {
    expect(quoted('V/v tập trung triển khai Kế hoạch tuyên truyền CCHC năm 2024')).toBe(true);
    expect(quoted('Kế hoạch số 167/KH-UBND ngày 12/01/2024')).toBe(true);
    expect(quoted('Công văn số 928/UBND-NC1 ngày 22/02/2024')).toBe(true);
  });

  const communes = '1. UBND các xã, thị trấn: … Định kỳ (quý, 6 tháng, năm) báo cáo kết quả công tác tuyên truyền';
  it(`"${communes}": the 23 communes file Q1–Q4 2024, the June and December reports cover 6 months and the year`, () => {
    expect(quoted('Định kỳ (quý, 6 tháng, năm) báo cáo kết quả công tác tuyên truyền')).toBe(true);
    expect(owed2024('XA')).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(unitsOwing(DEFAULT_CATALOG, 'quarter').filter((u) => u.group === 'XA')).toHaveLength(23);
    expect(DEFAULT_CATALOG.units.filter((u) => u.group === 'XA' && u.name.startsWith('UBND thị trấn'))).toHaveLength(2);
    expect(combinesQuarters(group('XA'), 'half')).toBe(true);
    expect(combinesQuarters(group('XA'), 'year')).toBe(true);
    expect(groupInReport(group('XA'), 'half')).toBe(true);
  });

  const communeList = 'số lượng lớp tập huấn, tọa đàm, số tin bài, tờ rơi, tài liệu tuyên truyền và hình thức tuyên truyền khác';
  it(`"${communeList}": the communes' form asks each of them`, () => {
    expect(quoted(communeList)).toBe(true);
    const codes = indicatorsFor(DEFAULT_CATALOG, 'XA', 'quarter').map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['LOP_TAP_HUAN', 'TOA_DAM', 'TIN_BAI', 'TO_ROI', 'TAI_LIEU', 'HINH_THUC_KHAC']));
  });

  const focus = 'tuyên truyền trên mạng xã hội, trên Cổng/Trang TTĐT; tổ chức các cuộc thi tìm hiểu CCHC, chuyển đổi số, sân khấu hóa';
  it(`"${focus} … (PCI) … (DDCI)": each focus has its commune indicator`, () => {
    expect(quoted(focus)).toBe(true);
    expect(quoted('chỉ số năng lực cạnh tranh cấp tỉnh (PCI)')).toBe(true);
    const labels = indicatorsFor(DEFAULT_CATALOG, 'XA', 'quarter').map((i) => i.label);
    for (const word of ['mạng xã hội', 'Cổng/Trang TTĐT', 'cuộc thi tìm hiểu CCHC', 'chuyển đổi số', 'sân khấu hóa', 'PCI, DDCI', 'truyền thanh cơ sở']) {
      expect([word, labels.some((l) => l.includes(word))]).toEqual([word, true]);
    }
  });

  const centre = 'định kỳ báo cáo quý, 06 tháng và năm kết quả thực hiện tuyên truyền CCHC về Phòng VH - TT';
  it(`"${centre}": TT VH-TT files Q1–Q4 2024 to the office, no monthly report`, () => {
    expect(quoted(centre)).toBe(true);
    expect(owed2024('TTVHTT')).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(groupInReport(group('TTVHTT'), 'year')).toBe(true);
    expect(groupInReport(group('TTVHTT'), 'month')).toBe(false);
  });

  const programme = 'đảm bảo 01 chương trình/tháng; phân công phóng viên chuyên trách về CCHC';
  it(`"${programme}": a target of 1 programme a month and a yes/no reporter on the centre's form`, () => {
    expect(quoted(programme)).toBe(true);
    const form = indicatorsFor(DEFAULT_CATALOG, 'TTVHTT', 'quarter');
    expect(form.find((i) => i.code === 'CHUONG_TRINH_PTTH')?.targetPerMonth).toBe(1);
    expect(form.find((i) => i.code === 'PHONG_VIEN_CCHC')?.type).toBe('boolean');
  });

  const cchcDepts = 'định kỳ hàng tháng cung cấp các thông tin, nội dung tuyên truyền về CCHC cho Trung tâm VH - TT huyện';
  it(`"${cchcDepts}": the CCHC departments owe the 12 months of 2024, to the centre, outside the office's report`, () => {
    expect(quoted(cchcDepts)).toBe(true);
    expect(owed2024('PHONG_CM')).toEqual(Array.from({ length: 12 }, (_, i) => `2024-M${String(i + 1).padStart(2, '0')}`));
    expect(group('PHONG_CM').reportsTo).toBe('Trung tâm Văn hóa - Truyền thông');
    for (const k of ALL_KINDS) expect(groupInReport(group('PHONG_CM'), k)).toBe(false);
  });

  const depts = 'Đưa nội dung CCHC tuyên truyền, phổ biến trong các cuộc giao ban, hội nghị, tập huấn của ngành';
  const tthcc = '3. Trung tâm Hành chính công huyện: thực hiện tuyên truyền, hướng dẫn trực tiếp người dân';
  it(`"${depts}" and "${tthcc}": no report is asked of other departments or Trung tâm Hành chính công`, () => {
    expect(quoted(depts)).toBe(true);
    expect(quoted(tthcc)).toBe(true);
    expect(owed2024('PHONG')).toEqual([]);
    expect(owed2024('TTHCC')).toEqual([]);
  });

  it('the office can report on the quarters, 6 months and the year, never a month (nobody reports monthly to it)', () => {
    expect(reportKinds(DEFAULT_CATALOG)).toEqual(['quarter', 'half', 'year']);
  });
});

describe('the default report never names a unit nobody asked for a report', () => {
  const NEVER = DEFAULT_CATALOG.units.filter((u) => ['PHONG', 'TTHCC', 'PHONG_CM'].includes(u.group)).map((u) => u.code);
  for (const id of ['2024-Q1', '2024-Q2', '2024-H1', '2024-Q4', '2024-Y']) {
    it(`${id}: departments and Trung tâm Hành chính công are not in it, so never "chưa nộp"`, () => {
      const s = buildSummary({
        catalog: DEFAULT_CATALOG, calendar: DEFAULT_CALENDAR, period: parsePeriodId(id)!, now: new Date('2025-01-31T00:00:00+07:00'),
        dueSoonDays: 3, submissions: [] as SubmissionRecord[],
      });
      const codes = s.groups.flatMap((g) => g.rows.map((r) => r.unitCode));
      expect(codes).toHaveLength(24);
      for (const c of NEVER) expect(codes).not.toContain(c);
      expect(s.missing).toHaveLength(24);
      expect(s.groups.map((g) => g.code)).toEqual(['XA', 'TTVHTT']);
      // Nobody reported: no total is known, none is 0.
      expect(s.totals).toEqual({});
    });
  }
});
