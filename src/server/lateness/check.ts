// checkLateness: under the script lock, only read the data sheet and the reminder log; then,
// without the lock, work out every unit's state, send what is due (each batch claimed in the log
// under a short lock, see reminders.ts), rewrite the status sheet. Idempotent: all of it is
// recomputed from stored data, and the log stops a second run from repeating a mail.
import type { AppConfig } from '../config/load-config';
import { loadConfig } from '../config/load-config';
import { checkSummary, statusBoard, type PeriodCheck } from '../../domain/status-board';
import { statusGrid } from '../../domain/status-grid';
import { UserError } from '../auth';
import type { Env } from '../env';
import { appendAudit, appendAuditMany, type AuditEntry } from '../storage/audit';
import { readDataSheet } from '../storage/submissions';
import { readReminderLog } from './reminder-log';
import { sendReminders, type SendOutcome } from './reminders';
import { writeStatusSheet } from './status-sheet';
import { alertIfUnmailed, runIntegrityCheck } from '../integrity/check';
import { findingCount } from '../integrity/report-text';
import { correctionAuditEntries, followUpCorrections } from '../review/corrections';
import { markCorrections } from '../../domain/review/corrections';

export interface LatenessCheckResult {
  checkedAt: string;
  periods: PeriodCheck[];
  emailsSent: number;
  /** Set when the run did nothing: it is not the recorded trigger owner's. */
  skipped?: 'not-owner';
  /** Rows found altered, inserted, deleted or moved outside the system (every chain). */
  tampered: number;
}

export const CHECK_LOCK_MS = 30000;
export const CHECK_BUSY_MESSAGE = 'Hệ thống đang bận ghi dữ liệu (đang có người nộp báo cáo hoặc một lần kiểm tra khác). Vui lòng thử lại sau ít phút.';
export const AUTOMATIC_ACTOR = 'Kiểm tra tự động';

function auditEntries(outcome: SendOutcome): AuditEntry[] {
  const entries: AuditEntry[] = [];
  if (outcome.timeStop) {
    entries.push({
      action: 'Dừng gửi nhắc nhở', target: 'Giới hạn thời gian',
      detail: `Đã chạy gần tới giới hạn 6 phút của Apps Script; dừng gửi. Chưa gửi: ${outcome.timeStop.unsent.join(', ')}. Sẽ gửi ở lần kiểm tra sau.`,
    });
  }
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

export interface CheckOptions {
  /** Added to the admins' digest (e.g. the trigger owner is no longer an admin). */
  notice?: string;
  /** false: a run from the menu, shown on screen, mails no digest (issue 14). */
  digest?: boolean;
}

export function runLatenessCheck(env: Env, config: AppConfig = loadConfig(env), options: CheckOptions = {}): LatenessCheckResult {
  const startedAt = env.now();
  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(CHECK_LOCK_MS)) throw new UserError(CHECK_BUSY_MESSAGE);
  let records;
  let table;
  let log;
  try {
    // The lock only covers reading what submissions write; integrity, mail and the status sheet come after.
    ({ records, table } = readDataSheet(env));
    log = readReminderLog(env);
  } finally {
    lock.releaseLock();
  }
  const now = env.now();
  const { catalog, calendar, settings } = config;
  const integrity = runIntegrityCheck(env, table, settings);
  const board = statusBoard({ catalog, calendar, dueSoonDays: settings.dueSoonDays, records, now });
  const outcome = sendReminders(env, board, settings, log, { startedAt, notice: options.notice, digest: options.digest, digestFooter: integrity.mailText });
  alertIfUnmailed(env, integrity, settings, outcome.lines.some((l) => l.kind === 'digest'));
  const corrections = followUpCorrections(env, board, settings, records, catalog, startedAt); // reports returned for correction
  writeStatusSheet(env, markCorrections(statusGrid(board), board, corrections.pending));
  const audit = [...auditEntries(outcome), ...correctionAuditEntries(corrections)];
  const who = env.activeEmail() || AUTOMATIC_ACTOR;
  if (audit.length === 1) appendAudit(env, audit[0], who);
  else if (audit.length > 1) appendAuditMany(env, audit, who);
  const tampered = findingCount(integrity.findings);
  return { checkedAt: now.toISOString(), periods: checkSummary(board), emailsSent: outcome.emailsSent + corrections.emailsSent, tampered };
}
