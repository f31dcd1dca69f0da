import { createFakeServices } from '../../../src/local/fakes';
import type { ElementJson } from '../../../src/local/fakes/document/render';
import { renderReportDoc } from '../../../src/server/report/render-doc';
import { CONTENT_WIDTH_PT, MARGIN_PT, PAGE_PT } from '../../../src/server/report/layout';
import { buildReportModel } from '../../../src/domain/report';
import { buildSummary } from '../../../src/domain/summary';
import { parsePeriodId } from '../../../src/domain/periods';
import type { ReportDocument } from '../../../src/domain/report-types';
import { SEED_NOW_Q1, seedQuarter } from '../../fixtures/seed-quarter';
import { HOSTILE, UNIT_NAMES, sampleReport } from '../../local/report/sample-report';

function render(doc: ReportDocument = sampleReport(), withFolder = true) {
  const fakes = createFakeServices({ now: SEED_NOW_Q1 });
  const { DocumentApp, Drive } = fakes.globals;
  // Under drive.file the script may only use a folder it created itself.
  const folderId = withFolder ? Drive!.Files.create({ name: 'Báo cáo CCHC', mimeType: 'application/vnd.google-apps.folder' }).id : undefined;
  fakes.counters.reset();
  const result = renderReportDoc(doc, { DocumentApp: DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp, Drive: Drive! }, { folderId });
  const json = fakes.docs.toJSON(result.docId);
  const style = (text: string) => {
    const s = fakes.docs.styleOf(result.docId, text);
    if (!s) throw new Error(`not in the document: ${text}`);
    return { ...s.text, ...s.paragraph };
  };
  return { fakes, result, folderId, json, body: json.body.children!, style };
}

const cellTexts = (table: ElementJson) => table.children!.map((row) => row.children!.map((cell) => cell.text));
const tables = (body: ElementJson[]) => body.filter((e) => e.type === 'TABLE');
const allRuns = (el: ElementJson): { text: string; attributes: Record<string, unknown> }[] =>
  [...(el.runs ?? []), ...(el.children ?? []).flatMap(allRuns)];

