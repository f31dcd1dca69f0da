// ScriptApp: installable trigger registry (builders, 20 per user per script), ids, enums.
import type { FakeEnv } from './env';
import type { Grants } from './auth/grants';

export const EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED' } as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;
export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const WeekDay = { MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY', SUNDAY: 'SUNDAY' } as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
export const AUTH_REQUIRED_MESSAGE = 'Authorization is required to perform that action.';
export const MAX_TRIGGERS = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export interface Schedule {
  everyMinutes?: number; everyHours?: number; everyDays?: number; everyWeeks?: number; onWeekDay?: string;
  onMonthDay?: number; atHour?: number; nearMinute?: number; timeZone?: string; at?: string; after?: number;
}
export interface TriggerRecord {
  id: string; handler: string; eventType: string; source: string; sourceId: string | null; owner: string; schedule: Schedule;
}

export class TriggerRegistry {
  readonly all: FakeTrigger[] = [];
  private seq = 0;
  constructor(private readonly env: FakeEnv) {}
  records(): TriggerRecord[] { return this.all.map((t) => t.record); }
  _add(record: Omit<TriggerRecord, 'id' | 'owner'>): FakeTrigger {
    const owner = this.env.users.effective;
    if (this.all.filter((t) => t.record.owner === owner).length >= MAX_TRIGGERS) throw this.env.error(TOO_MANY_TRIGGERS);
    const trigger = new FakeTrigger(this.env, { ...record, id: String(8_000_000_000 + ++this.seq * 7919), owner });
    this.all.push(trigger);
    return trigger;
  }
}

export class FakeTrigger {
  constructor(env: FakeEnv, readonly record: TriggerRecord) { env.registry.track(this, 'script', 'Trigger'); }
  getHandlerFunction(): string { return this.record.handler; }
  getEventType(): string { return this.record.eventType; }
  getUniqueId(): string { return this.record.id; }
  getTriggerSource(): string { return this.record.source; }
  getTriggerSourceId(): string | null { return this.record.sourceId; }
  toString(): string { return 'Trigger'; }
}

class ClockTriggerBuilder {
  private readonly schedule: Schedule = {};
  constructor(private readonly env: FakeEnv, private readonly registry: TriggerRegistry, private readonly handler: string) {
    env.registry.track(this, 'script', 'ClockTriggerBuilder');
  }
  everyMinutes(n: number): this { return this.set('everyMinutes', n, [1, 5, 10, 15, 30], 'The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.'); }
  everyHours(n: number): this { return this.set('everyHours', n, [1, 2, 4, 6, 8, 12], 'The value passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.'); }
  everyDays(n: number): this { return this.set('everyDays', n, null, ''); }
  everyWeeks(n: number): this { return this.set('everyWeeks', n, null, ''); }
  onWeekDay(day: string): this { this.schedule.onWeekDay = String(day); return this; }
  onMonthDay(day: number): this { this.schedule.onMonthDay = day; return this; }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw this.env.error('The hour must be between 0 and 23.');
    this.schedule.atHour = hour;
    return this;
  }
  nearMinute(minute: number): this { this.schedule.nearMinute = minute; return this; }
  inTimezone(timezone: string): this { this.schedule.timeZone = String(timezone); return this; }
  at(date: Date): this { this.schedule.at = new Date(date.getTime()).toISOString(); return this; }
  after(durationMilliseconds: number): this { this.schedule.after = durationMilliseconds; return this; }
  create(): FakeTrigger {
    const s = this.schedule;
    if (s.everyMinutes === undefined && s.everyHours === undefined && s.everyDays === undefined && s.everyWeeks === undefined
      && s.onMonthDay === undefined && s.at === undefined && s.after === undefined) {
      throw this.env.error('Clock-based trigger needs a recurrence or a time (everyDays, everyHours, at, after…).');
    }
    return this.registry._add({ handler: this.handler, eventType: EventType.CLOCK, source: TriggerSource.CLOCK, sourceId: null, schedule: { ...s } });
  }
  private set(key: keyof Schedule, n: number, allowed: number[] | null, message: string): this {
    if (!Number.isInteger(n) || n < 1 || (allowed && !allowed.includes(n))) throw this.env.error(message || `Invalid argument: ${key}`);
    (this.schedule as Record<string, number>)[key] = n;
    return this;
  }
  toString(): string { return 'ClockTriggerBuilder'; }
}

