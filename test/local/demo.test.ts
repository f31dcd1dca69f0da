// `npm run demo` end to end, against the built dist/Code.js: the season is played through the
// real entry functions, and every file it writes is read back and checked against what the
// data sheet holds (latest revision per unit, 'không phát sinh' as zeros, missing units absent).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDemo, type DemoResult } from '../../src/local/demo/run-demo';
import { DEMO_CAST, DEMO_PERIOD } from '../../src/local/demo/scenario';
import { loadExcelJs } from '../../src/local/demo/sheet-export';
import { formatNumber } from '../../src/domain/report-format';
import { DATA_COLUMNS, SHEETS, UNIT_COLUMNS } from '../../src/server/sheets/names';
import { strFromU8, unzipSync } from 'fflate';
import { expectNd30, pages as pdfPages, squash, text as pdfText } from './report/pdf-measure';
import { unitEmail } from '../../src/local/workbook/people';

jest.setTimeout(300_000); // the command line renders three reports with LibreOffice; slow on a loaded machine

let dir: string;
let demo: DemoResult;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-demo-'));
  demo = await runDemo(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Totals straight from the data sheet: latest revision of each unit's 2024-Q1 report. */
function expectedTotals(): Record<string, number> {
  const [header, ...rows] = demo.wb.services.spreadsheet.values(SHEETS.data);
  const col = (name: string) => header.indexOf(name);
  const latest = new Map<string, unknown[]>();
  for (const row of rows) {
    if (row[col(DATA_COLUMNS.period)] !== DEMO_PERIOD) continue;
    const unit = String(row[col(DATA_COLUMNS.unit)]);
    const prev = latest.get(unit);
    if (!prev || Number(row[col(DATA_COLUMNS.revision)]) > Number(prev[col(DATA_COLUMNS.revision)])) latest.set(unit, row);
  }
  const totals: Record<string, number> = {};
  for (const code of Object.keys(demo.summary.totals)) {
    totals[code] = [...latest.values()].reduce((sum, row) => sum + (typeof row[col(code)] === 'number' ? (row[col(code)] as number) : 0), 0);
  }
  return totals;
}

test('the season is what the scenario says: late, missing, revised and nothing-to-report units', () => {
  expect(demo.summary.ok).toBe(true);
  expect([...demo.summary.late].sort()).toEqual(Object.keys(DEMO_CAST.late).sort());
  expect([...demo.summary.missing].sort()).toEqual([...DEMO_CAST.missing].sort());
  expect(demo.summary.onTime).toContain(DEMO_CAST.revised.unit);
  expect(demo.summary.onTime).toContain(DEMO_CAST.nothingToReport);
  expect(demo.summary.onTime).toHaveLength(24 - 2 - 3); // the 23 communes and TT VH-TT owe the quarter
  const revisions = demo.submissions.filter((s) => s.unitCode === DEMO_CAST.revised.unit && s.periodId === DEMO_PERIOD);
  expect(revisions.map((s) => s.result.ok && s.result.revision)).toEqual([1, 2]);
});

test('the totals are the sums of the latest revisions, and positive', () => {
  const expected = expectedTotals();
  expect(demo.summary.totals).toEqual(expected);
  expect(expected.TO_ROI).toBeGreaterThan(1000);
});

test('the daily check flagged the missing units and mailed them, not the on-time ones', () => {
  const q1 = demo.check.periods.find((p) => p.periodId === DEMO_PERIOD);
  expect([...(q1?.missing ?? [])].sort()).toEqual([...DEMO_CAST.missing].sort());
  const outbox = JSON.parse(readFileSync(demo.files.outboxJson, 'utf8')) as { to: string; subject: string }[];
  expect(outbox.length).toBe(demo.check.emailsSent);
  for (const unit of DEMO_CAST.missing) expect(outbox.some((m) => m.to.includes(unitEmail(unit)))).toBe(true);
  expect(outbox.some((m) => m.to.includes(unitEmail('XA_CAM_HA')))).toBe(false);
  expect(readFileSync(demo.files.outboxText, 'utf8')).toContain(`Đến: ${unitEmail('XA_CAM_DUE')}`);
});

test('the CSV files hold the summary and the status sheet', () => {
  const summary = readFileSync(demo.files.summaryCsv, 'utf8');
  expect(summary.charCodeAt(0)).toBe(0xfeff);
  const total = summary.split('\r\n').find((l) => l.includes('Tổng cộng toàn huyện')) ?? '';
  expect(total).toContain(`,${demo.summary.totals.TO_ROI},`);
  expect(summary.split('\r\n').find((l) => l.includes('UBND xã Cẩm Duệ'))).toContain('Chưa nộp');
  const status = readFileSync(demo.files.statusCsv, 'utf8');
  expect(status.split('\r\n').find((l) => l.startsWith('XA_CAM_DUE,'))).toContain('Quá hạn, chưa nộp');
  expect(status.split('\r\n').find((l) => l.startsWith('XA_CAM_BINH,'))).toContain('Nộp muộn');
});

test('the PDF is what LibreOffice rendered from the .docx on Drive, laid out as Nghị định 30 asks', () => {
  // Measured with poppler (pdfinfo, pdftotext -bbox, pdftohtml, pdffonts), not with our model.
  const m = expectNd30(demo.files.pdf);
  expect(m.portrait.length).toBeGreaterThanOrEqual(2);
  const docx = unzipSync(new Uint8Array(readFileSync(demo.files.docx)));
  expect(Object.keys(docx)).toContain('word/document.xml');
  const text = pdfText(demo.files.pdf).replace(/\s+/g, ' ');
  for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Quý I/2024', 'PHỤ LỤC']) expect(text).toContain(s);
});

test('the PDF names every unit and prints every district total', () => {
  const [header, ...units] = demo.wb.services.spreadsheet.values(SHEETS.units);
  // Every unit that owes Phòng VH-TT this report (the dispatch's duties), by name.
  const owing = new Set([...demo.summary.onTime, ...demo.summary.late, ...demo.summary.missing]);
  const names = units.filter((u) => owing.has(String(u[header.indexOf(UNIT_COLUMNS.code)])))
    .map((u) => String(u[header.indexOf(UNIT_COLUMNS.name)]));
  expect(names.length).toBe(24);
  const ps = pdfPages(demo.files.pdf);
  const all = squash(ps.map((p) => p.words.map((w) => w.text).join(' ')).join(' '));
  for (const name of names) expect([name, all.includes(squash(name))]).toEqual([name, true]);
  // The last appendix table has a row per indicator and the district total in its last column
  // ('Tổng cộng', repeated atop each page): read that column top to bottom, by position.
  const start = ps.findIndex((p) => squash(p.words.map((w) => w.text).join(' ')).includes(squash('Tổng hợp theo chỉ tiêu và nhóm đơn vị')));
  expect(start).toBeGreaterThan(0);
  const column: string[] = [];
  for (const p of ps.slice(start)) {
    const head = p.words.findIndex((w, i) => w.text === 'Tổng' && p.words[i + 1]?.text === 'cộng' && w.xMin > p.width / 2);
    if (head < 0) continue;
    const h = p.words[head];
    column.push(...p.words.filter((w) => w.yMin > h.yMax + 4 && w.xMin >= h.xMin - 3).sort((x, y) => x.yMin - y.yMin).map((w) => w.text));
  }
  const totals = expectedTotals();
  const due = demo.summary.onTime.length + demo.summary.late.length + demo.summary.missing.length;
  expect(column[0]).toBe(`${demo.summary.onTime.length + demo.summary.late.length}/${due}`);
  // One figure per indicator, in the table's (the catalog's) order: compare as sorted lists.
  expect([...column.slice(1)].sort()).toEqual(Object.keys(totals).map((code) => formatNumber(totals[code])).sort());
});

const excel = loadExcelJs();
(excel ? test : test.skip)('the .xlsx opens with exceljs and its district total row has the totals', async () => {
  const book = new (require('exceljs') as { Workbook: new () => { xlsx: { readFile(p: string): Promise<void> }; getWorksheet(n: string): { eachRow(cb: (row: { values: unknown[] }) => void): void } | undefined } }).Workbook();
  await book.xlsx.readFile(demo.files.xlsx as string);
  const sheet = book.getWorksheet(demo.summary.sheetName);
  expect(sheet).toBeDefined();
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push(row.values.slice(1)));
  const header = rows.find((r) => r.includes('Đơn vị')) as unknown[];
  const total = rows.find((r) => r.includes('Tổng cộng toàn huyện')) as unknown[];
  for (const [code, value] of Object.entries(demo.summary.totals)) {
    const col = header.findIndex((h) => typeof h === 'string' && h.startsWith(demo.indicatorLabels[code]));
    expect(col).toBeGreaterThan(0);
    expect(total[col]).toBe(value);
  }
});

