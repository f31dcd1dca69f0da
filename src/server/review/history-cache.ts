// Where the form's history baseline waits between getForm and submitReport: the per-user cache
// (CacheService.getUserCache: bound to the account at the keyboard by Google, and not sharing
// the script cache's 1,000 items with the configuration chunks), under a key naming the unit and
// period. Limits (https://developers.google.com/apps-script/reference/cache/cache): keys up to
// 250 characters, values up to 100 KB, 6 hours at most, entries may vanish earlier. Nothing here
// is trusted blindly: submitReport re-checks the baseline against the index it reads under the
// lock, and any cache failure means "not cached" (the caller reads the sheet).
import { type HistoryBaseline } from '../../domain/review/history-baseline';
import type { Env } from '../env';

/** CacheService's maximum: the fingerprint check, not the expiry, keeps a baseline honest. */
export const BASELINE_TTL_SECONDS = 6 * 60 * 60;
const MAX_KEY_CHARS = 250;

export type FormCache = GoogleAppsScript.Cache.Cache;

export function baselineKey(unitCode: string, periodId: string): string | null {
  const key = `cchc:hist:v1:${periodId}:${unitCode}`;
  return key.length <= MAX_KEY_CHARS ? key : null;
}

export function challengeKey(token: string): string {
  return `cchc:confirm:${token}`;
}

/** The current user's cache, or null when the service is missing or failing. */
export function formCache(env: Env): FormCache | null {
  try {
    return env.g.CacheService?.getUserCache() ?? null;
  } catch (e) {
    console.warn('user cache unavailable', e);
    return null;
  }
}

interface StoredBaseline extends HistoryBaseline { email: string }

export function storeBaseline(cache: FormCache | null, email: string, baseline: HistoryBaseline): void {
  const key = baselineKey(baseline.unitCode, baseline.periodId);
  if (!cache || !key) return;
  const stored: StoredBaseline = { ...baseline, email };
  try {
    cache.put(key, JSON.stringify(stored), BASELINE_TTL_SECONDS);
  } catch (e) {
    console.warn('history baseline not cached', e); // too large or the service failed: submit reads the sheet
  }
}

/** The stored baseline for this user (unchecked against the data: see usableBaseline), or null. */
export function parseBaseline(raw: string | undefined | null, email: string): HistoryBaseline | null {
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as StoredBaseline;
    if (!stored || stored.email !== email) return null;
    const { email: _who, ...baseline } = stored;
    return baseline;
  } catch {
    return null;
  }
}

/** One cache read for every key the submission needs; {} when the cache fails. */
export function readAll(cache: FormCache | null, keys: string[]): Record<string, string> {
  if (!cache || keys.length === 0) return {};
  try {
    return cache.getAll(keys) ?? {};
  } catch (e) {
    console.warn('user cache read failed', e);
    return {};
  }
}
