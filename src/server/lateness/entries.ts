// What the top-level functions checkLateness (daily trigger), checkLatenessFromMenu and
// onEditGuard do. Mails go out from the account running the check, so only admins may run it
// by hand; the trigger runs as the admin who installed it.
import { parsePeriodId, periodLabel } from '../../domain/periods';
import { NOT_ADMIN_MESSAGE, UserError, isAdminEmail, requireAdmin } from '../auth';
import { loadConfig } from '../config/load-config';
import type { Env } from '../env';
import { SHEETS } from '../sheets/names';
import { type LatenessCheckResult, runLatenessCheck } from './check';
import { type EditEvent, type EditOutcome, handleEdit } from './edit-guard';

export const CHECK_TITLE = 'Kiểm tra đơn vị chậm nộp';

/** The trigger's run. Refuses a caller known not to be an admin (any editor can call a top-level function). */
export function scheduledCheck(env: Env): LatenessCheckResult {
  const config = loadConfig(env);
  const email = env.activeEmail();
  if (email && config.settings.admins.length > 0 && !isAdminEmail(config.settings, email)) throw new UserError(NOT_ADMIN_MESSAGE);
  return runLatenessCheck(env, config);
}

/** A short Vietnamese summary for the menu's alert. */
export function checkMessage(r: LatenessCheckResult): string {
  const lines = r.periods
    .filter((p) => p.missing.length + p.late.length + p.dueSoon.length + p.onTime.length > 0)
    .map((p) => {
      const period = parsePeriodId(p.periodId);
      const label = period ? periodLabel(period) : p.periodId;
      return `• ${label}: ${p.missing.length} quá hạn chưa nộp, ${p.late.length} nộp muộn, ${p.dueSoon.length} sắp đến hạn, ${p.onTime.length} đúng hạn.`;
    });
  return [
    lines.length ? `Các kỳ báo cáo đang theo dõi:\n${lines.join('\n')}` : 'Chưa có kỳ báo cáo nào sắp đến hạn hoặc quá hạn.',
    `Đã gửi ${r.emailsSent} email nhắc nhở.`,
    'Thư tổng hợp cho quản trị viên chỉ gửi từ lần kiểm tra tự động, tối đa một thư mỗi ngày.',
    `Chi tiết từng đơn vị ở trang "${SHEETS.status}".`,
  ].join('\n\n');
}

export function menuCheck(env: Env): LatenessCheckResult {
  const config = loadConfig(env);
  requireAdmin(env, config.settings);
  const result = runLatenessCheck(env, config, { digest: false }); // the result is on screen: no digest mail
  const ui = env.g.SpreadsheetApp.getUi();
  ui.alert(CHECK_TITLE, checkMessage(result), ui.ButtonSet.OK);
  return result;
}

export function editGuard(env: Env, e: EditEvent | undefined): EditOutcome {
  return e && e.range ? handleEdit(env, e) : 'ignored';
}
