// A hand-written report document for the renderer tests: real Vietnamese text, and a unit
// name and a note that look like HTML, to prove both renderers escape them.
import type { ReportDocument, ReportTable } from '../../../src/domain/report-types';

export const HOSTILE = '<img src=x onerror=alert(1)>';

export const UNIT_NAMES = [
  'Xã Cẩm Bình',
  'Thị trấn Thiên Cầm',
  'Xã Cẩm Quang',
  'Xã Cẩm Dương',
  `Xã Cẩm Lĩnh ${HOSTILE}`,
  'Trung tâm Văn hóa - Truyền thông',
];

const appendixTable: ReportTable = {
  header: ['TT', 'Đơn vị', 'Tình trạng', 'Thời gian nộp', 'Tin bài', 'Pa nô, khẩu hiệu', 'Hội nghị', 'Ghi chú'],
  rows: [
    ['I', 'Xã, thị trấn', '', '', '', '', '', ''],
    ['1', UNIT_NAMES[0], 'Đúng hạn', '12/03/2024 09:15', '12', '4', '2', ''],
    ['2', UNIT_NAMES[1], 'Nộp muộn', '18/04/2024 16:40', '1.250', '7', '3', 'Bổ sung lần 2'],
    ['3', UNIT_NAMES[2], 'Chưa nộp', '', '—', '—', '—', ''],
    ['4', UNIT_NAMES[3], 'Đúng hạn', '10/04/2024 08:05', '9', '0', '1', 'Không phát sinh hội nghị'],
    ['5', UNIT_NAMES[4], 'Đúng hạn', '11/04/2024 10:30', '5', '2', '1', HOSTILE],
    ['', 'Cộng xã, thị trấn', '', '', '1.276', '13', '7', ''],
    ['II', 'Cơ quan, đơn vị', '', '', '', '', '', ''],
    ['6', UNIT_NAMES[5], 'Đúng hạn', '09/04/2024 14:00', '30', '2', '4', ''],
    ['', 'Tổng cộng toàn huyện', '', '', '1.306', '15', '11', ''],
  ],
  widths: [0.05, 0.25, 0.1, 0.13, 0.09, 0.1, 0.08, 0.2],
  boldRows: [0, 6, 7, 9],
  numericColumns: [4, 5, 6],
};

export function sampleReport(): ReportDocument {
  return {
    fileName: 'BC CCHC Quý I-2024',
    header: {
      parentBody: 'UBND huyện Cẩm Xuyên',
      issuingBody: 'Phòng Văn hóa và Thông tin',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      number: 'Số: 15/BC-VHTT',
      placeDate: 'Cẩm Xuyên, ngày 16 tháng 4 năm 2024',
    },
    title: 'BÁO CÁO',
    summaryLine: 'Kết quả công tác tuyên truyền cải cách hành chính Quý I năm 2024',
    body: [
      { type: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
      { type: 'paragraph', text: 'Trong Quý I năm 2024, các đơn vị đã thực hiện 1.306 tin bài tuyên truyền về cải cách hành chính, tăng 12,5% so với Quý IV năm 2023; tổ chức 11 hội nghị và treo 15 pa nô, khẩu hiệu.' },
      { type: 'bullet', text: 'Số đơn vị nộp báo cáo đúng hạn: 04/06 (66,7%).' },
      { type: 'bullet', text: `Đơn vị nộp muộn: ${UNIT_NAMES[1]}; chưa nộp: ${UNIT_NAMES[2]}.` },
      {
        type: 'table',
        table: {
          caption: 'Tổng hợp theo chỉ tiêu',
          header: ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
          rows: [['1', 'Tin bài', 'tin', '1.306'], ['2', 'Pa nô, khẩu hiệu', 'cái', '15'], ['3', 'Hội nghị', 'cuộc', '11']],
          widths: [0.1, 0.5, 0.2, 0.2],
          boldRows: [],
          numericColumns: [3],
        },
      },
      { type: 'heading', text: 'II. ĐÁNH GIÁ, KIẾN NGHỊ' },
      { type: 'paragraph', text: 'Đề nghị các đơn vị chưa nộp báo cáo khẩn trương hoàn thành trước ngày 25/4/2024.' },
    ],
    recipients: { heading: 'Nơi nhận:', items: ['UBND huyện (b/c);', 'Phòng Nội vụ;', 'Lưu: VT, VHTT.'] },
    signature: { titleLines: ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'], name: 'Nguyễn Thị Hương' },
    appendix: { title: 'Phụ lục', subtitle: 'Kết quả tuyên truyền CCHC của các đơn vị, Quý I năm 2024', table: appendixTable },
  };
}
