// The parsed configuration in the script cache, made so that the cache can never break a call:
// - CacheService takes at most 100 KB per value counted in UTF-8 bytes (Vietnamese letters take
//   2-3), so the JSON is split over several keys written with one putAll and read with one getAll;
// - keys carry a generation number kept in script properties and bumped on every configuration
//   change, so a read that raced an edit files its stale copy under a generation nobody reads;
// - any cache or properties failure means "not cached": the caller reads the sheets.
// https://developers.google.com/apps-script/reference/cache/cache
import type { AppConfig } from './load-config';
import type { Env } from '../env';

export const GENERATION_PROPERTY = 'cchc:configGeneration';
const KEY_PREFIX = 'cchc:config:';
/** Bytes per chunk: under CacheService's 100 KB with room for any rounding on Google's side. */
export const CHUNK_BYTES = 90 * 1000;
/** At most this many chunks (~900 KB); a larger configuration is simply not cached. */
export const MAX_CHUNKS = 10;
/** CacheService's maximum; edits take effect at once through the generation, this is only a safety net. */
export const CONFIG_CACHE_SECONDS = 6 * 60 * 60;

/** UTF-8 length without TextEncoder (absent in Apps Script). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n += 4; i++; } else n += 3;
  }
  return n;
}

/** Splits on character boundaries (never inside a surrogate pair) into pieces of at most `max` bytes. */
export function splitUtf8(s: string, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > max) { out.push(s.slice(start, i)); start = i; bytes = 0; }
    bytes += size;
    if (pair) i++;
  }
  if (start < s.length || out.length === 0) out.push(s.slice(start));
  return out;
}

function keys(generation: string): { head: string; chunk: (i: number) => string } {
  return { head: `${KEY_PREFIX}${generation}:n`, chunk: (i) => `${KEY_PREFIX}${generation}:${i}` };
}

export function configGeneration(env: Env): string {
  try {
    return env.g.PropertiesService.getScriptProperties().getProperty(GENERATION_PROPERTY) ?? '0';
  } catch {
    return 'unavailable';
  }
}

export function bumpConfigGeneration(env: Env): void {
  const props = env.g.PropertiesService.getScriptProperties();
  const current = Number(props.getProperty(GENERATION_PROPERTY) ?? '0');
  props.setProperty(GENERATION_PROPERTY, String((Number.isFinite(current) ? current : 0) + 1));
}

export function readCachedConfig(env: Env): AppConfig | null {
  try {
    const cache = env.g.CacheService?.getScriptCache();
    if (!cache) return null;
    const generation = configGeneration(env);
    if (generation === 'unavailable') return null;
    const k = keys(generation);
    const all = cache.getAll([k.head, ...Array.from({ length: MAX_CHUNKS }, (_, i) => k.chunk(i))]);
    const count = Number(all[k.head]);
    if (!Number.isInteger(count) || count < 1 || count > MAX_CHUNKS) return null;
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const part = all[k.chunk(i)];
      if (typeof part !== 'string') return null; // a chunk was evicted: read the sheets
      parts.push(part);
    }
    return JSON.parse(parts.join('')) as AppConfig;
  } catch (e) {
    console.warn('config cache read failed; reading the sheets', e);
    return null;
  }
}

export function writeCachedConfig(env: Env, generation: string, json: string): void {
  if (generation === 'unavailable') return;
  try {
    const cache = env.g.CacheService?.getScriptCache();
    if (!cache) return;
    const parts = splitUtf8(json, CHUNK_BYTES);
    if (parts.length > MAX_CHUNKS) return;
    const k = keys(generation);
    const values: Record<string, string> = { [k.head]: String(parts.length) };
    parts.forEach((p, i) => { values[k.chunk(i)] = p; });
    cache.putAll(values, CONFIG_CACHE_SECONDS);
  } catch (e) {
    console.warn('config cache write failed; the configuration stays uncached', e);
  }
}
