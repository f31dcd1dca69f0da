// III. Tồn tại, hạn chế và nguyên nhân: what the units themselves wrote, then what the office
// sees in the reporting: late, missing and incomplete units, missed targets, figures that disagree.
import type { ReportBlock } from '../report-types';
import { formatDateVi } from '../time';
import { joinVi } from '../report-format';
import { periodLabel, parsePeriodId } from '../periods';
import { MISSING_DATA, type NarrativeContext, answerBullets, bullet, heading, labelInSentence, nameOf, paragraph, rowsOf, unitInSentence } from './common';

export function issuesSection(ctx: NarrativeContext): ReportBlock[] {
  const s = ctx.summary;
  const out: ReportBlock[] = [heading('III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN')];
  const rows = rowsOf(s);
  const issueCodes = (s.answerIndicators ?? []).filter((a) => a.section === 'issues' && a.type === 'text').map((a) => a.code);
  const quoted = issueCodes.flatMap((code) => answerBullets(s, rows, code));
  if (quoted.length) out.push(paragraph('Các đơn vị nêu những tồn tại, hạn chế và nguyên nhân sau:'), ...quoted);
  else out.push(paragraph('Các đơn vị đã báo cáo chưa nêu tồn tại, hạn chế trong kỳ.'));

  const findings: ReportBlock[] = [];
  const late = rows.filter((r) => r.status === 'late')
    .map((r) => (r.submittedAt ? `${unitInSentence(r.unitName)} (nộp ngày ${formatDateVi(r.submittedAt)})` : unitInSentence(r.unitName)));
  if (late.length) findings.push(bullet(`Đơn vị nộp báo cáo muộn (${late.length}): ${late.join(', ')}.`));
  const missing = s.missing.map((c) => nameOf(s, c));
  if (missing.length) findings.push(bullet(`Đơn vị chưa nộp báo cáo ${labelInSentence(s)} (${missing.length}): ${missing.join(', ')}.`));
  const incomplete = rows.filter((r) => (r.status === 'on_time' || r.status === 'late') && r.missingQuarters?.length);
  if (incomplete.length) {
    const label = (id: string) => { const p = parsePeriodId(id); return p ? periodLabel(p) : id; };
    findings.push(bullet(`Đơn vị ${MISSING_DATA} các quý nên chưa tổng hợp được số liệu ${labelInSentence(s)} (${incomplete.length}): `
      + `${incomplete.map((r) => `${unitInSentence(r.unitName)} (chưa có báo cáo ${joinVi((r.missingQuarters ?? []).map(label))})`).join(', ')}.`));
  }
  const missed = [...new Set(s.targets.filter((t) => !t.met && t.actual !== null).map((t) => nameOf(s, t.unitCode)))];
  if (missed.length) findings.push(bullet(`Chưa đạt chỉ tiêu được giao: ${joinVi(missed)}.`));
  const mismatched = [...new Set((s.derived?.mismatches ?? []).map((m) => nameOf(s, m.unitCode)))];
  if (mismatched.length) findings.push(bullet(`Số liệu chưa khớp với báo cáo các quý: ${joinVi(mismatched)}.`));
  if (findings.length) out.push(paragraph('Về thực hiện chế độ báo cáo và chỉ tiêu:'), ...findings);
  else out.push(paragraph('Các đơn vị thực hiện đầy đủ, đúng hạn chế độ báo cáo và đạt các chỉ tiêu được giao.'));
  return out;
}
