// Sheet names and headers. Users see them, so they are Vietnamese; code finds columns by
// these header texts, never by position, so reordering columns breaks nothing.

export const SHEETS = {
  groups: 'Nhóm đơn vị',
  units: 'Đơn vị',
  indicators: 'Chỉ tiêu',
  calendar: 'Lịch báo cáo',
  settings: 'Cài đặt',
  data: 'Dữ liệu báo cáo',
  audit: 'Nhật ký',
  status: 'Trạng thái nộp báo cáo',
} as const;

export const GROUP_COLUMNS = { code: 'Mã nhóm', name: 'Tên nhóm', kinds: 'Kỳ báo cáo', order: 'Thứ tự', reportsTo: 'Gửi báo cáo cho (để trống: cơ quan tổng hợp)' } as const;

export const UNIT_COLUMNS = {
  code: 'Mã đơn vị', name: 'Tên đơn vị', group: 'Mã nhóm', emails: 'Email được phép nộp', active: 'Đang hoạt động',
} as const;

export const INDICATOR_COLUMNS = {
  code: 'Mã chỉ tiêu', label: 'Tên chỉ tiêu', type: 'Kiểu dữ liệu', unitOfMeasure: 'Đơn vị tính',
  groups: 'Nhóm áp dụng', kinds: 'Kỳ áp dụng', required: 'Bắt buộc', targetPerMonth: 'Chỉ tiêu mỗi tháng',
  min: 'Giá trị nhỏ nhất', max: 'Giá trị lớn nhất', maxLength: 'Độ dài tối đa', order: 'Thứ tự',
  section: 'Mục trong báo cáo',
} as const;

export const CALENDAR_COLUMNS = {
  type: 'Loại', period: 'Kỳ báo cáo', unit: 'Mã đơn vị', date: 'Ngày', day: 'Ngày trong tháng', time: 'Giờ',
  monthOffset: 'Lệch tháng', note: 'Ghi chú',
} as const;

export const SETTINGS_COLUMNS = { key: 'Mã', label: 'Nội dung', value: 'Giá trị' } as const;

/** Fixed columns of the data sheet; one more column per indicator, headed by its code. */
export const DATA_COLUMNS = {
  id: 'ID', requestId: 'Mã yêu cầu', unit: 'Mã đơn vị', period: 'Kỳ báo cáo', revision: 'Lần nộp',
  submittedAt: 'Thời gian nộp', submittedBy: 'Người nộp', timeliness: 'Tình trạng hạn',
  nothingToReport: 'Không phát sinh', note: 'Ghi chú', evidenceUrl: 'Link minh chứng',
} as const;

export const AUDIT_COLUMNS = { at: 'Thời gian', who: 'Người thực hiện', action: 'Hành động', target: 'Đối tượng', detail: 'Chi tiết' } as const;

export const CALENDAR_ROW_TYPES = {
  rule: 'Quy tắc hạn nộp', override: 'Hạn nộp riêng của kỳ', holiday: 'Ngày nghỉ lễ',
  workingWeekend: 'Ngày làm bù', extension: 'Gia hạn cho đơn vị',
} as const;

export const TIMELINESS_LABELS = { on_time: 'Đúng hạn', late: 'Nộp muộn' } as const;
export const YES = 'Có';
export const NO = 'Không';
