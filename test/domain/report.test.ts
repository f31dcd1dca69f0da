import { buildReportModel, documentSymbol, recipientLines, type ReportInput } from '../../src/domain/report';
import { buildSummary } from '../../src/domain/summary';
import type { SummaryModel } from '../../src/domain/summary-types';
import type { ReportBlock, ReportDocument } from '../../src/domain/report-types';
import { parsePeriodId } from '../../src/domain/periods';
import { formatNumber } from '../../src/domain/report-format';
import { SEED, SEED_NOW_H1, SEED_NOW_Q1, seedQuarter } from '../fixtures/seed-quarter';

const seed = seedQuarter();
const summaryOf = (id: string, now: Date): SummaryModel =>
  buildSummary({ ...seed, period: parsePeriodId(id)!, now, dueSoonDays: 3 });
const q1 = summaryOf('2024-Q1', SEED_NOW_Q1);
const q4 = summaryOf('2023-Q4', SEED_NOW_Q1);

const report = (over: Partial<ReportInput> = {}): ReportDocument =>
  buildReportModel({ summary: q1, previous: q4, settings: seed.settings, catalog: seed.catalog, issuedAt: SEED_NOW_Q1, ...over });

const texts = (doc: ReportDocument): string[] =>
  doc.body.flatMap((b: ReportBlock) => (b.type === 'table' ? [] : [b.text]));
const find = (doc: ReportDocument, start: string): string => {
  const t = texts(doc).find((x) => x.startsWith(start));
  if (!t) throw new Error(`no block starting with ${start}`);
  return t;
};

