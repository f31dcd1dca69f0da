// The report .docx rendered by LibreOffice (a Word-compatible renderer none of us wrote) and
// measured with poppler: the seeded quarter with one unit's 2,000-character note holding a
// 300-character URL passes the same Nghị định 30 checks as the demo's report, the URL wraps
// inside its cell, and the rule under the issuing body is 1/3 to 1/2 of that text's width.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildReportModel } from '../../../src/domain/report';
import { buildSummary } from '../../../src/domain/summary';
import { parsePeriodId } from '../../../src/domain/periods';
import { renderDocxParts } from '../../../src/domain/docx/package';
import { zipDocxParts } from '../../../src/local/report/docx-zip';
import { docxToPdfSync } from '../../../src/local/report/exporters';
import { SEED_NOW_Q1, seedQuarter } from '../../fixtures/seed-quarter';
import { MM, expectNd30, pages, squash } from './pdf-measure';

jest.setTimeout(120_000);

const OUT = path.resolve('test-artifacts/report');
const URL_300 = `https://dichvucong.hatinh.gov.vn/portaldvc/KenhTin/chi-tiet.aspx?${'thutuc'.repeat(20)}&${'madonvi000XACAMBINH'.repeat(8)}`.slice(0, 300);
const TAIL = ` Xem thêm: ${URL_300}.`;
const NOTE = 'Đơn vị đã tổ chức tuyên truyền lồng ghép trong các buổi sinh hoạt thôn, xóm và trên hệ thống truyền thanh cơ sở. '
  .repeat(18).slice(0, 2000 - TAIL.length) + TAIL;

const seed = seedQuarter();
const summaryOf = (id: string) => buildSummary({ ...seed, period: parsePeriodId(id)!, now: SEED_NOW_Q1, dueSoonDays: 3 });
const q1 = summaryOf('2024-Q1');
const noted = q1.groups[0].rows.find((r) => r.status === 'on_time')!;
noted.note = NOTE;
const report = buildReportModel({ summary: q1, previous: summaryOf('2023-Q4'), settings: seed.settings, catalog: seed.catalog, issuedAt: SEED_NOW_Q1 });
// W12's narrative may use second-level headings: one is rendered here too.
report.body.splice(2, 0, { type: 'heading', level: 2, text: '1. Công tác chỉ đạo, điều hành' });
const pdfFile = path.join(OUT, 'bao-cao-ghi-chu-dai.pdf');

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
  const docx = zipDocxParts(renderDocxParts(report));
  writeFileSync(path.join(OUT, 'bao-cao-ghi-chu-dai.docx'), docx);
  writeFileSync(pdfFile, docxToPdfSync(docx));
});

test('the note and its URL are what we meant to test', () => {
  expect(NOTE.length).toBe(2000);
  expect(URL_300.length).toBe(300);
  expect(URL_300).not.toMatch(/\s/);
});

test('a 2,000-character note with a 300-character URL passes every Nghị định 30 check', () => {
  const m = expectNd30(pdfFile);
  expect(m.landscape.length).toBeGreaterThan(1);
});

test('the URL wraps inside the note cell: every piece within the landscape text area, none lost', () => {
  const ps = pages(pdfFile);
  const land = ps.filter((p) => p.width > p.height);
  for (const p of land) {
    for (const w of p.words) {
      expect(w.xMin).toBeGreaterThanOrEqual(20 * MM - 0.6);
      expect(w.xMax).toBeLessThanOrEqual(p.width - 15 * MM + 0.6);
    }
  }
  const text = squash(land.map((p) => p.words.map((w) => w.text).join(' ')).join(' '));
  expect(text).toContain(squash(URL_300));
  expect(text).toContain(squash(noted.unitName));
  // It took several lines: the URL was broken, not set on one line wider than the cell.
  const pieces = land.flatMap((p) => p.words).filter((w) => /thutuc|XACAMBINH|dichvucong/.test(w.text));
  expect(new Set(pieces.map((w) => Math.round(w.yMin))).size).toBeGreaterThan(3);
  // The note column is the last one: its header is centred between the column's left edge and the text area's right edge.
  const p = land[0];
  const ghi = p.words.findIndex((w, i) => w.text === 'Ghi' && p.words[i + 1]?.text === 'chú');
  expect(ghi).toBeGreaterThan(0);
  const centre = (p.words[ghi].xMin + p.words[ghi + 1].xMax) / 2;
  const columnLeft = 2 * centre - (p.width - 15 * MM);
  for (const w of pieces) expect(w.xMin).toBeGreaterThanOrEqual(columnLeft - 1);
});

test('the line under the issuing body is 1/3 to 1/2 as long as that text (page 1 rendered to pixels)', () => {
  const dpi = 144;
  const buf = execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', String(dpi), '-gray', pdfFile], { maxBuffer: 64 * 1024 * 1024 });
  const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString('latin1'))!;
  const [width, start] = [Number(head[1]), head[0].length];
  const px = (pt: number) => Math.round((pt / 72) * dpi);
  const [p1] = pages(pdfFile);
  const issuing = report.header.issuingBody.split(' ');
  const words = p1.words.filter((w, i) => issuing.every((t, k) => p1.words[i - issuing.indexOf(w.text) + k]?.text === t) && issuing.includes(w.text) && w.xMax < p1.width / 2);
  expect(words.map((w) => w.text)).toEqual(issuing);
  const textWidth = Math.max(...words.map((w) => w.xMax)) - Math.min(...words.map((w) => w.xMin));
  const below = Math.max(...words.map((w) => w.yMax));
  const number = p1.words.find((w) => w.text === 'Số:')!;
  let longest = 0;
  for (let y = px(below) + 1; y < px(number.yMin); y++) {
    let run = 0;
    for (let x = px(30 * MM); x < px(p1.width / 2); x++) {
      run = buf[start + y * width + x] < 128 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
  }
  const ratio = ((longest / dpi) * 72) / textWidth;
  console.log(`rule under the issuing body: ${((longest / dpi) * 72).toFixed(1)} pt of ${textWidth.toFixed(1)} pt (${ratio.toFixed(3)})`);
  expect(ratio).toBeGreaterThanOrEqual(1 / 3);
  expect(ratio).toBeLessThanOrEqual(1 / 2);
});

test("the totals table's 'STT' header is one word on one line as LibreOffice sets it", () => {
  const portrait = pages(pdfFile).filter((p) => p.width < p.height);
  const words = portrait.flatMap((p) => p.words);
  // Found on the portrait pages (the totals table); a column too narrow splits it into 'ST' / 'T'.
  expect(words.some((w) => w.text === 'STT')).toBe(true);
  expect(words.some((w) => w.text === 'ST')).toBe(false);
});
