// The June and December 2024 demo seasons, after a whole 2023, for each preset: one submission
// per unit and quarter, 6-month and year figures equal to the sums of the quarters, "thiếu số
// liệu" for the unit that missed Q1, and a report with sections I–V that quotes a unit, compares
// with the same period of 2023 and prints no 0 for a group nobody reported for. The seasons run
// with the PDF export checked, not rendered; the command line below renders it with LibreOffice.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { playSeasons, demoPreset, type SeasonsResult } from '../../src/local/demo/scenario-seasons';
import { checkSeasons } from '../../src/local/demo/seasons-checks';
import { text as pdfText } from './report/pdf-measure';
import { PRESETS } from '../../src/domain/presets';
import { DATA_COLUMNS, SHEETS } from '../../src/server/sheets/names';
import type { ReportDocument } from '../../src/domain/report-types';
import type { SummaryModel } from '../../src/domain/summary-types';

jest.setTimeout(300_000);

const texts = (d: ReportDocument): string[] => d.body.flatMap((b) => (b.type === 'table' ? [] : [b.text]));
const row = (s: SummaryModel, code: string) => s.groups.flatMap((g) => g.rows).find((r) => r.unitCode === code)!;

/** Latest revision of each unit's quarterly reports, read straight from the data sheet. */
function quarterValues(r: SeasonsResult): Map<string, Record<string, unknown>> {
  const [header, ...rows] = r.wb.services.spreadsheet.values(SHEETS.data);
  const col = (n: string) => header.indexOf(n);
  const latest = new Map<string, unknown[]>();
  for (const x of rows) {
    const key = `${String(x[col(DATA_COLUMNS.unit)])}|${String(x[col(DATA_COLUMNS.period)])}`;
    const prev = latest.get(key);
    if (!prev || Number(x[col(DATA_COLUMNS.revision)]) > Number(prev[col(DATA_COLUMNS.revision)])) latest.set(key, x);
  }
  return new Map([...latest].map(([k, x]) => [k, Object.fromEntries(header.map((h, i) => [String(h), x[i]]))]));
}

