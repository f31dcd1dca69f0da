// submitReport: validate and authorise everything first, then under the script lock read the
// data sheet once, decide the revision, append one row, flush, audit, release.
import type { SubmitResult } from '../../contract/rpc';
import { validateSubmitPayload } from '../../contract/validate';
import { deadlineFor } from '../../domain/calendar';
import { timelinessOf } from '../../domain/lateness';
import { periodLabel } from '../../domain/periods';
import type { SubmissionRecord } from '../../domain/types';
import { NO_USER_MESSAGE, isAdminEmail } from '../auth';
import type { Env } from '../env';
import { loadConfig } from '../config/load-config';
import { appendAudit } from '../storage/audit';
import { appendRecord, readDataSheet } from '../storage/submissions';
import { resolveTarget } from './resolve';
import { changeLabels } from '../../domain/review/diff';
import { CONFIRMED_COLUMN, checkConfirmation } from '../review/confirm';

export const LOCK_WAIT_MS = 10000;
export const BUSY_MESSAGE = 'Hệ thống đang bận ghi báo cáo của đơn vị khác. Vui lòng bấm Gửi lại sau ít giây; số liệu đã nhập vẫn được giữ nguyên.';

const fail = (field: string, message: string): SubmitResult => ({ ok: false, errors: [{ field, message }] });

function resultOf(record: SubmissionRecord, first: SubmissionRecord, replayed: boolean, changes: string[]): SubmitResult {
  return {
    ok: true, submissionId: record.id, revision: record.revision, timeliness: first.timeliness,
    submittedAt: record.submittedAt.toISOString(), replayed, changes, nothingToReport: record.nothingToReport,
  };
}

export function submitReport(env: Env, payload: unknown): SubmitResult {
  const email = env.activeEmail();
  if (!email) return fail('user', NO_USER_MESSAGE);
  const config = loadConfig(env);
  const user = { email, isAdmin: isAdminEmail(config.settings, email) };
  const raw = (payload ?? {}) as Record<string, unknown>;
  const resolved = resolveTarget(config, user, raw.unitCode, raw.periodId, env.now());
  if (!resolved.ok) return { ok: false, errors: resolved.errors };
  const { unit, period, indicators } = resolved.target;
  const valid = validateSubmitPayload(indicators, payload);
  if (!valid.ok) return { ok: false, errors: valid.errors };

  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return fail('payload', BUSY_MESSAGE);
  try {
    const data = readDataSheet(env);
    const mine = data.records.filter((r) => r.unitCode === unit.code && r.periodId === period.id)
      .sort((a, b) => a.revision - b.revision);
    const replay = data.records.find((r) => r.requestId === valid.value.requestId);
    if (replay) {
      if (replay.unitCode !== unit.code || replay.periodId !== period.id) return fail('requestId', 'Mã yêu cầu đã được dùng cho một báo cáo khác. Vui lòng tải lại biểu mẫu.');
      return resultOf(replay, mine[0] ?? replay, true, changeLabels(indicators, mine.find((r) => r.revision === replay.revision - 1) ?? null, replay));
    }
    const confirm = checkConfirmation(env, { // issue 14: implausible figures need the unit's confirmation
      email, unit, period, indicators, values: valid.value.values, nothingToReport: valid.value.nothingToReport, records: data.records, confirmation: raw.confirmation,
    });
    if (!confirm.ok) return confirm.result;
    const now = env.now();
    const record: SubmissionRecord = {
      id: env.uuid(),
      requestId: valid.value.requestId,
      unitCode: unit.code,
      periodId: period.id,
      revision: (mine.length ? mine[mine.length - 1].revision : 0) + 1,
      submittedAt: now,
      submittedBy: email,
      timeliness: timelinessOf(now, deadlineFor(period, config.calendar, unit.code)),
      values: confirm.confirmed ? { ...valid.value.values, [CONFIRMED_COLUMN]: confirm.confirmed } : valid.value.values,
      note: valid.value.note,
      nothingToReport: valid.value.nothingToReport,
      evidenceUrl: valid.value.evidenceUrl,
    };
    appendRecord(data, record);
    env.g.SpreadsheetApp.flush();
    appendAudit(env, {
      action: record.revision === 1 ? 'Nộp báo cáo' : 'Sửa báo cáo',
      target: `${unit.code} / ${period.id}`,
      detail: `${unit.name}, ${periodLabel(period)}, lần nộp ${record.revision}${record.nothingToReport ? ', không phát sinh' : ''}`,
    }, email);
    return resultOf(record, mine[0] ?? record, false, changeLabels(indicators, mine[mine.length - 1] ?? null, record));
  } finally {
    lock.releaseLock();
  }
}
