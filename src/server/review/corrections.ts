// The daily check's part in the review (called from lateness/check.ts): the reports waiting for
// correction are kept in document properties, rebuilt from the review log at every transition,
// so the check marks the status sheet and reminds those units without another Spreadsheet read.
import { parsePeriodId, unitPeriodLabel } from '../../domain/periods';
import { type PendingCorrection, correctionsDue, pendingFromLog, stillPending } from '../../domain/review/corrections';
import type { ReviewEvent } from '../../domain/review/states';
import type { StatusBoard } from '../../domain/status-board';
import type { Catalog, Settings, SubmissionRecord } from '../../domain/types';
import { formatDateTimeVi } from '../../domain/time';
import type { Env } from '../env';
import type { AuditEntry } from '../storage/audit';
import { SEND_BUDGET_MS } from '../lateness/reminders';

/**
 * Follow-ups go out after the reminders (4 min) and the digest (one more minute): past this,
 * counted from the run's start, they are left to the next run, so the 6-minute kill never
 * lands before the waiting list, the status sheet and the audit are written.
 */
export const FOLLOW_UP_BUDGET_MS = SEND_BUDGET_MS + SEND_BUDGET_MS / 4;

const KEY = 'cchc:review:pending';
/** PropertiesService takes 9 KB a value; the oldest returns are dropped first (the log keeps them all). */
const MAX_CHARS = 8500;

function props(env: Env): GoogleAppsScript.Properties.Properties {
  return env.g.PropertiesService.getDocumentProperties();
}

export function readPending(env: Env): PendingCorrection[] {
  try {
    const v = JSON.parse(props(env).getProperty(KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as PendingCorrection[]) : [];
  } catch {
    return [];
  }
}

function writePending(env: Env, pending: PendingCorrection[]): void {
  const list = [...pending].sort((a, b) => b.returnedAt.localeCompare(a.returnedAt));
  let json = JSON.stringify(list);
  while (json.length > MAX_CHARS && list.length) { list.pop(); json = JSON.stringify(list); }
  props(env).setProperty(KEY, json);
}

/** After a transition (under the lock): the waiting list from the whole log. */
export function rebuildPending(env: Env, events: ReviewEvent[]): void {
  writePending(env, pendingFromLog(events, readPending(env)));
}

/**
 * The check sends without the script lock, so a transition may have rewritten the list since it
 * was read: under a short lock, re-read it and carry over only what this run learnt (answered
 * returns dropped, reminder times).
 */
function savePending(env: Env, mine: PendingCorrection[], records: SubmissionRecord[]): void {
  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(SAVE_LOCK_MS)) return; // the next run recomputes it
  try {
    const reminded = new Map(mine.map((p) => [`${p.unitCode}|${p.periodId}|${p.revision}|${p.returnedAt}`, p.remindedAt]));
    const fresh = stillPending(readPending(env), records).map((p) => {
      const at = reminded.get(`${p.unitCode}|${p.periodId}|${p.revision}|${p.returnedAt}`);
      return at && at > p.remindedAt ? { ...p, remindedAt: at } : p;
    });
    writePending(env, fresh);
  } finally {
    lock.releaseLock();
  }
}

const SAVE_LOCK_MS = 10000;

export interface CorrectionsOutcome {
  pending: PendingCorrection[];
  emailsSent: number;
  /** Set when the daily quota stopped the follow-ups (as for ordinary reminders): who was not reminded. */
  quotaStop: { remaining: number; unsent: string[] } | null;
  /** Set when the run's time budget ran out first: who was not reminded. */
  timeStop: { unsent: string[] } | null;
  /** Follow-ups MailApp refused (message per unit); the next run retries them. */
  failures: { unitCode: string; message: string }[];
}

const unsentLabel = (p: PendingCorrection): string => `${p.unitCode} (${p.periodId}, lần nộp ${p.revision})`;

