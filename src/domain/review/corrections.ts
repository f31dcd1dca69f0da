// Reports waiting for correction ("cần bổ sung") as the daily check sees them: which are still
// waiting (no newer revision since they were returned), which are due a reminder today, and the
// marks they leave on the status sheet.
import type { SheetGrid } from '../status-grid';
import type { StatusBoard } from '../status-board';
import type { SubmissionRecord } from '../types';
import { daysBetween, localDateOf } from '../time';
import { type ReviewEvent, indexEvents } from './states';

/** One returned report, as kept between runs (reason shortened). */
export interface PendingCorrection {
  unitCode: string;
  periodId: string;
  revision: number;
  reason: string;
  returnedAt: string;
  /** Last time the unit was told (the return mail counts). */
  remindedAt: string;
}

export const CORRECTION_LABEL = 'Cần bổ sung';
export const CORRECTION_COLOR = '#f9cb9c';
const REASON_KEEP = 200;

/** The reports whose last review event says "cần bổ sung", from the whole log. */
export function pendingFromLog(events: ReviewEvent[], previous: PendingCorrection[]): PendingCorrection[] {
  const out: PendingCorrection[] = [];
  for (const list of indexEvents(events).values()) {
    const last = list[list.length - 1];
    if (last.state !== 'needs_fix') continue;
    const before = previous.find((p) => p.unitCode === last.unitCode && p.periodId === last.periodId && p.revision === last.revision);
    const at = last.at.toISOString();
    out.push({
      unitCode: last.unitCode, periodId: last.periodId, revision: last.revision,
      reason: last.reason.length > REASON_KEEP ? `${last.reason.slice(0, REASON_KEEP - 1)}…` : last.reason,
      returnedAt: at, remindedAt: before && before.returnedAt === at ? before.remindedAt : at,
    });
  }
  return out;
}

/** Drops the ones the unit has answered with a newer revision. */
export function stillPending(pending: PendingCorrection[], records: SubmissionRecord[]): PendingCorrection[] {
  const latest = new Map<string, number>();
  for (const r of records) {
    const k = `${r.unitCode}\u0000${r.periodId}`;
    latest.set(k, Math.max(latest.get(k) ?? 0, r.revision));
  }
  return pending.filter((p) => (latest.get(`${p.unitCode}\u0000${p.periodId}`) ?? 0) <= p.revision);
}

/** Reminded at most every `everyDays` days (Vietnam calendar days), never twice a day. */
export function correctionsDue(pending: PendingCorrection[], now: Date, everyDays: number): PendingCorrection[] {
  const today = localDateOf(now);
  return pending.filter((p) => daysBetween(localDateOf(new Date(p.remindedAt)), today) >= Math.max(1, everyDays));
}

/** Marks the waiting cells of the status grid "Cần bổ sung" with the reason in the note; adds the legend line. */
export function markCorrections(grid: SheetGrid, board: StatusBoard, pending: PendingCorrection[]): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  const backgrounds = grid.backgrounds.map((r) => [...r]);
  const notes = grid.notes.map((r) => [...r]);
  for (const p of pending) {
    const row = board.units.findIndex((u) => u.code === p.unitCode);
    const col = board.periods.findIndex((q) => q.id === p.periodId);
    if (row < 0 || col < 0 || !board.entries[row][col]) continue;
    const r = grid.frozenRows + row;
    const c = grid.frozenColumns + col;
    values[r][c] = `${values[r][c]} · ${CORRECTION_LABEL}`;
    backgrounds[r][c] = CORRECTION_COLOR;
    notes[r][c] = `${notes[r][c]}\n${CORRECTION_LABEL} (lần nộp ${p.revision}): ${p.reason}`;
  }
  // The legend: before the closing "Cập nhật lúc" line.
  const at = values.length - 1;
  const width = values[0]?.length ?? 2;
  const blank = <T>(fill: T, first: T, second: T): T[] => [first, second, ...new Array<T>(Math.max(0, width - 2)).fill(fill)];
  values.splice(at, 0, blank('', '', CORRECTION_LABEL));
  backgrounds.splice(at, 0, blank('#ffffff', '#ffffff', CORRECTION_COLOR));
  notes.splice(at, 0, blank('', '', 'Quản trị viên đã trả lại báo cáo; đơn vị chưa nộp bản sửa.'));
  return { ...grid, values, backgrounds, notes };
}
