// The report form for one (unit, period): heading, deadline, the "Không phát sinh" switch, one
// widget per indicator, note, evidence link, the send button and the history.
import type { FormData } from '../contract/rpc';
import type { FieldError, IndicatorValue } from '../domain/types';
import { NOTE_MAX_LENGTH } from '../domain/schema';
import { formatDateVi } from '../domain/time';
import { statusChip } from './chips';
import { h, replaceChildren } from './dom';
import { createErrorSummary } from './errors';
import { evidenceWidget, indicatorWidget, noteWidget, type FieldWidget } from './fields';
import { attachRunning, runningNotice } from './running';
import { formatInstant, timelinessText } from './format';
import { renderHistory } from './history';
import { reviewNotice } from './review-notice';

export interface FormInput {
  values: Record<string, IndicatorValue>;
  note: string;
  nothingToReport: boolean;
  evidenceUrl: string;
}

export interface FormView {
  root: HTMLElement;
  read(): FormInput;
  showErrors(errors: FieldError[], title: string): void;
  /** Refreshes the shown errors without moving focus. */
  updateErrors(errors: FieldError[], title: string): void;
  clearErrors(): void;
  /** Called after every edit of any field. */
  onEdit(handler: () => void): void;
  setSending(sending: boolean): void;
  /** A failed send: the message, and the button offers to send again. */
  showFailure(message: string): void;
  /** Figures the officer confirmed in the form (code → the value ticked). */
  confirmedFigures(): Record<string, number>;
}

function nothingSwitch(): HTMLInputElement {
  return h('input', { type: 'checkbox', role: 'switch', id: 'nothing-to-report', class: 'switch-input', 'aria-describedby': 'nothing-hint' });
}

function heading(form: FormData, now: Date, showDeadline: boolean): HTMLElement {
  const { period, unit } = form;
  return h('div', { class: 'form-head' },
    h('h2', { id: 'form-title' }, `Báo cáo ${period.label}`),
    h('p', { class: 'meta' }, unit.name),
    h('p', { class: 'meta' }, `Số liệu từ ${formatDateVi(period.cutoff.from)} đến ${formatDateVi(period.cutoff.to)}`),
    showDeadline ? h('p', { class: 'meta deadline' }, `Hạn nộp của đơn vị: ${formatInstant(period.deadline)} `, statusChip(period, now)) : null);
}

function latestNotice(form: FormData): HTMLElement | null {
  const latest = form.latest;
  if (!latest) return null;
  return h('p', { class: 'notice' },
    `Đã nộp lần ${latest.revision} lúc ${formatInstant(latest.submittedAt)} (${timelinessText(latest.timeliness).toLowerCase()}). `,
    `Số liệu dưới đây là của lần nộp đó; gửi lại sẽ tạo lần nộp ${latest.revision + 1}.`);
}

