// checkLateness: under the script lock, read the data sheet and the reminder log once, work out
// every unit's state, send what is due, log it, rewrite the status sheet. Idempotent: all of it
// is recomputed from stored data, and the log stops a second run from repeating a mail.
import type { AppConfig } from '../config/load-config';
import { loadConfig } from '../config/load-config';
import { checkSummary, statusBoard, type PeriodCheck } from '../../domain/status-board';
import { statusGrid } from '../../domain/status-grid';
import { UserError } from '../auth';
import type { Env } from '../env';
import { appendAudit, appendAuditMany, type AuditEntry } from '../storage/audit';
import { readDataSheet } from '../storage/submissions';
import { appendReminderLog, readReminderLog } from './reminder-log';
import { sendReminders, type SendOutcome } from './reminders';
import { writeStatusSheet } from './status-sheet';
import { followUpCorrections } from '../review/corrections';
import { markCorrections } from '../../domain/review/corrections';

export interface LatenessCheckResult {
  checkedAt: string;
  periods: PeriodCheck[];
  emailsSent: number;
}

export const CHECK_LOCK_MS = 30000;
export const CHECK_BUSY_MESSAGE = 'Hệ thống đang bận ghi dữ liệu (đang có người nộp báo cáo hoặc một lần kiểm tra khác). Vui lòng thử lại sau ít phút.';
export const AUTOMATIC_ACTOR = 'Kiểm tra tự động';

function auditEntries(outcome: SendOutcome): AuditEntry[] {
  const entries: AuditEntry[] = [];
  if (outcome.quotaStop) {
    const { remaining, unsent } = outcome.quotaStop;
    entries.push({
      action: 'Dừng gửi nhắc nhở', target: 'Hạn mức email',
      detail: `Hạn mức email trong ngày còn ${remaining} người nhận; dừng gửi để không vượt hạn mức. Chưa gửi: ${unsent.join(', ')}. Sẽ gửi ở lần kiểm tra sau.`,
    });
  }
  for (const f of outcome.failures) {
    entries.push({ action: 'Lỗi gửi nhắc nhở', target: f.unitCode, detail: f.message });
  }
  return entries;
}

export function runLatenessCheck(env: Env, config: AppConfig = loadConfig(env), withDigest = true): LatenessCheckResult {
  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(CHECK_LOCK_MS)) throw new UserError(CHECK_BUSY_MESSAGE);
  try {
    const now = env.now();
    const { catalog, calendar, settings } = config;
    const { records } = readDataSheet(env);
    const board = statusBoard({ catalog, calendar, dueSoonDays: settings.dueSoonDays, records, now });
    const log = readReminderLog(env);
    const outcome = sendReminders(env, board, settings, log, withDigest);
    appendReminderLog(env, log, outcome.lines);
    const corrections = followUpCorrections(env, board, settings, records); // issue 14: reports returned for correction
    writeStatusSheet(env, markCorrections(statusGrid(board), board, corrections.pending));
    const audit = auditEntries(outcome);
    const who = env.activeEmail() || AUTOMATIC_ACTOR;
    if (audit.length === 1) appendAudit(env, audit[0], who);
    else if (audit.length > 1) appendAuditMany(env, audit, who);
    // The log must be visible to the next run before the lock is released.
    if (outcome.lines.length) env.g.SpreadsheetApp.flush();
    return { checkedAt: now.toISOString(), periods: checkSummary(board), emailsSent: outcome.emailsSent + corrections.emailsSent };
  } finally {
    lock.releaseLock();
  }
}
