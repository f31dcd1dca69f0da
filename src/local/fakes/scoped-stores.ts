// The three scopes Apps Script keeps key/value data in (PropertiesService, CacheService):
// one store for the script, one for the document, one per user.
export class ScopedStores<V> {
  readonly script = new Map<string, V>();
  readonly document = new Map<string, V>();
  /** Per-user stores by email (public for tests and the playground's snapshots). */
  readonly users = new Map<string, Map<string, V>>();
  user(email: string): Map<string, V> {
    let store = this.users.get(email);
    if (!store) this.users.set(email, (store = new Map()));
    return store;
  }
  /** Drops everything (a test simulating cache expiry or a fresh deployment). */
  clear(): void { this.script.clear(); this.document.clear(); this.users.clear(); }
}
