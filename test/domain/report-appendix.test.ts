// The appendix model: one table per unit group with only that group's indicators, and the
// totals table; every unit, every subtotal and every district total is there.
import type { ReportTable } from '../../src/domain/report-types';
import { formatNumber } from '../../src/domain/report-format';
import { groupWidths } from '../../src/domain/report-appendix';
import { SEED, SEED_NOW_H1 } from '../fixtures/seed-quarter';
import { q1, report, summaryOf } from '../fixtures/seed-report';


const col = (t: ReportTable, label: string): number => t.header.findIndex((h) => h.startsWith(label));
const label = (code: string): string => q1.indicators.find((i) => i.code === code)!.label;

describe('report appendix', () => {
  const app = report().appendix!;
  const groups = q1.groups.filter((g) => g.rows.length > 0);

  it('has a title, a subtitle, one table per group and the totals table', () => {
    expect(app.title).toBe('Phụ lục: Kết quả tuyên truyền cải cách hành chính của các đơn vị Quý I/2024');
    expect(app.subtitle).toBe('(Kèm theo Báo cáo số      /BC-VHTT ngày 05/4/2024 của Phòng Văn hóa và Thông tin)');
    expect(app.tables.map((t) => t.caption)).toEqual([...groups.map((g, i) => `${['I', 'II', 'III', 'IV', 'V'][i]}. ${g.name}`),
      'VI. Tổng hợp theo chỉ tiêu và nhóm đơn vị']);
    for (const t of app.tables) {
      expect(t.rows.every((r) => r.length === t.header.length)).toBe(true);
      expect(t.widths).toHaveLength(t.header.length);
      expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
      expect(Math.min(...t.widths)).toBeGreaterThan(0.02);
    }
  });

  it('gives a group only the indicators on its form, a row per unit and its subtotal in bold', () => {
    groups.forEach((g, gi) => {
      const t = app.tables[gi];
      const codes = q1.indicators.filter((i) => i.code in g.subtotal);
      expect(t.header).toEqual(['STT', 'Đơn vị', 'Tình trạng', 'Thời gian nộp',
        ...codes.map((i) => (i.unitOfMeasure ? `${i.label} (${i.unitOfMeasure})` : i.label)), 'Ghi chú']);
      expect(t.rows.slice(0, -1).map((r) => r[1])).toEqual(g.rows.map((r) => r.unitName));
      const sub = t.rows.at(-1)!;
      expect(t.boldRows).toEqual([t.rows.length - 1]);
      expect(sub.slice(1, 3)).toEqual([`Cộng ${g.name}`, `Đã nộp ${g.rows.filter((r) => r.status === 'on_time' || r.status === 'late').length}/${g.rows.length}`]);
      expect(sub.slice(4, -1)).toEqual(codes.map((i) => formatNumber(g.subtotal[i.code])));
      expect(t.numericColumns).toEqual(codes.map((_, i) => 4 + i));
    });
    // Communes report leaflets, departments do not; the conferences column is the departments' only.
    const [xa, phong] = app.tables;
    expect(col(xa, label('TO_ROI'))).toBeGreaterThan(3);
    expect(col(phong, label('TO_ROI'))).toBe(-1);
    expect(col(xa, label('HOI_NGHI_LONG_GHEP'))).toBe(-1);
    expect(col(phong, label('HOI_NGHI_LONG_GHEP'))).toBeGreaterThan(3);
  });

  it('numbers the units 1..36 across the groups and shows status, time and notes; missing units get dashes', () => {
    const unitRows = app.tables.slice(0, -1).flatMap((t) => t.rows.slice(0, -1).map((r) => ({ t, r })));
    expect(unitRows.map(({ r }) => r[0])).toEqual(Array.from({ length: 36 }, (_, i) => String(i + 1)));
    const byName = (name: string) => unitRows.find(({ r }) => r[1] === name)!;
    const due = byName('UBND xã Cẩm Duệ');
    expect(due.r.slice(0, 4)).toEqual(['4', 'UBND xã Cẩm Duệ', 'Chưa nộp', '']);
    expect(due.r[col(due.t, label('TIN_BAI'))]).toBe('—');
    expect(byName('UBND xã Cẩm Bình').r.slice(2, 4)).toEqual(['Nộp muộn', '20/03/2024 16:45']);
    expect(byName('UBND xã Cẩm Lộc').r[2]).toBe('Chưa đến hạn');
    const tt = byName('Thanh tra huyện');
    expect(tt.r[col(tt.t, label('HOI_NGHI_LONG_GHEP'))]).toBe('0');
    expect(tt.r.at(-1)).toBe('Không phát sinh; Không phát sinh hoạt động trong kỳ');
    expect(byName('UBND xã Cẩm Hưng').r.at(-1)).toBe('Lần nộp 2, sửa sau hạn; Bổ sung số liệu sau hạn');
    const ha = q1.groups[0].rows.find((r) => r.unitCode === SEED.revised)!;
    const haRow = byName('UBND xã Cẩm Hà');
    expect(haRow.r[col(haRow.t, label('TIN_BAI'))]).toBe(formatNumber(ha.values.TIN_BAI!));
  });

  it('ends with the totals by indicator and group, the district total last', () => {
    const t = app.tables.at(-1)!;
    expect(t.header).toEqual(['STT', 'Chỉ tiêu', ...groups.map((g) => g.name), 'Tổng cộng']);
    expect(t.rows[0]).toEqual(['', 'Số đơn vị đã nộp', ...groups.map((g) => `${g.rows.filter((r) => r.status === 'on_time' || r.status === 'late').length}/${g.rows.length}`), '33/36']);
    q1.indicators.forEach((ind, n) => {
      const row = t.rows[n + 1];
      expect(row[1].startsWith(ind.label)).toBe(true);
      expect(row.at(-1)).toBe(formatNumber(q1.totals[ind.code]));
      groups.forEach((g, gi) => expect(row[2 + gi]).toBe(ind.code in g.subtotal ? formatNumber(g.subtotal[ind.code]) : ''));
    });
  });

  it('keeps figure columns narrow when a form has few indicators', () => {
    expect(groupWidths(2).slice(4, 6)).toEqual([0.08, 0.08]);
    expect(groupWidths(14).slice(4, 18).every((w) => w < 0.04)).toBe(true);
    for (const n of [0, 1, 5, 14]) expect(groupWidths(n).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});

describe('half-year appendix', () => {
  const h1 = summaryOf('2024-H1', SEED_NOW_H1);
  const doc = report({ summary: h1, previous: null, issuedAt: SEED_NOW_H1 });

  it('adds the quarters’ sums beside the totals and notes the mismatch on the unit', () => {
    const t = doc.appendix!.tables.at(-1)!;
    expect(t.header.at(-1)).toBe('Tổng hợp từ báo cáo các quý');
    expect(t.rows[0].at(-1)).toBe('1 số liệu chưa khớp');
    const hoiNghi = 1 + h1.indicators.findIndex((i) => i.code === 'HOI_NGHI_LONG_GHEP');
    expect(t.rows[hoiNghi].at(-1)).toBe(formatNumber(h1.derived!.totals.HOI_NGHI_LONG_GHEP));
    const thach = doc.appendix!.tables[0].rows.find((r) => r[1] === 'UBND xã Cẩm Thạch')!;
    expect(thach.at(-1)).toBe('Lệch tổng các quý: Số tin, bài tuyên truyền CCHC trên mạng xã hội');
  });

  it('an annual report with no complete quarters shows dashes for the quarters’ sums, not zeros', () => {
    const y = summaryOf('2024-Y', new Date('2025-01-10T09:00:00+07:00'));
    const d = report({ summary: y, previous: null, issuedAt: new Date('2025-01-10T09:00:00+07:00') });
    const t = d.appendix!.tables.at(-1)!;
    expect(t.rows.slice(1).every((r) => r.at(-1) === '—')).toBe(true);
  });
});
