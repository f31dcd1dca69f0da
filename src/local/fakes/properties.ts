// PropertiesService: script, document and per-user stores, kept apart; values are always strings.
// Quotas from https://developers.google.com/apps-script/guides/services/quotas#current_limitations :
// 9 KB per value, 500 KB per property store (counted here in UTF-8 bytes of keys and values).
import type { FakeEnv } from './env';
import { ScopedStores } from './scoped-stores';

export const PROPERTY_MAX_VALUE_BYTES = 9 * 1024;
export const PROPERTY_MAX_STORE_BYTES = 500 * 1024;
export const PROPERTY_QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class FakeProperties {
  constructor(private readonly env: FakeEnv, private readonly store: Map<string, string>) {
    env.registry.track(this, 'properties', 'Properties');
  }
  getProperty(key: string): string | null { return this.store.get(String(key)) ?? null; }
  setProperty(key: string, value: unknown): this { return this.write({ [String(key)]: value }, false); }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this { return this.write(properties, deleteAllOthers); }
  getProperties(): Record<string, string> { return Object.fromEntries(this.store); }
  getKeys(): string[] { return [...this.store.keys()]; }
  deleteProperty(key: string): this { this.store.delete(String(key)); return this; }
  deleteAllProperties(): this { this.store.clear(); return this; }
  /** Checks both limits before changing anything. */
  private write(properties: Record<string, unknown>, deleteAllOthers: boolean): this {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [k, v] of Object.entries(properties)) {
      const value = String(v);
      if (bytes(value) > PROPERTY_MAX_VALUE_BYTES) throw this.env.error('Argument too large: value');
      next.set(k, value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_MAX_STORE_BYTES) throw this.env.error(PROPERTY_QUOTA_MESSAGE);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return this;
  }
  toString(): string { return 'Properties'; }
}

/** Property values are strings. */
export class PropertyStores extends ScopedStores<string> {}

export class FakePropertiesService {
  constructor(private readonly env: FakeEnv, readonly stores: PropertyStores) {
    env.registry.track(this, 'properties', 'PropertiesService');
  }
  getScriptProperties(): FakeProperties { return new FakeProperties(this.env, this.stores.script); }
  getDocumentProperties(): FakeProperties { return new FakeProperties(this.env, this.stores.document); }
  /** The store of the user running the script (the active user). */
  getUserProperties(): FakeProperties { return new FakeProperties(this.env, this.stores.user(this.env.users.active)); }
  toString(): string { return 'PropertiesService'; }
}
