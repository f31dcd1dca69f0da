import { renderReportHtml } from '../../../src/local/report/render-html';
import type { ReportDocument } from '../../../src/domain/report-types';
import { HOSTILE, UNIT_NAMES, sampleReport } from './sample-report';

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Every string of the model replaced by a distinct piece of markup, to prove all of them are escaped. */
function hostileEverywhere(doc: ReportDocument): { doc: ReportDocument; markers: string[] } {
  const markers: string[] = [];
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = `<b id="m${markers.length}">&'x</b>`;
      markers.push(m);
      return m;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'type' ? x : walk(x)]));
    }
    return v;
  };
  return { doc: walk(doc) as ReportDocument, markers };
}

describe('renderReportHtml', () => {
  const html = renderReportHtml(sampleReport());

  it('is a complete Vietnamese UTF-8 page with the print rules of Nghị định 30', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;');
    expect(html).toContain('@page landscape { size: A4 landscape;');
    expect(html).toContain("font-family: 'Times New Roman', 'Liberation Serif', serif");
    expect(html).toMatch(/\.appendix \{ page: landscape; break-before: page; \}/);
    // No external resource of any kind.
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('lays the header out as a borderless two-column table with the national title and motto', () => {
    const header = html.slice(html.indexOf('<table class="layout header">'), html.indexOf('</table>'));
    expect(header).toContain('<col style="width:42%"><col style="width:58%">');
    expect(header).toContain('<p class="parent-body">UBND HUYỆN CẨM XUYÊN</p>');
    expect(header).toContain('<p class="issuing-body"><span class="rule-short">PHÒNG VĂN HÓA VÀ THÔNG TIN</span></p>');
    expect(header).toContain('<p class="national-title">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>');
    expect(header).toContain('<p class="motto"><span class="rule-full">Độc lập - Tự do - Hạnh phúc</span></p>');
    expect(header).toContain('<p class="number">Số: 15/BC-VHTT</p>');
    expect(header).toContain('<p class="place-date">Cẩm Xuyên, ngày 16 tháng 4 năm 2024</p>');
    expect(html).toMatch(/\.layout td \{ border: 0;/);
  });

  it('renders title, body blocks, recipients and signature in order', () => {
    const order = ['class="title">BÁO CÁO<', 'class="summary-line">Kết quả công tác', 'class="heading">I. KẾT QUẢ THỰC HIỆN',
      '<p>Trong Quý I năm 2024', 'class="bullet">- Số đơn vị', '<caption>Tổng hợp theo chỉ tiêu</caption>',
      'class="heading">II. ĐÁNH GIÁ', 'class="recipients-heading">Nơi nhận:', '<p>- UBND huyện (b/c);</p>',
      'class="signer-title">KT. TRƯỞNG PHÒNG', 'class="signer-title">PHÓ TRƯỞNG PHÒNG', 'class="signer-name">Nguyễn Thị Hương',
      'class="appendix-title">PHỤ LỤC'];
    const positions = order.map((s) => html.indexOf(s));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('marks numeric columns right-aligned and bold rows bold, without touching the numbers', () => {
    expect(html).toContain('<td class="num">1.306</td>');
    expect(html).toContain('<tr class="bold"><td></td><td>Tổng cộng toàn huyện</td><td></td><td></td><td class="num">1.306</td>');
    expect(html).toContain('<td class="short">Xã Cẩm Quang</td><td class="short">Chưa nộp</td><td></td><td class="num">—</td>');
    expect(html).toContain('<td>Trung tâm Văn hóa - Truyền thông</td>');
    const appendix = html.slice(html.indexOf('<section class="page appendix">'));
    expect(count(appendix, '<th>')).toBe(8);
    expect(count(appendix, '<tr class="bold">')).toBe(4);
    expect(count(appendix, '<td class="num">')).toBe(3 * 10);
    for (const name of UNIT_NAMES.filter((n) => !n.includes('<'))) expect(appendix).toMatch(new RegExp(`<td( class="short")?>${name}</td>`));
  });

  it('turns the headings of narrow number columns sideways, and only those', () => {
    const doc = sampleReport();
    const t = doc.appendix!.table;
    t.widths = [0.05, 0.25, 0.1, 0.13, 0.04, 0.1, 0.05, 0.28];
    const out = renderReportHtml(doc);
    expect(out).toContain('<th class="vertical"><span>Tin bài</span></th><th>Pa nô, khẩu hiệu</th><th class="vertical"><span>Hội nghị</span></th>');
    // 'TT' is narrow too but not a number column.
    expect(out).toContain('<th>TT</th>');
    expect(out).toContain('.grid th.vertical span { writing-mode: sideways-lr;');
  });

  it('escapes markup in unit names and notes', () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<img');
    expect(count(html, '&lt;img src=x onerror=alert(1)&gt;')).toBe(2);
  });

  it('escapes every text field of the model', () => {
    const { doc, markers } = hostileEverywhere(sampleReport());
    const out = renderReportHtml(doc);
    expect(markers.length).toBeGreaterThan(100);
    expect(out).not.toMatch(/<b id=/);
    for (const m of markers) {
      const escaped = m.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
      // Capitalised fields come out upper-cased: compare case-insensitively.
      expect(out.toLowerCase()).toContain(escaped.toLowerCase());
    }
  });

  it('keeps line breaks of a note and leaves the appendix out when there is none', () => {
    const doc = sampleReport();
    doc.body = [{ type: 'paragraph', text: 'Dòng một\nDòng hai' }];
    doc.appendix = null;
    const out = renderReportHtml(doc);
    expect(out).toContain('<p>Dòng một<br>Dòng hai</p>');
    expect(out).not.toContain('<section class="page appendix">');
  });

  it('writes decomposed Vietnamese as NFC', () => {
    const doc = sampleReport();
    doc.summaryLine = 'Xã Cẩm Lĩnh'.normalize('NFD');
    expect(renderReportHtml(doc)).toContain('class="summary-line">Xã Cẩm Lĩnh</p>');
  });
});