describe.each(PRESETS.map((p) => [p.label, p] as const))('demo seasons, preset "%s"', (_label, preset) => {
  let r: SeasonsResult;
  beforeAll(() => { r = playSeasons(preset, { pdf: 'stand-in' }); });

  it('installs the preset asked for, with the signer given at setup', () => {
    expect(r.preset.id).toBe(preset.id);
    expect(r.june.report.document.signature.name).toBe('Nguyễn Văn An');
    expect(r.june.report.document.header.issuingBody).toBe(preset.settings.issuingBody);
  });

  it('has one submission per unit and quarter (the June and December ones included), none for 6 months or the year', () => {
    const periods = new Set(r.submissions.map((s) => s.periodId));
    expect([...periods].every((p) => /-Q[1-4]$/.test(p))).toBe(true);
    const q2 = r.submissions.filter((s) => s.periodId === '2024-Q2');
    expect(new Set(q2.map((s) => s.unitCode)).size).toBe(q2.length);
  });

  it('June: "Quý II và 6 tháng đầu năm", 6-month figures are Q1 + Q2, the unit without Q1 is "thiếu số liệu"', () => {
    const s = r.june.report.summary;
    expect(s.periodLabel).toBe('Quý II và 6 tháng đầu năm 2024');
    const data = quarterValues(r);
    let checked = 0;
    for (const g of s.groups) {
      for (const x of g.rows) {
        const q1 = data.get(`${x.unitCode}|2024-Q1`);
        const q2 = data.get(`${x.unitCode}|2024-Q2`);
        if (!q1 || !q2) continue;
        for (const ind of s.indicators) {
          if (x.values[ind.code] === null) continue;
          expect([x.unitCode, ind.code, x.values[ind.code]]).toEqual([x.unitCode, ind.code, Number(q1[ind.code] || 0) + Number(q2[ind.code] || 0)]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
    const missing = row(s, r.cast.missingQ1);
    expect(missing.status).toBe('on_time');
    expect(missing.missingQuarters).toEqual(['2024-Q1']);
    expect(Object.values(missing.values).every((v) => v === null)).toBe(true);
    expect(texts(r.june.report.document).some((t) => t.includes('thiếu số liệu') && t.includes(missing.unitName))).toBe(true);
    const sheet = r.wb.services.spreadsheet.values('TH 2024-H1');
    expect(sheet.find((x) => x[1] === missing.unitName)).toContain('thiếu số liệu');
    expect(row(s, r.cast.missingQ2).status).toBe('missing');
    expect(row(s, r.cast.lateQ2).status).toBe('late');
  });

  it('June: the centre’s group, with no reporter, says "chưa có đơn vị báo cáo" and prints no 0', () => {
    const s = r.june.report.summary;
    const centre = s.groups.find((g) => g.rows.some((x) => x.unitCode === r.cast.centre))!;
    expect(centre.reporters).toBe(0);
    const all = texts(r.june.report.document);
    expect(all.find((t) => t.startsWith(`e) ${centre.name}`) || t.startsWith(`b) ${centre.name}`))).toMatch(/: chưa có đơn vị báo cáo \(1 đơn vị chưa nộp báo cáo\)\.$/);
    // Its monthly-programme target is unknown, not missed: no "Có 0/1 chỉ tiêu".
    expect(all.find((t) => t.startsWith('Chỉ tiêu được giao') || t.startsWith('Có '))).toBe('Chỉ tiêu được giao (1 chỉ tiêu): chưa có đơn vị báo cáo, chưa đánh giá được kết quả trong kỳ.');
    const only = s.indicators.filter((i) => !(i.code in s.totals));
    expect(only.map((i) => i.code)).toEqual(expect.arrayContaining(['CHUONG_TRINH_PTTH']));
    for (const ind of only) expect(all.find((t) => t.startsWith(`${ind.label}:`))).toBe(`${ind.label}: chưa có đơn vị báo cáo.`);
  });

  it('December: "Quý IV và năm", year figures are the four quarters, the 12-programme target checked', () => {
    const s = r.december.report.summary;
    expect(s.periodLabel).toBe('Quý IV và năm 2024');
    const data = quarterValues(r);
    const full = s.groups.flatMap((g) => g.rows).find((x) => x.missingQuarters?.length === 0 && x.status === 'on_time')!;
    for (const ind of s.indicators) {
      if (full.values[ind.code] === null) continue;
      const sum = [1, 2, 3, 4].reduce((n, q) => n + Number(data.get(`${full.unitCode}|2024-Q${q}`)?.[ind.code] || 0), 0);
      expect(full.values[ind.code]).toBe(sum);
    }
    // The centre sent Q2 late, after June: its year is complete, 1 programme a month over 12 months.
    expect(s.targets.find((t) => t.unitCode === r.cast.centre)).toMatchObject({ target: 12, actual: expect.any(Number) });
    expect(s.incomplete).toEqual([r.cast.missingQ1, r.cast.missingQ2]);
    expect(row(s, r.cast.revisedQ4).revision).toBe(2);
  });

  it('the reports hold sections I–V, quote a unit, compare with the same period of 2023 and print no 0 for nobody', () => {
    for (const { report } of [r.june, r.december]) {
      const d = report.document;
      const headings = d.body.filter((b) => b.type === 'heading' && (b.level ?? 1) === 1).map((b) => (b as { text: string }).text);
      expect(headings.map((h) => h.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V']);
      const all = texts(d);
      expect(all.some((t) => /^UBND (xã|phường|thị trấn) .+: “.+”\.$/.test(t))).toBe(true);
      expect(all.some((t) => t.includes('so với cùng kỳ năm trước (Quý') && t.includes('2023'))).toBe(true);
      expect(all.filter((t) => / Xã [A-ZĐ]/.test(t))).toEqual([]);
      expect(all.some((t) => t.includes(preset.settings.reportTo) && t.startsWith('Đề nghị'))).toBe(true);
    }
  });
});

describe.each(PRESETS.map((p) => [p.label, p] as const))('the demo’s own checks, preset "%s"', (_label, preset) => {
  let r: SeasonsResult;
  beforeAll(() => { r = playSeasons(preset, { pdf: 'stand-in' }); });
  const withJune = (summary: SummaryModel, document = r.june.report.document): SeasonsResult =>
    ({ ...r, june: { ...r.june, report: { summary, document } } });

  it('pass on the seasons as played, and say what they checked', () => {
    const facts = checkSeasons(r).join('\n');
    expect(facts).toContain('mỗi đơn vị một lần nộp "Quý II và 6 tháng đầu năm 2024" (kỳ 2024-Q2); không có báo cáo riêng 2024-H1');
    expect(facts).toMatch(/số liệu 6 tháng = Quý I \+ Quý II: đúng với \d+ số liệu/);
    expect(facts).toContain(`${row(r.june.report.summary, r.cast.missingQ1).unitName} không nộp Quý I/2024: trang tổng hợp ghi "thiếu số liệu"`);
    expect(facts).toMatch(/trích ý kiến đơn vị: UBND .+: “.+”/);
    expect(facts).toMatch(/so với cùng kỳ năm trước: .*\(Quý II và 6 tháng đầu năm 2023\)/);
    expect(facts).toMatch(/nhóm không có đơn vị báo cáo: ".*: chưa có đơn vị báo cáo \(\d+ đơn vị chưa nộp báo cáo\)\." và .*không in 0/);
    expect(facts).toMatch(/mục II: \d+ đoạn, không đoạn nào in số 0/);
  });

  it('fail on a 6-month figure that is not the sum of the quarters', () => {
    const summary = structuredClone(r.june.report.summary);
    const full = summary.groups.flatMap((g) => g.rows).find((x) => x.status === 'on_time' && !x.missingQuarters?.length)!;
    full.values.TO_ROI = (full.values.TO_ROI ?? 0) + 1;
    expect(() => checkSeasons(withJune(summary))).toThrow(/≠ tổng các quý/);
  });

  it('fail when the unit without Q1 gets a figure, or the report drops the units’ words or the comparison', () => {
    const summary = structuredClone(r.june.report.summary);
    row(summary, r.cast.missingQ1).values.TO_ROI = 5;
    expect(() => checkSeasons(withJune(summary))).toThrow(/thiếu số liệu/);
    const doc = r.june.report.document;
    const unquoted = { ...doc, body: doc.body.filter((b) => b.type === 'table' || !b.text.includes('“')) };
    expect(() => checkSeasons(withJune(r.june.report.summary, unquoted))).toThrow(/không trích câu trả lời/);
    const noLastYear = { ...doc, body: doc.body.filter((b) => b.type === 'table' || !b.text.includes('cùng kỳ năm trước')) };
    expect(() => checkSeasons(withJune(r.june.report.summary, noLastYear))).toThrow(/cùng kỳ năm 2023/);
    const zero = { ...doc, body: doc.body.map((b) => (b.type !== 'table' && b.text.endsWith(': chưa có đơn vị báo cáo.') ? { ...b, text: b.text.replace(': chưa có đơn vị báo cáo.', ': 0 chương trình.') } : b)) };
    expect(() => checkSeasons(withJune(r.june.report.summary, zero))).toThrow(/chưa có đơn vị báo cáo|không ai báo cáo/);
  });

  it.each([
    ['Có 0/1 chỉ tiêu được giao đạt kế hoạch trong kỳ.'],
    ['Tổng hợp từ báo cáo của 0 đơn vị đã nộp, kết quả như sau:'],
    ['e) Trung tâm Văn hóa - Truyền thông: 0/1 đơn vị đã báo cáo.'],
  ])('fail when section II prints a count over nobody: "%s"', (text) => {
    const doc = r.june.report.document;
    const at = doc.body.findIndex((b) => b.type === 'heading' && b.text.startsWith('III.'));
    const zero = { ...doc, body: [...doc.body.slice(0, at), { type: 'paragraph' as const, text }, ...doc.body.slice(at)] };
    expect(() => checkSeasons(r)).not.toThrow();
    expect(() => checkSeasons(withJune(r.june.report.summary, zero))).toThrow(/mục II in số 0 khi có nhóm chưa có đơn vị báo cáo/);
  });
});

describe('npm run demo with the province preset (command line, LibreOffice)', () => {
  it('sets up "Cấp tỉnh / xã từ 1/7/2025" from DEMO_PRESET and writes the two seasons’ reports', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-demo-tinh-'));
    try {
      const run = spawnSync(process.execPath, ['src/local/run-ts.mjs', 'src/local/demo/main.ts', '--out', dir],
        { encoding: 'utf8', env: { ...process.env, DEMO_PRESET: 'tinh-2025' } });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('bộ cấu hình "Cấp tỉnh / xã từ 1/7/2025"');
      expect(run.stdout).toContain('Bỏ qua mùa Quý I/2024');
      expect(run.stdout).toMatch(/Quý II và 6 tháng đầu năm 2024: \d+\/7 đơn vị đã nộp/);
      for (const f of ['bao-cao-2024-H1.docx', 'bao-cao-2024-H1.pdf', 'bao-cao-2024-Y.pdf', 'tong-hop-2024-Y.csv']) expect([f, existsSync(path.join(dir, f))]).toEqual([f, true]);
      expect(existsSync(path.join(dir, 'bao-cao-2024-Q1.pdf'))).toBe(false);
      const csv = readFileSync(path.join(dir, 'tong-hop-2024-H1.csv'), 'utf8');
      expect(csv).toContain('Tổng cộng toàn tỉnh');
      expect(csv).not.toContain('huyện');
      const pdf = pdfText(path.join(dir, 'bao-cao-2024-H1.pdf')).replace(/\s+/g, ' ');
      for (const s of ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'QUÝ II VÀ 6 THÁNG ĐẦU NĂM 2024', 'UBND phường Thành Sen', 'Đề nghị UBND tỉnh']) expect([s, pdf.includes(s)]).toEqual([s, true]);
      expect(pdf).not.toContain('huyện');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('demo preset choice', () => {
  it('comes from --preset or DEMO_PRESET, default Cẩm Xuyên 2024, and refuses an unknown one', () => {
    expect(demoPreset([], {}).id).toBe('cam-xuyen-2024');
    expect(demoPreset(['--preset', 'tinh-2025'], {}).id).toBe('tinh-2025');
    expect(demoPreset([], { DEMO_PRESET: '2' }).id).toBe('tinh-2025');
    expect(() => demoPreset([], { DEMO_PRESET: 'huyện khác' })).toThrow(/Không có bộ cấu hình/);
  });
});
