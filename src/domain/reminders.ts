// Who gets a reminder today, and whether today's digest for the admins is new. Decided from the
// board and the record of what was already sent, so running the check twice never repeats a
// reminder, and a missed day is caught up by the next run:
// - due soon: one reminder per unit, period and deadline (a new deadline after an extension
//   earns a new one);
// - overdue: on the first run after the deadline, then every `reminderEveryDays` days until the
//   unit submits or the period closes to late submissions;
// - digest: at most once a day with the same content (see digestDue).
import type { Period, Unit } from './types';
import type { BoardEntry, StatusBoard } from './status-board';
import { inPlayEntries } from './status-board';
import { daysBetween, localDateOf } from './time';

export type ReminderKind = 'due_soon' | 'overdue';
export type SentKind = ReminderKind | 'digest';

/** One line of the reminder log. */
export interface SentRecord {
  at: Date;
  kind: SentKind;
  unitCode: string;
  periodId: string;
  key: string;
}

export interface ReminderItem {
  kind: ReminderKind;
  entry: BoardEntry;
  key: string;
}

export interface UnitReminder {
  unit: Unit;
  items: ReminderItem[];
}

export interface ReminderPlan {
  /** One mail per unit, listing every period it is reminded of; units without emails excluded. */
  mails: UnitReminder[];
  /** Units that would be reminded but have no email configured. */
  withoutEmail: Unit[];
}

export function reminderKey(kind: ReminderKind, unitCode: string, periodId: string, deadline: Date): string {
  return `${kind}|${unitCode}|${periodId}|${localDateOf(deadline)}`;
}

function lastSentDate(sent: SentRecord[], kind: SentKind, unitCode: string, periodId: string): string | null {
  let last: string | null = null;
  for (const s of sent) {
    if (s.kind !== kind || s.unitCode !== unitCode || s.periodId !== periodId) continue;
    const d = localDateOf(s.at);
    if (last === null || d > last) last = d;
  }
  return last;
}

function itemFor(entry: BoardEntry, sent: SentRecord[], sentKeys: Set<string>, today: string, every: number): ReminderItem | null {
  const { state, deadline } = entry.status;
  if (state !== 'due_soon' && state !== 'overdue') return null;
  const key = reminderKey(state, entry.unit.code, entry.period.id, deadline);
  if (state === 'due_soon') return sentKeys.has(key) ? null : { kind: state, entry, key };
  const last = lastSentDate(sent, 'overdue', entry.unit.code, entry.period.id);
  return last === null || daysBetween(last, today) >= Math.max(1, every) ? { kind: state, entry, key } : null;
}

export function planReminders(board: StatusBoard, sent: SentRecord[], reminderEveryDays: number): ReminderPlan {
  const today = localDateOf(board.now);
  const sentKeys = new Set(sent.map((s) => s.key));
  const byUnit = new Map<string, UnitReminder>();
  for (const entry of inPlayEntries(board)) {
    const item = itemFor(entry, sent, sentKeys, today, reminderEveryDays);
    if (!item) continue;
    const mail = byUnit.get(entry.unit.code);
    if (mail) mail.items.push(item); else byUnit.set(entry.unit.code, { unit: entry.unit, items: [item] });
  }
  const all = [...byUnit.values()];
  return {
    mails: all.filter((m) => m.unit.emails.length > 0),
    withoutEmail: all.filter((m) => m.unit.emails.length === 0).map((m) => m.unit),
  };
}

export interface DigestPeriod {
  period: Period;
  /** As the units file it (the status sheet's column label). */
  label: string;
  deadline: Date;
  late: Unit[];
  missing: Unit[];
}

export interface Digest {
  periods: DigestPeriod[];
  /** Identifies the content: the same lists give the same key. */
  key: string;
}

/** 32-bit FNV-1a as 8 hex digits: a short, stable fingerprint (not a security measure). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Late and missing units of the periods in play; null when there are none. */
export function buildDigest(board: StatusBoard): Digest | null {
  const periods: DigestPeriod[] = [];
  board.periods.forEach((period, col) => {
    const entries = board.entries.map((row) => row[col]).filter((e): e is BoardEntry => e !== null && e.inPlay);
    const late = entries.filter((e) => e.status.state === 'late').map((e) => e.unit);
    const missing = entries.filter((e) => e.status.state === 'overdue').map((e) => e.unit);
    if (late.length || missing.length) periods.push({ period, label: board.labels[col], deadline: board.deadlines[col], late, missing });
  });
  if (periods.length === 0) return null;
  const content = periods.map((p) => `${p.period.id}:${p.late.map((u) => u.code).join(',')}/${p.missing.map((u) => u.code).join(',')}`).join(';');
  return { periods, key: `digest|${fingerprint(content)}` };
}

/**
 * At most once a day, whatever changed since (issue 14). While units are missing it goes out daily
 * (đôn đốc); once only late submitters are left, only when that list changes, not as a daily repeat.
 */
export function digestDue(digest: Digest, sent: SentRecord[], now: Date): boolean {
  const today = localDateOf(now);
  const digests = sent.filter((s) => s.kind === 'digest');
  if (digests.some((s) => localDateOf(s.at) === today)) return false;
  if (digest.periods.some((p) => p.missing.length > 0)) return true;
  const last = digests.reduce<SentRecord | null>((a, b) => (!a || b.at.getTime() > a.at.getTime() ? b : a), null);
  return last === null || last.key !== digest.key;
}
