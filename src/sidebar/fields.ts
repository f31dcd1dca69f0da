// One widget per indicator type, plus the note and evidence link. Each widget owns its label
// (tied to the control by id), hint, inline error (referenced by aria-describedby) and knows
// how to read, write, disable and flag itself.
import type { FigureCheckDto, IndicatorDto } from '../contract/rpc';
import type { IndicatorValue } from '../domain/types';
import { h, errorId, fieldId } from './dom';
import { formatCount } from './format';
import { type FigureWarning, figureWarning } from './figure-check';

export interface FieldWidget {
  /** Indicator code, or the payload key ('note', 'evidenceUrl'). */
  code: string;
  kind: 'count' | 'boolean' | 'text' | 'extra';
  root: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  /** What the user typed, as the schema expects it (it parses digits and trims text itself). */
  read(): IndicatorValue;
  write(value: IndicatorValue): void;
  setError(message: string | null): void;
  setDisabled(disabled: boolean): void;
  /** Count widgets with an implausibility rule (issue 14): the warning and confirm box under the field. */
  warning?: FigureWarning;
}

interface Parts {
  code: string;
  label: string;
  required?: boolean;
  suffix?: string;
  hint?: string;
}

function labelFor(p: Parts): HTMLLabelElement {
  return h('label', { for: fieldId(p.code), class: 'label' },
    p.label,
    p.suffix ? h('span', { class: 'uom' }, ` (${p.suffix})`) : null,
    p.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null);
}

function widget(p: Parts, kind: FieldWidget['kind'], control: FieldWidget['control'],
  read: () => IndicatorValue, write: (v: IndicatorValue) => void): FieldWidget {
  const hintId = `h-${p.code}`;
  const error = h('p', { class: 'field-error', id: errorId(p.code), hidden: true });
  control.id = fieldId(p.code);
  control.setAttribute('aria-describedby', p.hint ? `${hintId} ${errorId(p.code)}` : errorId(p.code));
  if (p.required) control.setAttribute('aria-required', 'true');
  const root = h('div', { class: `field field-${kind}`, 'data-field': p.code },
    labelFor(p), p.hint ? h('p', { class: 'hint', id: hintId }, p.hint) : null, control, error);
  return {
    code: p.code, kind, root, control, read, write,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      root.classList.toggle('has-error', !!message);
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    },
    setDisabled(disabled) {
      control.disabled = disabled;
      root.classList.toggle('is-disabled', disabled);
    },
  };
}

function targetHint(ind: IndicatorDto): string | undefined {
  if (ind.target === undefined) return undefined;
  return `Chỉ tiêu kỳ này: ≥ ${formatCount(ind.target)}${ind.unitOfMeasure ? ` ${ind.unitOfMeasure}` : ''}`;
}

function countWidget(ind: IndicatorDto, check?: FigureCheckDto): FieldWidget {
  // A text input, not type=number: the browser would turn "abc" or "1,5" into an empty value
  // and the officer would never learn why; the schema explains it instead.
  const input = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'input-count' });
  const parts = { code: ind.code, label: ind.label, required: ind.required, suffix: ind.unitOfMeasure, hint: targetHint(ind) };
  const w = widget(parts, 'count', input, () => input.value,
    (v) => { input.value = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : ''; });
  if (!check) return w;
  const warning = figureWarning(ind.code, check);
  w.root.appendChild(warning.root);
  return { ...w, warning };
}

function booleanWidget(ind: IndicatorDto): FieldWidget {
  const select = h('select', null,
    h('option', { value: '' }, '— Chọn —'), h('option', { value: 'true' }, 'Có'), h('option', { value: 'false' }, 'Không'));
  return widget({ code: ind.code, label: ind.label, required: ind.required }, 'boolean', select,
    () => (select.value === '' ? null : select.value === 'true'),
    (v) => { select.value = v === true ? 'true' : v === false ? 'false' : ''; });
}

function textArea(p: Parts, kind: FieldWidget['kind'], maxLength?: number): FieldWidget {
  const area = h('textarea', { rows: 3 });
  const hint = p.hint ?? (maxLength ? `Tối đa ${formatCount(maxLength)} ký tự.` : undefined);
  return widget({ ...p, hint }, kind, area, () => area.value,
    (v) => { area.value = v === null || v === undefined ? '' : String(v); });
}

/** `check`: what makes this count implausible (FormData.checks), shown as the officer types. */
export function indicatorWidget(ind: IndicatorDto, check?: FigureCheckDto): FieldWidget {
  if (ind.type === 'count') return countWidget(ind, check);
  if (ind.type === 'boolean') return booleanWidget(ind);
  return textArea({ code: ind.code, label: ind.label, required: ind.required, suffix: ind.unitOfMeasure }, 'text', ind.maxLength);
}

export function noteWidget(maxLength: number): FieldWidget {
  return textArea({ code: 'note', label: 'Ghi chú' }, 'extra', maxLength);
}

export function evidenceWidget(): FieldWidget {
  const input = h('input', { type: 'url', inputmode: 'url', autocomplete: 'off', placeholder: 'https://…', spellcheck: 'false' });
  return widget({ code: 'evidenceUrl', label: 'Đường dẫn minh chứng (không bắt buộc)', hint: 'Ví dụ: liên kết Google Drive tới tài liệu, hình ảnh.' },
    'extra', input, () => input.value, (v) => { input.value = typeof v === 'string' ? v : ''; });
}
