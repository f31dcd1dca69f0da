import { createFakeServices } from '../../../src/local/fakes';
import { writeSummarySheet } from '../../../src/server/summary/write-summary-sheet';
import { COLORS, HEADER_ROW } from '../../../src/server/summary/summary-grid';
import { buildSummary } from '../../../src/domain/summary';
import { parsePeriodId } from '../../../src/domain/periods';
import type { SummaryGroup, SummaryModel, SummaryRow } from '../../../src/domain/summary-types';
import { SEED, SEED_NOW_H1, SEED_NOW_Q1, seedQuarter } from '../../fixtures/seed-quarter';

const seed = seedQuarter();
const summaryOf = (id: string, now: Date): SummaryModel => buildSummary({ ...seed, period: parsePeriodId(id)!, now, dueSoonDays: 3 });
const q1 = summaryOf('2024-Q1', SEED_NOW_Q1);
const h1 = summaryOf('2024-H1', SEED_NOW_H1);

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
/** The fake's spreadsheet, as the server code sees it. */
const activeSpreadsheet = (fakes: ReturnType<typeof createFakeServices>) =>
  fakes.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;

function write(model: SummaryModel, areaName = 'huyện') {
  const fakes = createFakeServices({ now: SEED_NOW_Q1, timeZone: 'Asia/Ho_Chi_Minh' });
  const ss = activeSpreadsheet(fakes);
  fakes.counters.reset();
  const result = writeSummarySheet(ss, model, areaName);
  const sheet = fakes.spreadsheet.sheet(result.sheetName);
  const all = sheet.getRange(1, 1, result.rows, result.columns);
  return {
    fakes, ss, result, sheet,
    values: all.getValues(), backgrounds: all.getBackgrounds(), weights: all.getFontWeights(),
    formats: all.getNumberFormats(), display: all.getDisplayValues(),
  };
}

const rowOf = (values: unknown[][], firstCell: unknown, col = 1) => {
  // A unit row has its number in column A (a group may share its only unit's name).
  const i = values.findIndex((r) => r[col] === firstCell && (col !== 1 || typeof r[0] === 'number' || r[0] === ''));
  if (i < 0) throw new Error(`no row with ${String(firstCell)}`);
  return i;
};

/** A hand-made model of n units in two groups (a tenth of them missing), 3 indicators, one target. */
function syntheticModel(n: number): SummaryModel {
  const codes = ['TIN_BAI', 'TO_ROI', 'HOI_NGHI'];
  const rows: SummaryRow[] = Array.from({ length: n }, (_, i) => {
    const missing = i % 10 === 3;
    return {
      unitCode: `U${i}`, unitName: `UBND xã Cẩm Số ${i + 1}`, groupCode: i % 2 ? 'B' : 'A', status: missing ? 'missing' : i % 7 === 0 ? 'late' : 'on_time',
      submittedAt: missing ? null : new Date(Date.UTC(2024, 2, 10, 3, i)), revision: missing ? null : 1, revisedLate: false, nothingToReport: false,
      values: Object.fromEntries(codes.map((c, k) => [c, missing ? null : i * (k + 1)])), derived: null, mismatches: [], note: i === 1 ? '=SUM(A1:A9)' : '',
    };
  });
  const group = (code: string, name: string): SummaryGroup => {
    const mine = rows.filter((r) => r.groupCode === code);
    return { code, name, rows: mine, subtotal: Object.fromEntries(codes.map((c) => [c, mine.reduce((s, r) => s + (r.values[c] ?? 0), 0)])) };
  };
  const groups = [group('A', 'Xã, thị trấn'), group('B', 'Cơ quan, đơn vị')];
  const missing = rows.filter((r) => r.status === 'missing').map((r) => r.unitCode);
  return {
    period: parsePeriodId('2024-Q1')!, periodLabel: 'Quý I/2024', generatedAt: new Date('2024-04-05T02:00:00Z'),
    indicators: codes.map((code) => ({ code, label: `Chỉ tiêu ${code}` })), groups,
    totals: Object.fromEntries(codes.map((c) => [c, groups.reduce((s, g) => s + g.subtotal[c], 0)])),
    counts: { owed: n, submitted: n - missing.length, onTime: 0, late: 0, missing: missing.length, notDue: 0, nothingToReport: 0 },
    onTimeRate: 0.9, onTime: [], late: [], missing, targets: [{ unitCode: 'U0', indicatorCode: 'TIN_BAI', target: 3, actual: 0, met: false }], derived: null,
  };
}

