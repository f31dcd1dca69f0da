// What the receiving unit (by default Trung tâm VH-TT) sees in its sidebar tab, written as text
// after a demo season: the real getIncomingReports called as the centre's officer.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingReportsDto } from '../../contract/rpc';
import { receivingUnits } from '../../domain/catalog';
import type { Catalog } from '../../domain/types';
import { DEFAULT_CATALOG } from '../../domain/defaults';
import { formatDateTimeVi } from '../../domain/time';
import type { LocalWorkbook } from '../workbook/local-workbook';
import { unitEmail } from '../workbook/people';
import { table } from './text-table';

export function incomingText(view: IncomingReportsDto, viewer: string): string {
  const c = view.counts;
  const lines = [
    `Thông tin gửi ${view.receivers.map((r) => r.name).join(', ')} — ${view.period.label}`,
    `(xem bằng tài khoản ${viewer} lúc ${formatDateTimeVi(new Date(view.now))}; theo dõi hạn gửi, không đưa vào báo cáo tổng hợp)`,
    `${view.rows.length} đơn vị: ${c.on_time} đúng hạn, ${c.late} trễ hạn, ${c.missing} chưa gửi, ${c.not_due} chưa đến hạn.`,
    '',
    table(['Đơn vị', 'Tình trạng', 'Hạn gửi', 'Lần gửi', 'Thời gian gửi'], view.rows.map((r) => [
      r.unitName, r.stateDetail ? `${r.stateLabel} (${r.stateDetail})` : r.stateLabel, r.deadlineText,
      r.latest ? String(r.latest.revision) : '', r.latest?.submittedAtText ?? ''])),
  ];
  for (const r of view.rows) {
    if (!r.latest) continue;
    lines.push('', `${r.unitName} (lần gửi ${r.latest.revision}, ${r.latest.submittedBy})${r.latest.nothingToReport ? ' — Không phát sinh' : ''}`);
    for (const f of r.latest.figures) lines.push(`  - ${f.label}: ${f.text}`);
    for (const a of r.latest.answers) lines.push(`  - ${a.label}: ${a.text}`);
    if (r.latest.note) lines.push(`  - Ghi chú: ${r.latest.note}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Calls getIncomingReports as the first receiving unit's officer and writes
 * `thong-tin-nhan-duoc-<period>.txt`; null when no group sends to another unit.
 */
export function writeIncomingView(wb: LocalWorkbook, outDir: string, periodId?: string, catalog: Catalog = DEFAULT_CATALOG): { file: string; view: IncomingReportsDto; text: string } | null {
  const receiver = receivingUnits(catalog)[0];
  if (!receiver) return null;
  const viewer = unitEmail(receiver.code);
  const before = wb.user;
  try {
    wb.as(viewer);
    const view = wb.call<IncomingReportsDto>('getIncomingReports', ...(periodId ? [periodId] : []));
    const text = incomingText(view, viewer);
    const file = path.join(outDir, `thong-tin-nhan-duoc-${view.period.id}.txt`);
    writeFileSync(file, text, 'utf8');
    return { file, view, text };
  } finally {
    wb.as(before);
  }
}
