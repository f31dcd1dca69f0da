// Figures the unit must confirm before the server takes them: above the indicator's plausible
// maximum, or far above the unit's earlier periods (the same rule the office's dashboard flags).
import type { Indicator, IndicatorValue } from '../types';
import { HISTORY_FACTOR, type OutlierKind, formatFigure, outliersAgainst } from './outliers';

export interface ConfirmItem {
  code: string;
  label: string;
  value: number;
  message: string;
  /** Why it was asked: every rule it broke. */
  reasons: { kind: OutlierKind; limit: number }[];
}

/** `medians`: the unit's history baseline (count indicator code → median of earlier figures). */
export function figuresToConfirm(indicators: Indicator[], values: Record<string, IndicatorValue>, nothingToReport: boolean,
  medians: Record<string, number | null>): ConfirmItem[] {
  if (nothingToReport) return [];
  const out: ConfirmItem[] = [];
  for (const ind of indicators) {
    const value = values[ind.code];
    if (ind.type !== 'count' || typeof value !== 'number') continue;
    const found = outliersAgainst(value, medians[ind.code] ?? null, ind.plausibleMax);
    if (found.length) {
      out.push({ code: ind.code, label: ind.label, value, message: found.map((o) => o.message).join(' '), reasons: found.map((o) => ({ kind: o.kind, limit: o.limit })) });
    }
  }
  return out;
}

/** What the form is shown of an item: the reasons stay on the server (they go into the stored text). */
export function confirmItemDto({ code, label, value, message }: ConfirmItem): Omit<ConfirmItem, 'reasons'> {
  return { code, label, value, message };
}

function reasonText(r: { kind: OutlierKind; limit: number }): string {
  return r.kind === 'above_max'
    ? `vượt mức hợp lý tối đa ${formatFigure(r.limit)}`
    : `gấp hơn ${HISTORY_FACTOR} lần trung vị các kỳ trước ${formatFigure(r.limit / HISTORY_FACTOR)}`;
}

/**
 * How the data sheet records what was confirmed and why:
 * "LOP_TAP_HUAN=90 (vượt mức hợp lý tối đa 50); TIN_BAI=51 (gấp hơn 5 lần trung vị các kỳ trước 10)".
 */
export function confirmedText(items: ConfirmItem[]): string {
  return items.map((i) => `${i.code}=${i.value} (${i.reasons.map(reasonText).join(' và ')})`).join('; ');
}