describe('renderReportDoc', () => {
  const r = render();

  it('sets up an A4 page with the Nghị định 30 margins, in points', () => {
    expect(r.json.body.attributes).toMatchObject({
      PAGE_WIDTH: 595.28, PAGE_HEIGHT: 841.89, MARGIN_TOP: 56.69, MARGIN_BOTTOM: 56.69, MARGIN_LEFT: 85.04, MARGIN_RIGHT: 42.52,
    });
    expect(PAGE_PT).toEqual({ width: 595.28, height: 841.89 });
    expect(MARGIN_PT.left).toBeCloseTo((30 / 25.4) * 72, 1);
  });

  it('opens with the header as a borderless two-column table', () => {
    const header = r.body[0];
    expect(header.type).toBe('TABLE');
    expect(header.attributes.BORDER_WIDTH).toBe(0);
    const widths = Object.values(header.columnWidths!);
    expect(widths).toHaveLength(2);
    expect(widths[0] + widths[1]).toBeCloseTo(CONTENT_WIDTH_PT, 1);
    const [[left, right], [number, placeDate]] = cellTexts(header);
    const [parent, issuing, rule] = left.split('\n');
    expect([parent, issuing]).toEqual(['UBND HUYỆN CẨM XUYÊN', 'PHÒNG VĂN HÓA VÀ THÔNG TIN']);
    expect(rule).toMatch(/^_{6,}$/);
    expect(right).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect([number, placeDate]).toEqual(['Số: 15/BC-VHTT', 'Cẩm Xuyên, ngày 16 tháng 4 năm 2024']);
  });

  it('styles the header as prescribed', () => {
    const TNR = { FONT_FAMILY: 'Times New Roman', HORIZONTAL_ALIGNMENT: 'CENTER' };
    expect(r.style('UBND HUYỆN CẨM XUYÊN')).toMatchObject({ ...TNR, FONT_SIZE: 13, BOLD: false });
    expect(r.style('PHÒNG VĂN HÓA VÀ THÔNG TIN')).toMatchObject({ ...TNR, FONT_SIZE: 13, BOLD: true });
    expect(r.style('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ ...TNR, FONT_SIZE: 12, BOLD: true, UNDERLINE: false });
    // The line under the motto is its underline: exactly the motto's length.
    expect(r.style('Độc lập - Tự do - Hạnh phúc')).toMatchObject({ ...TNR, FONT_SIZE: 13, BOLD: true, UNDERLINE: true });
    expect(r.style('Số: 15/BC-VHTT')).toMatchObject({ ...TNR, FONT_SIZE: 13, ITALIC: false });
    expect(r.style('Cẩm Xuyên, ngày 16 tháng 4 năm 2024')).toMatchObject({ ...TNR, FONT_SIZE: 14, ITALIC: true });
    // The short rule under the issuing body: a third to a half of it (≈ 0.7 em per bold capital).
    const rule = cellTexts(r.body[0])[0][0].split('\n')[2];
    const issuingPt = 'PHÒNG VĂN HÓA VÀ THÔNG TIN'.length * 0.7 * 13;
    expect(rule.length * 4).toBeGreaterThanOrEqual(issuingPt / 3);
    expect(rule.length * 4).toBeLessThanOrEqual(issuingPt / 2);
    expect(r.style(rule)).toMatchObject({ ...TNR, FONT_SIZE: 8 });
  });

  it('follows with the title, the summary line and the body', () => {
    expect(r.body[1].text).toBe('BÁO CÁO');
    expect(r.style('BÁO CÁO')).toMatchObject({ FONT_SIZE: 14, BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(r.body[2].text).toBe('Kết quả công tác tuyên truyền cải cách hành chính Quý I năm 2024');
    expect(r.style('Kết quả công tác tuyên truyền')).toMatchObject({ FONT_SIZE: 14, BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(r.body[3].text).toMatch(/^_{6,}$/);
    const para = r.style('Trong Quý I năm 2024');
    expect(para).toMatchObject({ FONT_FAMILY: 'Times New Roman', FONT_SIZE: 14, BOLD: false, HORIZONTAL_ALIGNMENT: 'JUSTIFY' });
    expect(para.INDENT_FIRST_LINE).toBeCloseTo(28.35, 1);
    expect(r.style('I. KẾT QUẢ THỰC HIỆN')).toMatchObject({ FONT_SIZE: 14, BOLD: true, HORIZONTAL_ALIGNMENT: 'JUSTIFY' });
    expect(r.body.map((e) => e.text)).toContain('- Số đơn vị nộp báo cáo đúng hạn: 04/06 (66,7%).');
  });

  it('writes body tables bordered, with a bold header and numbers aligned right', () => {
    const t = tables(r.body)[1];
    expect(cellTexts(t)).toEqual([['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
      ['1', 'Tin bài', 'tin', '1.306'], ['2', 'Pa nô, khẩu hiệu', 'cái', '15'], ['3', 'Hội nghị', 'cuộc', '11']]);
    expect(t.attributes.BORDER_WIDTH).toBe(0.5);
    expect(Object.values(t.columnWidths!).reduce((a, b) => a + b, 0)).toBeCloseTo(CONTENT_WIDTH_PT, 0);
    const cell = (row: number, col: number) => t.children![row].children![col].children![0];
    expect(cell(0, 1).attributes.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    expect(cell(0, 1).runs![0].attributes).toMatchObject({ BOLD: true, FONT_SIZE: 12, FONT_FAMILY: 'Times New Roman' });
    expect(cell(1, 3).attributes.HORIZONTAL_ALIGNMENT).toBe('RIGHT');
    expect(cell(1, 1).attributes.HORIZONTAL_ALIGNMENT).toBeUndefined();
    expect(cell(1, 1).runs![0].attributes.BOLD).not.toBe(true);
    expect(r.style('Tổng hợp theo chỉ tiêu')).toMatchObject({ BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' });
  });

  it('places recipients and the signature side by side without borders', () => {
    const footer = tables(r.body)[2];
    expect(footer.attributes.BORDER_WIDTH).toBe(0);
    expect(cellTexts(footer)).toEqual([[
      'Nơi nhận:\n- UBND huyện (b/c);\n- Phòng Nội vụ;\n- Lưu: VT, VHTT.',
      'KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nNguyễn Thị Hương',
    ]]);
    expect(r.style('Nơi nhận:')).toMatchObject({ FONT_SIZE: 12, BOLD: true, ITALIC: true });
    expect(r.style('- Phòng Nội vụ;')).toMatchObject({ FONT_SIZE: 11, BOLD: false, ITALIC: false, HORIZONTAL_ALIGNMENT: 'LEFT' });
    expect(r.style('KT. TRƯỞNG PHÒNG')).toMatchObject({ FONT_SIZE: 14, BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(r.style('PHÓ TRƯỞNG PHÒNG')).toMatchObject({ FONT_SIZE: 14, BOLD: true });
    expect(r.style('Nguyễn Thị Hương')).toMatchObject({ FONT_SIZE: 14, BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER', SPACING_BEFORE: 72 });
  });

  it('puts the appendix after a page break, its table compact', () => {
    const breakAt = r.body.findIndex((e) => e.children?.some((c) => c.type === 'PAGE_BREAK'));
    expect(breakAt).toBeGreaterThan(0);
    expect(r.body[breakAt + 1].text).toBe('PHỤ LỤC');
    expect(r.style('PHỤ LỤC')).toMatchObject({ BOLD: true, FONT_SIZE: 14 });
    expect(r.style('Kết quả tuyên truyền CCHC của các đơn vị')).toMatchObject({ ITALIC: true });
    const t = r.body[breakAt + 3];
    expect(t.type).toBe('TABLE');
    expect(t.children).toHaveLength(11);
    expect(t.children![0].children).toHaveLength(8);
    expect(t.children!.map((row) => row.children![1].text)).toEqual(expect.arrayContaining(UNIT_NAMES));
    const total = t.children![10].children!;
    expect(total.map((c) => c.text)).toEqual(['', 'Tổng cộng toàn huyện', '', '', '1.306', '15', '11', '']);
    expect(allRuns(t.children![10]).every((run) => run.attributes.BOLD === true)).toBe(true);
    expect(allRuns(t.children![2]).every((run) => run.attributes.BOLD !== true)).toBe(true);
    expect(allRuns(t).every((run) => run.attributes.FONT_SIZE === 10)).toBe(true);
  });

  it('sets every character in Times New Roman', () => {
    const runs = allRuns(r.json.body).filter((run) => run.text.trim());
    expect(runs.length).toBeGreaterThan(50);
    expect(runs.filter((run) => run.attributes.FONT_FAMILY !== 'Times New Roman')).toEqual([]);
  });

  it('keeps markup in names and notes as plain text', () => {
    const text = r.fakes.docs.text(r.result.docId);
    expect(text).toContain(`Xã Cẩm Lĩnh ${HOSTILE}`);
    expect(text.split(HOSTILE).length - 1).toBe(2);
    const types = new Set<string>();
    const walk = (e: ElementJson) => { types.add(e.type); (e.children ?? []).forEach(walk); };
    walk(r.json.body);
    expect([...types].sort()).toEqual(['BODY_SECTION', 'PAGE_BREAK', 'PARAGRAPH', 'TABLE', 'TABLE_CELL', 'TABLE_ROW']);
  });

  it('saves the Doc into the folder and exports the PDF beside it', () => {
    expect(r.json.closed).toBe(true);
    const files = r.fakes.drive.files();
    const doc = files.find((f) => f.id === r.result.docId)!;
    const pdf = files.find((f) => f.id === r.result.pdfId)!;
    expect(doc).toMatchObject({ name: 'BC CCHC Quý I-2024', folderId: r.folderId, mimeType: 'application/vnd.google-apps.document' });
    expect(pdf).toMatchObject({ name: 'BC CCHC Quý I-2024.pdf', folderId: r.folderId, mimeType: 'application/pdf' });
    expect(r.result.docUrl).toContain(r.result.docId);
    expect(r.result.pdfUrl).toContain(r.result.pdfId);
    // The export is taken from the saved Doc: the PDF holds its text.
    expect(r.fakes.drive.text(pdf.id)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(r.fakes.drive.text(pdf.id)).toContain('Nguyễn Thị Hương');
  });

  it('writes each table with one appendTable call', () => {
    const m = r.fakes.counters.methods('document');
    expect((m['Body.appendTable'] ?? 0) + (m['Body.insertTable'] ?? 0)).toBe(4);
    expect(m['Table.appendTableRow']).toBeUndefined();
    expect(m['DocumentApp.create']).toBe(1);
    expect(m['Document.saveAndClose']).toBe(1);
  });
});

describe('renderReportDoc: Drive', () => {
  it('leaves both files in My Drive when no folder is configured', () => {
    const r = render(sampleReport(), false);
    const root = r.fakes.drive.rootId;
    const ids = [r.result.docId, r.result.pdfId];
    expect(r.fakes.drive.files().filter((f) => ids.includes(f.id)).map((f) => f.folderId)).toEqual([root, root]);
  });

  it('fails on a wrong folder id before creating anything', () => {
    const fakes = createFakeServices();
    const deps = fakes.globals as unknown as { DocumentApp: GoogleAppsScript.Document.DocumentApp; Drive: GoogleAppsScript.Drive };
    expect(() => renderReportDoc(sampleReport(), deps, { folderId: 'no-such-folder' })).toThrow(/File not found: no-such-folder\./);
    expect(fakes.docs.ids()).toEqual([]);
  });

  it('renders the seeded quarter with its full appendix and no appendix page when there is none', () => {
    const seed = seedQuarter();
    const summary = (id: string) => buildSummary({ ...seed, period: parsePeriodId(id)!, now: SEED_NOW_Q1, dueSoonDays: 3 });
    const q1 = summary('2024-Q1');
    const model = buildReportModel({ summary: q1, previous: summary('2023-Q4'), settings: seed.settings, catalog: seed.catalog, issuedAt: SEED_NOW_Q1 });
    const r = render(model);
    const appendix = tables(r.body).at(-1)!;
    expect(appendix.children).toHaveLength(model.appendix!.table.rows.length + 1);
    expect(appendix.children![0].children).toHaveLength(q1.indicators.length + 5);
    const text = r.fakes.docs.text(r.result.docId);
    for (const row of q1.groups.flatMap((g) => g.rows)) expect(text).toContain(row.unitName);

    const none = render({ ...sampleReport(), appendix: null });
    expect(none.body.some((e) => e.children?.some((c) => c.type === 'PAGE_BREAK'))).toBe(false);
    expect(tables(none.body)).toHaveLength(3);
  });
});
