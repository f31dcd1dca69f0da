// CacheService: script, document and per-user caches of strings with an expiry on the fake clock.
// Limits from https://developers.google.com/apps-script/reference/cache/cache : keys up to 250
// characters, values up to 100 KB (counted here in UTF-8 bytes, and strictly: 100,000 bytes),
// expiry from 1 s to 21,600 s (default 600 s), at most 1,000 items per cache (older ones are
// evicted). A value or key over the limit throws.
import type { FakeEnv } from './env';
import { ScopedStores } from './scoped-stores';

export const CACHE_MAX_KEY_CHARS = 250;
export const CACHE_MAX_VALUE_BYTES = 100 * 1000;
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_MAX_ITEMS = 1000;
const DEFAULT_SECONDS = 600;

interface Entry { value: string; expiresAt: number }

export function utf8Bytes(s: string): number { return Buffer.byteLength(s, 'utf8'); }

export class FakeCache {
  constructor(private readonly env: FakeEnv, private readonly store: Map<string, Entry>) {
    env.registry.track(this, 'cache', 'Cache');
  }
  private live(key: string): Entry | undefined {
    const e = this.store.get(key);
    if (e && e.expiresAt <= this.env.clock.nowMs()) {
      this.store.delete(key);
      return undefined;
    }
    return e;
  }
  get(key: string): string | null { return this.live(this.key(key))?.value ?? null; }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) { const v = this.live(this.key(k)); if (v) out[k] = v.value; }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_SECONDS): void {
    this.putAll({ [String(key)]: value }, expirationInSeconds);
  }
  /** All or nothing: every key and value is checked before any is stored. */
  putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_SECONDS): void {
    const entries = Object.entries(values).map(([k, v]) => [this.key(k), String(v)] as const);
    for (const [, v] of entries) if (utf8Bytes(v) > CACHE_MAX_VALUE_BYTES) throw this.env.error('Argument too large: value');
    const seconds = Math.min(Math.max(1, Number(expirationInSeconds)), CACHE_MAX_SECONDS);
    for (const [k, v] of entries) {
      this.store.delete(k);
      this.store.set(k, { value: v, expiresAt: this.env.clock.nowMs() + seconds * 1000 });
    }
    // Over the item cap the oldest entries go first.
    for (const k of this.store.keys()) { if (this.store.size <= CACHE_MAX_ITEMS) break; this.store.delete(k); }
  }
  remove(key: string): void { this.store.delete(this.key(key)); }
  removeAll(keys: string[]): void { for (const k of keys) this.store.delete(this.key(k)); }
  private key(key: unknown): string {
    const k = String(key);
    if (k.length > CACHE_MAX_KEY_CHARS) throw this.env.error('Argument too large: key');
    return k;
  }
  toString(): string { return 'Cache'; }
}

export class CacheStores extends ScopedStores<Entry> {
  /** Test hook: every cache call throws (the service is down or over quota). */
  failing = false;
}

export class FakeCacheService {
  constructor(private readonly env: FakeEnv, readonly stores: CacheStores) {
    env.registry.track(this, 'cache', 'CacheService');
  }
  getScriptCache(): FakeCache { return this.open(this.stores.script); }
  getDocumentCache(): FakeCache { return this.open(this.stores.document); }
  getUserCache(): FakeCache { return this.open(this.stores.user(this.env.users.active)); }
  private open(store: Map<string, Entry>): FakeCache {
    if (this.stores.failing) throw this.env.error('Service error: CacheService');
    return new FakeCache(this.env, store);
  }
  toString(): string { return 'CacheService'; }
}
