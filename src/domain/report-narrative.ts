// The report's body, the sections a Phòng VH-TT report has: I. công tác chỉ đạo, triển khai;
// II. kết quả; III. tồn tại, hạn chế và nguyên nhân; IV. phương hướng, nhiệm vụ kỳ tới;
// V. đề xuất, kiến nghị. Every number comes from the summary models; each section is its own file.
import type { ReportBlock } from './report-types';
import type { NarrativeContext } from './report-sections/common';
import { directionSection } from './report-sections/direction';
import { resultsSection } from './report-sections/results';
import { issuesSection } from './report-sections/issues';
import { tasksSection } from './report-sections/tasks';
import { proposalsSection } from './report-sections/proposals';

export type { NarrativeContext } from './report-sections/common';
export { labelInSentence } from './report-sections/common';
export { totalsTable } from './report-sections/results';

export function narrativeBlocks(ctx: NarrativeContext): ReportBlock[] {
  return [...directionSection(ctx), ...resultsSection(ctx), ...issuesSection(ctx), ...tasksSection(ctx), ...proposalsSection(ctx)];
}
