// What the June and December 2024 seasons must show (issue 12), checked on what the demo played
// and printed as facts; any miss throws, so `npm run demo` exits non-zero:
// - one submission per unit for June and December (the quarter's; no separate 6-month or year one);
// - 6-month and year figures equal to the sums of the quarters as stored in the data sheet;
// - the unit that never sent Q1 is "thiếu số liệu" in the 6-month figures;
// - each report holds sections I–V, quotes a unit's own answer, prints "chưa có đơn vị báo cáo"
//   (no 0) for a group nobody reported for, and compares with the same period of 2023;
// - while a group has no reporter, section II (results) prints no count over nobody ('Có 0/1 chỉ
//   tiêu…', '0/1 đơn vị', ': 0 chương trình').
import { SHEETS, DATA_COLUMNS } from '../../server/sheets/names';
import { MISSING_DATA } from '../../server/summary/summary-grid';
import { summarySheetName } from '../../server/summary/write-summary-sheet';
import type { ReportDocument } from '../../domain/report-types';
import type { SummaryModel } from '../../domain/summary-types';
import type { SeasonReport, SeasonsResult } from './scenario-seasons';

type DataRow = Record<string, unknown>;

function fail(message: string): never {
  throw new Error(`Demo mùa báo cáo thất bại: ${message}`);
}

/** Every stored revision, keyed by header; and the latest per unit and period. */
function dataRows(r: SeasonsResult): { all: DataRow[]; latest: Map<string, DataRow> } {
  const [header, ...rows] = r.wb.services.spreadsheet.values(SHEETS.data);
  const all = rows.map((x) => Object.fromEntries(header.map((h, i) => [String(h), x[i]])));
  const latest = new Map<string, DataRow>();
  for (const x of all) {
    const key = `${String(x[DATA_COLUMNS.unit])}|${String(x[DATA_COLUMNS.period])}`;
    const prev = latest.get(key);
    if (!prev || Number(x[DATA_COLUMNS.revision]) > Number(prev[DATA_COLUMNS.revision])) latest.set(key, x);
  }
  return { all, latest };
}

const texts = (d: ReportDocument): string[] => d.body.flatMap((b) => (b.type === 'table' ? [] : [b.text]));