/** Every string anywhere in the document. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(allStrings);
  return [];
}

describe('report header, title, recipients and signature', () => {
  const doc = report();

  it('follows the Nghị định 30 header', () => {
    expect(doc.header).toEqual({
      parentBody: 'UBND HUYỆN CẨM XUYÊN',
      issuingBody: 'PHÒNG VĂN HÓA VÀ THÔNG TIN',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      number: 'Số:      /BC-VHTT',
      placeDate: 'Cẩm Xuyên, ngày 05 tháng 4 năm 2024',
    });
    expect(doc.title).toBe('BÁO CÁO');
    expect(doc.summaryLine).toBe('Kết quả công tác tuyên truyền cải cách hành chính Quý I/2024');
    expect(doc.fileName).toBe('BC CCHC Quý I-2024');
  });

  it('puts a given number in, capitalises bodies typed in lower case and builds the symbol', () => {
    const settings = { ...seed.settings, parentBody: 'UBND huyện Cẩm Xuyên', issuingBody: 'Phòng Văn hóa và Thông tin', reportNumberPrefix: 'BC' };
    const d = report({ settings, number: ' 45 ', issuedAt: new Date('2024-01-08T02:00:00Z') });
    expect(d.header.number).toBe('Số: 45/BC-VHTT');
    expect(d.header.parentBody).toBe('UBND HUYỆN CẨM XUYÊN');
    expect(d.header.issuingBody).toBe('PHÒNG VĂN HÓA VÀ THÔNG TIN');
    expect(d.header.placeDate).toBe('Cẩm Xuyên, ngày 08 tháng 01 năm 2024');
    expect(d.appendix?.subtitle).toBe('(Kèm theo Báo cáo số 45/BC-VHTT ngày 08/01/2024 của Phòng Văn hóa và Thông tin)');
    expect(documentSymbol({ ...settings, reportNumberPrefix: 'BC-UBND' })).toBe('BC-UBND');
    expect(documentSymbol({ ...settings, reportNumberPrefix: '', issuingBodyShort: 'VHTT' })).toBe('BC-VHTT');
  });

  it('lists recipients in the usual dashes, ending with the archive line', () => {
    expect(doc.recipients).toEqual({ heading: 'Nơi nhận:', items: ['- UBND huyện (để b/c);', '- Phòng Nội vụ;', '- Lưu: VT, VHTT.'] });
    expect(recipientLines({ ...seed.settings, recipients: ['- Sở VH-TT;', '', 'UBND huyện'] }))
      .toEqual(['- Sở VH-TT;', '- UBND huyện;', '- Lưu: VT, VHTT.']);
  });

  it('signs with the configured titles and name', () => {
    expect(doc.signature).toEqual({ titleLines: ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'], name: 'Nguyễn Văn An' });
  });

  it('is NFC throughout, even from decomposed settings', () => {
    const nfd = { ...seed.settings, place: 'Cẩm Xuyên'.normalize('NFD'), signerName: 'Nguyễn Văn An'.normalize('NFD') };
    const d = report({ settings: nfd });
    const strings = allStrings(d);
    expect(strings.length).toBeGreaterThan(500);
    expect(strings.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
    expect(d.header.placeDate).toBe('Cẩm Xuyên, ngày 05 tháng 4 năm 2024');
  });
});

describe('report narrative agrees with the summary', () => {
  const doc = report();

  it('starts with sections I, II and III in order', () => {
    const headings = doc.body.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['I. TÌNH HÌNH THỰC HIỆN', 'II. KẾT QUẢ CỤ THỂ', '1. Số liệu tổng hợp', '2. Thực hiện chỉ tiêu', 'III. ĐỀ XUẤT, KIẾN NGHỊ']);
  });

  it('gives submitted counts and the on-time rate', () => {
    expect(find(doc, 'Thực hiện kế hoạch')).toContain('Phòng Văn hóa và Thông tin đã đôn đốc');
    expect(find(doc, 'Thực hiện kế hoạch')).toContain('Tính đến ngày 05/04/2024, có 33/36 đơn vị đã gửi báo cáo (trong đó 2 đơn vị báo cáo không phát sinh).');
    expect(find(doc, 'Về thời hạn')).toBe('Về thời hạn: 31/35 đơn vị nộp đúng hạn, đạt 88,6%; 2 đơn vị nộp muộn; 2 đơn vị chưa nộp; 1 đơn vị chưa đến hạn nộp.');
  });

  it('names the late, missing and not-yet-due units', () => {
    expect(find(doc, 'Đơn vị nộp muộn')).toBe('Đơn vị nộp muộn (2): Xã Cẩm Bình (nộp ngày 20/03/2024), Phòng Tư pháp (nộp ngày 25/03/2024).');
    expect(find(doc, 'Đơn vị chưa nộp')).toBe('Đơn vị chưa nộp (2): Xã Cẩm Duệ, Phòng Y tế.');
    expect(find(doc, 'Đơn vị chưa đến hạn')).toBe('Đơn vị chưa đến hạn nộp (1): Xã Cẩm Lộc.');
    expect(find(doc, 'Đề nghị Xã Cẩm Duệ')).toBe('Đề nghị Xã Cẩm Duệ và Phòng Y tế khẩn trương gửi báo cáo Quý I/2024 về Phòng Văn hóa và Thông tin để tổng hợp.');
    expect(find(doc, 'Đề nghị Xã Cẩm Bình')).toContain('Xã Cẩm Bình và Phòng Tư pháp rút kinh nghiệm');
  });

  it('gives every indicator’s total with its unit and the change from the previous quarter', () => {
    for (const ind of q1.indicators) {
      const diff = q1.totals[ind.code] - q4.totals[ind.code];
      const change = diff === 0 ? 'bằng kỳ trước (Quý IV/2023)'
        : `${diff > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(diff))} ${ind.unitOfMeasure} so với kỳ trước (Quý IV/2023)`;
      expect(find(doc, `${ind.label}:`)).toBe(`${ind.label}: ${formatNumber(q1.totals[ind.code])} ${ind.unitOfMeasure}; ${change}.`);
    }
    expect(find(doc, 'Số tờ rơi')).toMatch(/^Số tờ rơi tuyên truyền CCHC: \d\.\d{3} tờ;/);
  });

  it('has a compact totals table with the same figures', () => {
    const table = doc.body.find((b) => b.type === 'table');
    if (!table || table.type !== 'table') throw new Error('no table');
    const t = table.table;
    expect(t.header).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý I/2024', 'Kỳ trước (Quý IV/2023)', 'Tăng (+), giảm (-)']);
    expect(t.rows).toHaveLength(q1.indicators.length);
    const toRoi = t.rows.find((r) => r[1] === 'Số tờ rơi tuyên truyền CCHC')!;
    const d = q1.totals.TO_ROI - q4.totals.TO_ROI;
    expect(toRoi).toEqual([expect.any(String), 'Số tờ rơi tuyên truyền CCHC', 'tờ', formatNumber(q1.totals.TO_ROI),
      formatNumber(q4.totals.TO_ROI), d > 0 ? `+${formatNumber(d)}` : formatNumber(d)]);
    expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(t.numericColumns).toEqual([3, 4, 5]);
  });

  it('states the target result as the dispatch words it', () => {
    expect(find(doc, 'Trung tâm Văn hóa - Truyền thông:')).toBe('Trung tâm Văn hóa - Truyền thông: 3/3 chương trình, đạt chỉ tiêu 01 chương trình/tháng.');
    expect(find(doc, 'Có 1/1 chỉ tiêu')).toBe('Có 1/1 chỉ tiêu được giao đạt kế hoạch trong kỳ.');
    const q2 = summaryOf('2024-Q2', new Date('2024-07-01T08:00:00+07:00'));
    const d2 = report({ summary: q2, previous: q1 });
    expect(find(d2, 'Trung tâm Văn hóa - Truyền thông:')).toBe('Trung tâm Văn hóa - Truyền thông: 2/3 chương trình, chưa đạt chỉ tiêu 01 chương trình/tháng.');
    expect(find(d2, 'Đề nghị Trung tâm')).toBe('Đề nghị Trung tâm Văn hóa - Truyền thông bảo đảm thực hiện đủ chỉ tiêu được giao theo kế hoạch.');
  });

  it('says when there is nothing to compare with', () => {
    const d = report({ previous: null });
    expect(find(d, 'Số lớp tập huấn về CCHC:')).toBe(`Số lớp tập huấn về CCHC: ${formatNumber(q1.totals.LOP_TAP_HUAN)} lớp; chưa có số liệu kỳ trước để so sánh.`);
    const table = d.body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.table.rows[0].slice(4)).toEqual(['—', '—']);
    expect(table?.type === 'table' && table.table.header[4]).toBe('Kỳ trước (Quý IV/2023)');
    // A previous summary in which nobody reported is no basis for a comparison either.
    const empty = buildSummary({ ...seed, submissions: [], period: parsePeriodId('2023-Q4')!, now: SEED_NOW_Q1, dueSoonDays: 3 });
    expect(find(report({ previous: empty }), 'Số lớp tập huấn về CCHC:')).toContain('chưa có số liệu kỳ trước');
  });

  it('ends with the closing sentence', () => {
    expect(texts(doc).at(-1)).toBe('Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính Quý I/2024 của Phòng Văn hóa và Thông tin./.');
  });
});

describe('report appendix', () => {
  const doc = report();
  const app = doc.appendix!;
  const t = app.table;

  it('has a row per unit, a subtotal row per group and a total row, the latter in bold', () => {
    expect(app.title).toBe('Phụ lục: Kết quả tuyên truyền cải cách hành chính của các đơn vị Quý I/2024');
    expect(app.subtitle).toBe('(Kèm theo Báo cáo số      /BC-VHTT ngày 05/4/2024 của Phòng Văn hóa và Thông tin)');
    expect(t.header.slice(0, 4)).toEqual(['STT', 'Đơn vị', 'Tình trạng', 'Thời gian nộp']);
    expect(t.header.at(-1)).toBe('Ghi chú');
    expect(t.header[4]).toBe('Số lớp tập huấn về CCHC (lớp)');
    expect(t.header).toHaveLength(4 + q1.indicators.length + 1);
    expect(t.rows).toHaveLength(36 + 5 + 1);
    expect(t.rows.every((r) => r.length === t.header.length)).toBe(true);
    expect(t.boldRows).toEqual([0, 24, 34, 37, 39, 41]);
    expect(t.boldRows.map((i) => t.rows[i][1])).toEqual([...q1.groups.map((g) => g.name), 'Tổng cộng']);
    expect(t.rows[0].slice(0, 3)).toEqual(['I', 'UBND các xã, thị trấn', 'Đã nộp 21/23']);
    expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(t.numericColumns).toEqual(q1.indicators.map((_, i) => 4 + i));
  });

  it('carries the summary’s subtotals and totals', () => {
    const col = 4 + q1.indicators.findIndex((i) => i.code === 'TO_ROI');
    expect(t.rows[0][col]).toBe(formatNumber(q1.groups[0].subtotal.TO_ROI));
    expect(t.rows[24][col]).toBe(''); // departments do not report leaflets
    const total = t.rows[41];
    expect(total.slice(0, 3)).toEqual(['', 'Tổng cộng', 'Đã nộp 33/36']);
    expect(total.slice(4, -1)).toEqual(q1.indicators.map((i) => formatNumber(q1.totals[i.code])));
  });

  it('shows units with status, time and notes; missing units as Chưa nộp with dashes, not zeros', () => {
    const byName = (name: string): string[] => t.rows.find((r) => r[1] === name)!;
    const tinBai = 4 + q1.indicators.findIndex((i) => i.code === 'TIN_BAI');
    const hoiNghi = 4 + q1.indicators.findIndex((i) => i.code === 'HOI_NGHI_LONG_GHEP');
    const due = byName('Xã Cẩm Duệ');
    expect(due.slice(0, 4)).toEqual(['4', 'Xã Cẩm Duệ', 'Chưa nộp', '']);
    expect(due[tinBai]).toBe('—');
    expect(due[hoiNghi]).toBe(''); // not on a commune's form
    expect(byName('Phòng Y tế')[hoiNghi]).toBe('—');
    expect(byName('Xã Cẩm Bình').slice(2, 4)).toEqual(['Nộp muộn', '20/03/2024 16:45']);
    expect(byName('Xã Cẩm Lộc')[2]).toBe('Chưa đến hạn');
    expect(byName('Thanh tra huyện')[hoiNghi]).toBe('0');
    expect(byName('Thanh tra huyện').at(-1)).toBe('Không phát sinh; Không phát sinh hoạt động trong kỳ');
    expect(byName('Xã Cẩm Hưng').at(-1)).toBe('Lần nộp 2, sửa sau hạn; Bổ sung số liệu sau hạn');
    const ha = q1.groups[0].rows.find((r) => r.unitCode === SEED.revised)!;
    expect(byName('Xã Cẩm Hà')[tinBai]).toBe(formatNumber(ha.values.TIN_BAI!));
    expect(t.rows.filter((r) => /^\d+$/.test(r[0])).map((r) => r[0])).toEqual(Array.from({ length: 36 }, (_, i) => String(i + 1)));
  });
});

describe('half-year report', () => {
  const h1 = summaryOf('2024-H1', SEED_NOW_H1);
  const doc = report({ summary: h1, previous: null, issuedAt: SEED_NOW_H1 });

  it('reads “6 tháng đầu năm” and cross-checks against the quarters', () => {
    expect(doc.summaryLine).toBe('Kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2024');
    expect(doc.fileName).toBe('BC CCHC 6 tháng đầu năm 2024');
    const headings = doc.body.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toContain('3. Đối chiếu với số liệu các quý');
    const m = h1.derived!.mismatches[0];
    expect(find(doc, 'Có 1 số liệu')).toBe('Có 1 số liệu báo cáo 6 tháng đầu năm 2024 chưa khớp với tổng số liệu các quý:');
    expect(find(doc, 'Xã Cẩm Thạch –')).toBe(`Xã Cẩm Thạch – Số tin, bài tuyên truyền CCHC (mạng xã hội, Trang TTĐT): báo cáo ${m.submitted} tin, bài, `
      + `tổng các quý ${m.derived} tin, bài (chênh lệch +${SEED.mismatch.delta}).`);
    expect(find(doc, 'Tổng số liệu báo cáo các quý')).toContain(`số tin, bài tuyên truyền CCHC (mạng xã hội, Trang TTĐT) ${formatNumber(h1.derived!.totals.TIN_BAI)} tin, bài`);
    expect(find(doc, 'Đề nghị Xã Cẩm Thạch')).toBe('Đề nghị Xã Cẩm Thạch rà soát, điều chỉnh số liệu cho khớp với báo cáo các quý.');
  });

  it('adds the derived totals row to the appendix and notes the mismatch on the unit', () => {
    const rows = doc.appendix!.table.rows;
    const last = rows.at(-1)!;
    expect(last[1]).toBe('Tổng hợp từ báo cáo các quý');
    expect(last.at(-1)).toBe('1 số liệu chưa khớp');
    expect(doc.appendix!.table.boldRows).not.toContain(rows.length - 1);
    expect(rows.find((r) => r[1] === 'Xã Cẩm Thạch')!.at(-1)).toBe('Lệch tổng các quý: Số tin, bài tuyên truyền CCHC (mạng xã hội, Trang TTĐT)');
    const hoiNghi = 4 + h1.indicators.findIndex((i) => i.code === 'HOI_NGHI_LONG_GHEP');
    expect(last[hoiNghi]).toBe(formatNumber(h1.derived!.totals.HOI_NGHI_LONG_GHEP));
  });

  it('an annual report with no complete quarters says so instead of printing zeros', () => {
    const y = summaryOf('2024-Y', new Date('2025-01-10T09:00:00+07:00'));
    const d = report({ summary: y, previous: null, issuedAt: new Date('2025-01-10T09:00:00+07:00') });
    expect(d.summaryLine).toBe('Kết quả công tác tuyên truyền cải cách hành chính năm 2024');
    expect(find(d, 'Chưa đủ báo cáo')).toBe('Chưa đủ báo cáo các quý trong kỳ để đối chiếu số liệu.');
    expect(d.appendix!.table.rows.at(-1)!.slice(4, -1).every((c) => c === '—')).toBe(true);
    expect(find(d, 'Về thời hạn')).toBe('Về thời hạn: 0/36 đơn vị nộp đúng hạn, đạt 0%; 0 đơn vị nộp muộn; 36 đơn vị chưa nộp.');
  });
});

describe('before anyone is due', () => {
  it('does not rate timeliness and lists the units not yet due', () => {
    const early = buildSummary({ ...seed, submissions: [], period: parsePeriodId('2024-Q1')!, now: new Date('2024-03-01T08:00:00+07:00'), dueSoonDays: 3 });
    const d = report({ summary: early, previous: q4 });
    expect(find(d, 'Chưa đến hạn')).toBe('Chưa đến hạn nộp báo cáo nên chưa đánh giá tỷ lệ nộp đúng hạn.');
    expect(find(d, 'Không có đơn vị nộp muộn')).toBeTruthy();
    expect(find(d, 'Đơn vị chưa đến hạn nộp (36)')).toContain('Thị trấn Cẩm Xuyên');
    expect(texts(d).some((x) => x.includes('khẩn trương'))).toBe(false);
  });
});
