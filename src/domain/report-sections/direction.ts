// I. Công tác chỉ đạo, triển khai: the office's own text from the settings (it names the plan
// and the dispatch carried out), then how the units reported.
import type { ReportBlock } from '../report-types';
import { formatDateVi } from '../time';
import { formatPercent } from '../report-format';
import { type NarrativeContext, bullet, heading, labelInSentence, paragraph, rowsOf, unitInSentence } from './common';

export function directionSection(ctx: NarrativeContext): ReportBlock[] {
  const { summary: s, settings } = ctx;
  const out: ReportBlock[] = [heading('I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI')];
  const own = settings.directionText.map((t) => t.trim()).filter((t) => t !== '');
  if (own.length === 0) {
    out.push(paragraph('(Chưa nhập nội dung công tác chỉ đạo, triển khai: điền ở trang Cài đặt, mục “directionText”, nêu kế hoạch và văn bản chỉ đạo đã triển khai.)'));
  } else {
    for (const t of own) out.push(paragraph(t));
  }
  const c = s.counts;
  const due = c.onTime + c.late + c.missing;
  const nothing = c.nothingToReport > 0 ? ` (trong đó ${c.nothingToReport} đơn vị báo cáo không phát sinh)` : '';
  out.push(paragraph(`Về chế độ báo cáo ${labelInSentence(s)}: tính đến ngày ${formatDateVi(s.generatedAt)}, có ${c.submitted}/${c.owed} đơn vị đã gửi báo cáo${nothing}.`));
  if (due === 0 || s.onTimeRate === null) {
    out.push(paragraph('Chưa đến hạn nộp báo cáo nên chưa đánh giá tỷ lệ nộp đúng hạn.'));
  } else {
    out.push(paragraph(`${c.onTime}/${due} đơn vị nộp đúng hạn, đạt ${formatPercent(s.onTimeRate)}; `
      + `${c.late} đơn vị nộp muộn; ${c.missing} đơn vị chưa nộp${c.notDue > 0 ? `; ${c.notDue} đơn vị chưa đến hạn nộp` : ''}.`));
  }
  const notDue = rowsOf(s).filter((r) => r.status === 'not_due').map((r) => unitInSentence(r.unitName));
  if (notDue.length) out.push(bullet(`Đơn vị chưa đến hạn nộp (${notDue.length}): ${notDue.join(', ')}.`));
  return out;
}
