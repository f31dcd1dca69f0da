// The report's generated text: sections I–III in plain administrative Vietnamese. Every number
// comes from the summary model; nothing is computed that the summary does not already hold.
import type { Catalog, Indicator, Settings } from './types';
import type { SummaryModel, SummaryRow } from './summary-types';
import type { ReportBlock, ReportTable } from './report-types';
import { formatDateVi } from './time';
import { previousPeriod, periodLabel } from './periods';
import { formatNumber, formatPercent, formatTwoDigits, joinVi, lowerFirst, nameInSentence } from './report-format';

export interface NarrativeContext {
  summary: SummaryModel;
  previous: SummaryModel | null;
  settings: Settings;
  catalog: Catalog;
}

const heading = (text: string): ReportBlock => ({ type: 'heading', text });
const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', text });
const bullet = (text: string): ReportBlock => ({ type: 'bullet', text });

/** 'Quý I/2024' stays as written; 'Năm 2024' and 'Tháng 3/2024' continue a sentence in lower case. */
export function labelInSentence(summary: SummaryModel): string {
  return summary.period.kind === 'quarter' ? summary.periodLabel : lowerFirst(summary.periodLabel);
}

function rowsOf(summary: SummaryModel): SummaryRow[] {
  return summary.groups.flatMap((g) => g.rows);
}

function nameOf(summary: SummaryModel, unitCode: string): string {
  return rowsOf(summary).find((r) => r.unitCode === unitCode)?.unitName ?? unitCode;
}

function withUnit(n: number, uom: string | undefined): string {
  return uom ? `${formatNumber(n)} ${uom}` : formatNumber(n);
}

/** Previous totals when the previous period has any report to compare with. */
function previousTotals(ctx: NarrativeContext): Record<string, number> | null {
  return ctx.previous && ctx.previous.counts.submitted > 0 ? ctx.previous.totals : null;
}

export function previousLabel(ctx: NarrativeContext): string {
  return ctx.previous?.periodLabel ?? periodLabel(previousPeriod(ctx.summary.period));
}

