// The default catalog for Cẩm Xuyên 2024, reproducing the district's dispatch on propaganda
// for administrative reform (CCHC). Plain data: the configuration sheets can replace all of it.
// Emails are empty: the office fills them in the units sheet.
import type { Catalog, Indicator, PeriodKind, Unit, UnitGroup } from './types';

const QUARTER: PeriodKind[] = ['quarter'];
const MONTH: PeriodKind[] = ['month'];
const ALL: PeriodKind[] = ['month', 'quarter', 'half', 'year'];
const PERIODIC: PeriodKind[] = ['quarter', 'half', 'year'];

/** Upper bound for counts: generous for a district, small enough to catch a mistyped 1e9. */
const COUNT_MAX = 100000;
const TEXT_MAX = 2000;
/** The qualitative answers stay short enough to quote in the report. */
export const ANSWER_MAX = 1000;

/**
 * Duties are the dispatch's, no more. Groups that report "quý, 6 tháng, năm" file one report a
 * quarter: the June one is "Quý II và 6 tháng đầu năm", the December one "Quý IV và năm", and
 * the 6-month and year figures are derived from the quarters. An office that wants separate
 * 6-month and year submissions adds "6 tháng, Năm" to the group's periods.
 */
export const DEFAULT_GROUPS: UnitGroup[] = [
  // Item 1: "Định kỳ (quý, 6 tháng, năm) báo cáo kết quả công tác tuyên truyền".
  { code: 'XA', name: 'UBND các xã, thị trấn', periodKinds: QUARTER, order: 1 },
  // Item 2: put CCHC into meetings and trainings; no report is asked of them.
  { code: 'PHONG', name: 'Phòng, ban, cơ quan cấp huyện', periodKinds: [], order: 2 },
  // Item 2: "định kỳ hàng tháng cung cấp … cho Trung tâm VH - TT huyện": to the centre, not to Phòng VH-TT.
  { code: 'PHONG_CM', name: 'Phòng chuyên môn phụ trách nội dung CCHC', periodKinds: MONTH, order: 3, reportsTo: 'Trung tâm Văn hóa - Truyền thông' },
  // Item 3: guide citizens; no report is asked of it.
  { code: 'TTHCC', name: 'Trung tâm Hành chính công huyện', periodKinds: [], order: 4 },
  // Item 4: "định kỳ báo cáo quý, 06 tháng và năm … về Phòng VH - TT".
  { code: 'TTVHTT', name: 'Trung tâm Văn hóa - Truyền thông', periodKinds: QUARTER, order: 5 },
];

const COMMUNES: [string, string][] = [
  ['TT_CAM_XUYEN', 'UBND thị trấn Cẩm Xuyên'],
  ['TT_THIEN_CAM', 'UBND thị trấn Thiên Cầm'],
  ['XA_CAM_BINH', 'UBND xã Cẩm Bình'],
  ['XA_CAM_DUE', 'UBND xã Cẩm Duệ'],
  ['XA_CAM_DUONG', 'UBND xã Cẩm Dương'],
  ['XA_CAM_HA', 'UBND xã Cẩm Hà'],
  ['XA_CAM_HUNG', 'UBND xã Cẩm Hưng'],
  ['XA_CAM_LAC', 'UBND xã Cẩm Lạc'],
  ['XA_CAM_LINH', 'UBND xã Cẩm Lĩnh'],
  ['XA_CAM_LOC', 'UBND xã Cẩm Lộc'],
  ['XA_CAM_MINH', 'UBND xã Cẩm Minh'],
  ['XA_CAM_MY', 'UBND xã Cẩm Mỹ'],
  ['XA_CAM_NHUONG', 'UBND xã Cẩm Nhượng'],
  ['XA_CAM_QUAN', 'UBND xã Cẩm Quan'],
  ['XA_CAM_QUANG', 'UBND xã Cẩm Quang'],
  ['XA_CAM_SON', 'UBND xã Cẩm Sơn'],
  ['XA_CAM_THACH', 'UBND xã Cẩm Thạch'],
  ['XA_CAM_THANH', 'UBND xã Cẩm Thành'],
  ['XA_CAM_THINH', 'UBND xã Cẩm Thịnh'],
  ['XA_CAM_TRUNG', 'UBND xã Cẩm Trung'],
  ['XA_CAM_VINH', 'UBND xã Cẩm Vịnh'],
  ['XA_NAM_PHUC_THANG', 'UBND xã Nam Phúc Thăng'],
  ['XA_YEN_HOA', 'UBND xã Yên Hòa'],
];

