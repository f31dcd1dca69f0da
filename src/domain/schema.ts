// The submission schema for one (unit, period) form, built from its indicators. The same code
// runs in the sidebar (as the user types) and on the server (whatever the client sent).
// Every message is ours and Vietnamese, so zod's built-in (English) messages never show.
// zod/mini (functional API) rather than classic zod: only what is used gets bundled, which
// keeps dist/Code.js and dist/Sidebar.html well under their size budgets.
import * as z from 'zod/mini';
import type { FieldError, Indicator, IndicatorValue } from './types';
import { isHttpUrl, normalizeText } from './text';
import { readCountInput, separatorMessage } from './count-input';

export type IndicatorSpec = Pick<Indicator, 'code' | 'label' | 'type' | 'required' | 'min' | 'max' | 'maxLength'>;

export interface ValidSubmission {
  /** One entry per indicator of the form; null = left empty. */
  values: Record<string, IndicatorValue>;
  note: string;
  nothingToReport: boolean;
  evidenceUrl: string;
}

export const DEFAULT_COUNT_MAX = 100000;
export const DEFAULT_TEXT_MAX_LENGTH = 2000;
export const NOTE_MAX_LENGTH = 2000;
export const EVIDENCE_URL_MAX_LENGTH = 500;
export const NOTHING_TO_REPORT_CONFLICT = 'Đã chọn "Không phát sinh" nên không được nhập số liệu.';

/** 100000 → "100.000" (Vietnamese digit grouping), without Intl. */
function formatInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

// Digit strings, plain or grouped by thousands ("1.000", "1 000", "1,000"), count as numbers;
// "1,5" or "1e3" or "0x10" are not guessed at (see count-input.ts).
function toCount(v: unknown): unknown {
  if (isBlank(v)) return null;
  if (typeof v === 'string') {
    const read = readCountInput(v);
    return read.kind === 'number' ? read.value : v;
  }
  return typeof v === 'number' ? v + 0 : v; // + 0 turns -0 into 0
}

/** A string left over by toCount that has digits and separators gets the separator message. */
const isSeparated = (input: unknown): boolean => typeof input === 'string' && readCountInput(input).kind === 'separated';

function toBoolean(v: unknown): unknown {
  if (isBlank(v)) return null;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return v;
}

const toText = (v: unknown): unknown => (typeof v === 'string' ? normalizeText(v) : v);
const emptyToNull = (v: unknown): unknown => (isBlank(v) ? null : v);

/** zod/mini has no z.preprocess: the same thing is a pipe from a transform into the schema. */
function preprocess<T extends z.ZodMiniType>(fn: (v: unknown) => unknown, schema: T) {
  return z.pipe(z.transform(fn), schema);
}

function countSchema(spec: IndicatorSpec) {
  const min = spec.min ?? 0;
  const max = spec.max ?? DEFAULT_COUNT_MAX;
  const notInt = min >= 0 ? `${spec.label} phải là số nguyên không âm.` : `${spec.label} phải là số nguyên.`;
  const tooSmall = min === 0 ? notInt : `${spec.label} phải lớn hơn hoặc bằng ${formatInt(min)}.`;
  // refine rather than .int(): zod's int check aborts explicitly, which would skip the
  // cross-field checks below.
  const sep = separatorMessage(spec.label);
  return preprocess(toCount, z.nullable(z.number({ error: (issue) => (isSeparated(issue.input) ? sep : notInt) }).check(
    z.refine((n: number) => Number.isInteger(n), { error: notInt }),
    z.gte(min, { error: tooSmall }),
    z.lte(max, { error: `${spec.label} không được vượt quá ${formatInt(max)}.` }),
  )));
}

function booleanSchema(spec: IndicatorSpec) {
  return preprocess(toBoolean, z.nullable(z.boolean({ error: `${spec.label}: chọn "Có" hoặc "Không".` })));
}

function textSchema(spec: IndicatorSpec) {
  const max = spec.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
  return preprocess((v) => emptyToNull(toText(v)), z.nullable(z.string({ error: `${spec.label} phải là văn bản.` })
    .check(z.maxLength(max, { error: `${spec.label} không được dài quá ${formatInt(max)} ký tự.` }))));
}

function fieldSchema(spec: IndicatorSpec) {
  if (spec.type === 'count') return countSchema(spec);
  if (spec.type === 'boolean') return booleanSchema(spec);
  return textSchema(spec);
}

