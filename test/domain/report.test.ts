import { SIGNER_PLACEHOLDER, documentSymbol, recipientLines } from '../../src/domain/report';
import { buildSummary } from '../../src/domain/summary';
import type { ReportBlock, ReportDocument } from '../../src/domain/report-types';
import { parsePeriodId } from '../../src/domain/periods';
import { formatNumber } from '../../src/domain/report-format';
import { SEED, SEED_NOW_H1, SEED_NOW_Q1 } from '../fixtures/seed-quarter';
import { q1, q4, report, seed, summaryOf } from '../fixtures/seed-report';

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
  const headings = (d: ReportDocument, level?: 1 | 2): string[] =>
    d.body.filter((x) => x.type === 'heading' && (level === undefined || (x.level ?? 1) === level)).map((x) => (x as { text: string }).text);

  it('has the five sections of a Phòng VH-TT report, in order', () => {
    expect(headings(doc, 1)).toEqual(['I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI', 'II. KẾT QUẢ THỰC HIỆN', 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI', 'V. ĐỀ XUẤT, KIẾN NGHỊ']);
    expect(headings(doc, 2)).toEqual(['1. Kết quả theo hình thức tuyên truyền', '2. Kết quả theo nhóm đơn vị', '3. Thực hiện chỉ tiêu']);
  });

  it('I. cites the plan and the dispatch from the settings, then the submissions and the on-time rate', () => {
    expect(find(doc, 'Thực hiện Công văn số 928/UBND-NC1')).toContain('Kế hoạch số 167/KH-UBND ngày 12/01/2024');
    expect(find(doc, 'Về chế độ báo cáo')).toBe('Về chế độ báo cáo Quý I/2024: tính đến ngày 05/04/2024, có 33/36 đơn vị đã gửi báo cáo (trong đó 2 đơn vị báo cáo không phát sinh).');
    expect(find(doc, '31/35')).toBe('31/35 đơn vị nộp đúng hạn, đạt 88,6%; 2 đơn vị nộp muộn; 2 đơn vị chưa nộp; 1 đơn vị chưa đến hạn nộp.');
    const custom = report({ settings: { ...seed.settings, directionText: ['Đoạn một.', '  ', 'Đoạn hai.'] } });
    expect(texts(custom).slice(1, 3)).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(find(report({ settings: { ...seed.settings, directionText: [] } }), '(Chưa nhập nội dung công tác chỉ đạo')).toBeTruthy();
  });

  it('II. gives every indicator’s total compared with the previous quarter and the same quarter last year', () => {
    const lastYear = { ...q4, periodLabel: 'Quý I/2023', totals: { ...q4.totals, TO_ROI: 1000 } };
    const d = report({ lastYear });
    for (const ind of q1.indicators) {
      const diff = q1.totals[ind.code] - q4.totals[ind.code];
      const change = diff === 0 ? 'bằng kỳ trước (Quý IV/2023)'
        : `${diff > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(diff))} ${ind.unitOfMeasure} so với kỳ trước (Quý IV/2023)`;
      expect(find(d, `${ind.label}: ${formatNumber(q1.totals[ind.code])}`)).toContain(`${ind.label}: ${formatNumber(q1.totals[ind.code])} ${ind.unitOfMeasure}; ${change}; `);
    }
    expect(find(d, 'Số tờ rơi tuyên truyền CCHC: ')).toBe(`Số tờ rơi tuyên truyền CCHC: ${formatNumber(q1.totals.TO_ROI)} tờ; `
      + `tăng ${formatNumber(q1.totals.TO_ROI - q4.totals.TO_ROI)} tờ so với kỳ trước (Quý IV/2023); tăng ${formatNumber(q1.totals.TO_ROI - 1000)} tờ so với cùng kỳ năm trước (Quý I/2023).`);
  });

  it('II. has a compact totals table with the same figures, a column per comparison that has data', () => {
    const table = doc.body.find((b) => b.type === 'table');
    if (!table || table.type !== 'table') throw new Error('no table');
    const t = table.table;
    expect(t.header).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý I/2024', 'Kỳ trước (Quý IV/2023)', 'Tăng (+), giảm (-) so với kỳ trước']);
    expect(t.rows).toHaveLength(q1.indicators.length);
    const toRoi = t.rows.find((r) => r[1] === 'Số tờ rơi tuyên truyền CCHC')!;
    const d = q1.totals.TO_ROI - q4.totals.TO_ROI;
    expect(toRoi).toEqual([expect.any(String), 'Số tờ rơi tuyên truyền CCHC', 'tờ', formatNumber(q1.totals.TO_ROI),
      formatNumber(q4.totals.TO_ROI), d > 0 ? `+${formatNumber(d)}` : formatNumber(d)]);
    expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(t.numericColumns).toEqual([3, 4, 5]);
    const none = report({ previous: null }).body.find((b) => b.type === 'table');
    expect(none?.type === 'table' && none.table.header).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý I/2024']);
  });

  it('II. reports by group with the yes/no reporter and quotes the units’ highlights by unit', () => {
    expect(find(doc, 'a) UBND các xã, thị trấn')).toBe('a) UBND các xã, thị trấn: 21/23 đơn vị đã báo cáo.');
    expect(find(doc, 'Có phân công phóng viên')).toBe('Có phân công phóng viên chuyên trách về CCHC: Có (Trung tâm Văn hóa - Truyền thông).');
    // Units that wrote the same share one line: condensed, each unit still named.
    expect(find(doc, 'UBND thị trấn Cẩm Xuyên, UBND xã Cẩm Dương')).toBe('UBND thị trấn Cẩm Xuyên, UBND xã Cẩm Dương, UBND xã Cẩm Lĩnh, '
      + 'UBND xã Cẩm Nhượng, UBND xã Cẩm Thạch, UBND xã Cẩm Vịnh: “Tổ chức 2 hội nghị lồng ghép tuyên truyền CCHC tại thôn, tổ dân phố”.');
    expect(texts(doc).filter((t) => t === 'Kết quả nổi bật:').length).toBeGreaterThan(0);
    // Each group's figure is compared with the same group's in the previous period.
    const a = q1.groups[0].subtotal.TO_ROI;
    const b = q4.groups[0].subtotal.TO_ROI;
    const leaflets = texts(doc).filter((t) => t.startsWith('Số tờ rơi tuyên truyền CCHC: '));
    expect(leaflets).toHaveLength(2);
    expect(leaflets[1]).toBe(`Số tờ rơi tuyên truyền CCHC: ${formatNumber(a)} tờ; ${a > b ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(a - b))} tờ so với kỳ trước (Quý IV/2023).`);
  });

  it('II. a group with no reporter says so, never 0', () => {
    const noDept = { ...seed, submissions: seed.submissions.filter((x) => !x.unitCode.startsWith('P_') && x.unitCode !== 'VP_HDND_UBND' && x.unitCode !== 'THANH_TRA') };
    const s = buildSummary({ ...noDept, period: parsePeriodId('2024-Q1')!, now: SEED_NOW_Q1, dueSoonDays: 3 });
    const d = report({ summary: s });
    expect(find(d, 'b) Phòng, ban, cơ quan cấp huyện')).toBe('b) Phòng, ban, cơ quan cấp huyện: chưa có đơn vị báo cáo (9 đơn vị chưa nộp báo cáo).');
    expect(find(d, 'Số tin, bài, nội dung tuyên truyền CCHC cung cấp')).toMatch(/: chưa có đơn vị báo cáo;|: chưa có đơn vị báo cáo\./);
    expect(texts(d).some((t) => / 0 (cuộc|tin, bài|lượt)\b/.test(t))).toBe(false);
  });

  it('II. a target whose unit sent nothing is not counted as missed: "chưa có đơn vị báo cáo", never "Có 0/1"', () => {
    const centre = seed.catalog.units.find((u) => u.group === 'TTVHTT')!.code;
    const noCentre = { ...seed, submissions: seed.submissions.filter((x) => x.unitCode !== centre) };
    const d = report({ summary: buildSummary({ ...noCentre, period: parsePeriodId('2024-Q1')!, now: SEED_NOW_Q1, dueSoonDays: 3 }) });
    expect(find(d, 'Chỉ tiêu được giao')).toBe('Chỉ tiêu được giao (1 chỉ tiêu): chưa có đơn vị báo cáo, chưa đánh giá được kết quả trong kỳ.');
    expect(find(d, 'Trung tâm Văn hóa - Truyền thông: chưa nộp')).toBe('Trung tâm Văn hóa - Truyền thông: chưa nộp báo cáo, chưa có kết quả so với chỉ tiêu 01 chương trình/tháng.');
    expect(texts(d).filter((t) => /(^|\s)0\/\d/.test(t) || t.startsWith('Có 0'))).toEqual([]);
  });

  it('II. a period nobody reported for counts nobody: no "báo cáo của 0 đơn vị", every figure "chưa có đơn vị báo cáo"', () => {
    const d = report({ summary: buildSummary({ ...seed, submissions: [], period: parsePeriodId('2024-Q1')!, now: SEED_NOW_Q1, dueSoonDays: 3 }) });
    expect(find(d, 'Chưa có đơn vị báo cáo')).toBe('Chưa có đơn vị báo cáo, chưa có số liệu tổng hợp:');
    expect(find(d, 'Số tờ rơi tuyên truyền CCHC')).toMatch(/^Số tờ rơi tuyên truyền CCHC: chưa có đơn vị báo cáo[;.]/);
    expect(find(d, 'a) UBND các xã, thị trấn')).toBe('a) UBND các xã, thị trấn: chưa có đơn vị báo cáo (23 đơn vị chưa nộp báo cáo).');
    // Section II (results) prints no count of nobody; the timeliness lines before it count submissions, a fact.
    const body = d.body.flatMap((b) => (b.type === 'table' ? [] : [b]));
    const from = body.findIndex((b) => b.type === 'heading' && b.text.startsWith('II.'));
    const to = body.findIndex((b) => b.type === 'heading' && b.text.startsWith('III.'));
    expect(from).toBeGreaterThan(0);
    expect(body.slice(from, to).map((b) => b.text).filter((t) => /(^|[\s(])0(\/\d| [a-zđ])/.test(t))).toEqual([]);
  });

  it('II. states the target result as the dispatch words it', () => {
    expect(find(doc, 'Trung tâm Văn hóa - Truyền thông: 3/3')).toBe('Trung tâm Văn hóa - Truyền thông: 3/3 chương trình, đạt chỉ tiêu 01 chương trình/tháng.');
    expect(find(doc, 'Có 1/1 chỉ tiêu')).toBe('Có 1/1 chỉ tiêu được giao đạt kế hoạch trong kỳ.');
    const q2 = summaryOf('2024-Q2', new Date('2024-07-01T08:00:00+07:00'));
    const d2 = report({ summary: q2, previous: q1 });
    expect(find(d2, 'Trung tâm Văn hóa - Truyền thông: 2/3')).toBe('Trung tâm Văn hóa - Truyền thông: 2/3 chương trình, chưa đạt chỉ tiêu 01 chương trình/tháng.');
    expect(find(d2, 'Chưa đạt chỉ tiêu')).toBe('Chưa đạt chỉ tiêu được giao: Trung tâm Văn hóa - Truyền thông.');
  });

  it('III. quotes the units’ difficulties and names the late and missing units in proper case', () => {
    expect(find(doc, 'Các đơn vị nêu những tồn tại')).toBe('Các đơn vị nêu những tồn tại, hạn chế và nguyên nhân sau:');
    expect(find(doc, 'UBND thị trấn Thiên Cầm, UBND xã Cẩm Lạc')).toBe('UBND thị trấn Thiên Cầm, UBND xã Cẩm Lạc, UBND xã Cẩm Quan, UBND xã Cẩm Trung, '
      + 'Phòng Tài nguyên và Môi trường: “Kinh phí cho tuyên truyền còn hạn chế; cán bộ phụ trách kiêm nhiệm nhiều việc”.');
    expect(find(doc, 'Đơn vị nộp báo cáo muộn')).toBe('Đơn vị nộp báo cáo muộn (2): UBND xã Cẩm Bình (nộp ngày 20/03/2024), Phòng Tư pháp (nộp ngày 25/03/2024).');
    expect(find(doc, 'Đơn vị chưa nộp báo cáo')).toBe('Đơn vị chưa nộp báo cáo Quý I/2024 (2): UBND xã Cẩm Duệ, Phòng Y tế.');
    expect(find(doc, 'Đơn vị chưa đến hạn')).toBe('Đơn vị chưa đến hạn nộp (1): UBND xã Cẩm Lộc.');
    expect(texts(doc).filter((t) => / Xã [A-ZĐ]/.test(t))).toEqual([]);
  });

  it('IV. lists the office’s tasks from the settings', () => {
    const d = report({ settings: { ...seed.settings, nextTasks: ['Tổ chức hội thi tìm hiểu CCHC', 'In tờ rơi.'] } });
    const i = d.body.findIndex((b) => b.type === 'heading' && b.text.startsWith('IV.'));
    expect(d.body.slice(i + 1, i + 3)).toEqual([{ type: 'bullet', text: 'Tổ chức hội thi tìm hiểu CCHC.' }, { type: 'bullet', text: 'In tờ rơi.' }]);
  });

  it('V. addresses the body the report goes to, never the units, and forwards the units’ proposals', () => {
    expect(find(doc, 'Đề nghị UBND huyện chỉ đạo')).toBe('Đề nghị UBND huyện chỉ đạo UBND xã Cẩm Duệ, Phòng Y tế, UBND xã Cẩm Bình và Phòng Tư pháp '
      + 'thực hiện nghiêm chế độ báo cáo định kỳ, gửi báo cáo đầy đủ, đúng thời hạn về Phòng Văn hóa và Thông tin để tổng hợp.');
    expect(find(doc, 'Phòng Văn hóa và Thông tin tổng hợp đề xuất')).toBe('Phòng Văn hóa và Thông tin tổng hợp đề xuất, kiến nghị của các đơn vị, kính đề nghị UBND huyện xem xét:');
    expect(find(doc, 'UBND xã Cẩm Bình, UBND xã Cẩm Thạch, Văn phòng HĐND và UBND huyện: “Đề nghị hỗ trợ')).toBeTruthy();
    const v = doc.body.slice(doc.body.findIndex((b) => b.type === 'heading' && b.text.startsWith('V.')));
    expect(v.filter((b) => b.type === 'paragraph').every((b) => !(b as { text: string }).text.startsWith('Đề nghị UBND xã'))).toBe(true);
    expect(texts(doc).at(-1)).toBe('Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính Quý I/2024 của Phòng Văn hóa và Thông tin, kính báo cáo UBND huyện./.');
  });

  it('signs with a visible placeholder until the signer’s name is filled', () => {
    expect(report({ settings: { ...seed.settings, signerName: ' ' } }).signature.name).toBe(SIGNER_PLACEHOLDER);
  });
});

describe('half-year report filed separately (an office that asks for it)', () => {
  const h1 = summaryOf('2024-H1', SEED_NOW_H1);
  const doc = report({ summary: h1, previous: null, issuedAt: SEED_NOW_H1 });

  it('reads “6 tháng đầu năm” and cross-checks against the quarters', () => {
    expect(doc.summaryLine).toBe('Kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2024');
    expect(doc.fileName).toBe('BC CCHC 6 tháng đầu năm 2024');
    const headings = doc.body.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toContain('4. Đối chiếu với số liệu các quý');
    const m = h1.derived!.mismatches[0];
    expect(find(doc, 'Có 1 số liệu')).toBe('Có 1 số liệu báo cáo 6 tháng đầu năm 2024 chưa khớp với tổng số liệu các quý:');
    expect(find(doc, 'UBND xã Cẩm Thạch –')).toBe(`UBND xã Cẩm Thạch – Số tin, bài tuyên truyền CCHC trên mạng xã hội: báo cáo ${m.submitted} tin, bài, `
      + `tổng các quý ${m.derived} tin, bài (chênh lệch +${SEED.mismatch.delta}).`);
    expect(find(doc, 'Số liệu chưa khớp')).toBe('Số liệu chưa khớp với báo cáo các quý: UBND xã Cẩm Thạch.');
  });

  it('an annual report with no complete quarters says so instead of printing zeros', () => {
    const y = summaryOf('2024-Y', new Date('2025-01-10T09:00:00+07:00'));
    const d = report({ summary: y, previous: null, issuedAt: new Date('2025-01-10T09:00:00+07:00') });
    expect(d.summaryLine).toBe('Kết quả công tác tuyên truyền cải cách hành chính năm 2024');
    expect(find(d, 'Chưa đủ báo cáo')).toBe('Chưa đủ báo cáo các quý trong kỳ để đối chiếu số liệu.');
    expect(find(d, '0/36')).toBe('0/36 đơn vị nộp đúng hạn, đạt 0%; 0 đơn vị nộp muộn; 36 đơn vị chưa nộp.');
    expect(find(d, 'Số lớp tập huấn về CCHC:')).toBe('Số lớp tập huấn về CCHC: chưa có đơn vị báo cáo.');
  });
});

describe('before anyone is due', () => {
  it('does not rate timeliness and lists the units not yet due', () => {
    const early = buildSummary({ ...seed, submissions: [], period: parsePeriodId('2024-Q1')!, now: new Date('2024-03-01T08:00:00+07:00'), dueSoonDays: 3 });
    const d = report({ summary: early, previous: q4 });
    expect(find(d, 'Chưa đến hạn')).toBe('Chưa đến hạn nộp báo cáo nên chưa đánh giá tỷ lệ nộp đúng hạn.');
    expect(find(d, 'Đơn vị chưa đến hạn nộp (36)')).toContain('UBND thị trấn Cẩm Xuyên');
    expect(texts(d).some((x) => x.includes('chỉ đạo UBND'))).toBe(false);
  });
});

describe('quoting the units’ answers', () => {
  it('shortens a long answer at a word, keeps distinct answers apart and caps the list', () => {
    const base = summaryOf('2024-Q1', SEED_NOW_Q1);
    const rows = base.groups[0].rows.map((r, i) => ({ ...r, answers: { ...r.answers, TON_TAI_HAN_CHE: i === 0 ? `${'rất dài '.repeat(60)}cuối` : `Khó khăn số ${i}` } }));
    const s = { ...base, groups: [{ ...base.groups[0], rows }, ...base.groups.slice(1).map((g) => ({ ...g, rows: g.rows.map((r) => ({ ...r, answers: { ...r.answers, TON_TAI_HAN_CHE: null } })) }))] };
    const d = report({ summary: s });
    const i = texts(d).indexOf('Các đơn vị nêu những tồn tại, hạn chế và nguyên nhân sau:');
    const quoted = texts(d).slice(i + 1, i + 14);
    expect(quoted[0]).toMatch(/^UBND thị trấn Cẩm Xuyên: “(rất dài ){30,}rất…”\.$/);
    expect(quoted[0].length).toBeLessThan(340);
    expect(quoted[1]).toBe('UBND thị trấn Thiên Cầm: “Khó khăn số 1”.');
    expect(quoted[12]).toBe('Và 11 đơn vị khác (xem báo cáo của từng đơn vị trên trang tổng hợp Quý I/2024).');
  });
});
