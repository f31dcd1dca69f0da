// Who is at the keyboard and what they may do. Sidebar and menu calls run as that user; the
// server re-checks every call, whatever the client shows. Any editor of the spreadsheet can call
// any top-level function (from google.script.run or the script editor), so every admin action
// checks here first, before any side effect.
import { normalizeEmail } from '../domain/text';
import { nameInSentence } from '../domain/report-format';
import type { Settings } from '../domain/types';
import { parseSettings } from './config/settings-codec';
import { DEFAULT_SETTINGS } from '../domain/defaults';
import { DEFAULT_CALENDAR } from '../domain/calendar-defaults';
import type { Env } from './env';
import { SHEETS } from './sheets/names';
import { readTable } from './sheets/table';

export const NO_USER_MESSAGE =
  'Không xác định được tài khoản Google của bạn. Hãy đăng nhập bằng tài khoản đã được đăng ký cho đơn vị (không dùng cửa sổ ẩn danh hoặc nhiều tài khoản cùng lúc), rồi mở lại biểu mẫu.';
export const SETUP_ADMINS_ONLY = 'Bảng tính đã được cài đặt; chỉ quản trị viên mới được chạy lại Cài đặt.';

/** The office running the sheet as the settings name it, in running text ('Phòng Văn hóa và Thông tin'); '' when unset. */
export function officeName(settings: Pick<Settings, 'issuingBody'>): string {
  return nameInSentence(settings.issuingBody);
}

/** ' (Phòng Văn hóa và Thông tin)' after a noun naming who, or '' when the settings name no office. */
export function officeInParens(settings: Pick<Settings, 'issuingBody'>, lead = ''): string {
  const office = officeName(settings);
  return office ? ` (${lead}${office})` : '';
}

export function notAdminMessage(settings: Pick<Settings, 'issuingBody'>): string {
  return `Chức năng này chỉ dành cho quản trị viên${officeInParens(settings)}.`;
}

/** Before the first setup the settings are the preset's; a sheet left by an older install names its own office. */
export function setupOwnerOnlyMessage(settings: Pick<Settings, 'issuingBody'>): string {
  return `Lần cài đặt đầu tiên phải do chủ sở hữu bảng tính${officeInParens(settings, 'tài khoản của ')} thực hiện.`;
}

/** An error whose message is meant for the user (Vietnamese). */
export class UserError extends Error {}

export interface CurrentUser {
  email: string;
  isAdmin: boolean;
}

export function isAdminEmail(settings: Settings, email: string): boolean {
  const who = normalizeEmail(email);
  return who !== '' && settings.admins.some((a) => normalizeEmail(a) === who);
}

/** Throws UserError when Google does not tell us who the user is. */
export function requireUser(env: Env, settings: Settings): CurrentUser {
  const email = env.activeEmail();
  if (!email) throw new UserError(NO_USER_MESSAGE);
  return { email, isAdmin: isAdminEmail(settings, email) };
}

export function requireAdmin(env: Env, settings: Settings): CurrentUser {
  const user = requireUser(env, settings);
  if (!user.isAdmin) throw new UserError(notAdminMessage(settings));
  return user;
}

/** The settings sheet as it is right now (no cache: setup runs before it is trusted); null before the first setup. */
export function recordedSettings(env: Env): Settings | null {
  const sheet = env.ss().getSheetByName(SHEETS.settings);
  if (!sheet) return null;
  return parseSettings(readTable(sheet), { ...DEFAULT_SETTINGS, lateWindowDays: DEFAULT_CALENDAR.lateWindowDays }, []);
}

/** The admins recorded in the settings sheet right now. */
export function recordedAdmins(env: Env): string[] {
  return recordedSettings(env)?.admins ?? [];
}

/**
 * setup() installs triggers that run as its runner, so: once admins are recorded, only an admin;
 * before that (first install), only the owner, or anyone when Google names no owner (a shared drive).
 */
export function requireSetupCaller(env: Env, email: string): void {
  const settings = recordedSettings(env);
  const admins = settings?.admins ?? [];
  if (admins.length > 0) {
    if (!admins.some((a) => normalizeEmail(a) === normalizeEmail(email))) throw new UserError(SETUP_ADMINS_ONLY);
    return;
  }
  const owner = env.ss().getOwner();
  const ownerEmail = owner ? normalizeEmail(owner.getEmail()) : '';
  if (ownerEmail && ownerEmail !== normalizeEmail(email)) throw new UserError(setupOwnerOnlyMessage(settings ?? DEFAULT_SETTINGS));
}

/**
 * Whether `e` is the event of one of this project's installable triggers for `handler`: its
 * triggerUid must name a trigger the effective user owns (getProjectTriggers lists only those).
 * A caller who passes a made-up event from google.script.run matches none of their own.
 */
export function isTriggerEvent(env: Env, e: unknown, handler: string): boolean {
  const uid = e !== null && typeof e === 'object' ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  if ((typeof uid !== 'string' && typeof uid !== 'number') || String(uid) === '') return false;
  return env.g.ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === String(uid) && t.getHandlerFunction() === handler);
}
