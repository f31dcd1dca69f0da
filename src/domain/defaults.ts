// Default configuration written by setup() into the configuration sheets; the office edits
// the sheets, never this file. The defaults are the "Cẩm Xuyên 2024" preset (see presets.ts).
import type { Settings } from './types';

export { DEFAULT_CATALOG, DEFAULT_GROUPS, DEFAULT_INDICATORS, DEFAULT_UNITS } from './defaults-catalog';

/**
 * Phòng Văn hóa và Thông tin aggregates the reports for UBND huyện (dispatch, item 5); it is the
 * issuing body of the summary report, not a reporting unit. Section I cites the two documents
 * the dispatch carries out.
 */
export const DEFAULT_SETTINGS: Settings = {
  admins: [],
  parentBody: 'UBND HUYỆN CẨM XUYÊN',
  issuingBody: 'PHÒNG VĂN HÓA VÀ THÔNG TIN',
  issuingBodyShort: 'VHTT',
  place: 'Cẩm Xuyên',
  reportNumberPrefix: 'BC-VHTT',
  signerTitle: ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'],
  signerName: '',
  recipients: ['UBND huyện (để b/c)', 'Phòng Nội vụ', 'Lưu: VT, VHTT.'],
  reportTo: 'UBND huyện',
  areaName: 'huyện',
  directionText: [
    'Thực hiện Công văn số 928/UBND-NC1 ngày 22/02/2024 của UBND tỉnh về việc triển khai kế hoạch thông tin, '
      + 'tuyên truyền cải cách hành chính năm 2024 và Kế hoạch số 167/KH-UBND ngày 12/01/2024 của UBND huyện về việc '
      + 'tuyên truyền CCHC trên địa bàn huyện Cẩm Xuyên năm 2024, Phòng Văn hóa và Thông tin đã tham mưu UBND huyện ban hành '
      + 'văn bản chỉ đạo các phòng, ban, cơ quan, đơn vị, UBND các xã, thị trấn triển khai thực hiện; hướng dẫn, đôn đốc '
      + 'các đơn vị thực hiện và báo cáo định kỳ theo quy định.',
  ],
  nextTasks: [
    'Tiếp tục đôn đốc các đơn vị triển khai Kế hoạch số 167/KH-UBND ngày 12/01/2024 của UBND huyện, bám sát nội dung định hướng tuyên truyền của huyện, tỉnh.',
    'Đổi mới nội dung, hình thức tuyên truyền; đẩy mạnh tuyên truyền trên mạng xã hội, Cổng/Trang TTĐT, tổ chức các cuộc thi tìm hiểu CCHC, chuyển đổi số, sân khấu hóa.',
    'Chú trọng tuyên truyền nâng cao chỉ số PCI, DDCI; duy trì chuyên mục CCHC trên hệ thống truyền thanh cơ sở và sóng Truyền thanh - Truyền hình huyện (01 chương trình/tháng).',
    'Thực hiện chế độ báo cáo đầy đủ, đúng thời hạn.',
  ],
  driveFolderId: '',
  dueSoonDays: 3,
  reminderEveryDays: 2,
  triggerHour: 7,
};
