// The daily check's part in the review (called from lateness/check.ts): the reports waiting for
// correction are kept in document properties, rebuilt from the review log at every transition,
// so the check marks the status sheet and reminds those units without another Spreadsheet read.
import { periodLabel, parsePeriodId } from '../../domain/periods';
import { type PendingCorrection, correctionsDue, pendingFromLog, stillPending } from '../../domain/review/corrections';
import type { ReviewEvent } from '../../domain/review/states';
import type { StatusBoard } from '../../domain/status-board';
import type { Settings, SubmissionRecord } from '../../domain/types';
import { formatDateTimeVi } from '../../domain/time';
import type { Env } from '../env';

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
}

/** Under the check's lock: forget answered returns, remind the units due a reminder today. */
export function followUpCorrections(env: Env, board: StatusBoard, settings: Settings, records: SubmissionRecord[]): CorrectionsOutcome {
  const before = readPending(env);
  const pending = stillPending(before, records);
  let emailsSent = 0;
  const now = board.now;
  for (const p of correctionsDue(pending, now, settings.reminderEveryDays)) {
    const unit = board.units.find((u) => u.code === p.unitCode);
    const period = parsePeriodId(p.periodId);
    if (!unit || !period || unit.emails.length === 0) continue;
    if (env.g.MailApp.getRemainingDailyQuota() < unit.emails.length + settings.admins.length) break; // spare the digest
    env.g.MailApp.sendEmail({
      to: unit.emails.join(','), name: 'Báo cáo CCHC',
      subject: `[Báo cáo CCHC] ${unit.name}: báo cáo ${periodLabel(period)} vẫn chờ bổ sung`,
      body: [`Kính gửi ${unit.name},`, '',
        `Báo cáo ${periodLabel(period)} (lần nộp ${p.revision}) được trả lại lúc ${formatDateTimeVi(new Date(p.returnedAt))} và chưa có bản sửa.`,
        '', 'Lý do:', p.reason, '',
        'Mở bảng tính Báo cáo CCHC → menu Báo cáo CCHC → Nộp báo cáo…, sửa số liệu rồi bấm Gửi bản sửa.', '',
        settings.issuingBody, '(Thư gửi tự động từ hệ thống Báo cáo CCHC.)'].join('\n'),
    });
    p.remindedAt = now.toISOString();
    emailsSent++;
  }
  if (emailsSent > 0 || pending.length !== before.length) savePending(env, pending, records);
  return { pending, emailsSent };
}
