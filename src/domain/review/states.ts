// Review states of a unit's report for a period (after ODK Central's received → has issues →
// approved). The state is never stored in place: it is read from an append-only review log in
// which every event names the revision it judged, so a new revision starts over at "đã nhận".
import { normalizeText } from '../text';

export type ReviewState = 'received' | 'needs_fix' | 'approved';
export const REVIEW_STATES: readonly ReviewState[] = ['received', 'needs_fix', 'approved'];

export const REVIEW_LABELS: Record<ReviewState, string> = {
  received: 'Đã nhận', needs_fix: 'Cần bổ sung', approved: 'Đã duyệt',
};

/** One row of the review log. */
export interface ReviewEvent {
  at: Date;
  by: string;
  unitCode: string;
  periodId: string;
  revision: number;
  state: ReviewState;
  reason: string;
}

export interface ReviewStatus {
  state: ReviewState;
  /** The revision the state applies to (the latest one). */
  revision: number;
  /** Why the report was returned (only for needs_fix). */
  reason: string;
  /** The event that set the state (null: nobody has reviewed this revision yet). */
  event: ReviewEvent | null;
}

export const REASON_MAX_LENGTH = 1000;

export function reviewStateFromLabel(label: string): ReviewState | null {
  const found = REVIEW_STATES.find((s) => REVIEW_LABELS[s] === label.trim());
  return found ?? null;
}

const key = (unitCode: string, periodId: string): string => `${unitCode}\u0000${periodId}`;

/** Events grouped by (unit, period), each list in log order. */
export function indexEvents(events: ReviewEvent[]): Map<string, ReviewEvent[]> {
  const out = new Map<string, ReviewEvent[]>();
  for (const e of events) {
    const k = key(e.unitCode, e.periodId);
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
}

export function eventsOf(index: Map<string, ReviewEvent[]>, unitCode: string, periodId: string): ReviewEvent[] {
  return index.get(key(unitCode, periodId)) ?? [];
}

/** The state of the latest revision: the last event about that very revision, else "đã nhận". */
export function reviewStatus(events: ReviewEvent[], latestRevision: number): ReviewStatus {
  let last: ReviewEvent | null = null;
  for (const e of events) if (e.revision === latestRevision) last = e;
  return last
    ? { state: last.state, revision: latestRevision, reason: last.state === 'needs_fix' ? last.reason : '', event: last }
    : { state: 'received', revision: latestRevision, reason: '', event: null };
}

export interface TransitionRequest {
  target: ReviewState;
  /** The revision the reviewer looked at: refused when a newer one has arrived since. */
  revision: number;
  reason: string;
}

export type TransitionCheck = { ok: true; reason: string } | { ok: false; message: string };

/**
 * đã nhận → cần bổ sung (reason required) → đã duyệt; an approved report may be returned again
 * and a returned one approved as it stands. Going back to "đã nhận" is only the unit's doing
 * (a new revision).
 */
export function checkTransition(current: ReviewStatus, req: TransitionRequest): TransitionCheck {
  if (req.revision !== current.revision) {
    return { ok: false, message: `Đơn vị đã nộp lần ${current.revision} sau lần ${req.revision} mà bạn đang xem. Hãy tải lại để xem bản mới nhất.` };
  }
  if (req.target === 'received') return { ok: false, message: 'Báo cáo chỉ trở về "Đã nhận" khi đơn vị nộp bản mới.' };
  if (req.target === current.state) return { ok: false, message: `Báo cáo đã ở trạng thái "${REVIEW_LABELS[current.state]}".` };
  const reason = normalizeText(req.reason ?? '');
  if (req.target === 'needs_fix' && reason === '') return { ok: false, message: 'Hãy ghi lý do trả lại để đơn vị biết cần bổ sung gì.' };
  if (reason.length > REASON_MAX_LENGTH) return { ok: false, message: `Lý do dài quá ${REASON_MAX_LENGTH} ký tự.` };
  return { ok: true, reason };
}
