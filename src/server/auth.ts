// Who is at the keyboard and what they may do. Sidebar and menu calls run as that user; the
// server re-checks every call, whatever the client shows.
import { normalizeEmail } from '../domain/text';
import type { Settings } from '../domain/types';
import type { Env } from './env';

export const NO_USER_MESSAGE =
  'Không xác định được tài khoản Google của bạn. Hãy đăng nhập bằng tài khoản đã được đăng ký cho đơn vị (không dùng cửa sổ ẩn danh hoặc nhiều tài khoản cùng lúc), rồi mở lại biểu mẫu.';
export const NOT_ADMIN_MESSAGE = 'Chức năng này chỉ dành cho quản trị viên (Phòng Văn hóa - Thông tin).';

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
  if (!user.isAdmin) throw new UserError(NOT_ADMIN_MESSAGE);
  return user;
}