describe('writeSummarySheet: a quarter', () => {
  const w = write(q1);
  const { values } = w;
  const labels = q1.indicators.map((i) => (i.unitOfMeasure ? `${i.label} (${i.unitOfMeasure})` : i.label));
  const answers = (q1.answerIndicators ?? []).map((a) => a.label);

  it('names the sheet after the period and reports its size', () => {
    expect(answers).toHaveLength(5);
    expect(w.result).toEqual({ sheetName: 'TH 2024-Q1', rows: values.length, columns: 5 + q1.indicators.length + answers.length + 1 });
    expect(w.fakes.spreadsheet.snapshot('TH 2024-Q1').frozenRows).toBe(HEADER_ROW);
  });

  it('has the title rows and the header', () => {
    expect(values[0][0]).toBe('TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN CCHC');
    expect(values[1][0]).toBe('Kỳ báo cáo: Quý I/2024');
    expect(values[2][0]).toBe('Thời điểm tổng hợp: 05/04/2024 09:00');
    expect(values[HEADER_ROW - 1]).toEqual(['TT', 'Đơn vị', 'Tình trạng', 'Thời gian nộp', 'Lần nộp', ...labels, ...answers, 'Ghi chú']);
    expect(w.weights[HEADER_ROW - 1].every((x) => x === 'bold')).toBe(true);
    expect(w.backgrounds[HEADER_ROW - 1][0]).toBe(COLORS.header);
  });

  it('lists every unit under its group, with group subtotals and the district total', () => {
    const codes = q1.indicators.map((i) => i.code);
    let r = HEADER_ROW;
    let tt = 0;
    q1.groups.forEach((g, gi) => {
      expect(values[r].slice(0, 2)).toEqual([['I', 'II', 'III', 'IV', 'V'][gi], g.name]);
      expect(w.weights[r][1]).toBe('bold');
      r++;
      for (const unit of g.rows) {
        expect(values[r][0]).toBe(++tt);
        expect(values[r][1]).toBe(unit.unitName);
        r++;
      }
      expect(values[r][1]).toBe(`Cộng ${g.name}`);
      expect(values[r].slice(5, 5 + codes.length)).toEqual(codes.map((c) => g.subtotal[c] ?? ''));
      expect(w.weights[r][5]).toBe('bold');
      r++;
    });
    expect(values[r][1]).toBe('Tổng cộng toàn huyện');
    expect(values[r].slice(5, 5 + codes.length)).toEqual(codes.map((c) => q1.totals[c] ?? ''));
    expect(w.backgrounds[r][1]).toBe(COLORS.total);
    expect(tt).toBe(36);
  });

  it('names the whole from the settings’ area: "toàn tỉnh" for a province, plain "Tổng cộng" without one', () => {
    for (const [area, label] of [['tỉnh', 'Tổng cộng toàn tỉnh'], ['', 'Tổng cộng'], ['=1+1', 'Tổng cộng toàn =1+1']] as const) {
      const x = write(q1, area);
      const r = x.backgrounds.findIndex((row) => row[1] === COLORS.total);
      expect(x.values[r][1]).toBe(label);
      expect(x.values.flat().filter((v) => typeof v === 'string' && v.includes('huyện') && v.startsWith('Tổng cộng'))).toEqual([]);
      expect(x.fakes.spreadsheet.formulas(x.result.sheetName).flat().every((f) => f === '')).toBe(true);
    }
  });

  it('shows timeliness in Vietnamese, and missing units blank, never 0', () => {
    const late = values[rowOf(values, 'UBND xã Cẩm Bình')];
    expect(late[2]).toBe('Nộp muộn');
    expect(late[4]).toBe(1);
    // A real date (sortable, filterable), shown in Vietnam's time.
    expect(late[3]).toBeInstanceOf(Date);
    expect((late[3] as Date).toISOString()).toBe('2024-03-20T09:45:00.000Z');
    expect(w.display[rowOf(values, 'UBND xã Cẩm Bình')][3]).toBe('20/03/2024 16:45');
    const missing = values[rowOf(values, 'UBND xã Cẩm Duệ')];
    expect(missing[2]).toBe('Chưa nộp');
    expect(missing.slice(3, -1).every((v) => v === '')).toBe(true);
    expect(values[rowOf(values, 'UBND xã Cẩm Lộc')][2]).toBe('Chưa đến hạn');
    const onTime = values[rowOf(values, 'UBND thị trấn Cẩm Xuyên')];
    expect(onTime[2]).toBe('Đúng hạn');
    expect(w.display[rowOf(values, 'UBND thị trấn Cẩm Xuyên')][3]).toBe('12/03/2024 10:00');
    expect(typeof onTime[5]).toBe('number');
    const revised = values[rowOf(values, 'UBND xã Cẩm Hưng')];
    expect(revised[4]).toBe(2);
    expect(revised.at(-1)).toContain('Bổ sung, sửa sau hạn');
    expect(values[rowOf(values, 'Thanh tra huyện')].at(-1)).toContain('Không phát sinh');
  });

  it('formats numbers with thousands separators and keeps text as text', () => {
    const total = rowOf(values, 'Tổng cộng toàn huyện');
    const toRoi = 5 + q1.indicators.findIndex((i) => i.code === 'TO_ROI');
    expect(values[total][toRoi]).toBe(q1.totals.TO_ROI);
    expect(q1.totals.TO_ROI).toBe(9650);
    expect(w.formats[total][toRoi]).toBe('#,##0');
    expect(w.display[total][toRoi]).toBe('9,650');
    expect(w.formats[total].at(-2)).toBe('@');
    expect(w.formats[total][1]).toBe('@');
    expect(w.formats[rowOf(values, 'UBND xã Cẩm Bình')][3]).toBe('dd/MM/yyyy HH:mm');
    expect(w.formats[rowOf(values, 'UBND xã Cẩm Bình')][2]).toBe('@');
  });

  it('carries the yes/no reporter and the units’ text answers, as text', () => {
    const col = (label: string) => values[HEADER_ROW - 1].indexOf(label);
    const centre = values[rowOf(values, 'Trung tâm Văn hóa - Truyền thông')];
    expect(centre[col('Có phân công phóng viên chuyên trách về CCHC')]).toBe('Có');
    const town = rowOf(values, 'UBND thị trấn Cẩm Xuyên');
    expect(values[town][col('Kết quả nổi bật')]).toBe('Tổ chức 2 hội nghị lồng ghép tuyên truyền CCHC tại thôn, tổ dân phố');
    expect(w.formats[town][col('Kết quả nổi bật')]).toBe('@');
    expect(values[rowOf(values, 'UBND thị trấn Thiên Cầm')][col('Tồn tại, hạn chế và nguyên nhân')]).toMatch(/^Kinh phí/);
    // Not on a commune's form: blank.
    expect(values[town][col('Có phân công phóng viên chuyên trách về CCHC')]).toBe('');
  });

  it('colours a met target green', () => {
    const r = rowOf(values, 'Trung tâm Văn hóa - Truyền thông');
    const c = 5 + q1.indicators.findIndex((i) => i.code === 'CHUONG_TRINH_PTTH');
    expect(values[r][c]).toBe(SEED.programmes.Q1);
    expect(w.backgrounds[r][c]).toBe(COLORS.met);
    expect(w.backgrounds[r][c - 1]).toBe(COLORS.none);
  });

  it('ends with the counts and a legend', () => {
    expect(values.at(-2)![0]).toBe('Đã nộp 33/36 đơn vị (đúng hạn 31, nộp muộn 2); chưa nộp 2; chưa đến hạn 1; tỷ lệ đúng hạn: 88,6%.');
    expect(String(values.at(-1)![0])).toMatch(/^Chú thích: nền xanh – đạt chỉ tiêu; nền đỏ – chưa đạt chỉ tiêu; ô trống/);
  });
});

