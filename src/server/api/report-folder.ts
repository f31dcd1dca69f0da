// Where reports go. With the narrow drive.file scope the script may only use folders it
// created, so when none is configured it creates one and records its id in the settings sheet.
import type { Env } from '../env';
import type { AppConfig } from '../config/load-config';
import { updateSetting } from '../config/settings-sheet';

export const REPORT_FOLDER_NAME = 'Báo cáo CCHC';

export const FOLDER_ERROR = 'Không mở được thư mục Drive đã khai báo trong trang Cài đặt (driveFolderId). Với quyền hạn hẹp (drive.file), hệ thống chỉ dùng được thư mục do chính nó tạo: hãy xóa ô này để hệ thống tự tạo thư mục "Báo cáo CCHC" (có thể di chuyển thư mục đó đi nơi khác sau).';

/** The configured folder when the script can open it, else a new one; null when the configured one is unreachable. */
export function ensureReportFolder(env: Env, config: AppConfig): GoogleAppsScript.Drive.Folder | null {
  if (config.settings.driveFolderId) {
    try {
      return env.g.DriveApp!.getFolderById(config.settings.driveFolderId);
    } catch {
      return null;
    }
  }
  const folder = env.g.DriveApp!.createFolder(`${REPORT_FOLDER_NAME} - ${env.ss().getName()}`);
  const id = folder.getId();
  updateSetting(env, 'driveFolderId', () => id);
  return folder;
}
