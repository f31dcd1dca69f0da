// Validation of a submitReport payload as it arrives from google.script.run: the envelope
// (unit, period, request id) and the form content (the domain submission schema).
import * as z from 'zod/mini';
import type { FieldError } from '../domain/types';
import { toFieldErrors, validateSubmission, type IndicatorSpec, type ValidSubmission } from '../domain/schema';

/** Client-generated idempotency key: long enough to be unique, short and inert enough to store. */
export const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

const envelopeSchema = z.object({
  unitCode: z.string({ error: 'Chưa chọn đơn vị báo cáo.' }).check(z.trim(),
    z.minLength(1, { error: 'Chưa chọn đơn vị báo cáo.' }), z.maxLength(100, { error: 'Mã đơn vị không hợp lệ.' })),
  periodId: z.string({ error: 'Chưa chọn kỳ báo cáo.' }).check(z.trim(),
    z.minLength(1, { error: 'Chưa chọn kỳ báo cáo.' }), z.maxLength(100, { error: 'Mã kỳ báo cáo không hợp lệ.' })),
  requestId: z.string({ error: 'Thiếu mã yêu cầu gửi báo cáo.' })
    .check(z.regex(REQUEST_ID, { error: 'Mã yêu cầu gửi báo cáo không hợp lệ.' })),
});

export type ValidSubmitPayload = { unitCode: string; periodId: string; requestId: string } & ValidSubmission;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Object]'
  && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** Checks everything the server needs before authorisation and storage; all errors at once. */
export function validateSubmitPayload(indicators: IndicatorSpec[], payload: unknown):
  { ok: true; value: ValidSubmitPayload } | { ok: false; errors: FieldError[] } {
  if (!isPlainObject(payload)) {
    return { ok: false, errors: [{ field: 'payload', message: 'Dữ liệu gửi lên không hợp lệ.' }] };
  }
  const envelope = envelopeSchema.safeParse(payload);
  const content = validateSubmission(indicators, {
    values: payload.values, note: payload.note, nothingToReport: payload.nothingToReport, evidenceUrl: payload.evidenceUrl,
  });
  const errors = [
    ...(envelope.success ? [] : toFieldErrors(envelope.error.issues)),
    ...(content.ok ? [] : content.errors),
  ];
  if (!envelope.success || !content.ok) return { ok: false, errors };
  return { ok: true, value: { ...envelope.data, ...content.value } };
}