describe('writeSummarySheet: six months, with totals derived from the quarters', () => {
  const w = write(h1);
  const { values } = w;
  const n = h1.indicators.length;
  const tinBai = h1.indicators.findIndex((i) => i.code === 'TIN_BAI');

  it('adds a "Cộng từ các quý" column per indicator', () => {
    expect(w.result.columns).toBe(5 + 2 * n + (h1.answerIndicators ?? []).length + 1);
    expect(values[HEADER_ROW - 1].slice(5 + n, 5 + 2 * n)).toEqual(h1.indicators.map((i) => `Cộng từ các quý: ${i.label}`));
  });

  it('flags the mismatch in colour and says so in the note', () => {
    const r = rowOf(values, 'UBND xã Cẩm Thạch');
    expect(values[r][5 + tinBai]).toBe(16);
    expect(values[r][5 + n + tinBai]).toBe(11);
    expect(w.backgrounds[r][5 + tinBai]).toBe(COLORS.mismatch);
    expect(w.backgrounds[r][5 + n + tinBai]).toBe(COLORS.mismatch);
    expect(w.backgrounds[r][5 + n + tinBai + 1]).toBe(COLORS.none);
    expect(values[r].at(-1)).toContain('Khác với cộng từ các quý: ');
  });

  it('leaves derived values blank where a quarter is missing, and totals them on the district row', () => {
    const r = rowOf(values, 'UBND xã Cẩm Thịnh');
    expect(values[r].slice(5 + n, 5 + 2 * n).every((v) => v === '')).toBe(true);
    const total = rowOf(values, 'Tổng cộng toàn huyện');
    expect(values[total].slice(5 + n, 5 + 2 * n)).toEqual(h1.indicators.map((i) => h1.derived!.totals[i.code]));
  });

  it('colours a missed target red', () => {
    const r = rowOf(values, 'Trung tâm Văn hóa - Truyền thông');
    const c = 5 + h1.indicators.findIndex((i) => i.code === 'CHUONG_TRINH_PTTH');
    expect(values[r][c]).toBe(SEED.programmes.H1);
    expect(w.backgrounds[r][c]).toBe(COLORS.missed);
  });
});

