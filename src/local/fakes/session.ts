// Session: active user (may be '' when Google withholds it), effective user, script time zone.
import { createHash } from 'node:crypto';
import { type FakeEnv, type FakeUser, makeUser } from './env';

export class FakeSession {
  constructor(private readonly env: FakeEnv) {
    env.registry.track(this, 'session', 'Session');
  }
  getActiveUser(): FakeUser { return makeUser(this.env.users.active); }
  getEffectiveUser(): FakeUser { return makeUser(this.env.users.effective); }
  getScriptTimeZone(): string { return this.env.timeZone; }
  getActiveUserLocale(): string { return 'vi'; }
  /** Stable per user and script, opaque, never the email itself. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`fake-script|${this.env.users.active}`).digest('base64').slice(0, 43);
  }
  toString(): string { return 'Session'; }
}