/** The audit rows of a run's follow-ups, worded as the ordinary reminders' (lateness/check.ts). */
export function correctionAuditEntries(o: CorrectionsOutcome): AuditEntry[] {
  const entries: AuditEntry[] = [];
  if (o.timeStop) {
    entries.push({
      action: 'Dừng gửi nhắc nhở', target: 'Giới hạn thời gian',
      detail: `Đã chạy gần tới giới hạn 6 phút của Apps Script; dừng gửi nhắc bổ sung báo cáo bị trả lại. Chưa gửi: ${o.timeStop.unsent.join(', ')}. Sẽ gửi ở lần kiểm tra sau.`,
    });
  }
  if (o.quotaStop) {
    entries.push({
      action: 'Dừng gửi nhắc nhở', target: 'Hạn mức email',
      detail: `Hạn mức email trong ngày còn ${o.quotaStop.remaining} người nhận; dừng gửi nhắc bổ sung báo cáo bị trả lại để không vượt hạn mức. Chưa gửi: ${o.quotaStop.unsent.join(', ')}. Sẽ gửi ở lần kiểm tra sau.`,
    });
  }
  for (const f of o.failures) entries.push({ action: 'Lỗi gửi nhắc nhở', target: f.unitCode, detail: `Nhắc bổ sung báo cáo bị trả lại: ${f.message}` });
  return entries;
}

/** After the reminders, without the lock: forget answered returns, remind the units due a reminder today. */
export function followUpCorrections(env: Env, board: StatusBoard, settings: Settings, records: SubmissionRecord[], catalog: Catalog,
  startedAt: Date): CorrectionsOutcome {
  const before = readPending(env);
  const pending = stillPending(before, records);
  const out: CorrectionsOutcome = { pending, emailsSent: 0, quotaStop: null, timeStop: null, failures: [] };
  const deadline = startedAt.getTime() + FOLLOW_UP_BUDGET_MS;
  const now = board.now;
  const due = correctionsDue(pending, now, settings.reminderEveryDays).filter((p) => {
    const unit = board.units.find((u) => u.code === p.unitCode);
    return unit && unit.emails.length > 0 && parsePeriodId(p.periodId);
  });
  // One quota read, counted down per recipient as Google counts it, instead of one read per mail.
  let remaining = due.length ? env.g.MailApp.getRemainingDailyQuota() : 0;
  for (const [i, p] of due.entries()) {
    const unit = board.units.find((u) => u.code === p.unitCode)!;
    const label = unitPeriodLabel(catalog, unit, parsePeriodId(p.periodId)!); // as the unit files it
    if (env.now().getTime() >= deadline) {
      out.timeStop = { unsent: due.slice(i).map(unsentLabel) };
      break;
    }
    if (remaining < unit.emails.length + settings.admins.length) { // spare the digest
      out.quotaStop = { remaining, unsent: due.slice(i).map(unsentLabel) };
      break;
    }
    try {
      env.g.MailApp.sendEmail({
        to: unit.emails.join(','), name: 'Báo cáo CCHC',
        subject: `[Báo cáo CCHC] ${unit.name}: báo cáo ${label} vẫn chờ bổ sung`,
        body: [`Kính gửi ${unit.name},`, '',
          `Báo cáo ${label} (lần nộp ${p.revision}) được trả lại lúc ${formatDateTimeVi(new Date(p.returnedAt))} và chưa có bản sửa.`,
          '', 'Lý do:', p.reason, '',
          'Mở bảng tính Báo cáo CCHC → menu Báo cáo CCHC → Nộp báo cáo…, sửa số liệu rồi bấm Gửi bản sửa.', '',
          settings.issuingBody, '(Thư gửi tự động từ hệ thống Báo cáo CCHC.)'].join('\n'),
      });
    } catch (e) {
      out.failures.push({ unitCode: p.unitCode, message: e instanceof Error ? e.message : String(e) });
      continue; // not marked reminded: the next run retries it
    }
    remaining -= unit.emails.length;
    p.remindedAt = now.toISOString();
    out.emailsSent++;
  }
  if (out.emailsSent > 0 || pending.length !== before.length) savePending(env, pending, records);
  return out;
}
