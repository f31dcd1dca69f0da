// Sends today's reminders and digest with MailApp. Before every mail the remaining daily quota
// is checked, keeping enough for the admins' digest; when it runs short, sending stops and the
// caller audits it. Whatever was not sent is retried by the next run, since only sent mails are
// logged.
import type { Settings, Unit } from '../../domain/types';
import type { StatusBoard } from '../../domain/status-board';
import { buildDigest, digestDue, planReminders, type Digest, type UnitReminder } from '../../domain/reminders';
import { digestMail, unitReminderMail, type MailContext, type MailText } from '../../domain/reminder-mail';
import type { Env } from '../env';
import type { LogLine, ReminderLog } from './reminder-log';

export const SENDER_NAME = 'Báo cáo CCHC';

export interface SendOutcome {
  lines: LogLine[];
  emailsSent: number;
  /** Set when sending stopped to spare the daily quota. */
  quotaStop: { remaining: number; unsent: string[] } | null;
  /** Units whose reminder failed for another reason (message per unit). */
  failures: { unitCode: string; message: string }[];
}

function send(env: Env, to: string[], mail: MailText): void {
  env.g.MailApp.sendEmail({ to: to.join(','), subject: mail.subject, body: mail.body, name: SENDER_NAME });
}

function linesFor(r: UnitReminder, at: Date): LogLine[] {
  return r.items.map((item) => ({
    at, kind: item.kind, unitCode: r.unit.code, periodId: item.entry.period.id, key: item.key,
    deadline: item.entry.status.deadline, to: r.unit.emails.join(', '),
  }));
}

/** `withDigest` false: a run by hand, whose result the admin reads on screen (no digest mail). */
export function sendReminders(env: Env, board: StatusBoard, settings: Settings, log: ReminderLog, withDigest = true): SendOutcome {
  const out: SendOutcome = { lines: [], emailsSent: 0, quotaStop: null, failures: [] };
  const plan = planReminders(board, log.entries, settings.reminderEveryDays);
  const found = buildDigest(board);
  const digest: Digest | null = withDigest && found && settings.admins.length > 0 && digestDue(found, log.entries, board.now) ? found : null;
  if (plan.mails.length === 0 && !digest) return out;

  const ctx: MailContext = { spreadsheetUrl: env.ss().getUrl(), issuingBody: settings.issuingBody, now: board.now };
  const reserve = digest ? settings.admins.length : 0;
  const quota = (): number => env.g.MailApp.getRemainingDailyQuota();
  const notSent: Unit[] = [];

  plan.mails.forEach((r, i) => {
    if (out.quotaStop) return;
    const remaining = quota();
    if (remaining - r.unit.emails.length < reserve) {
      out.quotaStop = { remaining, unsent: plan.mails.slice(i).map((m) => m.unit.code) };
      notSent.push(...plan.mails.slice(i).map((m) => m.unit));
      return;
    }
    try {
      send(env, r.unit.emails, unitReminderMail(r, ctx));
      out.emailsSent++;
      out.lines.push(...linesFor(r, env.now()));
    } catch (e) {
      out.failures.push({ unitCode: r.unit.code, message: e instanceof Error ? e.message : String(e) });
      notSent.push(r.unit);
    }
  });

  if (digest) {
    const remaining = quota();
    if (remaining < settings.admins.length) {
      out.quotaStop ??= { remaining, unsent: [] };
      out.quotaStop.unsent.push('(thư tổng hợp gửi quản trị viên)');
    } else {
      const extras = { remindersSent: out.emailsSent, withoutEmail: plan.withoutEmail, notSent };
      send(env, settings.admins, digestMail(digest, ctx, extras));
      out.emailsSent++;
      out.lines.push({ at: env.now(), kind: 'digest', unitCode: '', periodId: '', key: digest.key, deadline: null, to: settings.admins.join(', ') });
    }
  }
  return out;
}
