// Default configuration written by setup() into the configuration sheets; the office edits
// the sheets, never this file.
import type { Settings } from './types';

export { DEFAULT_CATALOG, DEFAULT_GROUPS, DEFAULT_INDICATORS, DEFAULT_UNITS } from './defaults-catalog';

/**
 * Phòng Văn hóa và Thông tin aggregates the reports for UBND huyện (dispatch, item 5); it is the
 * issuing body of the summary report, not a reporting unit.
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
  driveFolderId: '',
  dueSoonDays: 3,
  reminderEveryDays: 2,
  triggerHour: 7,
};
