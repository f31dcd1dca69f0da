// The default catalog for Cẩm Xuyên 2024, reproducing the district's dispatch on propaganda
// for administrative reform (CCHC). Plain data: the configuration sheets can replace all of it.
// Emails are empty: the office fills them in the units sheet.
import type { Catalog, Indicator, PeriodKind, Unit, UnitGroup } from './types';

const ALL: PeriodKind[] = ['month', 'quarter', 'half', 'year'];
const PERIODIC: PeriodKind[] = ['quarter', 'half', 'year'];

/** Upper bound for counts: generous for a district, small enough to catch a mistyped 1e9. */
const COUNT_MAX = 100000;
const TEXT_MAX = 2000;

export const DEFAULT_GROUPS: UnitGroup[] = [
  { code: 'XA', name: 'UBND các xã, thị trấn', periodKinds: PERIODIC, order: 1 },
  { code: 'PHONG', name: 'Phòng, ban, cơ quan cấp huyện', periodKinds: PERIODIC, order: 2 },
  // Lead CCHC content and send information to TT VH-TT every month (dispatch, item 2).
  { code: 'PHONG_CM', name: 'Phòng chuyên môn phụ trách nội dung CCHC', periodKinds: ALL, order: 3 },
  { code: 'TTHCC', name: 'Trung tâm Hành chính công huyện', periodKinds: PERIODIC, order: 4 },
  // Monthly, to follow the "01 chương trình/tháng" target (dispatch, item 4).
  { code: 'TTVHTT', name: 'Trung tâm Văn hóa - Truyền thông', periodKinds: ALL, order: 5 },
];

