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

const fmt = (n: number): string => String(Math.round(n * 100) / 100).replace('.', ',');

/**
 * Why `value` looks implausible, or null. `earlier` are the unit's figures for the same
 * indicator in earlier periods of the same kind (non-numbers ignored); a median of 0 says
 * nothing about scale, so it never flags.
 */
export function outlierOf(value: IndicatorValue, earlier: IndicatorValue[], plausibleMax?: number): Outlier | null {
  if (typeof value !== 'number') return null;
  if (plausibleMax !== undefined && value > plausibleMax) {
    return { kind: 'above_max', limit: plausibleMax, message: `Vượt mức hợp lý tối đa (${fmt(plausibleMax)}).` };
  }
  const m = median(earlier.filter((v): v is number => typeof v === 'number'));
  if (m !== null && m > 0 && value > HISTORY_FACTOR * m) {
    return { kind: 'above_history', limit: HISTORY_FACTOR * m, message: `Gấp hơn ${HISTORY_FACTOR} lần trung vị các kỳ trước (${fmt(m)}).` };
  }
  return null;
}
