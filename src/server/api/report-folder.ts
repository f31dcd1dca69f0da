// Where reports go, through the Drive advanced service: with the narrow drive.file scope the
// script may only use folders it created, so when none is configured it creates one and records
// its id in the settings sheet. One Drive call either way.
import type { Env } from '../env';
import type { AppConfig } from '../config/load-config';
import { updateSetting } from '../config/settings-sheet';

export const REPORT_FOLDER_NAME = 'Báo cáo CCHC';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export const FOLDER_ERROR = 'Không mở được thư mục Drive đã khai báo trong trang Cài đặt (driveFolderId). Với quyền hạn hẹp (drive.file), hệ thống chỉ dùng được thư mục do chính nó tạo: hãy xóa ô này để hệ thống tự tạo thư mục "Báo cáo CCHC" (có thể di chuyển thư mục đó đi nơi khác sau).';
export const DRIVE_MISSING = 'Dịch vụ nâng cao Drive (Drive API v3) chưa được bật cho dự án Apps Script: kiểm tra appsscript.json (enabledAdvancedServices).';

export function driveService(env: Env): GoogleAppsScript.Drive {
  if (!env.g.Drive) throw new Error(DRIVE_MISSING);
  return env.g.Drive;
}

/** The configured folder's id when the script can open it (and it is a folder, not in the trash), else a new one's; null when the configured one is unreachable. */
export function ensureReportFolder(env: Env, config: AppConfig): string | null {
  const Drive = driveService(env);
  const configured = config.settings.driveFolderId;
  if (configured) {
    try {
      const f = Drive.Files.get(configured, { fields: 'id,mimeType,trashed' }) as { id?: string; mimeType?: string; trashed?: boolean };
      return f.id && f.mimeType === FOLDER_MIME && !f.trashed ? f.id : null;
    } catch {
      return null;
    }
  }
  return createReportFolder(env);
}

/** Creates the office's folder (reports, snapshots) and records its id in the settings sheet. */
export function createReportFolder(env: Env): string {
  const folder = driveService(env).Files.create({ name: `${REPORT_FOLDER_NAME} - ${env.ss().getName()}`, mimeType: FOLDER_MIME }) as { id?: string };
  const id = folder.id;
  if (!id) throw new Error('Drive không trả về mã thư mục báo cáo.');
  updateSetting(env, 'driveFolderId', () => id);
  return id;
}