(excel ? test : test.skip)('the .xlsx is set to print on A4 landscape, all columns on the page width, with real submission dates', async () => {
  const sheetXml = strFromU8(unzipSync(new Uint8Array(readFileSync(demo.files.xlsx as string)))['xl/worksheets/sheet1.xml']);
  expect(sheetXml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
  expect(sheetXml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
  expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"/);
  expect(sheetXml).toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
  const book = new (require('exceljs') as { Workbook: new () => { xlsx: { readFile(p: string): Promise<void> }; getWorksheet(n: string): { eachRow(cb: (row: { values: unknown[] }) => void): void } | undefined } }).Workbook();
  await book.xlsx.readFile(demo.files.xlsx as string);
  const rows: unknown[][] = [];
  book.getWorksheet(demo.summary.sheetName)?.eachRow((row) => rows.push(row.values.slice(1)));
  const binh = rows.find((r) => r[1] === 'UBND xã Cẩm Bình')!;
  expect(binh[3]).toBeInstanceOf(Date);
  // Its header row repeats on every printed page.
  const bookXml = strFromU8(unzipSync(new Uint8Array(readFileSync(demo.files.xlsx as string)))['xl/workbook.xml']);
  expect(bookXml).toMatch(/<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*\$5:\$5</);
});

test('the command line prints what happened and exits non-zero on failure', () => {
  const run = (out: string) => spawnSync(process.execPath, ['src/local/run-ts.mjs', 'src/local/demo/main.ts', '--out', out], { encoding: 'utf8' });
  const ok = run(path.join(dir, 'cli'));
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain('Tạo báo cáo tổng hợp (generateSummary)');
  expect(ok.stdout).toContain(formatNumber(demo.summary.totals.TO_ROI));
  // Then the June and December seasons with the default preset, checked and written beside Q1.
  expect(ok.stdout).toContain('bộ cấu hình "Cẩm Xuyên 2024"');
  expect(ok.stdout).toContain('mỗi đơn vị một lần nộp "Quý II và 6 tháng đầu năm 2024" (kỳ 2024-Q2); không có báo cáo riêng 2024-H1');
  expect(ok.stdout).toContain('UBND xã Cẩm Duệ không nộp Quý I/2024: trang tổng hợp ghi "thiếu số liệu"');
  expect(ok.stdout).toMatch(/Thời gian chạy: \d+,\d giây\./);
  for (const f of ['bao-cao-2024-Q1.pdf', 'bao-cao-2024-H1.pdf', 'bao-cao-2024-Y.docx', 'tong-hop-2024-Y.csv']) {
    expect([f, readFileSync(path.join(dir, 'cli', f)).length > 1000]).toEqual([f, true]);
  }
  const june = pdfText(path.join(dir, 'cli', 'bao-cao-2024-H1.pdf')).replace(/\s+/g, ' ');
  for (const s of ['QUÝ II VÀ 6 THÁNG ĐẦU NĂM 2024', 'cùng kỳ năm trước', 'chưa có đơn vị báo cáo', 'V. ĐỀ XUẤT, KIẾN NGHỊ']) expect([s, june.includes(s)]).toEqual([s, true]);
  const blocker = path.join(dir, 'not-a-folder');
  writeFileSync(blocker, 'x');
  const bad = run(path.join(blocker, 'out'));
  expect(bad.status).not.toBe(0);
});
