// CacheService: script, document and per-user caches of strings with an expiry on the fake
// clock. Limits as documented: keys up to 250 characters, values up to 100 KB, expiry from 1 s
// to 21,600 s (default 600 s); a value over the limit throws.
import type { FakeEnv } from './env';
import { ScopedStores } from './scoped-stores';

const MAX_KEY = 250;
const MAX_VALUE = 100 * 1024;
const MAX_SECONDS = 21600;
const DEFAULT_SECONDS = 600;

interface Entry { value: string; expiresAt: number }

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
  get(key: string): string | null { return this.live(String(key))?.value ?? null; }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) { const v = this.get(k); if (v !== null) out[k] = v; }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_SECONDS): void {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_KEY) throw this.env.error(`Argument too large: key`);
    if (v.length > MAX_VALUE) throw this.env.error(`Argument too large: value`);
    const seconds = Math.min(Math.max(1, Number(expirationInSeconds)), MAX_SECONDS);
    this.store.set(k, { value: v, expiresAt: this.env.clock.nowMs() + seconds * 1000 });
  }
  putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_SECONDS): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void { this.store.delete(String(key)); }
  removeAll(keys: string[]): void { for (const k of keys) this.store.delete(String(k)); }
  toString(): string { return 'Cache'; }
}

export class CacheStores extends ScopedStores<Entry> {}

export class FakeCacheService {
  constructor(private readonly env: FakeEnv, readonly stores: CacheStores) {
    env.registry.track(this, 'cache', 'CacheService');
  }
  getScriptCache(): FakeCache { return new FakeCache(this.env, this.stores.script); }
  getDocumentCache(): FakeCache { return new FakeCache(this.env, this.stores.document); }
  getUserCache(): FakeCache { return new FakeCache(this.env, this.stores.user(this.env.users.active)); }
  toString(): string { return 'CacheService'; }
}
