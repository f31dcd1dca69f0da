// Figures the unit must confirm before the server takes them: above the indicator's plausible
// maximum, or far above the unit's earlier periods (the same rule the office's dashboard flags).
import type { Indicator, IndicatorValue, SubmissionRecord } from '../types';
import { outlierOf } from './outliers';

export interface ConfirmItem {
  code: string;
  label: string;
  value: number;
  message: string;
}

export function figuresToConfirm(indicators: Indicator[], values: Record<string, IndicatorValue>, nothingToReport: boolean,
  earlier: SubmissionRecord[]): ConfirmItem[] {
  if (nothingToReport) return [];
  const out: ConfirmItem[] = [];
  for (const ind of indicators) {
    const value = values[ind.code];
    if (ind.type !== 'count' || typeof value !== 'number') continue;
    const o = outlierOf(value, earlier.map((r) => r.values[ind.code] ?? null), ind.plausibleMax);
    if (o) out.push({ code: ind.code, label: ind.label, value, message: o.message });
  }
  return out;
}

/** How the data sheet records what was confirmed: "LOP_TAP_HUAN=90; TO_ROI=5000". */
export function confirmedText(items: ConfirmItem[]): string {
  return items.map((i) => `${i.code}=${i.value}`).join('; ');
}
