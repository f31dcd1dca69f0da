// A small report document for the zip tests.
import type { ReportDocument } from '../../../src/domain/report-types';

export function sampleDoc(): ReportDocument {
  return {
    fileName: 'BC CCHC Quý I-2024',
    header: {
      parentBody: 'UBND HUYỆN CẨM XUYÊN', issuingBody: 'PHÒNG VĂN HÓA VÀ THÔNG TIN', nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc', number: 'Số: 15/BC-VHTT', placeDate: 'Cẩm Xuyên, ngày 16 tháng 4 năm 2024',
    },
    title: 'BÁO CÁO',
    summaryLine: 'Kết quả công tác tuyên truyền cải cách hành chính Quý I/2024',
    body: [{ type: 'heading', text: 'I. KẾT QUẢ' }, { type: 'paragraph', text: 'Các đơn vị đã thực hiện 1.306 tin bài.' }],
    recipients: { heading: 'Nơi nhận:', items: ['- UBND huyện;', '- Lưu: VT, VHTT.'] },
    signature: { titleLines: ['TRƯỞNG PHÒNG'], name: 'Nguyễn Thị Hương' },
    appendix: null,
  };
}