const DEPARTMENTS: [string, string][] = [
  ['VP_HDND_UBND', 'Văn phòng HĐND và UBND huyện'],
  ['P_TCKH', 'Phòng Tài chính - Kế hoạch'],
  ['P_TNMT', 'Phòng Tài nguyên và Môi trường'],
  ['P_LDTBXH', 'Phòng Lao động - Thương binh và Xã hội'],
  ['P_GDDT', 'Phòng Giáo dục và Đào tạo'],
  ['P_YTE', 'Phòng Y tế'],
  ['P_KTHT', 'Phòng Kinh tế - Hạ tầng'],
  ['P_NNPTNT', 'Phòng Nông nghiệp và PTNT'],
  ['THANH_TRA', 'Thanh tra huyện'],
];

const CCHC_DEPARTMENTS: [string, string][] = [
  ['P_NOI_VU', 'Phòng Nội vụ'],
  ['P_TU_PHAP', 'Phòng Tư pháp'],
];

const unit = (group: string) => ([code, name]: [string, string]): Unit => ({ code, name, group, emails: [], active: true });

export const DEFAULT_UNITS: Unit[] = [
  ...COMMUNES.map(unit('XA')),
  ...DEPARTMENTS.map(unit('PHONG')),
  ...CCHC_DEPARTMENTS.map(unit('PHONG_CM')),
  unit('TTHCC')(['TTHCC', 'Trung tâm Hành chính công huyện']),
  unit('TTVHTT')(['TTVHTT', 'Trung tâm Văn hóa - Truyền thông']),
];

type CountDef = Omit<Indicator, 'type' | 'required' | 'min' | 'max'> & { unitOfMeasure: string };
const count = (d: CountDef): Indicator => ({ ...d, type: 'count', required: true, min: 0, max: COUNT_MAX });
/** The focuses the dispatch asks units to stress but not to list in the report: filled when done, empty means none. */
const focus = (d: CountDef): Indicator => ({ ...count(d), required: false });

type TextDef = Omit<Indicator, 'type' | 'required' | 'maxLength'>;
const answer = (d: TextDef): Indicator => ({ ...d, type: 'text', required: false, maxLength: ANSWER_MAX });
const EVERY_GROUP = DEFAULT_GROUPS.map((g) => g.code);

