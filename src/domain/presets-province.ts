// "Cấp tỉnh / xã từ 1/7/2025": since 1/7/2025 there is no district level (the two-level local
// government), so a provincial office aggregates its communes and wards and the provincial media
// centre directly. The communes, wards, departments and centres listed are editable examples,
// not verified names (we cannot check the province's list offline): the office edits the units
// sheet, and the setup prompt says so (PROVINCE_NOTE).
// Duties mirror the dispatch's, one level up: communes and the media centre report each quarter
// (June and December reports cover 6 months and the year), departments and the public
// administrative service centre carry no duty unless the office adds one.
import type { Catalog, Indicator, PeriodKind, Settings, Unit, UnitGroup } from './types';
import { DEFAULT_INDICATORS } from './defaults-catalog';
import { DEFAULT_SETTINGS } from './defaults';

const QUARTER: PeriodKind[] = ['quarter'];

/** Said at setup beside the preset's name. */
export const PROVINCE_NOTE = 'tên xã, phường, sở, cơ quan chỉ là ví dụ: sửa, thêm trong trang Đơn vị trước khi dùng';

const GROUPS: UnitGroup[] = [
  { code: 'XA', name: 'UBND các xã, phường', periodKinds: QUARTER, order: 1 },
  { code: 'SO', name: 'Sở, ban, ngành cấp tỉnh', periodKinds: [], order: 2 },
  { code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh', periodKinds: [], order: 3 },
  { code: 'TTVHTT', name: 'Cơ quan báo chí, truyền thông của tỉnh', periodKinds: QUARTER, order: 4 },
];

const unit = (group: string) => ([code, name]: [string, string]): Unit => ({ code, name, group, emails: [], active: true });

const UNITS: Unit[] = [
  ...([
    ['P_THANH_SEN', 'UBND phường Thành Sen'],
    ['P_TRAN_PHU', 'UBND phường Trần Phú'],
    ['P_HA_HUY_TAP', 'UBND phường Hà Huy Tập'],
    ['XA_CAM_XUYEN', 'UBND xã Cẩm Xuyên'],
    ['XA_THIEN_CAM', 'UBND xã Thiên Cầm'],
    ['XA_CAM_BINH', 'UBND xã Cẩm Bình'],
  ] as [string, string][]).map(unit('XA')),
  ...([['SO_NOI_VU', 'Sở Nội vụ'], ['SO_TU_PHAP', 'Sở Tư pháp']] as [string, string][]).map(unit('SO')),
  unit('TTPVHCC')(['TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh']),
  unit('TTVHTT')(['BAO_PTTH', 'Báo và Phát thanh, Truyền hình tỉnh']),
];

const GROUP_MAP: Record<string, string[]> = { XA: ['XA'], PHONG: ['SO'], PHONG_CM: ['SO'], TTHCC: ['TTPVHCC'], TTVHTT: ['TTVHTT'] };
const RELABEL: Record<string, string> = {
  CHUONG_TRINH_PTTH: 'Số chương trình, chuyên mục CCHC trên sóng phát thanh, truyền hình tỉnh',
  TIN_BAI_PHAT_SONG: 'Số tin, bài về CCHC trên báo, phát thanh, truyền hình tỉnh',
};

/** The district indicators mapped onto the province's groups (the same dispatch items). */
const INDICATORS: Indicator[] = DEFAULT_INDICATORS
  .filter((i) => i.code !== 'TIN_CUNG_CAP_TTVHTT')
  .map((i) => ({ ...i, label: RELABEL[i.code] ?? i.label, groups: [...new Set(i.groups.flatMap((g) => GROUP_MAP[g] ?? []))] }));

export const PROVINCE_CATALOG: Catalog = { groups: GROUPS, units: UNITS, indicators: INDICATORS };

export const PROVINCE_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  parentBody: 'UBND TỈNH HÀ TĨNH',
  issuingBody: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  issuingBodyShort: 'SVHTTDL',
  place: 'Hà Tĩnh',
  reportNumberPrefix: 'BC-SVHTTDL',
  signerTitle: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
  recipients: ['UBND tỉnh (để b/c)', 'Sở Nội vụ', 'Lưu: VT, SVHTTDL.'],
  reportTo: 'UBND tỉnh',
  areaName: 'tỉnh',
  directionText: [
    'Thực hiện kế hoạch thông tin, tuyên truyền cải cách hành chính của UBND tỉnh (ghi số, ngày của kế hoạch), '
      + 'Sở đã hướng dẫn, đôn đốc UBND các xã, phường và các cơ quan báo chí, truyền thông của tỉnh triển khai thực hiện '
      + 'và báo cáo định kỳ theo quy định.',
  ],
  nextTasks: [
    'Tiếp tục đôn đốc UBND các xã, phường triển khai kế hoạch tuyên truyền CCHC của tỉnh.',
    'Đẩy mạnh tuyên truyền trên mạng xã hội, Cổng/Trang TTĐT; tổ chức các cuộc thi tìm hiểu CCHC, chuyển đổi số, sân khấu hóa; tuyên truyền nâng cao chỉ số PCI, DDCI.',
    'Thực hiện chế độ báo cáo đầy đủ, đúng thời hạn.',
  ],
};
