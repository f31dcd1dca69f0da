// The confirmation round trip for implausible figures (called by submitReport under its lock).
// The server decides what needs confirming and hands out a one-time challenge kept in the
// script cache; only a resubmission that answers that very challenge (same user, unit, period
// and figures) is accepted, so a client that just claims "confirmed" gets asked again.
import type { SubmitResult } from '../../contract/rpc';
import { earlierReports, revisionsIndex } from '../../domain/review/compare';
import { type ConfirmItem, confirmedText, figuresToConfirm } from '../../domain/review/confirm';
import type { Indicator, IndicatorValue, Period, SubmissionRecord, Unit } from '../../domain/types';
import type { Env } from '../env';

/** The data-sheet column (found by header, like every column) that stores what the unit confirmed. */
export const CONFIRMED_COLUMN = 'Xác nhận số liệu bất thường';
const TTL_SECONDS = 30 * 60;
const keyOf = (token: string): string => `cchc:confirm:${token}`;

interface Challenge { email: string; unitCode: string; periodId: string; values: Record<string, number> }

export interface ConfirmContext {
  email: string;
  unit: Unit;
  period: Period;
  indicators: Indicator[];
  values: Record<string, IndicatorValue>;
  nothingToReport: boolean;
  records: SubmissionRecord[];
  /** The payload's `confirmation` as sent: { token, codes }. */
  confirmation: unknown;
}

export type ConfirmOutcome = { ok: true; confirmed: string } | { ok: false; result: SubmitResult };

function answered(env: Env, ctx: ConfirmContext, items: ConfirmItem[]): boolean {
  const c = ctx.confirmation as { token?: unknown; codes?: unknown } | null | undefined;
  if (!c || typeof c.token !== 'string' || !Array.isArray(c.codes) || !/^[A-Za-z0-9-]{8,64}$/.test(c.token)) return false;
  const raw = env.g.CacheService?.getScriptCache().get(keyOf(c.token));
  if (!raw) return false;
  const challenge = JSON.parse(raw) as Challenge;
  if (challenge.email !== ctx.email || challenge.unitCode !== ctx.unit.code || challenge.periodId !== ctx.period.id) return false;
  const codes = c.codes as unknown[];
  return items.every((i) => challenge.values[i.code] === i.value && codes.includes(i.code));
}

export function checkConfirmation(env: Env, ctx: ConfirmContext): ConfirmOutcome {
  const earlier = earlierReports(revisionsIndex(ctx.records), ctx.unit.code, ctx.period);
  const items = figuresToConfirm(ctx.indicators, ctx.values, ctx.nothingToReport, earlier);
  if (items.length === 0) return { ok: true, confirmed: '' };
  if (answered(env, ctx, items)) return { ok: true, confirmed: confirmedText(items) };
  const token = env.uuid();
  const challenge: Challenge = { email: ctx.email, unitCode: ctx.unit.code, periodId: ctx.period.id, values: Object.fromEntries(items.map((i) => [i.code, i.value])) };
  env.g.CacheService?.getScriptCache().put(keyOf(token), JSON.stringify(challenge), TTL_SECONDS);
  return {
    ok: false,
    result: {
      ok: false,
      errors: items.map((i) => ({ field: i.code, message: `${i.label}: ${i.value} — ${i.message} Hãy kiểm tra lại; nếu đúng, đánh dấu xác nhận rồi gửi.` })),
      confirm: { token, items },
    },
  };
}
