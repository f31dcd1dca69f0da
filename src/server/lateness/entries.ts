// What the top-level functions checkLateness (daily trigger), checkLatenessFromMenu and
// onEditGuard do. Mails go out from the account running the check, so only admins may run it
// by hand; the trigger runs as the admin who installed it.
import { UserError, isAdminEmail, isTriggerEvent, notAdminMessage, requireAdmin } from '../auth';
import { loadConfig } from '../config/load-config';
import type { Env } from '../env';
import { SHEETS } from '../sheets/names';
import { type LatenessCheckResult, runLatenessCheck } from './check';
import { type EditEvent, type EditOutcome, handleEdit } from './edit-guard';
import { TAKE_OVER_CAPTION, isTriggerOwner, triggerOwner } from '../setup/trigger-owner';
import { SCOPES, requireScopes } from '../consent';
import { DAILY_CHECK_HANDLER, EDIT_GUARD_HANDLER } from './triggers';

export const CHECK_TITLE = 'Kiểm tra đơn vị chậm nộp';

/**
/**
 * The trigger's run, told apart by its event (a triggerUid of one of the runner's own daily
 * triggers), not by Google withholding the caller's email; run any other way (google.script.run,
 * the script editor) it is an admin action like the menu's. It runs only as the recorded trigger
 * owner: an older trigger of an admin whose set was taken over exits early. An owner who is no
 * longer an admin still runs, and the digest tells the admins to take over.
 */
export function scheduledCheck(env: Env, e?: unknown): LatenessCheckResult {
  const config = loadConfig(env);
  if (!isTriggerEvent(env, e, DAILY_CHECK_HANDLER)) requireAdmin(env, config.settings);
  const email = env.activeEmail();
  const owner = triggerOwner(env);
  if (!owner) {
    // Installed before owners were recorded: only an admin may run it.
    if (email && config.settings.admins.length > 0 && !isAdminEmail(config.settings, email)) throw new UserError(notAdminMessage(config.settings));
    return runLatenessCheck(env, config);
  }
  if (!isTriggerOwner(env)) return { checkedAt: env.now().toISOString(), periods: [], emailsSent: 0, tampered: 0, skipped: 'not-owner' };
  const notice = config.settings.admins.length > 0 && !isAdminEmail(config.settings, owner)
    ? `Lưu ý: trigger kiểm tra hằng ngày đang chạy dưới tài khoản ${owner}, tài khoản này không còn là quản trị viên. Một quản trị viên hãy mở bảng tính, chọn menu Báo cáo CCHC → ${TAKE_OVER_CAPTION} để chuyển trigger sang tài khoản của mình.`
    : undefined;
  return runLatenessCheck(env, config, { notice });
}

/** A short Vietnamese summary for the menu's alert. */
export function checkMessage(r: LatenessCheckResult): string {
  const lines = r.periods
    .filter((p) => p.missing.length + p.late.length + p.dueSoon.length + p.onTime.length > 0)
    .map((p) => {
      return `• ${p.label}: ${p.missing.length} quá hạn chưa nộp, ${p.late.length} nộp muộn, ${p.dueSoon.length} sắp đến hạn, ${p.onTime.length} đúng hạn.`;
    });
  return [
    lines.length ? `Các kỳ báo cáo đang theo dõi:\n${lines.join('\n')}` : 'Chưa có kỳ báo cáo nào sắp đến hạn hoặc quá hạn.',
    `Đã gửi ${r.emailsSent} email nhắc nhở.`,
    'Thư tổng hợp cho quản trị viên chỉ gửi từ lần kiểm tra tự động, tối đa một thư mỗi ngày.',
    `Chi tiết từng đơn vị ở trang "${SHEETS.status}".`,
  ].join('\n\n');
}

export function menuCheck(env: Env): LatenessCheckResult {
  requireScopes(env, [SCOPES.sheet, SCOPES.email, SCOPES.mail]);
  const config = loadConfig(env);
  requireAdmin(env, config.settings);
  const result = runLatenessCheck(env, config, { digest: false }); // the result is on screen: no digest mail
  const ui = env.g.SpreadsheetApp.getUi();
  ui.alert(CHECK_TITLE, checkMessage(result), ui.ButtonSet.OK);
  return result;
}

/** Only the installed trigger (or an admin) may run the guard: it writes back cells and the audit. */
export function editGuard(env: Env, e: EditEvent | undefined): EditOutcome {
  if (!isTriggerEvent(env, e, EDIT_GUARD_HANDLER)) requireAdmin(env, loadConfig(env).settings);
  if (!e || !e.range) return 'ignored';
  // A guard of an admin whose triggers were taken over: the new owner's guard handles the edit.
  if (!isTriggerOwner(env)) return 'ignored';
  return handleEdit(env, e);
}