const COMMUNES: [string, string][] = [
  ['TT_CAM_XUYEN', 'Thị trấn Cẩm Xuyên'],
  ['TT_THIEN_CAM', 'Thị trấn Thiên Cầm'],
  ['XA_CAM_BINH', 'Xã Cẩm Bình'],
  ['XA_CAM_DUE', 'Xã Cẩm Duệ'],
  ['XA_CAM_DUONG', 'Xã Cẩm Dương'],
  ['XA_CAM_HA', 'Xã Cẩm Hà'],
  ['XA_CAM_HUNG', 'Xã Cẩm Hưng'],
  ['XA_CAM_LAC', 'Xã Cẩm Lạc'],
  ['XA_CAM_LINH', 'Xã Cẩm Lĩnh'],
  ['XA_CAM_LOC', 'Xã Cẩm Lộc'],
  ['XA_CAM_MINH', 'Xã Cẩm Minh'],
  ['XA_CAM_MY', 'Xã Cẩm Mỹ'],
  ['XA_CAM_NHUONG', 'Xã Cẩm Nhượng'],
  ['XA_CAM_QUAN', 'Xã Cẩm Quan'],
  ['XA_CAM_QUANG', 'Xã Cẩm Quang'],
  ['XA_CAM_SON', 'Xã Cẩm Sơn'],
  ['XA_CAM_THACH', 'Xã Cẩm Thạch'],
  ['XA_CAM_THANH', 'Xã Cẩm Thành'],
  ['XA_CAM_THINH', 'Xã Cẩm Thịnh'],
  ['XA_CAM_TRUNG', 'Xã Cẩm Trung'],
  ['XA_CAM_VINH', 'Xã Cẩm Vịnh'],
  ['XA_NAM_PHUC_THANG', 'Xã Nam Phúc Thăng'],
  ['XA_YEN_HOA', 'Xã Yên Hòa'],
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

export const DEFAULT_INDICATORS: Indicator[] = [
  // Communes (dispatch, item 1): classes, talks, news, leaflets, documents, other forms;
  // plus the radio column and contests the dispatch also asks them to keep up.
  count({ code: 'LOP_TAP_HUAN', label: 'Số lớp tập huấn về CCHC', unitOfMeasure: 'lớp', groups: ['XA'], periodKinds: PERIODIC, order: 10 }),
  count({ code: 'TOA_DAM', label: 'Số cuộc tọa đàm về CCHC', unitOfMeasure: 'cuộc', groups: ['XA'], periodKinds: PERIODIC, order: 20 }),
  count({ code: 'TIN_BAI', label: 'Số tin, bài tuyên truyền CCHC (mạng xã hội, Trang TTĐT)', unitOfMeasure: 'tin, bài', groups: ['XA'], periodKinds: PERIODIC, order: 30 }),
  count({ code: 'TO_ROI', label: 'Số tờ rơi tuyên truyền CCHC', unitOfMeasure: 'tờ', groups: ['XA'], periodKinds: PERIODIC, order: 40 }),
  count({ code: 'TAI_LIEU', label: 'Số tài liệu tuyên truyền CCHC', unitOfMeasure: 'bộ tài liệu', groups: ['XA'], periodKinds: PERIODIC, order: 50 }),
  count({ code: 'CHUYEN_MUC_TRUYEN_THANH', label: 'Số chuyên mục CCHC trên hệ thống truyền thanh cơ sở', unitOfMeasure: 'chuyên mục', groups: ['XA'], periodKinds: PERIODIC, order: 60 }),
  count({ code: 'CUOC_THI', label: 'Số cuộc thi tìm hiểu CCHC, chuyển đổi số', unitOfMeasure: 'cuộc', groups: ['XA'], periodKinds: PERIODIC, order: 70 }),
  // District departments (item 2).
  count({ code: 'HOI_NGHI_LONG_GHEP', label: 'Số cuộc giao ban, hội nghị, tập huấn có lồng ghép nội dung CCHC', unitOfMeasure: 'cuộc', groups: ['PHONG', 'PHONG_CM'], periodKinds: PERIODIC, order: 100 }),
  count({ code: 'TIN_CUNG_CAP_TTVHTT', label: 'Số tin, bài, nội dung tuyên truyền CCHC cung cấp cho Trung tâm Văn hóa - Truyền thông', unitOfMeasure: 'tin, bài', groups: ['PHONG_CM'], periodKinds: ALL, order: 110 }),
  // Trung tâm Hành chính công (item 3).
  count({ code: 'HUONG_DAN_DVC_TRUC_TUYEN', label: 'Số lượt người dân được hướng dẫn sử dụng dịch vụ công trực tuyến', unitOfMeasure: 'lượt', groups: ['TTHCC'], periodKinds: PERIODIC, order: 200 }),
  count({ code: 'HUONG_DAN_BUU_CHINH', label: 'Số lượt hướng dẫn sử dụng dịch vụ bưu chính công ích', unitOfMeasure: 'lượt', groups: ['TTHCC'], periodKinds: PERIODIC, order: 210 }),
  // Trung tâm Văn hóa - Truyền thông (item 4): at least one programme a month.
  count({ code: 'CHUONG_TRINH_PTTH', label: 'Số chương trình, chuyên mục CCHC trên sóng Truyền thanh - Truyền hình huyện', unitOfMeasure: 'chương trình', groups: ['TTVHTT'], periodKinds: ALL, targetPerMonth: 1, order: 300 }),
  count({ code: 'TIN_BAI_PHAT_SONG', label: 'Số tin, bài về CCHC phát sóng trên Truyền thanh - Truyền hình huyện', unitOfMeasure: 'tin, bài', groups: ['TTVHTT'], periodKinds: ALL, order: 310 }),
  { code: 'PHONG_VIEN_CCHC', label: 'Có phân công phóng viên chuyên trách về CCHC', type: 'boolean', groups: ['TTVHTT'], periodKinds: ALL, required: true, order: 320 },
  // Other forms (sân khấu hóa, pa nô, ...), for communes and TT VH-TT.
  count({ code: 'HINH_THUC_KHAC', label: 'Số lượt tuyên truyền bằng hình thức khác', unitOfMeasure: 'lượt', groups: ['XA', 'TTVHTT'], periodKinds: PERIODIC, order: 900 }),
  { code: 'MO_TA_HINH_THUC_KHAC', label: 'Mô tả hình thức tuyên truyền khác', type: 'text', groups: ['XA', 'TTVHTT'], periodKinds: PERIODIC, required: false, maxLength: TEXT_MAX, order: 910 },
];

export const DEFAULT_CATALOG: Catalog = { groups: DEFAULT_GROUPS, units: DEFAULT_UNITS, indicators: DEFAULT_INDICATORS };
