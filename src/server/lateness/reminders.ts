// Sends today's reminders and digest with MailApp, in batches, never under the script lock:
// 1. under the lock, re-read the log, drop what another run already claimed, append the batch's
//    lines as 'Đang gửi' and flush (the claim);
// 2. without the lock, send the batch's mails;
// 3. mark the batch's lines 'Đã gửi' (or 'Lỗi gửi', which the next run retries) in one write.
// A run killed between 1 and 3 leaves 'Đang gửi' lines: they count as sent, so no reminder ever
// goes out twice; the next run reports them. Before each batch the time budget (well under the
// 6-minute limit) and, before every mail, the daily quota are checked, keeping enough quota for
// the admins' digest; whatever is left over is sent by the next run.
import type { Settings, Unit } from '../../domain/types';
import type { StatusBoard } from '../../domain/status-board';
import { buildDigest, digestDue, planReminders, type Digest, type UnitReminder } from '../../domain/reminders';
import { digestMail, unitReminderMail, type MailContext, type MailText } from '../../domain/reminder-mail';
import { localDateOf } from '../../domain/time';
import type { Env } from '../env';
import { type LogLine, type LogState, type ReminderLog, appendReminderLog, markReminderLog, readReminderLog } from './reminder-log';
import { LOG_STATES } from './sheets';

export const SENDER_NAME = 'Báo cáo CCHC';
/** Mails claimed and logged together. */
export const MAIL_BATCH = 10;
/** Stop sending unit reminders after this long (the digest gets one more minute): Apps Script kills a run at 6 minutes. */
export const SEND_BUDGET_MS = 4 * 60 * 1000;
export const CLAIM_LOCK_MS = 30000;

export interface SendOutcome {
  lines: LogLine[];
  emailsSent: number;
  /** Set when sending stopped to spare the daily quota. */
  quotaStop: { remaining: number; unsent: string[] } | null;
  /** Set when the time budget ran out: these units are left to the next run. */
  timeStop: { unsent: string[] } | null;
  /** Units whose reminder failed for another reason (message per unit). */
  failures: { unitCode: string; message: string }[];
}

export interface SendOptions {
  /** When the run started (the budget counts from here). */
  startedAt: Date;
  /** A line added to the admins' digest (e.g. the trigger owner is no longer an admin). */
  notice?: string;
  /** The integrity section that ends the admins' digest (head hashes, findings). */
  digestFooter?: string;
  /** false: a run by hand, whose result the admin reads on screen (no digest mail; issue 14). */
  digest?: boolean;
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

/** Under the script lock: re-reads the log, keeps the mails nobody claimed meanwhile, claims them. */
function claim(env: Env, log: ReminderLog, mails: { lines: LogLine[] }[]): { first: number; kept: number[]; log: ReminderLog } {
  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(CLAIM_LOCK_MS)) return { first: log.nextRow, kept: [], log };
  try {
    const fresh = readReminderLog(env);
    const claimed = new Set(fresh.entries.map((e) => `${e.key}@${localDateOf(e.at)}`));
    const kept = mails.map((m, i) => (m.lines.some((l) => claimed.has(`${l.key}@${localDateOf(l.at)}`)) ? -1 : i)).filter((i) => i >= 0);
    const first = appendReminderLog(env, fresh, kept.flatMap((i) => mails[i].lines), LOG_STATES.pending);
    if (kept.length) env.g.SpreadsheetApp.flush();
    return { first, kept, log: fresh };
  } finally {
    lock.releaseLock();
  }
}


/** Claims, sends and marks one batch. */
function sendBatch(env: Env, out: SendOutcome, log: ReminderLog, batch: { to: string[]; mail: () => MailText; lines: LogLine[]; unit?: Unit }[],
  notSent: Unit[], deadline: number): void {
  const claimed = claim(env, log, batch);
  const states: LogState[] = [];
  for (const i of claimed.kept) {
    const m = batch[i];
    let state: LogState = LOG_STATES.sent;
    if (env.now().getTime() >= deadline) {
      // Out of time inside a batch: release the claim so the next run sends it.
      state = LOG_STATES.skipped;
      (out.timeStop ??= { unsent: [] }).unsent.push(m.unit?.code ?? '(thư tổng hợp gửi quản trị viên)');
      if (m.unit) notSent.push(m.unit);
      for (let k = 0; k < m.lines.length; k++) states.push(state);
      continue;
    }
    try {
      send(env, m.to, m.mail());
      out.emailsSent++;
      out.lines.push(...m.lines);
    } catch (e) {
      state = LOG_STATES.failed;
      out.failures.push({ unitCode: m.unit?.code ?? '', message: e instanceof Error ? e.message : String(e) });
      if (m.unit) notSent.push(m.unit);
    }
    for (let k = 0; k < m.lines.length; k++) states.push(state);
  }
  markReminderLog(env, claimed.log, claimed.first, states);
}

