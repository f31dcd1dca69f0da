// What every fake shares: the clock, the call counters and proxy registry, the users, id generator
// and the "realm" that makes Dates and Errors for the code under test.
import { FakeClock } from './clock';
import { Counters } from './counters';
import { Registry } from './registry';

/**
 * Builds the Dates and Errors handed to the code under test. The vm loader swaps it for the vm
 * context's constructors so that `instanceof Date` / `instanceof Error` hold inside the bundle.
 */
export interface Realm {
  newDate(ms: number): Date;
  newError(message: string): Error;
}

export const hostRealm: Realm = {
  newDate: (ms) => new Date(ms),
  newError: (message) => nameException(new Error(message)),
};

/** Apps Script V8 errors from services are named "Exception" (String(e) = "Exception: ..."). */
export function nameException(error: Error): Error {
  error.name = 'Exception';
  return error;
}

export class Users {
  constructor(public active: string, public effective: string, public owner: string) {}
  /**
   * The user at the keyboard. A user running the script themselves (menu, sidebar) is also the
   * effective user, so both change unless `effective` is given (e.g. a trigger owned by the admin).
   */
  setActive(email: string, effective = email): void { this.active = email; this.effective = effective; }
  setEffective(email: string): void { this.effective = email; }
}

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export class FakeEnv {
  readonly counters = new Counters();
  readonly registry = new Registry(this.counters);
  realm: Realm = hostRealm;
  private readonly idCounts = new Map<string, number>();

  constructor(readonly clock: FakeClock, readonly users: Users, readonly timeZone = DEFAULT_TIME_ZONE) {}

  /** An Error from the current realm, shaped like an Apps Script service exception. */
  error(message: string): Error {
    return this.realm.newError(message);
  }

  /** Deterministic Drive-like ids (44 chars of [A-Za-z0-9_-]). */
  newId(kind: string): string {
    const n = (this.idCounts.get(kind) ?? 0) + 1;
    this.idCounts.set(kind, n);
    return `1Fake${kind}${String(n).padStart(4, '0')}`.padEnd(44, '_');
  }
}

/** Apps Script `User` objects only carry an email in our use. */
export interface FakeUser { getEmail(): string; toString(): string }
export function makeUser(email: string): FakeUser {
  return { getEmail: () => email, toString: () => email };
}

/** Cross-realm date test: values may come from another vm context, so never `instanceof Date`. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
