// LockService. This process is the only one running, so a lock is free unless a test says another
// process holds it (`holdElsewhere`), possibly only for a while. Waiting advances the fake clock.
import type { FakeEnv } from './env';

export type LockScope = 'script' | 'document' | 'user';
/** `wallMs` is this process's real time (performance.now), so the bench can say how long a lock was held. */
export interface LockEvent { scope: LockScope; op: 'acquire' | 'release' | 'timeout'; at: Date; method: string; wallMs: number }

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class LockState {
  readonly history: LockEvent[] = [];
  private readonly held = new Set<string>();
  /** scope key -> time (ms) until which another process holds the lock. */
  private readonly elsewhere = new Map<string, number>();

  constructor(private readonly env: FakeEnv) {}

  /** Simulates another execution holding the lock (for `forMs` ms of fake time, or until cleared). */
  holdElsewhere(on: boolean, scope: LockScope = 'script', forMs = Infinity): void {
    if (on) this.elsewhere.set(scope, this.env.clock.nowMs() + forMs); else this.elsewhere.delete(scope);
  }
  isHeld(scope: LockScope = 'script'): boolean { return this.held.has(this._key(scope)); }
  /** Real milliseconds the lock was held in the events from index `from` on (a lock still held counts to now). */
  heldWallMs(scope: LockScope = 'script', from = 0): number {
    let total = 0;
    let since: number | null = null;
    for (const e of this.history.slice(from)) {
      if (e.scope !== scope) continue;
      if (e.op === 'acquire' && since === null) since = e.wallMs;
      if (e.op === 'release' && since !== null) { total += e.wallMs - since; since = null; }
    }
    return since === null ? total : total + performance.now() - since;
  }
  acquisitions(scope: LockScope = 'script'): number { return this.history.filter((e) => e.scope === scope && e.op === 'acquire').length; }

  _key(scope: LockScope): string { return scope === 'user' ? `user:${this.env.users.active}` : scope; }
  _tryAcquire(scope: LockScope, timeoutMs: number, method: string): boolean {
    const key = this._key(scope);
    if (this.held.has(key)) return true;
    const busyUntil = this.elsewhere.get(scope) ?? this.elsewhere.get(key as LockScope) ?? -Infinity;
    const now = this.env.clock.nowMs();
    if (busyUntil > now) {
      const wait = Math.max(0, timeoutMs);
      if (busyUntil > now + wait) {
        this.env.clock.advance(wait);
        this.history.push({ scope, op: 'timeout', at: this.env.clock.now(), method, wallMs: performance.now() });
        return false;
      }
      this.env.clock.advance(busyUntil - now);
      this.elsewhere.delete(scope);
    }
    this.held.add(key);
    this.history.push({ scope, op: 'acquire', at: this.env.clock.now(), method, wallMs: performance.now() });
    return true;
  }
  _release(scope: LockScope): void {
    const key = this._key(scope);
    if (!this.held.delete(key)) return;
    this.history.push({ scope, op: 'release', at: this.env.clock.now(), method: 'releaseLock', wallMs: performance.now() });
  }
  _has(scope: LockScope): boolean { return this.held.has(this._key(scope)); }
}

export class FakeLock {
  constructor(private readonly env: FakeEnv, private readonly state: LockState, private readonly scope: LockScope) {
    env.registry.track(this, 'lock', 'Lock');
  }
  tryLock(timeoutInMillis: number): boolean { return this.state._tryAcquire(this.scope, timeoutInMillis, 'tryLock'); }
  waitLock(timeoutInMillis: number): void {
    if (!this.state._tryAcquire(this.scope, timeoutInMillis, 'waitLock')) throw this.env.error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void { this.state._release(this.scope); }
  hasLock(): boolean { return this.state._has(this.scope); }
  toString(): string { return 'Lock'; }
}

export class FakeLockService {
  constructor(private readonly env: FakeEnv, private readonly state: LockState) {
    env.registry.track(this, 'lock', 'LockService');
  }
  getScriptLock(): FakeLock { return new FakeLock(this.env, this.state, 'script'); }
  getDocumentLock(): FakeLock { return new FakeLock(this.env, this.state, 'document'); }
  getUserLock(): FakeLock { return new FakeLock(this.env, this.state, 'user'); }
  toString(): string { return 'LockService'; }
}
