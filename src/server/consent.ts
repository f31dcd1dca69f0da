// Users may untick scopes on Google's consent screen (granular consent). Entry points that need a
// scope check it first and say in Vietnamese what to grant again, instead of failing half-way.
// https://developers.google.com/apps-script/concepts/scopes#granular_consent
import { UserError } from './auth';
import type { Env } from './env';

const A = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  sheet: `${A}spreadsheets.currentonly`, ui: `${A}script.container.ui`, email: `${A}userinfo.email`,
  driveFile: `${A}drive.file`, triggers: `${A}script.scriptapp`, mail: `${A}script.send_mail`,
} as const;

export const SCOPE_LABELS: Record<string, string> = {
  [SCOPES.sheet]: 'xem và sửa bảng tính này',
  [SCOPES.ui]: 'hiển thị menu, biểu mẫu và hộp thoại',
  [SCOPES.email]: 'xem địa chỉ email của bạn',
  [SCOPES.driveFile]: 'tạo tệp và thư mục Drive của ứng dụng (báo cáo Google Docs, Word, PDF, bản sao lưu)',
  [SCOPES.triggers]: 'cài trình kích hoạt tự động (kiểm tra hằng ngày)',
  [SCOPES.mail]: 'gửi email thay bạn (nhắc nhở, thư tổng hợp)',
};

/** Scopes among `needed` the user has not granted (none when the runtime cannot tell). */
export function missingScopes(env: Env, needed: string[]): string[] {
  const { ScriptApp } = env.g;
  // The two-argument form and getAuthorizedScopes are newer than @types/google-apps-script.
  const get = ScriptApp.getAuthorizationInfo as unknown as (mode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => { getAuthorizedScopes?(): string[] };
  const info = get.call(ScriptApp, ScriptApp.AuthMode.FULL, needed);
  if (typeof info.getAuthorizedScopes !== 'function') return [];
  const granted = new Set(info.getAuthorizedScopes());
  return needed.filter((s) => !granted.has(s));
}

export function consentMessage(missing: string[]): string {
  const list = missing.map((s) => `“${SCOPE_LABELS[s] ?? s}”`).join(', ');
  return `Bạn chưa cấp đủ quyền cho Báo cáo CCHC: thiếu quyền ${list}. Hãy chạy lại menu Báo cáo CCHC → Cài đặt… (hoặc mở lại chức năng này), và khi Google hỏi, đánh dấu chọn tất cả các quyền rồi bấm Cho phép.`;
}

/** Throws a UserError naming what to grant again. */
export function requireScopes(env: Env, needed: string[]): void {
  const missing = missingScopes(env, needed);
  if (missing.length) throw new UserError(consentMessage(missing));
}