export const DEFAULT_INDICATORS: Indicator[] = [
  // Item 1, the report's list: "số lượng lớp tập huấn, tọa đàm, số tin bài, tờ rơi, tài liệu tuyên truyền và hình thức tuyên truyền khác".
  count({ code: 'LOP_TAP_HUAN', label: 'Số lớp tập huấn về CCHC', unitOfMeasure: 'lớp', groups: ['XA'], periodKinds: PERIODIC, order: 10 }),
  count({ code: 'TOA_DAM', label: 'Số cuộc tọa đàm về CCHC', unitOfMeasure: 'cuộc', groups: ['XA'], periodKinds: PERIODIC, order: 20 }),
  // Item 1: "tuyên truyền trên mạng xã hội, trên Cổng/Trang TTĐT".
  count({ code: 'TIN_BAI', label: 'Số tin, bài tuyên truyền CCHC trên mạng xã hội', unitOfMeasure: 'tin, bài', groups: ['XA'], periodKinds: PERIODIC, order: 30 }),
  focus({ code: 'TIN_BAI_TTDT', label: 'Số tin, bài tuyên truyền CCHC trên Cổng/Trang TTĐT', unitOfMeasure: 'tin, bài', groups: ['XA'], periodKinds: PERIODIC, order: 35 }),
  count({ code: 'TO_ROI', label: 'Số tờ rơi tuyên truyền CCHC', unitOfMeasure: 'tờ', groups: ['XA'], periodKinds: PERIODIC, order: 40 }),
  count({ code: 'TAI_LIEU', label: 'Số tài liệu tuyên truyền CCHC', unitOfMeasure: 'bộ tài liệu', groups: ['XA'], periodKinds: PERIODIC, order: 50 }),
  // Item 1: "chuyên mục tuyên truyền CCHC trên hệ thống truyền thanh cơ sở".
  count({ code: 'CHUYEN_MUC_TRUYEN_THANH', label: 'Số chuyên mục CCHC trên hệ thống truyền thanh cơ sở', unitOfMeasure: 'chuyên mục', groups: ['XA'], periodKinds: PERIODIC, order: 60 }),
  // Item 1: "tổ chức các cuộc thi tìm hiểu CCHC, chuyển đổi số, sân khấu hóa".
  count({ code: 'CUOC_THI', label: 'Số cuộc thi tìm hiểu CCHC', unitOfMeasure: 'cuộc', groups: ['XA'], periodKinds: PERIODIC, order: 70 }),
  focus({ code: 'CUOC_THI_CDS', label: 'Số cuộc thi tìm hiểu chuyển đổi số', unitOfMeasure: 'cuộc', groups: ['XA'], periodKinds: PERIODIC, order: 75 }),
  focus({ code: 'SAN_KHAU_HOA', label: 'Số buổi tuyên truyền CCHC bằng hình thức sân khấu hóa', unitOfMeasure: 'buổi', groups: ['XA'], periodKinds: PERIODIC, order: 80 }),
  // Item 1: "nâng cao chất lượng tuyên truyền CCHC, chỉ số … (PCI), … (DDCI)".
  focus({ code: 'TIN_BAI_PCI_DDCI', label: 'Số tin, bài, hoạt động tuyên truyền về chỉ số PCI, DDCI', unitOfMeasure: 'tin, bài', groups: ['XA'], periodKinds: PERIODIC, order: 90 }),
  // Item 2: kept for an office that adds a duty to the departments (none by default).
  count({ code: 'HOI_NGHI_LONG_GHEP', label: 'Số cuộc giao ban, hội nghị, tập huấn có lồng ghép nội dung CCHC', unitOfMeasure: 'cuộc', groups: ['PHONG', 'PHONG_CM'], periodKinds: PERIODIC, order: 100 }),
  // Item 2: the CCHC departments' monthly information for the centre.
  count({ code: 'TIN_CUNG_CAP_TTVHTT', label: 'Số tin, bài, nội dung tuyên truyền CCHC cung cấp cho Trung tâm Văn hóa - Truyền thông', unitOfMeasure: 'tin, bài', groups: ['PHONG_CM'], periodKinds: ALL, order: 110 }),
  // Item 3: kept for an office that adds a duty to Trung tâm Hành chính công (none by default).
  count({ code: 'HUONG_DAN_DVC_TRUC_TUYEN', label: 'Số lượt người dân được hướng dẫn sử dụng dịch vụ công trực tuyến', unitOfMeasure: 'lượt', groups: ['TTHCC'], periodKinds: PERIODIC, order: 200 }),
  count({ code: 'HUONG_DAN_BUU_CHINH', label: 'Số lượt hướng dẫn sử dụng dịch vụ bưu chính công ích', unitOfMeasure: 'lượt', groups: ['TTHCC'], periodKinds: PERIODIC, order: 210 }),
  // Item 4: "đảm bảo 01 chương trình/tháng; phân công phóng viên chuyên trách về CCHC".
  count({ code: 'CHUONG_TRINH_PTTH', label: 'Số chương trình, chuyên mục CCHC trên sóng Truyền thanh - Truyền hình huyện', unitOfMeasure: 'chương trình', groups: ['TTVHTT'], periodKinds: ALL, targetPerMonth: 1, order: 300 }),
  count({ code: 'TIN_BAI_PHAT_SONG', label: 'Số tin, bài về CCHC phát sóng trên Truyền thanh - Truyền hình huyện', unitOfMeasure: 'tin, bài', groups: ['TTVHTT'], periodKinds: ALL, order: 310 }),
  { code: 'PHONG_VIEN_CCHC', label: 'Có phân công phóng viên chuyên trách về CCHC', type: 'boolean', groups: ['TTVHTT'], periodKinds: ALL, required: true, order: 320 },
  // Item 1: "hình thức tuyên truyền mới, sáng tạo khác", for communes and the centre.
  count({ code: 'HINH_THUC_KHAC', label: 'Số lượt tuyên truyền bằng hình thức khác', unitOfMeasure: 'lượt', groups: ['XA', 'TTVHTT'], periodKinds: PERIODIC, order: 900 }),
  { code: 'MO_TA_HINH_THUC_KHAC', label: 'Mô tả hình thức tuyên truyền khác', type: 'text', groups: ['XA', 'TTVHTT'], periodKinds: PERIODIC, required: false, maxLength: TEXT_MAX, order: 910 },
  // Every unit's qualitative answers, quoted by the report in sections II, III and V.
  answer({ code: 'KET_QUA_NOI_BAT', label: 'Kết quả nổi bật', groups: EVERY_GROUP, periodKinds: ALL, order: 950, section: 'highlights' }),
  answer({ code: 'TON_TAI_HAN_CHE', label: 'Tồn tại, hạn chế và nguyên nhân', groups: EVERY_GROUP, periodKinds: ALL, order: 960, section: 'issues' }),
  answer({ code: 'DE_XUAT_KIEN_NGHI', label: 'Đề xuất, kiến nghị', groups: EVERY_GROUP, periodKinds: ALL, order: 970, section: 'proposals' }),
];

export const DEFAULT_CATALOG: Catalog = { groups: DEFAULT_GROUPS, units: DEFAULT_UNITS, indicators: DEFAULT_INDICATORS };
