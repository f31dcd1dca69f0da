// PropertiesService: script, document and per-user stores, kept apart; values are always strings.
import type { FakeEnv } from './env';
import { ScopedStores } from './scoped-stores';

export class FakeProperties {
  constructor(env: FakeEnv, private readonly store: Map<string, string>) {
    env.registry.track(this, 'properties', 'Properties');
  }
  getProperty(key: string): string | null { return this.store.get(String(key)) ?? null; }
  setProperty(key: string, value: unknown): this { this.store.set(String(key), String(value)); return this; }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  getProperties(): Record<string, string> { return Object.fromEntries(this.store); }
  getKeys(): string[] { return [...this.store.keys()]; }
  deleteProperty(key: string): this { this.store.delete(String(key)); return this; }
  deleteAllProperties(): this { this.store.clear(); return this; }
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
