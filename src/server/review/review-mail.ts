// The mail a unit gets when its report is returned for correction: which report, why, how to fix.
import type { Unit } from '../../domain/types';
import { formatDateTimeVi } from '../../domain/time';

export const RETURN_SUBJECT_PREFIX = '[Báo cáo CCHC]';

/** `label` is the period as the unit files it (unitPeriodLabel: 'Quý II và 6 tháng đầu năm 2024'). */
export function returnMail(unit: Unit, label: string, revision: number, reason: string, issuingBody: string, at: Date): { subject: string; body: string } {
  return {
    subject: `${RETURN_SUBJECT_PREFIX} ${unit.name}: báo cáo ${label} cần bổ sung`,
    body: [
      `Kính gửi ${unit.name},`,
      '',
      `Báo cáo ${label} (lần nộp ${revision}) được trả lại để bổ sung lúc ${formatDateTimeVi(at)}.`,
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
