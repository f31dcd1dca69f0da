// II. Kết quả: by form (each indicator's total, compared with the previous period and the same
// period last year when they have data), by group (what each group reported, its yes/no and
// text answers, its highlights), targets and the cross-check of separate 6-month/year reports.
import type { ReportBlock, ReportTable } from '../report-types';
import type { SummaryGroup, SummaryIndicator, SummaryModel } from '../summary-types';
import { indicatorsFor } from '../catalog';
import { formatNumber } from '../report-format';
import {
  MISSING_DATA, NO_REPORTER, type NarrativeContext, answerBullets, bullet, compareWith, heading, labelInSentence, paragraph,
  signed, unitInSentence, withUnit,
} from './common';

/** A total over nobody is unknown, never 0: 'chưa có đơn vị báo cáo' (or `unknown`, e.g. 'thiếu số liệu'). */
function figure(total: number | undefined, uom: string | undefined, unknown = NO_REPORTER): string {
  return total === undefined ? unknown : withUnit(total, uom);
}

const capFirst = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/** The same group's figures in another period, as a model compareWith can read (null when it had no reporter). */
function groupIn(model: SummaryModel | null | undefined, code: string): SummaryModel | null {
  const g = model?.groups.find((x) => x.code === code);
  return model && g && (g.reporters ?? 1) > 0 ? { ...model, totals: g.subtotal } : null;
}

function comparisons(ctx: NarrativeContext, ind: SummaryIndicator, total: number | undefined, groupCode?: string): string {
  const previous = groupCode ? groupIn(ctx.previous, groupCode) : ctx.previous;
  const lastYear = groupCode ? groupIn(ctx.lastYear, groupCode) : ctx.lastYear;
  const parts = [
    compareWith(total, previous, ind.code, ind.unitOfMeasure, 'kỳ trước'),
    compareWith(total, lastYear, ind.code, ind.unitOfMeasure, 'cùng kỳ năm trước'),
  ].filter((p): p is string => p !== null);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** One line per indicator: '6 tháng: 120 tin, bài (Quý II/2024: 60 tin, bài); tăng 10 … so với cùng kỳ năm trước (…).' */
function byForm(ctx: NarrativeContext): ReportBlock[] {
  const s = ctx.summary;
  const out: ReportBlock[] = [heading('1. Kết quả theo hình thức tuyên truyền', 2)];
  if (s.indicators.length === 0) return [...out, paragraph('Kỳ báo cáo này không có chỉ tiêu định lượng.')];
  const reporters = s.groups.reduce((n, g) => n + (g.reporters ?? 0), 0);
  const incomplete = s.incomplete?.length ?? 0;
  const allQuarters = s.combined ? ' đủ báo cáo các quý' : '';
  const short = incomplete ? `${incomplete} đơn vị ${MISSING_DATA} quý` : '';
  out.push(paragraph(reporters === 0 // no count of nobody: 'Tổng hợp từ báo cáo của 0 đơn vị' is not a fact
    ? `${capFirst(NO_REPORTER)}${allQuarters}${short ? ` (${short})` : ''}, chưa có số liệu tổng hợp:`
    : `Tổng hợp từ báo cáo của ${reporters} đơn vị đã nộp${allQuarters} (không tính các đơn vị chưa nộp${short ? `, ${short}` : ''}), kết quả như sau:`));
  for (const ind of s.indicators) {
    const total = s.totals[ind.code];
    const q = ctx.quarter && s.combined && total !== undefined
      ? ` (riêng ${ctx.quarter.periodLabel}: ${figure(ctx.quarter.totals[ind.code], ind.unitOfMeasure)})` : '';
    out.push(bullet(`${ind.label}: ${figure(total, ind.unitOfMeasure)}${q}${comparisons(ctx, ind, total)}.`));
  }
  out.push({ type: 'table', table: totalsTable(ctx) });
  return out;
}

/** The compact totals table: this period, the quarter alone, the previous period and last year where they exist. */
export function totalsTable(ctx: NarrativeContext): ReportTable {
  const s = ctx.summary;
  const columns: { title: string; model: SummaryModel }[] = [{ title: s.periodLabel, model: s }];
  if (ctx.quarter && s.combined) columns.push({ title: `Riêng ${ctx.quarter.periodLabel}`, model: ctx.quarter });
  if (ctx.previous) columns.push({ title: `Kỳ trước (${ctx.previous.periodLabel})`, model: ctx.previous });
  // The caption names the period, so last year's column is short enough not to wrap on every word.
  if (ctx.lastYear) columns.push({ title: `Cùng kỳ năm ${ctx.lastYear.period.year}`, model: ctx.lastYear });
  const base = ctx.lastYear ?? ctx.previous ?? null;
  const cell = (m: SummaryModel, code: string): string => (code in m.totals ? formatNumber(m.totals[code]) : '—');
  const rows = s.indicators.map((ind, i) => {
    const diff = base && ind.code in s.totals && ind.code in base.totals ? signed(s.totals[ind.code] - base.totals[ind.code]) : '—';
    return [String(i + 1), ind.label, ind.unitOfMeasure ?? '', ...columns.map((c) => cell(c.model, ind.code)), ...(base ? [diff] : [])];
  });
  const numeric = columns.length + (base ? 1 : 0);
  const each = Math.round((0.42 / numeric) * 10000) / 10000;
  // 'STT' in 13 pt bold needs ~0.9 cm plus the cell margins: 0.08 of the portrait text width.
  const widths = [0.08, 0.38, 0.12, ...Array<number>(numeric).fill(each)];
  widths[1] = Math.round((1 - widths.reduce((a, b) => a + b, 0) + widths[1]) * 10000) / 10000;
  return {
    caption: `Tổng hợp kết quả ${labelInSentence(s)}`,
    header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...columns.map((c) => c.title),
      ...(base ? [`Tăng (+), giảm (-) so với ${ctx.lastYear ? 'cùng kỳ' : 'kỳ trước'}`] : [])],
    rows,
    widths,
    boldRows: [],
    numericColumns: Array.from({ length: numeric }, (_, i) => 3 + i),
  };
}

