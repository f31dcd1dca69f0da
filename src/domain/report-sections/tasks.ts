// IV. Phương hướng, nhiệm vụ kỳ tới: the office's tasks from the settings, one a line.
import type { ReportBlock } from '../report-types';
import { type NarrativeContext, bullet, heading, paragraph } from './common';

export function tasksSection(ctx: NarrativeContext): ReportBlock[] {
  const out: ReportBlock[] = [heading('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI')];
  const tasks = ctx.settings.nextTasks.map((t) => t.trim()).filter((t) => t !== '');
  if (tasks.length === 0) return [...out, paragraph('(Chưa nhập phương hướng, nhiệm vụ kỳ tới: điền ở trang Cài đặt, mục “nextTasks”.)')];
  return [...out, ...tasks.map((t) => bullet(/[.;:!?]$/.test(t) ? t : `${t}.`))];
}
