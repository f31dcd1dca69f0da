// Figures that look wrong before they reach the official report: above the indicator's
// plausible maximum, or far above what the unit reported in earlier periods.
import type { IndicatorValue } from '../types';

/** The optional column of the Chỉ tiêu sheet holding an indicator's plausible maximum. */
export const PLAUSIBLE_MAX_COLUMN = 'Mức hợp lý tối đa';

/** "Far above": more than this many times the median of the unit's earlier periods. */
export const HISTORY_FACTOR = 5;

export type OutlierKind = 'above_max' | 'above_history';

export interface Outlier {
  kind: OutlierKind;
  /** The limit the value went over (the plausible maximum, or FACTOR × median). */
  limit: number;
  message: string;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The unit's history baseline for one indicator: the median of its numeric earlier figures. */
export function historyMedian(earlier: IndicatorValue[]): number | null {
  return median(earlier.filter((v): v is number => typeof v === 'number'));
}

/** 1,5 and 1.000 as the Vietnamese messages write them. */
export function formatFigure(n: number): string {
  const [int, frac] = String(Math.round(n * 100) / 100).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? `,${frac}` : '');
}

/**
 * Every reason `value` looks implausible (plausible maximum first), given the history median
 * (null: no history). A median of 0 says nothing about scale, so it never flags.
 */
export function outliersAgainst(value: IndicatorValue, historyMedianValue: number | null, plausibleMax?: number): Outlier[] {
  if (typeof value !== 'number') return [];
  const out: Outlier[] = [];
  if (plausibleMax !== undefined && value > plausibleMax) {
    out.push({ kind: 'above_max', limit: plausibleMax, message: `Vượt mức hợp lý tối đa (${formatFigure(plausibleMax)}).` });
  }
  const m = historyMedianValue;
  if (m !== null && m > 0 && value > HISTORY_FACTOR * m) {
    out.push({ kind: 'above_history', limit: HISTORY_FACTOR * m, message: `Gấp hơn ${HISTORY_FACTOR} lần trung vị các kỳ trước (${formatFigure(m)}).` });
  }
  return out;
}

/**
 * Why `value` looks implausible, or null (the dashboard's marker: the first reason). `earlier`
 * are the unit's figures for the same indicator in earlier periods of the same kind
 * (non-numbers ignored).
 */
export function outlierOf(value: IndicatorValue, earlier: IndicatorValue[], plausibleMax?: number): Outlier | null {
  return outliersAgainst(value, historyMedian(earlier), plausibleMax)[0] ?? null;
}
