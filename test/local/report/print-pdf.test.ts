// Prints the seeded quarter's report with Debian's chromium and reads the PDF back with
// poppler-utils: text, page sizes, fonts, and the margins measured on the rendered page.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../../src/local/report/chromium';
import { printPdf } from '../../../src/local/report/print-pdf';
import { renderReportHtml } from '../../../src/local/report/render-html';
import { buildReportModel } from '../../../src/domain/report';
import { buildSummary } from '../../../src/domain/summary';
import { parsePeriodId } from '../../../src/domain/periods';
import { formatNumber } from '../../../src/domain/report-format';
import { SEED_NOW_Q1, seedQuarter } from '../../fixtures/seed-quarter';
import { DEFAULT_CATALOG } from '../../../src/domain/defaults';
import { HOSTILE, UNIT_NAMES, sampleReport } from './sample-report';

const OUT = path.resolve('test-artifacts/report');
// The dispatch's own duties (communes and TT VH-TT): the report an office gets by default.
const seed = { ...seedQuarter(), catalog: DEFAULT_CATALOG };
const summaryOf = (id: string) => buildSummary({ ...seed, period: parsePeriodId(id)!, now: SEED_NOW_Q1, dueSoonDays: 3 });
const q1 = summaryOf('2024-Q1');
const report = buildReportModel({ summary: q1, previous: summaryOf('2023-Q4'), settings: seed.settings, catalog: seed.catalog, issuedAt: SEED_NOW_Q1 });

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });
/** pdftotext output in NFC with white space collapsed (table cells and lines wrap anywhere). */
const pdfText = (file: string): string => run('pdftotext', ['-enc', 'UTF-8', file, '-']).normalize('NFC').replace(/\s+/g, ' ');
/** pdftotext drops a '-' that ends a line (it reads it as hyphenation): compare such text without ' - '. */
const loose = (s: string): string => s.normalize('NFC').replace(/\s+-\s+/g, ' ').replace(/\s+/g, ' ');
const pageSizes = (file: string): number[][] =>
  [...run('pdfinfo', ['-f', '1', '-l', '99', file]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);

/** Page 1 as an 8-bit grey bitmap (PGM) at `dpi`. */
function grayPage(file: string, dpi: number): { width: number; height: number; at: (x: number, y: number) => number } {
  const buf = execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', String(dpi), '-gray', file]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  return { width, height, at: (x, y) => buf[start + y * width + x] };
}

describe('printPdf (Debian chromium + poppler-utils)', () => {
  let browser: Browser;
  const seedPdf = path.join(OUT, 'bao-cao-2024-Q1.pdf');
  const samplePdf = path.join(OUT, 'sample-report.pdf');

  beforeAll(async () => {
    browser = await launchChromium();
    const a = await printPdf(renderReportHtml(report), seedPdf, { browser });
    const b = await printPdf(renderReportHtml(sampleReport()), samplePdf, { browser });
    expect(a).toEqual({ path: seedPdf, bytes: readFileSync(seedPdf).length });
    expect(b.bytes).toBeGreaterThan(10_000);
    // For a person to look at: page 1 as PNG beside the PDF.
    run('pdftoppm', ['-f', '1', '-l', '1', '-r', '100', '-png', '-singlefile', seedPdf, path.join(OUT, 'bao-cao-2024-Q1-page1')]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('holds the national title, motto, title, every unit with its diacritics and the totals', () => {
    const text = pdfText(seedPdf);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'PHÒNG VĂN HÓA VÀ THÔNG TIN',
      'Cẩm Xuyên, ngày 05 tháng 4 năm 2024', 'Nơi nhận:', 'Nguyễn Văn An', 'PHỤ LỤC']) {
      expect(text).toContain(s);
    }
    const units = q1.groups.flatMap((g) => g.rows.map((r) => r.unitName));
    expect(units.length).toBe(24);
    for (const name of units) expect(loose(text)).toContain(loose(name));
    expect(text).toContain('UBND xã Cẩm Duệ');
    // Each indicator's district total, next to its label, as the narrative prints it.
    for (const ind of q1.indicators) expect(loose(text)).toContain(loose(`${ind.label}: ${formatNumber(q1.totals[ind.code])}`));
    expect(text).toContain(formatNumber(q1.totals.TO_ROI));
    expect(q1.totals.TO_ROI).toBeGreaterThan(1000);
  });

  it('prints A4 portrait pages and a landscape appendix', () => {
    const sizes = pageSizes(seedPdf);
    expect(sizes[0]).toEqual([595, 842]);
    const appendixFrom = sizes.findIndex(([w]) => w === 842);
    expect(appendixFrom).toBeGreaterThan(0);
    expect(sizes.slice(0, appendixFrom).every(([w, h]) => w === 595 && h === 842)).toBe(true);
    expect(sizes.slice(appendixFrom).every(([w, h]) => w === 842 && h === 595)).toBe(true);
    expect(pageSizes(samplePdf)).toEqual([[595, 842], [842, 595]]);
  });

  it('sets every glyph in Liberation Serif (Times New Roman metrics), with no fallback font', () => {
    const fonts = run('pdffonts', [seedPdf]).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    expect(new Set(fonts)).toEqual(new Set(['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-Italic', 'LiberationSerif-BoldItalic']));
  });

  it('keeps the margins of Nghị định 30 blank on page 1 (left 30 mm, right 15 mm, top 20 mm)', () => {
    const dpi = 72;
    const page = grayPage(seedPdf, dpi);
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    const ink = (x0: number, x1: number, y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (page.at(x, y) < 128) n++;
      return n;
    };
    expect(ink(0, px(29), 0, page.height)).toBe(0);
    expect(ink(page.width - px(14), page.width, 0, page.height)).toBe(0);
    expect(ink(0, page.width, 0, px(19))).toBe(0);
    // ... and the text starts right at them.
    expect(ink(px(30), px(40), 0, page.height)).toBeGreaterThan(0);
    expect(ink(0, page.width, px(20), px(26))).toBeGreaterThan(0);
    const png = readFileSync(path.join(OUT, 'bao-cao-2024-Q1-page1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('prints markup in names and notes as text', () => {
    const text = pdfText(samplePdf);
    expect(text).toContain(HOSTILE);
    expect(text).toContain('Xã Cẩm Lĩnh <img src=x onerror=alert(1)>');
    for (const name of UNIT_NAMES) expect(text).toContain(name);
  });

  it('applies the prescribed type: sizes, weights, italics, justification, borderless header', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(renderReportHtml(report));
      await page.emulateMedia({ media: 'print' });
      const styles = await page.evaluate(() => {
        const css = (sel: string) => {
          const el = document.querySelector(sel);
          if (!el) throw new Error(sel);
          const s = getComputedStyle(el);
          return { size: s.fontSize, weight: s.fontWeight, style: s.fontStyle, align: s.textAlign, indent: s.textIndent, border: s.borderTopWidth, family: s.fontFamily };
        };
        return {
          parent: css('.parent-body'), issuing: css('.issuing-body'), national: css('.national-title'), motto: css('.motto'),
          placeDate: css('.place-date'), title: css('.title'), summary: css('.summary-line'), para: css('.content p:not(.heading)'),
          headerCell: css('.header td'), recipientsHeading: css('.recipients-heading'), recipients: css('.recipients p'),
          signer: css('.signer-title'), name: css('.signer-name'), signature: css('td.signature'), appendixCell: css('.appendix .grid td'),
        };
      });
      const pt = (n: number) => `${Math.round(((n * 4) / 3) * 1e4) / 1e4}px`;
      expect(styles.parent).toMatchObject({ size: pt(13), weight: '400' });
      expect(styles.issuing).toMatchObject({ size: pt(13), weight: '700' });
      expect(styles.national).toMatchObject({ size: pt(12), weight: '700' });
      expect(styles.motto).toMatchObject({ size: pt(13), weight: '700' });
      expect(styles.placeDate).toMatchObject({ size: pt(14), style: 'italic' });
      expect(styles.title).toMatchObject({ size: pt(14), weight: '700', align: 'center' });
      expect(styles.summary).toMatchObject({ weight: '700', align: 'center' });
      expect(styles.para).toMatchObject({ size: pt(14), align: 'justify' });
      expect(parseFloat(styles.para.indent)).toBeCloseTo((10 / 25.4) * 96, 1);
      expect(styles.para.family).toBe("\"Times New Roman\", \"Liberation Serif\", serif");
      expect(styles.headerCell.border).toBe('0px');
      expect(styles.recipientsHeading).toMatchObject({ size: pt(12), weight: '700', style: 'italic' });
      expect(styles.recipients.size).toBe(pt(11));
      expect(styles.signer).toMatchObject({ weight: '700' });
      expect(styles.name).toMatchObject({ weight: '700' });
      expect(styles.signature.align).toBe('center');
      expect(styles.appendixCell.size).toBe(pt(11));
    } finally {
      await page.close();
    }
  });

  it('never fetches anything, even for markup that was not escaped', async () => {
    let requests = 0;
    const server: Server = createServer((_req, res) => { requests++; res.end('x'); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const html = `<!DOCTYPE html><html><body><p>Xin chào</p><img src="http://127.0.0.1:${port}/a.png">`
        + `<link rel="stylesheet" href="http://127.0.0.1:${port}/b.css"></body></html>`;
      const out = await printPdf(html, path.join(OUT, 'offline.pdf'), { browser });
      expect(out.bytes).toBeGreaterThan(0);
      expect(pdfText(out.path)).toContain('Xin chào');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('uses CHROMIUM_PATH when set, Debian chromium otherwise', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
    expect(chromiumPath({ CHROMIUM_PATH: '  ' })).toBe('/usr/bin/chromium');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });
});