function booleanLine(group: SummaryGroup, code: string, label: string): ReportBlock | null {
  const answered = group.rows.filter((r) => typeof r.answers?.[code] === 'boolean');
  if (answered.length === 0) return null;
  const yes = answered.filter((r) => r.answers?.[code] === true).map((r) => unitInSentence(r.unitName));
  const no = answered.filter((r) => r.answers?.[code] === false).map((r) => unitInSentence(r.unitName));
  const parts = [yes.length ? `Có (${yes.join(', ')})` : '', no.length ? `Không (${no.join(', ')})` : ''].filter(Boolean);
  return bullet(`${label}: ${parts.join('; ')}.`);
}

function byGroup(ctx: NarrativeContext): ReportBlock[] {
  const s = ctx.summary;
  const out: ReportBlock[] = [heading('2. Kết quả theo nhóm đơn vị', 2)];
  const letters = 'abcdefghiklmnopqrstuvxy';
  s.groups.forEach((g, gi) => {
    const sent = g.rows.filter((r) => r.status === 'on_time' || r.status === 'late').length;
    const reporters = g.reporters ?? sent;
    const letter = `${letters[gi] ?? gi + 1}) ${g.name}:`;
    const head = `${letter} ${sent}/${g.rows.length} đơn vị đã báo cáo`;
    if (sent === 0) { // not '0/9 đơn vị đã báo cáo': nobody reported
      out.push(paragraph(`${letter} ${NO_REPORTER} (${g.rows.length} đơn vị chưa nộp báo cáo).`));
      return;
    }
    const incomplete = g.rows.filter((r) => (r.status === 'on_time' || r.status === 'late') && r.missingQuarters?.length);
    out.push(paragraph(`${head}${incomplete.length ? `; ${incomplete.length} đơn vị ${MISSING_DATA} các quý nên chưa tính vào tổng (${incomplete.map((r) => unitInSentence(r.unitName)).join(', ')})` : ''}.`));
    const group = ctx.catalog.groups.find((x) => x.code === g.code);
    const form = group ? indicatorsFor(ctx.catalog, g.code, g.combined ? 'quarter' : s.period.kind) : [];
    const codes = new Set(form.map((i) => i.code));
    for (const ind of s.indicators.filter((i) => codes.has(i.code))) {
      const total = reporters === 0 ? undefined : g.subtotal[ind.code];
      // Units sent reports but none has all its quarters: the figure is missing data, not nobody's.
      out.push(bullet(`${ind.label}: ${figure(total, ind.unitOfMeasure, reporters === 0 ? MISSING_DATA : NO_REPORTER)}${comparisons(ctx, ind, total, g.code)}.`));
    }
    for (const a of (s.answerIndicators ?? []).filter((x) => codes.has(x.code) && x.section === undefined)) {
      if (a.type === 'boolean') {
        const line = booleanLine(g, a.code, a.label);
        if (line) out.push(line);
      } else {
        const quotes = answerBullets(s, g.rows, a.code);
        if (quotes.length) out.push(paragraph(`${a.label}:`), ...quotes);
      }
    }
    for (const a of (s.answerIndicators ?? []).filter((x) => codes.has(x.code) && x.section === 'highlights')) {
      const quotes = answerBullets(s, g.rows, a.code);
      if (quotes.length) out.push(paragraph(`${a.label}:`), ...quotes);
    }
  });
  return out;
}

