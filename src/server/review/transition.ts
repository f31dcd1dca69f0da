// reviewReport: an admin moves the latest revision of a unit's report to "cần bổ sung" (with a
// reason, mailed to the unit) or "đã duyệt". Checked first, then under the script lock the data
// and review sheets are read once, the transition re-checked, one row appended (linked into the
// review chain), flushed, audited.
import type { ReviewActionResult } from '../../contract/review';
import type { Period, Unit } from '../../domain/types';
import { findUnit } from '../../domain/catalog';
import { parsePeriodId, unitPeriodLabel } from '../../domain/periods';
import { latestOf, revisionsIndex } from '../../domain/review/compare';
import { REVIEW_LABELS, type ReviewEvent, type ReviewState, checkTransition, reviewStatus } from '../../domain/review/states';
import { requireAdmin } from '../auth';
import { loadConfig } from '../config/load-config';
import type { Env } from '../env';
import { appendAudit } from '../storage/audit';
import { readDataSheet } from '../storage/submissions';
import { BUSY_MESSAGE, LOCK_WAIT_MS } from '../api/submit';
import { appendReviewEvent, readReviewLog } from './review-log';
import { returnMail } from './review-mail';
import { rebuildPending } from './corrections';
import { writePeriodStates } from './period-states';
import { protectNewAdminSheet } from '../setup/protect-sheets';

const fail = (message: string): ReviewActionResult => ({ ok: false, message });
const TARGETS: ReviewState[] = ['needs_fix', 'approved'];

export function reviewReport(env: Env, payload: unknown): ReviewActionResult {
  const config = loadConfig(env);
  const admin = requireAdmin(env, config.settings);
  const p = (payload ?? {}) as Record<string, unknown>;
  const unit = typeof p.unitCode === 'string' ? findUnit(config.catalog, p.unitCode) : undefined;
  if (!unit) return fail('Không tìm thấy đơn vị.');
  const period = typeof p.periodId === 'string' ? parsePeriodId(p.periodId) : null;
  if (!period) return fail('Kỳ báo cáo không hợp lệ.');
  const label = unitPeriodLabel(config.catalog, unit, period); // as the unit files it
  const target = p.state as ReviewState;
  if (!TARGETS.includes(target)) return fail('Trạng thái xét duyệt không hợp lệ.');
  if (!Number.isInteger(p.revision)) return fail('Thiếu lần nộp đang xét.');
  const reasonIn = typeof p.reason === 'string' ? p.reason : '';

  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return fail(BUSY_MESSAGE);
  let event: ReviewEvent;
  try {
    const latest = latestOf(revisionsIndex(readDataSheet(env).records), unit.code, period.id);
    if (!latest) return fail(`${unit.name} chưa nộp báo cáo ${label}.`);
    const log = readReviewLog(env);
    const events = log.filter((e) => e.unitCode === unit.code && e.periodId === period.id);
    const check = checkTransition(reviewStatus(events, latest.revision), { target, revision: p.revision as number, reason: reasonIn });
    if (!check.ok) return fail(check.message);
    event = { at: env.now(), by: admin.email, unitCode: unit.code, periodId: period.id, revision: latest.revision, state: target, reason: check.reason };
    appendReviewEvent(env, event, (sheet) => protectNewAdminSheet(sheet, config.settings));
    env.g.SpreadsheetApp.flush();
    rebuildPending(env, [...log, event]);
    writePeriodStates(env, period.id, [...log, event]);
    appendAudit(env, {
      action: target === 'needs_fix' ? 'Trả lại báo cáo để bổ sung' : 'Duyệt báo cáo',
      target: `${unit.code} / ${period.id}`,
      detail: `${unit.name}, ${label}, lần nộp ${latest.revision}: ${REVIEW_LABELS[target]}${check.reason ? `. Lý do: ${check.reason}` : ''}`,
    }, admin.email);
  } finally {
    lock.releaseLock();
  }
  const emailed = target === 'needs_fix' ? mailUnit(env, unit, period, label, event, config.settings.issuingBody) : [];
  return { ok: true, state: target, revision: event.revision, emailed };
}

/** Mails the unit after the lock is released; a mail failure is audited, the transition stands. */
function mailUnit(env: Env, unit: Unit, period: Period, label: string, e: ReviewEvent, issuingBody: string): string[] {
  if (unit.emails.length === 0) return [];
  try {
    if (env.g.MailApp.getRemainingDailyQuota() < unit.emails.length) throw new Error('hết hạn mức email trong ngày');
    const mail = returnMail(unit, label, e.revision, e.reason, issuingBody, e.at);
    env.g.MailApp.sendEmail({ to: unit.emails.join(','), subject: mail.subject, body: mail.body, name: 'Báo cáo CCHC' });
    return [...unit.emails];
  } catch (err) {
    appendAudit(env, { action: 'Lỗi gửi thư trả lại báo cáo', target: `${unit.code} / ${period.id}`, detail: err instanceof Error ? err.message : String(err) }, e.by);
    return [];
  }
}
