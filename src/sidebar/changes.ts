// What the receipt lists as changed: the sent report against the revision the form was opened
// with (the server reads only the data sheet's index columns while it stores a revision).
import type { FormData, SubmitPayload } from '../contract/rpc';

const same = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null) || (a ?? '') === (b ?? '');

export function changesSince(form: FormData, payload: SubmitPayload): string[] {
  const before = form.latest;
  if (!before) return [];
  const out = form.indicators.filter((i) => !same(before.values[i.code], payload.values[i.code])).map((i) => i.label);
  if ((before.note ?? '') !== (payload.note ?? '')) out.push('Ghi chú');
  if (Boolean(before.nothingToReport) !== Boolean(payload.nothingToReport)) out.push('Không phát sinh');
  if ((before.evidenceUrl ?? '') !== (payload.evidenceUrl ?? '')) out.push('Link minh chứng');
  return out;
}