function targets(ctx: NarrativeContext): ReportBlock[] {
  const s = ctx.summary;
  if (s.targets.length === 0) return [];
  const labels = new Map(ctx.catalog.indicators.map((i) => [i.code, i]));
  // Only targets someone reported on are counted: a target of a unit that sent nothing is not missed, it is unknown.
  const judged = s.targets.filter((t) => t.actual !== null);
  const met = judged.filter((t) => t.met).length;
  const pending = s.targets.length - judged.length;
  const summaryLine = judged.length === 0
    ? `Chỉ tiêu được giao (${s.targets.length} chỉ tiêu): ${NO_REPORTER}, chưa đánh giá được kết quả trong kỳ.`
    : `Có ${met}/${judged.length} chỉ tiêu được giao đạt kế hoạch trong kỳ${pending ? ` (${pending} chỉ tiêu chưa đánh giá được do đơn vị chưa nộp đủ báo cáo)` : ''}.`;
  const out: ReportBlock[] = [heading('3. Thực hiện chỉ tiêu', 2), paragraph(summaryLine)];
  for (const t of s.targets) {
    const ind = labels.get(t.indicatorCode);
    const uom = ind?.unitOfMeasure ?? '';
    const per = ind?.targetPerMonth ?? 0;
    const rule = `chỉ tiêu ${per < 10 && Number.isInteger(per) ? `0${per}` : formatNumber(per)}${uom ? ` ${uom}` : ''}/tháng`;
    const row = s.groups.flatMap((g) => g.rows).find((r) => r.unitCode === t.unitCode);
    const who = unitInSentence(row?.unitName ?? t.unitCode);
    if (t.actual !== null) {
      out.push(bullet(`${who}: ${formatNumber(t.actual)}/${withUnit(t.target, uom)}, ${t.met ? 'đạt' : 'chưa đạt'} ${rule}.`));
    } else if (row?.missingQuarters?.length) {
      out.push(bullet(`${who}: ${MISSING_DATA} các quý, chưa đánh giá được so với ${rule}.`));
    } else {
      out.push(bullet(`${who}: chưa nộp báo cáo, chưa có kết quả so với ${rule}.`));
    }
  }
  return out;
}

function crossCheck(ctx: NarrativeContext, number: number): ReportBlock[] {
  const s = ctx.summary;
  if (!s.derived) return [];
  const totals = s.derived.totals;
  const parts = s.indicators.filter((i) => i.code in totals).map((i) => `${i.label.charAt(0).toLowerCase()}${i.label.slice(1)} ${withUnit(totals[i.code], i.unitOfMeasure)}`);
  const out: ReportBlock[] = [heading(`${number}. Đối chiếu với số liệu các quý`, 2)];
  if (parts.length === 0) return [...out, paragraph('Chưa đủ báo cáo các quý trong kỳ để đối chiếu số liệu.')];
  out.push(paragraph(`Tổng số liệu báo cáo các quý của những đơn vị đã nộp đủ báo cáo quý: ${parts.join('; ')}.`));
  const mm = s.derived.mismatches;
  if (mm.length === 0) return [...out, paragraph(`Số liệu báo cáo ${labelInSentence(s)} của các đơn vị khớp với tổng số liệu các quý.`)];
  out.push(paragraph(`Có ${mm.length} số liệu báo cáo ${labelInSentence(s)} chưa khớp với tổng số liệu các quý:`));
  for (const m of mm) {
    const ind = s.indicators.find((i) => i.code === m.indicatorCode);
    const row = s.groups.flatMap((g) => g.rows).find((r) => r.unitCode === m.unitCode);
    out.push(bullet(`${unitInSentence(row?.unitName ?? m.unitCode)} – ${ind?.label ?? m.indicatorCode}: báo cáo ${withUnit(m.submitted, ind?.unitOfMeasure)}, `
      + `tổng các quý ${withUnit(m.derived, ind?.unitOfMeasure)} (chênh lệch ${signed(m.submitted - m.derived)}).`));
  }
  return out;
}

export function resultsSection(ctx: NarrativeContext): ReportBlock[] {
  const t = targets(ctx);
  return [heading('II. KẾT QUẢ THỰC HIỆN'), ...byForm(ctx), ...byGroup(ctx), ...t, ...crossCheck(ctx, t.length ? 4 : 3)];
}