/** '+12', '-3', '0'. */
function signed(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

function comparison(ctx: NarrativeContext, code: string, uom: string | undefined): string {
  const prev = previousTotals(ctx);
  if (!prev || !(code in prev)) return 'chưa có số liệu kỳ trước để so sánh';
  const diff = ctx.summary.totals[code] - prev[code];
  const label = previousLabel(ctx);
  if (diff === 0) return `bằng kỳ trước (${label})`;
  return `${diff > 0 ? 'tăng' : 'giảm'} ${withUnit(Math.abs(diff), uom)} so với kỳ trước (${label})`;
}

function situation(ctx: NarrativeContext): ReportBlock[] {
  const { summary: s, settings } = ctx;
  const c = s.counts;
  const due = c.onTime + c.late + c.missing;
  const out: ReportBlock[] = [heading('I. TÌNH HÌNH THỰC HIỆN')];
  const nothing = c.nothingToReport > 0 ? ` (trong đó ${c.nothingToReport} đơn vị báo cáo không phát sinh)` : '';
  out.push(paragraph(`Thực hiện kế hoạch tuyên truyền cải cách hành chính (CCHC) năm ${s.period.year}, ${nameInSentence(settings.issuingBody)} `
    + `đã đôn đốc các cơ quan, đơn vị triển khai thực hiện và báo cáo kết quả ${labelInSentence(s)}. `
    + `Tính đến ngày ${formatDateVi(s.generatedAt)}, có ${c.submitted}/${c.owed} đơn vị đã gửi báo cáo${nothing}.`));
  if (due === 0 || s.onTimeRate === null) {
    out.push(paragraph('Chưa đến hạn nộp báo cáo nên chưa đánh giá tỷ lệ nộp đúng hạn.'));
  } else {
    out.push(paragraph(`Về thời hạn: ${c.onTime}/${due} đơn vị nộp đúng hạn, đạt ${formatPercent(s.onTimeRate)}; `
      + `${c.late} đơn vị nộp muộn; ${c.missing} đơn vị chưa nộp${c.notDue > 0 ? `; ${c.notDue} đơn vị chưa đến hạn nộp` : ''}.`));
  }
  const rows = rowsOf(s);
  const late = rows.filter((r) => r.status === 'late')
    .map((r) => (r.submittedAt ? `${r.unitName} (nộp ngày ${formatDateVi(r.submittedAt)})` : r.unitName));
  out.push(bullet(late.length ? `Đơn vị nộp muộn (${late.length}): ${late.join(', ')}.` : 'Không có đơn vị nộp muộn.'));
  const missing = s.missing.map((code) => nameOf(s, code));
  out.push(bullet(missing.length ? `Đơn vị chưa nộp (${missing.length}): ${missing.join(', ')}.` : 'Không có đơn vị quá hạn chưa nộp.'));
  const notDue = rows.filter((r) => r.status === 'not_due').map((r) => r.unitName);
  if (notDue.length) out.push(bullet(`Đơn vị chưa đến hạn nộp (${notDue.length}): ${notDue.join(', ')}.`));
  return out;
}

/** The compact totals table of section II. */
export function totalsTable(ctx: NarrativeContext): ReportTable {
  const s = ctx.summary;
  const prev = previousTotals(ctx);
  const rows = s.indicators.map((ind, i) => {
    const has = prev !== null && ind.code in prev;
    return [String(i + 1), ind.label, ind.unitOfMeasure ?? '', formatNumber(s.totals[ind.code]),
      has ? formatNumber(prev[ind.code]) : '—', has ? signed(s.totals[ind.code] - prev[ind.code]) : '—'];
  });
  return {
    caption: `Tổng hợp kết quả ${labelInSentence(s)}`,
    header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', s.periodLabel, `Kỳ trước (${previousLabel(ctx)})`, 'Tăng (+), giảm (-)'],
    rows,
    widths: [0.07, 0.37, 0.14, 0.14, 0.14, 0.14],
    boldRows: [],
    numericColumns: [3, 4, 5],
  };
}

function results(ctx: NarrativeContext): ReportBlock[] {
  const s = ctx.summary;
  const out: ReportBlock[] = [heading('II. KẾT QUẢ CỤ THỂ'), heading('1. Số liệu tổng hợp')];
  if (s.indicators.length === 0) return [...out, paragraph('Kỳ báo cáo này không có chỉ tiêu định lượng.')];
  out.push(paragraph(`Tổng hợp từ báo cáo của ${s.counts.submitted} đơn vị đã nộp (không tính các đơn vị chưa nộp), kết quả như sau:`));
  for (const ind of s.indicators) {
    out.push(bullet(`${ind.label}: ${withUnit(s.totals[ind.code], ind.unitOfMeasure)}; ${comparison(ctx, ind.code, ind.unitOfMeasure)}.`));
  }
  out.push({ type: 'table', table: totalsTable(ctx) });
  return out;
}

function targets(ctx: NarrativeContext): ReportBlock[] {
  const s = ctx.summary;
  if (s.targets.length === 0) return [];
  const byCode = new Map<string, Indicator>(ctx.catalog.indicators.map((i) => [i.code, i]));
  const perUnit = new Map<string, number>();
  for (const t of s.targets) perUnit.set(t.unitCode, (perUnit.get(t.unitCode) ?? 0) + 1);
  const met = s.targets.filter((t) => t.met).length;
  const out: ReportBlock[] = [heading('2. Thực hiện chỉ tiêu'),
    paragraph(`Có ${met}/${s.targets.length} chỉ tiêu được giao đạt kế hoạch trong kỳ.`)];
  for (const t of s.targets) {
    const ind = byCode.get(t.indicatorCode);
    const uom = ind?.unitOfMeasure ?? '';
    const rule = `chỉ tiêu ${formatTwoDigits(ind?.targetPerMonth ?? 0)} ${uom}/tháng`.replace(/ \/tháng$/, '/tháng');
    const who = (perUnit.get(t.unitCode) ?? 0) > 1 ? `${nameOf(s, t.unitCode)} (${ind?.label ?? t.indicatorCode})` : nameOf(s, t.unitCode);
    out.push(bullet(t.actual === null
      ? `${who}: chưa nộp báo cáo, chưa có kết quả so với ${rule}.`
      : `${who}: ${formatNumber(t.actual)}/${withUnit(t.target, uom)}, ${t.met ? 'đạt' : 'chưa đạt'} ${rule}.`));
  }
  return out;
}

function crossCheck(ctx: NarrativeContext, number: number): ReportBlock[] {
  const s = ctx.summary;
  if (!s.derived) return [];
  const totals = s.derived.totals;
  const parts = s.indicators.filter((i) => i.code in totals)
    .map((i) => `${lowerFirst(i.label)} ${withUnit(totals[i.code], i.unitOfMeasure)}`);
  const out: ReportBlock[] = [heading(`${number}. Đối chiếu với số liệu các quý`)];
  if (parts.length === 0) return [...out, paragraph('Chưa đủ báo cáo các quý trong kỳ để đối chiếu số liệu.')];
  out.push(paragraph(`Tổng số liệu báo cáo các quý của những đơn vị đã nộp đủ báo cáo quý: ${parts.join('; ')}.`));
  const mm = s.derived.mismatches;
  if (mm.length === 0) return [...out, paragraph(`Số liệu báo cáo ${labelInSentence(s)} của các đơn vị khớp với tổng số liệu các quý.`)];
  out.push(paragraph(`Có ${mm.length} số liệu báo cáo ${labelInSentence(s)} chưa khớp với tổng số liệu các quý:`));
  for (const m of mm) {
    const ind = s.indicators.find((i) => i.code === m.indicatorCode);
    out.push(bullet(`${nameOf(s, m.unitCode)} – ${ind?.label ?? m.indicatorCode}: báo cáo ${withUnit(m.submitted, ind?.unitOfMeasure)}, `
      + `tổng các quý ${withUnit(m.derived, ind?.unitOfMeasure)} (chênh lệch ${signed(m.submitted - m.derived)}).`));
  }
  return out;
}

function proposals(ctx: NarrativeContext): ReportBlock[] {
  const s = ctx.summary;
  const out: ReportBlock[] = [heading('III. ĐỀ XUẤT, KIẾN NGHỊ')];
  const missing = s.missing.map((c) => nameOf(s, c));
  if (missing.length) {
    out.push(paragraph(`Đề nghị ${joinVi(missing)} khẩn trương gửi báo cáo ${labelInSentence(s)} về ${nameInSentence(ctx.settings.issuingBody)} để tổng hợp.`));
  }
  const late = s.late.map((c) => nameOf(s, c));
  if (late.length) {
    out.push(paragraph(`Đề nghị ${joinVi(late)} rút kinh nghiệm về thời hạn, bảo đảm gửi báo cáo đúng hạn trong các kỳ tiếp theo.`));
  }
  const missed = [...new Set(s.targets.filter((t) => !t.met && t.actual !== null).map((t) => nameOf(s, t.unitCode)))];
  if (missed.length) out.push(paragraph(`Đề nghị ${joinVi(missed)} bảo đảm thực hiện đủ chỉ tiêu được giao theo kế hoạch.`));
  const mismatched = [...new Set((s.derived?.mismatches ?? []).map((m) => nameOf(s, m.unitCode)))];
  if (mismatched.length) out.push(paragraph(`Đề nghị ${joinVi(mismatched)} rà soát, điều chỉnh số liệu cho khớp với báo cáo các quý.`));
  out.push(paragraph('Đề nghị các cơ quan, đơn vị tiếp tục đổi mới nội dung, hình thức tuyên truyền cải cách hành chính, '
    + 'chú trọng tuyên truyền trên hệ thống truyền thanh cơ sở, trang thông tin điện tử và mạng xã hội; '
    + 'thực hiện chế độ báo cáo đầy đủ, đúng thời hạn theo quy định.'));
  out.push(paragraph(`Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính ${labelInSentence(s)} của ${nameInSentence(ctx.settings.issuingBody)}./.`));
  return out;
}

/** Sections I–III of the report body. */
export function narrativeBlocks(ctx: NarrativeContext): ReportBlock[] {
  const t = targets(ctx);
  return [...situation(ctx), ...results(ctx), ...t, ...crossCheck(ctx, t.length ? 3 : 2), ...proposals(ctx)];
}