const noteSchema = preprocess((v) => (v === undefined || v === null ? '' : toText(v)),
  z.string({ error: 'Ghi chú phải là văn bản.' })
    .check(z.maxLength(NOTE_MAX_LENGTH, { error: `Ghi chú không được dài quá ${formatInt(NOTE_MAX_LENGTH)} ký tự.` })));

const evidenceUrlSchema = preprocess((v) => (v === undefined || v === null ? '' : toText(v)),
  z.string({ error: 'Đường dẫn minh chứng phải là văn bản.' }).check(
    z.maxLength(EVIDENCE_URL_MAX_LENGTH, { error: `Đường dẫn minh chứng không được dài quá ${EVIDENCE_URL_MAX_LENGTH} ký tự.` }),
    z.refine((s: string) => s === '' || isHttpUrl(s), { error: 'Đường dẫn minh chứng phải là liên kết bắt đầu bằng http:// hoặc https://.' }),
  ));

const nothingToReportSchema = preprocess((v) => (v === undefined || v === null ? false : toBoolean(v)),
  z.boolean({ error: 'Lựa chọn "Không phát sinh" không hợp lệ.' }));

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Schema for `{ values, note?, nothingToReport?, evidenceUrl? }`. Output: a ValidSubmission with
 * one value per indicator (unknown codes dropped, after being reported as errors).
 *
 * "Không phát sinh" (nothingToReport): every indicator becomes optional; counts must be empty or 0
 * and are stored as 0; booleans and texts keep what was entered (null if empty), because
 * "having a dedicated reporter" or a remark stays true when nothing happened in the period.
 */
export function buildSubmissionSchema(indicators: IndicatorSpec[]) {
  const specs = new Map(indicators.map((i) => [i.code, i]));
  const shape: Record<string, ReturnType<typeof fieldSchema>> = {};
  for (const spec of specs.values()) shape[spec.code] = fieldSchema(spec);

  const checked = z.object({
    values: z.catchall(z.object(shape, { error: 'Số liệu báo cáo không hợp lệ.' }), z.unknown()),
    note: noteSchema,
    nothingToReport: nothingToReportSchema,
    evidenceUrl: evidenceUrlSchema,
  }, { error: 'Dữ liệu báo cáo không hợp lệ.' }).check(
    // Cross-field rules. `when` makes them run even if another field already failed, so the
    // user sees every problem at once (no check above may use `abort: true`: an explicitly
    // aborted issue skips `when` checks; toFieldErrors keeps one error per field instead).
    z.superRefine((input, ctx) => {
      const values = input.values as Record<string, unknown>;
      const nothing = toBoolean(input.nothingToReport) === true;
      for (const code of Object.keys(values)) {
        if (!specs.has(code)) ctx.addIssue({ code: 'custom', path: ['values', code], message: `Chỉ tiêu không có trong biểu mẫu (${code.slice(0, 64)}).` });
      }
      for (const spec of specs.values()) {
        const v = values[spec.code];
        if (nothing) {
          if (spec.type === 'count' && typeof v === 'number' && v !== 0) ctx.addIssue({ code: 'custom', path: ['values', spec.code], message: NOTHING_TO_REPORT_CONFLICT });
        } else if (spec.required && isBlank(v)) {
          ctx.addIssue({ code: 'custom', path: ['values', spec.code], message: `${spec.label} không được để trống.` });
        }
      }
    }, { when: (payload) => isRecord(payload.value) && isRecord(payload.value.values) }),
  );

  return z.pipe(checked, z.transform((input: z.output<typeof checked>): ValidSubmission => {
    const values: Record<string, IndicatorValue> = {};
    for (const spec of specs.values()) {
      const v = input.values[spec.code] as IndicatorValue;
      values[spec.code] = input.nothingToReport && spec.type === 'count' ? 0 : v;
    }
    return { values, note: input.note, nothingToReport: input.nothingToReport, evidenceUrl: input.evidenceUrl };
  }));
}

/** Maps a zod issue path to the form field it belongs to. */
function fieldOf(path: readonly PropertyKey[]): string {
  if (path[0] === 'values' && path.length > 1) return String(path[1]);
  return path.length > 0 ? String(path[0]) : 'values';
}

/** zod issues → FieldErrors, keeping the first (most basic) problem of each field. */
export function toFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ''): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = prefix + fieldOf(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  return errors;
}

export function validateSubmission(indicators: IndicatorSpec[], input: unknown):
  { ok: true; value: ValidSubmission } | { ok: false; errors: FieldError[] } {
  const result = buildSubmissionSchema(indicators).safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error.issues) };
}