class SpreadsheetTriggerBuilder {
  private eventType: string | null = null;
  constructor(private readonly env: FakeEnv, private readonly registry: TriggerRegistry, private readonly handler: string, private readonly sourceId: string) {
    env.registry.track(this, 'script', 'SpreadsheetTriggerBuilder');
  }
  onOpen(): this { this.eventType = EventType.ON_OPEN; return this; }
  onEdit(): this { this.eventType = EventType.ON_EDIT; return this; }
  onChange(): this { this.eventType = EventType.ON_CHANGE; return this; }
  onFormSubmit(): this { this.eventType = EventType.ON_FORM_SUBMIT; return this; }
  create(): FakeTrigger {
    if (!this.eventType) throw this.env.error('Missing event type: call onOpen, onEdit, onChange or onFormSubmit before create.');
    return this.registry._add({ handler: this.handler, eventType: this.eventType, source: TriggerSource.SPREADSHEETS, sourceId: this.sourceId, schedule: {} });
  }
  toString(): string { return 'SpreadsheetTriggerBuilder'; }
}

class TriggerBuilder {
  constructor(private readonly env: FakeEnv, private readonly registry: TriggerRegistry, private readonly handler: string) {
    env.registry.track(this, 'script', 'TriggerBuilder');
  }
  timeBased(): ClockTriggerBuilder { return new ClockTriggerBuilder(this.env, this.registry, this.handler); }
  forSpreadsheet(sheet: string | { getId(): string }): SpreadsheetTriggerBuilder {
    return new SpreadsheetTriggerBuilder(this.env, this.registry, this.handler, typeof sheet === 'string' ? sheet : sheet.getId());
  }
  toString(): string { return 'TriggerBuilder'; }
}

export class FakeScriptApp {
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly AuthMode = AuthMode;
  readonly WeekDay = WeekDay;
  readonly AuthorizationStatus = AuthorizationStatus;

  constructor(private readonly env: FakeEnv, private readonly registry: TriggerRegistry, private readonly scriptId: string,
    private readonly grants?: Grants) {
    env.registry.track(this, 'script', 'ScriptApp');
  }
  /**
   * What the user granted, among `oAuthScopes` (default: all the manifest asks for).
   * https://developers.google.com/apps-script/reference/script/authorization-info
   */
  getAuthorizationInfo(_authMode: string, oAuthScopes?: string[]): { getAuthorizationStatus(): string; getAuthorizationUrl(): string | null; getAuthorizedScopes(): string[] } {
    const asked = oAuthScopes ? oAuthScopes.map(String) : [...(this.grants?.requested ?? [])];
    const granted = asked.filter((s) => this.grants?.has(s) ?? true);
    const required = granted.length < asked.length;
    return {
      getAuthorizationStatus: () => (required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED),
      getAuthorizationUrl: () => (required ? `https://script.google.com/macros/d/${this.scriptId}/authorize` : null),
      getAuthorizedScopes: () => granted,
    };
  }
  /**
   * Ends the execution with an authorization prompt when a scope is missing; scopes the script
   * does not request are an error. https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
   */
  requireScopes(_authMode: string, oAuthScopes: string[]): void {
    const requested = this.grants?.requested ?? [];
    const unknown = oAuthScopes.find((s) => !requested.includes(String(s)));
    if (unknown) throw this.env.error(`Invalid argument: ${unknown} is not a scope requested by this script.`);
    if (oAuthScopes.some((s) => !(this.grants?.has(String(s)) ?? true))) throw this.env.error(AUTH_REQUIRED_MESSAGE);
  }
  newTrigger(functionName: string): TriggerBuilder { return new TriggerBuilder(this.env, this.registry, String(functionName)); }
  /** The current (effective) user's triggers in this project. */
  getProjectTriggers(): FakeTrigger[] { return this.registry.all.filter((t) => t.record.owner === this.env.users.effective); }
  getUserTriggers(document: { getId(): string }): FakeTrigger[] {
    return this.getProjectTriggers().filter((t) => t.record.sourceId === document.getId());
  }
  deleteTrigger(trigger: FakeTrigger): void {
    const i = this.registry.all.findIndex((t) => t.record.id === trigger.getUniqueId());
    if (i >= 0) this.registry.all.splice(i, 1);
  }
  getScriptId(): string { return this.scriptId; }
  getOAuthToken(): string { return 'fake-oauth-token'; }
  getService(): { getUrl(): string } { return { getUrl: () => `https://script.google.com/macros/s/${this.scriptId}/exec` }; }
  toString(): string { return 'ScriptApp'; }
}
