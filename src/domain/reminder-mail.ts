// The texts of the reminder to a unit and of the digest to the admins: plain Vietnamese, short,
// saying which report, by when, and how to submit it.
import type { Unit } from './types';
import type { Digest, UnitReminder } from './reminders';
import { statusText } from './lateness';
import { formatDateTimeVi, formatDateVi } from './time';

export interface MailText {
  subject: string;
  body: string;
}

export interface MailContext {
  spreadsheetUrl: string;
  /** Signs the mail, e.g. "PHÒNG VĂN HÓA VÀ THÔNG TIN". */
  issuingBody: string;
  now: Date;
}

export const SUBJECT_PREFIX = '[Báo cáo CCHC]';
export const HOW_TO_SUBMIT = 'Cách nộp: mở bảng tính Báo cáo CCHC, chọn menu Báo cáo CCHC → Nộp báo cáo…, chọn đơn vị và kỳ báo cáo, nhập số liệu rồi bấm Gửi báo cáo.';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const unitRef = (u: Unit): string => `${u.name} (${u.code})`;

function signature(ctx: MailContext): string[] {
  return ['', ctx.issuingBody, '(Thư gửi tự động từ hệ thống Báo cáo CCHC.)'];
}

export function unitReminderMail(r: UnitReminder, ctx: MailContext): MailText {
  const lines = r.items.map(({ entry }) => {
    const s = entry.status;
    return `- Báo cáo ${entry.label}: hạn nộp ${formatDateTimeVi(s.deadline)} (${lowerFirst(statusText(s, ctx.now))}).`;
  });
  const only = r.items.length === 1 ? r.items[0] : null;
  const subject = only
    ? `${SUBJECT_PREFIX} ${r.unit.name}: báo cáo ${only.entry.label} ${only.kind === 'overdue' ? 'đã quá hạn, chưa nộp' : `hạn nộp ${formatDateVi(only.entry.status.deadline)}`}`
    : `${SUBJECT_PREFIX} ${r.unit.name}: ${r.items.length} báo cáo cần nộp`;
  const body = [
    `Kính gửi: ${r.unit.name}`,
    '',
    'Đơn vị chưa nộp báo cáo công tác tuyên truyền cải cách hành chính (CCHC):',
    ...lines,
    '',
    HOW_TO_SUBMIT,
    `Địa chỉ bảng tính: ${ctx.spreadsheetUrl}`,
    '',
    'Nếu đơn vị vừa nộp báo cáo, xin bỏ qua thư này.',
    ...signature(ctx),
  ].join('\n');
  return { subject, body };
}

export interface DigestExtras {
  /** Reminder mails sent to units in this run. */
  remindersSent: number;
  /** Units that should have been reminded but have no email. */
  withoutEmail: Unit[];
  /** Units whose reminder could not be sent (mail quota or a sending error); retried next run. */
  notSent: Unit[];
}

export function digestMail(d: Digest, ctx: MailContext, extras: DigestExtras): MailText {
  const lines = [`Kết quả kiểm tra lúc ${formatDateTimeVi(ctx.now)}.`];
  for (const p of d.periods) {
    lines.push('', `${p.label} – hạn nộp ${formatDateTimeVi(p.deadline)}:`);
    if (p.missing.length) lines.push(`  Quá hạn, chưa nộp (${p.missing.length}): ${p.missing.map(unitRef).join(', ')}`);
    if (p.late.length) lines.push(`  Nộp muộn (${p.late.length}): ${p.late.map(unitRef).join(', ')}`);
  }
  lines.push('', `Đã gửi ${extras.remindersSent} thư nhắc đến các đơn vị trong lần kiểm tra này.`);
  if (extras.withoutEmail.length) {
    lines.push(`Chưa nhắc được vì đơn vị chưa khai báo email (trang Đơn vị): ${extras.withoutEmail.map(unitRef).join(', ')}.`);
  }
  if (extras.notSent.length) {
    lines.push(`Chưa gửi được thư nhắc (hết hạn mức email trong ngày hoặc lỗi gửi), sẽ gửi lại ở lần kiểm tra sau: ${extras.notSent.map(unitRef).join(', ')}.`);
  }
  lines.push('', `Xem chi tiết tại trang "Trạng thái nộp báo cáo" của bảng tính: ${ctx.spreadsheetUrl}`, ...signature(ctx));
  return { subject: `${SUBJECT_PREFIX} Đơn vị chậm nộp báo cáo – ${formatDateVi(ctx.now)}`, body: lines.join('\n') };
}