describe('writeSummarySheet: safety and cost', () => {
  it('stores formula-looking and date-looking text as literal text', () => {
    const model = syntheticModel(4);
    model.groups[0].rows[0].unitName = '=HYPERLINK("http://evil.example","Bấm")';
    model.groups[0].rows[1].note = '12/3/2024';
    model.groups[1].name = '+Cơ quan';
    const w = write(model);
    expect(w.fakes.spreadsheet.formulas(w.result.sheetName).flat().every((f) => f === '')).toBe(true);
    expect(w.values[rowOf(w.values, '=HYPERLINK("http://evil.example","Bấm")')][1]).toBe('=HYPERLINK("http://evil.example","Bấm")');
    expect(w.values.some((r) => r[1] === '+Cơ quan')).toBe(true);
    expect(w.values[rowOf(w.values, 'UBND xã Cẩm Số 3')].at(-1)).toBe('12/3/2024');
  });

  it('replaces the sheet when regenerated', () => {
    const fakes = createFakeServices({ now: SEED_NOW_Q1 });
    const ss = activeSpreadsheet(fakes);
    writeSummarySheet(ss, syntheticModel(40), 'huyện');
    fakes.spreadsheet.seed('TH 2024-Q1', [['stale']], 200, 1);
    const sheetsBefore = fakes.spreadsheet.sheetNames();
    const again = writeSummarySheet(ss, syntheticModel(5), 'huyện');
    expect(fakes.spreadsheet.sheetNames().sort()).toEqual(sheetsBefore.sort());
    expect(fakes.spreadsheet.values('TH 2024-Q1').length).toBe(again.rows);
  });

  it('spends a fixed number of Spreadsheet calls (≤ 25), the same for 5 or 40 units', () => {
    const calls = (n: number) => {
      const w = write(syntheticModel(n));
      return { total: w.fakes.counters.spreadsheet, methods: w.fakes.counters.methods('spreadsheet') };
    };
    const small = calls(5);
    const big = calls(40);
    expect(big.total).toBeLessThanOrEqual(25);
    expect(big.total).toBe(small.total);
    expect(big.methods).toEqual(small.methods);
    // The widest real sheet (14 indicators and their derived twins: more than 26 columns).
    expect(write(h1).fakes.counters.spreadsheet).toBeLessThanOrEqual(25);
    for (const m of ['Range.setValues', 'Range.setBackgrounds', 'Range.setFontWeights', 'Range.setNumberFormats']) expect(big.methods[m]).toBe(1);
    expect(Object.keys(big.methods).filter((m) => /\.(setValue|setBackground|setFontWeight|setNumberFormat)$/.test(m))).toEqual([]);
  });

  it('marks a missed target on a hand-made model, and writes missing units blank', () => {
    const w = write(syntheticModel(12));
    const first = rowOf(w.values, 'UBND xã Cẩm Số 1');
    expect(w.backgrounds[first][5]).toBe(COLORS.missed);
    const missing = w.values[rowOf(w.values, 'UBND xã Cẩm Số 4')];
    expect(missing[2]).toBe('Chưa nộp');
    expect(missing.slice(5, 8)).toEqual(['', '', '']);
  });
});
