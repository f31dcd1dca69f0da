// getForm's part of the implausible-figure check: the unit's history baseline, computed from the
// data sheet getForm has already read (no extra Spreadsheet call), is left in the user's cache
// for submitReport and returned to the form, which warns as the officer types.
import type { FigureCheckDto } from '../../contract/rpc';
import { computeBaseline } from '../../domain/review/history-baseline';
import type { Indicator, Period, SubmissionRecord } from '../../domain/types';
import type { Env } from '../env';
import { formCache, storeBaseline } from './history-cache';

export function formChecks(env: Env, email: string, indicators: Indicator[], records: SubmissionRecord[], unitCode: string,
  period: Period): Record<string, FigureCheckDto> {
  const baseline = computeBaseline(indicators, records, unitCode, period);
  // No earlier report: submitReport sees that from its index and needs no cache.
  if (baseline.fingerprint !== '') storeBaseline(formCache(env), email, baseline);
  const checks: Record<string, FigureCheckDto> = {};
  for (const ind of indicators) {
    if (ind.type !== 'count') continue;
    const m = baseline.medians[ind.code];
    const check: FigureCheckDto = {
      ...(ind.plausibleMax !== undefined ? { plausibleMax: ind.plausibleMax } : {}),
      ...(m !== null && m !== undefined && m > 0 ? { historyMedian: m } : {}),
    };
    if (Object.keys(check).length) checks[ind.code] = check;
  }
  return checks;
}
