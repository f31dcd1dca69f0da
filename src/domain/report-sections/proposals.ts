// V. Đề xuất, kiến nghị: addressed to the body the report goes to (settings.reportTo), never to
// the units: what the office asks of it, and the units' own proposals it forwards.
import type { ReportBlock } from '../report-types';
import { joinVi, nameInSentence } from '../report-format';
import { type NarrativeContext, answerBullets, heading, labelInSentence, nameOf, paragraph, rowsOf } from './common';

export function proposalsSection(ctx: NarrativeContext): ReportBlock[] {
  const s = ctx.summary;
  const to = ctx.settings.reportTo.trim() || 'cấp trên';
  const office = nameInSentence(ctx.settings.issuingBody);
  const out: ReportBlock[] = [heading('V. ĐỀ XUẤT, KIẾN NGHỊ')];
  const missing = s.missing.map((c) => nameOf(s, c));
  const late = s.late.map((c) => nameOf(s, c));
  const lagging = [...missing, ...late];
  if (lagging.length) {
    out.push(paragraph(`Đề nghị ${to} chỉ đạo ${joinVi(lagging)} thực hiện nghiêm chế độ báo cáo định kỳ, `
      + `gửi báo cáo đầy đủ, đúng thời hạn về ${office} để tổng hợp.`));
  }
  const codes = (s.answerIndicators ?? []).filter((a) => a.section === 'proposals' && a.type === 'text').map((a) => a.code);
  const quoted = codes.flatMap((code) => answerBullets(s, rowsOf(s), code));
  if (quoted.length) out.push(paragraph(`${office} tổng hợp đề xuất, kiến nghị của các đơn vị, kính đề nghị ${to} xem xét:`), ...quoted);
  out.push(paragraph(`Đề nghị ${to} tiếp tục quan tâm chỉ đạo, bố trí nguồn lực cho công tác tuyên truyền cải cách hành chính, `
    + 'nhất là tuyên truyền trên mạng xã hội, Cổng/Trang TTĐT và nâng cao chỉ số PCI, DDCI.'));
  out.push(paragraph(`Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính ${labelInSentence(s)} của ${office}, kính báo cáo ${to}./.`));
  return out;
}