/** `showDeadline`: the unit's own deadline or state differs from what the period list shows (an extension, an admin's view). */
/** `office`: SidebarData.office, named in the review notice. */
export function renderForm(form: FormData, now: Date, showDeadline: boolean, onSubmit: () => void, office?: string): FormView {
  const widgets = new Map<string, FieldWidget>();
  for (const ind of form.indicators) widgets.set(ind.code, indicatorWidget(ind, form.checks?.[ind.code]));
  const counts = [...widgets.values()].filter((w) => w.kind === 'count');
  const refreshRunning = attachRunning(form.running, counts, new Map(form.indicators.map((i) => [i.code, i.unitOfMeasure])));
  const note = noteWidget(NOTE_MAX_LENGTH);
  const evidence = evidenceWidget();
  widgets.set(note.code, note);
  widgets.set(evidence.code, evidence);
  const nothing = nothingSwitch();
  const summary = createErrorSummary(widgets);
  const label = form.latest ? 'Gửi bản sửa' : 'Gửi báo cáo';
  const button = h('button', { type: 'button', class: 'action', id: 'submit' }, label);
  const status = h('p', { class: 'send-status', id: 'send-status', role: 'status', 'aria-live': 'polite' });

  // Counts typed before switching "Không phát sinh" on come back if it is switched off again.
  let stash = new Map<string, IndicatorValue>();
  function applyNothing(on: boolean): void {
    if (on) stash = new Map(counts.map((w) => [w.code, w.read()]));
    for (const w of counts) {
      w.write(on ? null : stash.get(w.code) ?? w.read());
      w.setDisabled(on);
      if (on) w.setError(null);
    }
  }
  nothing.addEventListener('change', () => applyNothing(nothing.checked));

  const formEl = h('form', { novalidate: true, 'aria-labelledby': 'form-title', autocomplete: 'off' },
    h('p', { class: 'muted small' }, 'Mục có dấu * là bắt buộc.'),
    h('div', { class: 'switch-row' }, nothing,
      h('label', { for: nothing.id, class: 'switch-label' }, 'Không phát sinh'),
      h('p', { class: 'hint', id: 'nothing-hint' }, 'Kỳ này đơn vị không có hoạt động: các ô số lượng để trống và được lưu là 0.')),
    ...[...widgets.values()].map((w) => w.root),
    h('div', { class: 'actions' }, button),
    status);
  // Enter in a one-line field must not send half a form; only the button sends.
  formEl.addEventListener('submit', (event) => event.preventDefault());
  formEl.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement) event.preventDefault();
  });
  button.addEventListener('click', onSubmit);

  const latest = form.latest;
  if (latest) {
    for (const [code, w] of widgets) if (code in latest.values) w.write(latest.values[code]);
    note.write(latest.note);
    evidence.write(latest.evidenceUrl);
    nothing.checked = latest.nothingToReport;
    if (latest.nothingToReport) applyNothing(true);
  }
  // Issue 14: figures far above the unit's history or the plausible maximum, flagged as typed.
  const refreshWarnings = (): void => { for (const w of counts) w.warning?.refresh(String(w.read() ?? ''), nothing.checked); };
  refreshRunning();
  refreshWarnings();
  formEl.addEventListener('input', refreshRunning);
  formEl.addEventListener('change', refreshRunning);
  formEl.addEventListener('input', refreshWarnings);
  formEl.addEventListener('change', refreshWarnings);

  const root = h('section', { class: 'form-card', 'aria-labelledby': 'form-title' },
    heading(form, now, showDeadline), reviewNotice(form, office), runningNotice(form.running), latestNotice(form), summary.root, formEl, renderHistory(form.history));

  return {
    root,
    read() {
      const values: Record<string, IndicatorValue> = {};
      for (const ind of form.indicators) values[ind.code] = widgets.get(ind.code)?.read() ?? null;
      return { values, note: String(note.read() ?? ''), nothingToReport: nothing.checked, evidenceUrl: String(evidence.read() ?? '') };
    },
    showErrors(errors, title) {
      replaceChildren(status);
      summary.show(errors, title);
    },
    updateErrors(errors, title) {
      summary.update(errors, title);
    },
    clearErrors() {
      summary.clear();
    },
    onEdit(handler) {
      formEl.addEventListener('input', handler);
      formEl.addEventListener('change', handler);
    },
    setSending(sending) {
      button.disabled = sending;
      formEl.setAttribute('aria-busy', String(sending));
      if (sending) replaceChildren(status, 'Đang gửi báo cáo…');
      status.classList.remove('is-error');
    },
    confirmedFigures() {
      const out: Record<string, number> = {};
      for (const w of counts) {
        const v = w.warning?.confirmedValue();
        if (v !== null && v !== undefined) out[w.code] = v;
      }
      return out;
    },
    showFailure(message) {
      button.textContent = 'Gửi lại';
      status.classList.add('is-error');
      const sentence = /[.!?…]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`;
      replaceChildren(status, `Chưa gửi được báo cáo: ${sentence} Số liệu đã nhập vẫn được giữ nguyên; bấm “Gửi lại” để thử lại.`);
      button.focus();
    },
  };
}
