// MailApp: an outbox instead of sending, with the daily recipient quota (100 on consumer accounts).
import { type FakeEnv, isDate } from './env';

export const QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
export const DEFAULT_MAIL_QUOTA = 100;

export interface SentMail {
  to: string; cc: string; bcc: string; subject: string; body: string; htmlBody: string | null; name: string | null;
  replyTo: string | null; noReply: boolean; attachments: string[]; at: Date;
  /** Whether this execution held the script lock while sending (other users' calls wait meanwhile). */
  lockHeld: boolean;
}
interface MessageArgs {
  to?: string; cc?: string; bcc?: string; subject?: string; body?: string; htmlBody?: string; name?: string;
  replyTo?: string; noReply?: boolean; attachments?: { getName?(): string | null }[];
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export class MailState {
  readonly outbox: SentMail[] = [];
  used = 0;
  constructor(public quota: number) {}
  get remaining(): number { return Math.max(0, this.quota - this.used); }
}

export class FakeMailApp {
  constructor(private readonly env: FakeEnv, private readonly state: MailState, private readonly scriptLockHeld: () => boolean = () => false) {
    env.registry.track(this, 'mail', 'MailApp');
  }

  getRemainingDailyQuota(): number { return this.state.remaining; }

  sendEmail(recipientOrMessage: string | MessageArgs, subject?: string, body?: string, options?: MessageArgs): void {
    const m: MessageArgs = typeof recipientOrMessage === 'object' && recipientOrMessage !== null
      ? recipientOrMessage : { ...options, to: recipientOrMessage, subject, body };
    const to = list(m.to);
    const cc = list(m.cc);
    const bcc = list(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw this.env.error('Failed to send email: no recipient');
    const invalid = all.find((e) => !EMAIL.test(e));
    if (invalid) throw this.env.error(`Invalid email: ${invalid}`);
    if (m.subject === undefined || m.subject === null) throw this.env.error('Invalid argument: subject');
    if (all.length > this.state.remaining) throw this.env.error(QUOTA_MESSAGE);
    this.state.used += all.length;
    this.state.outbox.push({
      to: to.join(','), cc: cc.join(','), bcc: bcc.join(','), subject: String(m.subject), body: String(m.body ?? ''),
      htmlBody: m.htmlBody ?? null, name: m.name ?? null, replyTo: m.replyTo ?? null, noReply: !!m.noReply,
      attachments: (m.attachments ?? []).map((a) => a.getName?.() ?? ''), at: this.env.clock.now(),
      lockHeld: this.scriptLockHeld(),
    });
  }
  toString(): string { return 'MailApp'; }
}

function list(value: unknown): string[] {
  if (value === undefined || value === null || isDate(value)) return [];
  return String(value).split(',').map((s) => s.trim()).filter(Boolean);
}
