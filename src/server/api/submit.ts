// submitReport: stamp the arrival time, then under the script lock read only the index columns
// of the data sheet, answer a replayed request id with its stored receipt before any other
// check, validate and authorise, decide the revision, append one row, flush, audit, release.
import type { SubmitResult } from '../../contract/rpc';
import { validateSubmitPayload } from '../../contract/validate';
import { deadlineFor } from '../../domain/calendar';
import { timelinessOf } from '../../domain/lateness';
import { unitPeriodLabel } from '../../domain/periods';
import type { SubmissionRecord } from '../../domain/types';
import { NO_USER_MESSAGE, isAdminEmail } from '../auth';
import type { Env } from '../env';
import { loadConfig } from '../config/load-config';
import { appendAudit } from '../storage/audit';
import { type SubmissionIndexRow, appendRecord, readSubmissionIndex } from '../storage/submissions';
import { resolveTarget } from './resolve';
import { SCOPES, requireScopes } from '../consent';
import { CONFIRMED_COLUMN, checkConfirmation } from '../review/confirm';
import { confirmItemDto } from '../../domain/review/confirm';

export const LOCK_WAIT_MS = 10000;
export const BUSY_MESSAGE = 'Hệ thống đang bận ghi báo cáo của đơn vị khác. Vui lòng bấm Gửi lại sau ít giây; số liệu đã nhập vẫn được giữ nguyên.';

const fail = (field: string, message: string): SubmitResult => ({ ok: false, errors: [{ field, message }] });

/** The receipt: the revision's own number, time and timeliness (each revision is judged on its own). */
function resultOf(record: SubmissionIndexRow, replayed: boolean): SubmitResult {
  return {
    ok: true, submissionId: record.id, revision: record.revision, timeliness: record.timeliness,
    submittedAt: record.submittedAt.toISOString(), replayed,
  };
}

const REQUEST_REUSED = 'Mã yêu cầu đã được dùng cho một báo cáo khác. Vui lòng tải lại biểu mẫu.';

/** A stored receipt for this request id, or a refusal when it belongs to another report; null when new. */
function replayOf(rows: SubmissionIndexRow[], raw: Record<string, unknown>): SubmitResult | null {
  const requestId = typeof raw.requestId === 'string' ? raw.requestId.trim() : '';
  if (!requestId) return null;
  const stored = rows.find((r) => r.requestId === requestId);
  if (!stored) return null;
  if (stored.unitCode !== String(raw.unitCode ?? '').trim() || stored.periodId !== String(raw.periodId ?? '').trim()) return fail('requestId', REQUEST_REUSED);
  return resultOf(stored, true);
}

export function submitReport(env: Env, payload: unknown): SubmitResult {
  // The time the unit clicked: taken before any wait, so a click at 23:59:55 stays on time.
  const receivedAt = env.now();
  requireScopes(env, [SCOPES.sheet, SCOPES.email]); // a partial grant is named before any read
  const raw = (payload ?? {}) as Record<string, unknown>;
  const config = loadConfig(env);
  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return fail('payload', BUSY_MESSAGE);
  try {
    // One read of the index columns decides both the replay and the revision.
    const index = readSubmissionIndex(env);
    // Replay first: a retry of an accepted submission gets its receipt even if authorisation,
    // the window or the indicators changed since.
    const replay = replayOf(index.rows, raw);
    if (replay) return replay;
    // The checks are computation on data already read: no service call while the lock is held.
    const email = env.activeEmail();
    if (!email) return fail('user', NO_USER_MESSAGE);
    const user = { email, isAdmin: isAdminEmail(config.settings, email) };
    const resolved = resolveTarget(config, user, raw.unitCode, raw.periodId, receivedAt);
    if (!resolved.ok) return { ok: false, errors: resolved.errors };
    const { unit, period, indicators } = resolved.target;
    const valid = validateSubmitPayload(indicators, payload);
    if (!valid.ok) return { ok: false, errors: valid.errors };
    const mine = index.rows.filter((r) => r.unitCode === unit.code && r.periodId === period.id);
    // Issue 14: figures above the plausible maximum or far above the unit's history need the
    // unit's confirmation; the history baseline comes from the cache getForm filled, checked
    // against this index (a miss reads the data sheet once more: see review/confirm.ts).
    const confirm = checkConfirmation(env, {
      email, unit, period, indicators, values: valid.value.values, nothingToReport: valid.value.nothingToReport,
      index: index.rows, sheet: index.sheet, confirmation: raw.confirmation,
    });
    if (!confirm.ok) return confirm.result;
    const record: SubmissionRecord = {
      id: env.uuid(),
      requestId: valid.value.requestId,
      unitCode: unit.code,
      periodId: period.id,
      revision: mine.reduce((max, r) => Math.max(max, r.revision), 0) + 1,
      submittedAt: receivedAt,
      submittedBy: email,
      timeliness: timelinessOf(receivedAt, deadlineFor(period, config.calendar, unit.code)),
      values: confirm.confirmed ? { ...valid.value.values, [CONFIRMED_COLUMN]: confirm.confirmed } : valid.value.values,
      note: valid.value.note,
      nothingToReport: valid.value.nothingToReport,
      evidenceUrl: valid.value.evidenceUrl,
    };
    appendRecord(env, { sheet: index.sheet, table: { header: index.header } }, record);
    env.g.SpreadsheetApp.flush();
    appendAudit(env, {
      action: record.revision === 1 ? 'Nộp báo cáo' : 'Sửa báo cáo',
      target: `${unit.code} / ${period.id}`,
      detail: `${unit.name}, ${unitPeriodLabel(config.catalog, unit, period)}, lần nộp ${record.revision}${record.nothingToReport ? ', không phát sinh' : ''}`,
    }, email);
    const receipt = resultOf(record, false);
    return confirm.items.length && receipt.ok
      ? { ...receipt, confirmed: confirm.items.map(confirmItemDto) }
      : receipt;
  } finally {
    lock.releaseLock();
  }
}