export function sendReminders(env: Env, board: StatusBoard, settings: Settings, log: ReminderLog, options: SendOptions): SendOutcome {
  const out: SendOutcome = { lines: [], emailsSent: 0, quotaStop: null, timeStop: null, failures: [] };
  const plan = planReminders(board, log.entries, settings.reminderEveryDays);
  const found = buildDigest(board);
  const digest: Digest | null = options.digest !== false && found && settings.admins.length > 0 && digestDue(found, log.entries, board.now) ? found : null;
  const notice = options.notice && settings.admins.length > 0 ? options.notice : undefined;
  if (plan.mails.length === 0 && !digest && !notice) return out;

  const ctx: MailContext = { spreadsheetUrl: env.ss().getUrl(), issuingBody: settings.issuingBody, now: board.now };
  const reserve = digest || notice ? settings.admins.length : 0;
  const quota = (): number => env.g.MailApp.getRemainingDailyQuota();
  const deadline = options.startedAt.getTime() + SEND_BUDGET_MS;
  const notSent: Unit[] = [];

  for (let start = 0; start < plan.mails.length && !out.quotaStop && !out.timeStop; start += MAIL_BATCH) {
    const rest = plan.mails.slice(start);
    if (env.now().getTime() >= deadline) {
      out.timeStop = { unsent: rest.map((m) => m.unit.code) };
      notSent.push(...rest.map((m) => m.unit));
      break;
    }
    // Quota: take mails while the remaining quota keeps the digest's reserve.
    let remaining = quota();
    const batch: UnitReminder[] = [];
    for (const r of rest.slice(0, MAIL_BATCH)) {
      if (remaining - r.unit.emails.length < reserve) break;
      remaining -= r.unit.emails.length;
      batch.push(r);
    }
    if (batch.length < Math.min(MAIL_BATCH, rest.length)) {
      const unsent = rest.slice(batch.length);
      out.quotaStop = { remaining, unsent: unsent.map((m) => m.unit.code) };
      notSent.push(...unsent.map((m) => m.unit));
    }
    const at = env.now();
    sendBatch(env, out, log, batch.map((r) => ({ to: r.unit.emails, mail: () => unitReminderMail(r, ctx), lines: linesFor(r, at), unit: r.unit })), notSent, deadline);
  }

  if (digest || notice) {
    const remaining = quota();
    if (remaining < settings.admins.length) {
      out.quotaStop ??= { remaining, unsent: [] };
      out.quotaStop.unsent.push('(thư tổng hợp gửi quản trị viên)');
    } else {
      const extras = { remindersSent: out.emailsSent, withoutEmail: plan.withoutEmail, notSent };
      const key = digest ? digest.key : `notice|${localDateOf(board.now)}`;
      const mail = (): MailText => {
        const base = digest ? digestMail(digest, ctx, extras) : { subject: `[Báo cáo CCHC] Cần xử lý trigger tự động`, body: '' };
        const unconfirmed = log.unconfirmed.length
          ? `Lần kiểm tra trước bị dừng giữa chừng: ${log.unconfirmed.length} thư nhắc có thể chưa được gửi (${[...new Set(log.unconfirmed.map((u) => u.unitCode || 'tổng hợp'))].join(', ')}); hệ thống không gửi lại để tránh gửi trùng.`
          : '';
        return { subject: base.subject, body: [notice, unconfirmed, base.body, options.digestFooter].filter(Boolean).join('\n\n') };
      };
      const notAlreadySent = !(notice && !digest && log.entries.some((e) => e.key === key));
      if (notAlreadySent) {
        sendBatch(env, out, log, [{ to: settings.admins, mail, lines: [{ at: env.now(), kind: 'digest', unitCode: '', periodId: '', key, deadline: null, to: settings.admins.join(', ') }] }], notSent, deadline + SEND_BUDGET_MS / 4);
      }
    }
  }
  return out;
}
