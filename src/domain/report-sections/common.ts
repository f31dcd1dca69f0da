// Shared pieces of the report's sections: the context every section reads, block makers and
// the Vietnamese phrasing of names, figures and comparisons.
import type { Catalog, Settings } from '../types';
import type { SummaryModel, SummaryRow } from '../summary-types';
import type { ReportBlock } from '../report-types';
import { formatNumber, lowerFirst } from '../report-format';

export interface NarrativeContext {
  summary: SummaryModel;
  /** The previous period of the same kind (for quarters and months), when anyone reported for it. */
  previous: SummaryModel | null;
  /** The same period of the previous year, when anyone reported for it. */
  lastYear?: SummaryModel | null;
  /** For a 6-month or year report that one quarterly submission covers: that quarter alone. */
  quarter?: SummaryModel | null;
  settings: Settings;
  catalog: Catalog;
}

export const heading = (text: string, level: 1 | 2 = 1): ReportBlock => ({ type: 'heading', text, level });
export const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', text });
export const bullet = (text: string): ReportBlock => ({ type: 'bullet', text });

export const NO_REPORTER = 'chưa có đơn vị báo cáo';
export const MISSING_DATA = 'thiếu số liệu';

/** 'Quý I/2024' stays as written; 'Năm 2024', 'Quý II và 6 tháng…' continue a sentence in lower case. */
export function labelInSentence(summary: SummaryModel): string {
  return summary.period.kind === 'quarter' ? summary.periodLabel : lowerFirst(summary.periodLabel);
}

export function rowsOf(summary: SummaryModel): SummaryRow[] {
  return summary.groups.flatMap((g) => g.rows);
}

/** Level words that lose their capital inside a sentence: 'Xã Cẩm Bình' → 'xã Cẩm Bình'. */
const LEVELS = /^(Xã|Thị trấn|Phường|Thị xã|Huyện|Tỉnh) /;

/** A unit's name inside a sentence: 'UBND xã Cẩm Bình' as typed; a bare 'Xã Cẩm Bình' gets its level in lower case. */
export function unitInSentence(name: string): string {
  const t = name.normalize('NFC').trim();
  return LEVELS.test(t) ? lowerFirst(t) : t;
}

export function nameOf(summary: SummaryModel, unitCode: string): string {
  return unitInSentence(rowsOf(summary).find((r) => r.unitCode === unitCode)?.unitName ?? unitCode);
}

export function withUnit(n: number, uom: string | undefined): string {
  return uom ? `${formatNumber(n)} ${uom}` : formatNumber(n);
}

/** '+12', '-3', '0'. */
export function signed(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

/** 'tăng 5 tin, bài so với Quý I/2024', 'bằng …', or null when either side is unknown. */
export function compareWith(now: number | undefined, before: SummaryModel | null | undefined, code: string, uom: string | undefined, what: string): string | null {
  if (now === undefined || !before || !(code in before.totals)) return null;
  const diff = now - before.totals[code];
  const label = `${what} (${before.periodLabel})`;
  if (diff === 0) return `bằng ${label}`;
  return `${diff > 0 ? 'tăng' : 'giảm'} ${withUnit(Math.abs(diff), uom)} so với ${label}`;
}

/** A text answer shortened for running text at a word boundary, in quotes. */
export function quote(text: string, max = 300): string {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '');
  if (t.length <= max) return `“${t}”`;
  const cut = t.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `“${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[.;,]+$/, '')}…”`;
}

/** At most this many units are quoted per answer; the rest are counted and left to the appendix. */
export const QUOTES_PER_ANSWER = 12;

/**
 * Units' answers to one text indicator, quoted by unit ('- UBND xã Cẩm Bình: “…”.'); units that
 * wrote the same thing share one line, so the report condenses rather than repeats.
 */
export function answerBullets(summary: SummaryModel, rows: SummaryRow[], code: string): ReportBlock[] {
  const byText = new Map<string, string[]>();
  for (const r of rows) {
    const v = r.answers?.[code];
    if (typeof v !== 'string') continue;
    const key = quote(v);
    const names = byText.get(key);
    if (names) names.push(unitInSentence(r.unitName));
    else byText.set(key, [unitInSentence(r.unitName)]);
  }
  const entries = [...byText];
  const shown = entries.slice(0, QUOTES_PER_ANSWER).map(([text, names]) => bullet(`${names.join(', ')}: ${text}.`));
  const more = entries.slice(QUOTES_PER_ANSWER).reduce((n, [, names]) => n + names.length, 0);
  if (more > 0) shown.push(bullet(`Và ${more} đơn vị khác (xem báo cáo của từng đơn vị trên trang tổng hợp ${summary.periodLabel}).`));
  return shown;
}
