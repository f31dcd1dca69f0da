// The sheets the lateness check owns: the status sheet users read, and the hidden reminder log
// that remembers what was sent so the same reminder never goes out twice.
import type { SentKind } from '../../domain/reminders';
import type { SheetSpec } from '../setup/sheet-specs';
import { SHEETS } from '../sheets/names';

export const REMINDER_LOG_SHEET = 'Nhật ký nhắc nhở';

export const REMINDER_LOG_COLUMNS = {
  at: 'Thời gian gửi', kind: 'Loại', unit: 'Mã đơn vị', period: 'Kỳ báo cáo', deadline: 'Hạn nộp',
  to: 'Người nhận', key: 'Mã nhắc', state: 'Trạng thái',
} as const;

/**
 * A line is written (claimed) before its mail is sent and marked once the mail went out, so a run
 * killed in between leaves 'Đang gửi': such a line counts as sent (never twice) and is reported.
 */
export const LOG_STATES = { pending: 'Đang gửi', sent: 'Đã gửi', failed: 'Lỗi gửi', skipped: 'Chưa gửi (hết thời gian)' } as const;

export const SENT_KIND_LABELS: Record<SentKind, string> = {
  due_soon: 'Nhắc sắp đến hạn',
  overdue: 'Nhắc quá hạn',
  digest: 'Tổng hợp gửi quản trị viên',
};

export const STATUS_PLACEHOLDER = 'Chưa kiểm tra lần nào: chọn menu Báo cáo CCHC → Kiểm tra đơn vị chậm nộp.';

export const REMINDER_LOG_SPEC: SheetSpec = {
  name: REMINDER_LOG_SHEET,
  internal: true,
  rows: () => [Object.values(REMINDER_LOG_COLUMNS)],
  columnFormats: { [REMINDER_LOG_COLUMNS.at]: 'dd/MM/yyyy HH:mm:ss', [REMINDER_LOG_COLUMNS.deadline]: 'dd/MM/yyyy HH:mm' },
  widths: [150, 170, 170, 100, 130, 300, 320, 100],
};

export const LATENESS_SHEET_SPECS: SheetSpec[] = [
  { name: SHEETS.status, rows: () => [['Mã đơn vị', 'Tên đơn vị', STATUS_PLACEHOLDER]], widths: [170, 260], tabColor: '#0f9d58' },
  REMINDER_LOG_SPEC,
];
