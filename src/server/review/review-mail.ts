// The mail a unit gets when its report is returned for correction: which report, why, how to fix.
import { periodLabel } from '../../domain/periods';
import type { Period, Unit } from '../../domain/types';
import { formatDateTimeVi } from '../../domain/time';

export const RETURN_SUBJECT_PREFIX = '[Báo cáo CCHC]';

export function returnMail(unit: Unit, period: Period, revision: number, reason: string, issuingBody: string, at: Date): { subject: string; body: string } {
  return {
    subject: `${RETURN_SUBJECT_PREFIX} ${unit.name}: báo cáo ${periodLabel(period)} cần bổ sung`,
    body: [
      `Kính gửi ${unit.name},`,
      '',
      `Báo cáo ${periodLabel(period)} (lần nộp ${revision}) được trả lại để bổ sung lúc ${formatDateTimeVi(at)}.`,
      '',
      'Lý do:',
      reason,
      '',
      'Cách bổ sung: mở bảng tính Báo cáo CCHC, chọn menu Báo cáo CCHC → Nộp báo cáo…, chọn đơn vị và kỳ báo cáo, sửa số liệu rồi bấm Gửi báo cáo. Lý do trả lại hiện ở đầu biểu mẫu.',
      '',
      issuingBody,
      '(Thư gửi tự động từ hệ thống Báo cáo CCHC.)',
    ].join('\n'),
  };
}