/** A 0 standing for a count or a figure: '0/1', 'Có 0 ', ': 0 chương trình'. */
const ZERO = /(^|[\s(:])0(\/\d|\s+[a-zà-ỹđ])/u;

/** The texts of section II (from its heading to the next top-level one). */
function resultsTexts(d: ReportDocument): string[] {
  const blocks = d.body.flatMap((b) => (b.type === 'table' ? [] : [b]));
  const top = (b: (typeof blocks)[number]) => b.type === 'heading' && (b.level ?? 1) === 1;
  const from = blocks.findIndex((b) => top(b) && b.text.startsWith('II.'));
  if (from < 0) return [];
  const next = blocks.findIndex((b, i) => i > from && top(b));
  return blocks.slice(from, next < 0 ? undefined : next).map((b) => b.text);
}

function onePerUnit(all: DataRow[], quarter: string, whole: string, label: string): string {
  const units = all.filter((x) => x[DATA_COLUMNS.period] === quarter).map((x) => String(x[DATA_COLUMNS.unit]));
  const firsts = all.filter((x) => x[DATA_COLUMNS.period] === quarter && Number(x[DATA_COLUMNS.revision]) === 1);
  if (firsts.length !== new Set(units).size) fail(`${quarter}: một đơn vị có hai lần nộp đầu tiên.`);
  if (all.some((x) => x[DATA_COLUMNS.period] === whole)) fail(`có báo cáo nộp riêng cho ${whole}.`);
  const revisions = units.length - firsts.length;
  return `${firsts.length} đơn vị, mỗi đơn vị một lần nộp "${label}" (kỳ ${quarter})${revisions ? `, ${revisions} bản sửa` : ''}; không có báo cáo riêng ${whole}`;
}

/** Every figure of every complete row is the sum of the unit's quarters; returns how many were checked. */
function sumsOfQuarters(s: SummaryModel, latest: Map<string, DataRow>, quarters: string[]): number {
  let checked = 0;
  for (const row of s.groups.flatMap((g) => g.rows)) {
    if (row.status === 'missing' || row.missingQuarters?.length) continue;
    for (const ind of s.indicators) {
      const value = row.values[ind.code];
      if (value === null || value === undefined) continue;
      const sum = quarters.reduce((n, q) => n + Number(latest.get(`${row.unitCode}|${q}`)?.[ind.code] || 0), 0);
      if (value !== sum) fail(`${s.periodLabel}, ${row.unitName}, ${ind.code}: ${value} ≠ tổng các quý ${sum}.`);
      checked++;
    }
  }
  for (const ind of s.indicators) {
    const total = s.totals[ind.code];
    const rows = s.groups.flatMap((g) => g.rows).map((x) => x.values[ind.code]).filter((v): v is number => typeof v === 'number');
    if (total !== undefined && total !== rows.reduce((a, b) => a + b, 0)) fail(`${s.periodLabel}: tổng ${ind.code} khác tổng các đơn vị.`);
  }
  if (checked < 10) fail(`${s.periodLabel}: chỉ kiểm được ${checked} số liệu.`);
  return checked;
}

function reportChecks(season: SeasonReport, latest: Map<string, DataRow>, quarter: string): string[] {
  const d = season.report.document;
  const s = season.report.summary;
  const all = texts(d);
  const headings = d.body.filter((b) => b.type === 'heading' && (b.level ?? 1) === 1).map((b) => (b.type === 'heading' ? b.text : ''));
  if (headings.map((h) => h.split('.')[0]).join(',') !== 'I,II,III,IV,V') fail(`${s.periodLabel}: các mục là ${headings.join(' | ')}.`);
  // A unit's own words, as stored in the data sheet, quoted in the report.
  const quoted = s.groups.flatMap((g) => g.rows).flatMap((row) => {
    const stored = latest.get(`${row.unitCode}|${quarter}`);
    return ['KET_QUA_NOI_BAT', 'TON_TAI_HAN_CHE', 'DE_XUAT_KIEN_NGHI']
      .map((code) => String(stored?.[code] ?? ''))
      .filter((answer) => answer !== '' && all.some((t) => t.includes(row.unitName) && t.includes(`“${answer}”`)))
      .map((answer) => `${row.unitName}: “${answer}”`);
  });
  if (quoted.length === 0) fail(`${s.periodLabel}: báo cáo không trích câu trả lời nào của đơn vị.`);
  const lastYear = all.find((t) => t.includes('so với cùng kỳ năm trước (') && t.includes('2023)'));
  if (!lastYear) fail(`${s.periodLabel}: không so sánh với cùng kỳ năm 2023.`);
  const lines = [
    `các mục: ${headings.join(' | ')}`,
    `trích ý kiến đơn vị: ${quoted[0]}`,
    `so với cùng kỳ năm trước: ${lastYear}`,
  ];
  for (const g of s.groups.filter((x) => (x.reporters ?? 0) === 0)) {
    const line = all.find((t) => t.includes(`) ${g.name}:`));
    if (!line || !line.includes(`${g.name}: chưa có đơn vị báo cáo (`)) fail(`${s.periodLabel}: nhóm ${g.name} không ghi "chưa có đơn vị báo cáo".`);
    const only = s.indicators.filter((i) => !(i.code in s.totals));
    for (const ind of only) {
      const t = all.find((x) => x.startsWith(`${ind.label}:`));
      if (t !== `${ind.label}: chưa có đơn vị báo cáo.`) fail(`${s.periodLabel}: "${t ?? ind.label}" in một số cho chỉ tiêu không ai báo cáo.`);
    }
    if (Object.keys(g.subtotal).length) fail(`${s.periodLabel}: nhóm ${g.name} không có đơn vị báo cáo mà vẫn có tổng.`);
    lines.push(`nhóm không có đơn vị báo cáo: "${line}"${only.length ? ` và ${only.length} chỉ tiêu ghi "chưa có đơn vị báo cáo"` : ''}, không in 0`);
  }
  if (s.groups.some((x) => (x.reporters ?? 0) === 0)) {
    const results = resultsTexts(d);
    const zero = results.find((t) => ZERO.test(t));
    if (zero) fail(`${s.periodLabel}: mục II in số 0 khi có nhóm chưa có đơn vị báo cáo: "${zero}".`);
    lines.push(`mục II: ${results.length} đoạn, không đoạn nào in số 0`);
  }
  return lines;
}

/** Runs every check; returns the lines the demo prints. */
export function checkSeasons(r: SeasonsResult): string[] {
  const { all, latest } = dataRows(r);
  const june = r.june.report.summary;
  const december = r.december.report.summary;
  if (june.periodLabel !== 'Quý II và 6 tháng đầu năm 2024') fail(`báo cáo tháng 6 là "${june.periodLabel}".`);
  if (december.periodLabel !== 'Quý IV và năm 2024') fail(`báo cáo tháng 12 là "${december.periodLabel}".`);
  const missing = june.groups.flatMap((g) => g.rows).find((x) => x.unitCode === r.cast.missingQ1);
  if (!missing || missing.missingQuarters?.join(',') !== '2024-Q1' || Object.values(missing.values).some((v) => v !== null)) {
    fail(`${r.cast.missingQ1} thiếu Quý I mà số liệu 6 tháng không ghi "${MISSING_DATA}".`);
  }
  const sheetRow = r.wb.services.spreadsheet.values(summarySheetName('2024-H1')).find((x) => x[1] === missing.unitName);
  if (!sheetRow?.includes(MISSING_DATA)) fail(`trang ${summarySheetName('2024-H1')} không ghi "${MISSING_DATA}" cho ${missing.unitName}.`);
  const missingText = texts(r.june.report.document).find((t) => t.includes(MISSING_DATA) && t.includes(missing.unitName));
  if (!missingText) fail(`báo cáo tháng 6 không nêu ${missing.unitName} thiếu số liệu.`);
  return [
    `${june.periodLabel}:`,
    `  ${onePerUnit(all, '2024-Q2', '2024-H1', june.periodLabel)}`,
    `  số liệu 6 tháng = Quý I + Quý II: đúng với ${sumsOfQuarters(june, latest, ['2024-Q1', '2024-Q2'])} số liệu của các đơn vị, tổng toàn bộ = tổng các đơn vị`,
    `  ${missing.unitName} không nộp Quý I/2024: trang tổng hợp ghi "${MISSING_DATA}"; báo cáo: "${missingText}"`,
    ...reportChecks(r.june, latest, '2024-Q2').map((l) => `  ${l}`),
    `${december.periodLabel}:`,
    `  ${onePerUnit(all, '2024-Q4', '2024-Y', december.periodLabel)}`,
    `  số liệu năm = Quý I + II + III + IV: đúng với ${sumsOfQuarters(december, latest, ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'])} số liệu của các đơn vị`,
    ...reportChecks(r.december, latest, '2024-Q4').map((l) => `  ${l}`),
  ];
}
