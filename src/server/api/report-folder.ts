// Where reports go. With the narrow drive.file scope the script may only use folders it
// created, so when none is configured it creates one and records its id in the settings sheet.
import type { Env } from '../env';
import type { AppConfig } from '../config/load-config';
import { updateSetting } from '../config/settings-sheet';

export const REPORT_FOLDER_NAME = 'Báo cáo CCHC';

export const FOLDER_ERROR = 'Không mở được thư mục Drive đã khai báo trong trang Cài đặt (driveFolderId). Với quyền hạn hẹp (drive.file), hệ thống chỉ dùng được thư mục do chính nó tạo: hãy xóa ô này để hệ thống tự tạo thư mục "Báo cáo CCHC" (có thể di chuyển thư mục đó đi nơi khác sau).';

const FOLDER_MIME = 'application/vnd.google-apps.folder';

/** The id of the configured folder when the script can open it, else of a new one; null when the configured one is unreachable. */
export function ensureReportFolder(env: Env, config: AppConfig): string | null {
  const Drive = env.g.Drive;
  if (!Drive) throw new Error('Dịch vụ nâng cao Drive (v3) chưa được bật trong appsscript.json.');
  if (config.settings.driveFolderId) {
    try {
      return String(Drive.Files.get(config.settings.driveFolderId, { fields: 'id' }).id);
    } catch {
      return null;
    }
  }
  const folder = Drive.Files.create({ name: `${REPORT_FOLDER_NAME} - ${env.ss().getName()}`, mimeType: FOLDER_MIME });
  const id = String(folder.id);
  updateSetting(env, 'driveFolderId', () => id);
  return id;
}
