// The confirmation round trip for implausible figures (called by submitReport under its lock).
// The server decides what needs confirming — above the plausible maximum, or above 5× the
// unit's median of earlier periods — and hands out a one-time challenge kept in the user's
// cache; only a resubmission that answers that very challenge (same user, unit, period and
// figures) is accepted, so a client that just claims "confirmed" gets asked again.
//
// The history rule needs the unit's earlier figures, which the index read under the lock does
// not carry. The baseline getForm left in the cache is used when it was computed from exactly
// the earlier reports the index shows now; otherwise (expired, evicted, never opened the form,
// or an earlier period revised since) the data sheet is read once more (2 Spreadsheet calls).
import type { SubmitResult } from '../../contract/rpc';
import { type ConfirmItem, confirmItemDto, confirmedText, figuresToConfirm } from '../../domain/review/confirm';
import { type HistoryBaseline, computeBaseline, usableBaseline } from '../../domain/review/history-baseline';
import { earlierLatest } from '../../domain/review/compare';
import type { Indicator, IndicatorValue, Period, Unit } from '../../domain/types';
import type { Env } from '../env';
import { readTable } from '../sheets/table';
import { type SubmissionIndexRow, parseRecords } from '../storage/submissions';
import { type FormCache, baselineKey, challengeKey, formCache, parseBaseline, readAll, storeBaseline } from './history-cache';

/** The data-sheet column (found by header, like every column) that stores what the unit confirmed. */
export const CONFIRMED_COLUMN = 'Xác nhận số liệu bất thường';
const TTL_SECONDS = 30 * 60;
const TOKEN = /^[A-Za-z0-9-]{8,64}$/;
export const CACHE_DOWN = 'Có số liệu bất thường cần xác nhận nhưng hệ thống tạm thời chưa ghi được câu hỏi xác nhận. Vui lòng bấm Gửi lại sau ít phút; số liệu đã nhập vẫn được giữ nguyên.';

interface Challenge { email: string; unitCode: string; periodId: string; values: Record<string, number> }

export interface ConfirmContext {
  email: string;
  unit: Unit;
  period: Period;
  indicators: Indicator[];
  values: Record<string, IndicatorValue>;
  nothingToReport: boolean;
  /** The index rows read under the lock, and the data sheet they came from. */
  index: SubmissionIndexRow[];
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** The payload's `confirmation` as sent: { token, codes }. */
  confirmation: unknown;
}

export type ConfirmOutcome =
  | { ok: true; confirmed: string; items: ConfirmItem[]; baseline: 'none' | 'cache' | 'sheet' }
  | { ok: false; result: SubmitResult; baseline: 'none' | 'cache' | 'sheet' };

function answered(raw: string | undefined, ctx: ConfirmContext, codes: unknown[], items: ConfirmItem[]): boolean {
  if (!raw) return false;
  let challenge: Challenge;
  try { challenge = JSON.parse(raw) as Challenge; } catch { return false; }
  if (challenge.email !== ctx.email || challenge.unitCode !== ctx.unit.code || challenge.periodId !== ctx.period.id) return false;
  return items.every((i) => challenge.values[i.code] === i.value && codes.includes(i.code));
}

/** The unit's whole history from the sheet (the fallback), cached again for the next attempt. */
function baselineFromSheet(cache: FormCache | null, ctx: ConfirmContext): HistoryBaseline {
  const records = parseRecords(readTable(ctx.sheet));
  const baseline = computeBaseline(ctx.indicators, records, ctx.unit.code, ctx.period);
  storeBaseline(cache, ctx.email, baseline);
  return baseline;
}

export function checkConfirmation(env: Env, ctx: ConfirmContext): ConfirmOutcome {
  const counts = ctx.indicators.filter((i) => i.type === 'count' && typeof ctx.values[i.code] === 'number');
  if (ctx.nothingToReport || counts.length === 0) return { ok: true, confirmed: '', items: [], baseline: 'none' };
  const earlier = earlierLatest(ctx.index, ctx.unit.code, ctx.period);
  const c = ctx.confirmation as { token?: unknown; codes?: unknown } | null | undefined;
  const token = c && typeof c.token === 'string' && TOKEN.test(c.token) && Array.isArray(c.codes) ? c.token : null;
  const histKey = earlier.length ? baselineKey(ctx.unit.code, ctx.period.id) : null;
  const needCache = earlier.length > 0 || token !== null;
  const cache = needCache ? formCache(env) : null;
  const got = readAll(cache, [histKey, token && challengeKey(token)].filter((k): k is string => !!k));

  let medians: Record<string, number | null> = {};
  let source: ConfirmOutcome['baseline'] = 'none';
  if (earlier.length) {
    const cached = usableBaseline(parseBaseline(histKey ? got[histKey] : null, ctx.email), ctx.indicators, ctx.unit.code, ctx.period, earlier);
    medians = (cached ?? baselineFromSheet(cache, ctx)).medians;
    source = cached ? 'cache' : 'sheet';
  }
  const items = figuresToConfirm(ctx.indicators, ctx.values, ctx.nothingToReport, medians);
  if (items.length === 0) return { ok: true, confirmed: '', items, baseline: source };
  if (token && answered(got[challengeKey(token)], ctx, c!.codes as unknown[], items)) {
    return { ok: true, confirmed: confirmedText(items), items, baseline: source };
  }
  const fresh = env.uuid();
  const challenge: Challenge = { email: ctx.email, unitCode: ctx.unit.code, periodId: ctx.period.id, values: Object.fromEntries(items.map((i) => [i.code, i.value])) };
  try {
    const store = cache ?? formCache(env);
    if (!store) throw new Error('no CacheService');
    store.put(challengeKey(fresh), JSON.stringify(challenge), TTL_SECONDS);
  } catch (e) {
    console.warn('confirmation challenge not stored', e); // nothing to answer: refuse rather than skip the question
    return { ok: false, baseline: source, result: { ok: false, errors: [{ field: 'payload', message: CACHE_DOWN }] } };
  }
  return {
    ok: false,
    baseline: source,
    result: {
      ok: false,
      errors: items.map((i) => ({ field: i.code, message: `${i.label}: ${i.value} — ${i.message} Hãy kiểm tra lại; nếu đúng, đánh dấu xác nhận rồi gửi.` })),
      confirm: { token: fresh, items: items.map(confirmItemDto) },
    },
  };
}
