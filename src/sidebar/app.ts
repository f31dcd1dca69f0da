// The sidebar's flows: open (one call), choose unit and period (load the form), check in the
// browser with the server's own schema, send, then the receipt or the errors.
import type { FormData, SubmitPayload, SubmitResult } from '../contract/rpc';
import { renderConfirmBox } from './confirm-box';
import { changesSince } from './changes';
import { validateSubmitPayload } from '../contract/validate';
import { h, replaceChildren } from './dom';
import { renderForm, type FormView } from './form-view';
import { mountIncoming } from './incoming';
import { renderPicker, type Picker } from './picker';
import { renderReceipt } from './receipt';
import { AttemptKeeper, newRequestId } from './request-id';
import type { Rpc } from './rpc';
import { clockOffset, historyAfter, initialState, markSubmitted, serverNow } from './state';

export interface AppElements {
  who: HTMLElement;
  picker: HTMLElement;
  content: HTMLElement;
}

function messageBox(text: string, retry?: () => void): HTMLElement {
  const box = h('div', { class: 'message-box', role: 'alert' }, h('p', null, text));
  if (retry) {
    const again = h('button', { type: 'button', class: 'secondary' }, 'Thử lại');
    again.addEventListener('click', retry);
    box.appendChild(again);
  }
  return box;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function startApp(rpc: Rpc, el: AppElements): void {
  const state = initialState();
  const keeper = new AttemptKeeper();
  const now = (): Date => serverNow(state);
  let picker: Picker | null = null;
  let view: FormView | null = null;

  function show(...nodes: HTMLElement[]): void {
    replaceChildren(el.content, ...nodes);
  }

  async function open(): Promise<void> {
    show(h('p', { class: 'muted', role: 'status' }, 'Đang tải…'));
    try {
      const data = await rpc.getSidebarData();
      state.data = data;
      state.clockOffsetMs = clockOffset(data.now);
      replaceChildren(el.who, 'Tài khoản: ', h('strong', null, data.user.email || '(không xác định)'),
        data.user.isAdmin ? h('span', { class: 'badge' }, 'Quản trị') : null);
      if (data.receives) mountIncoming(rpc, el); // the receiving unit's tab (e.g. Trung tâm VH-TT)
      if (!data.user.email) return show(messageBox('Không xác định được tài khoản đang đăng nhập nên không thể nộp báo cáo. Hãy đăng nhập bằng tài khoản Google của đơn vị rồi mở lại.'));
      if (data.units.length === 0) return show(messageBox(`Tài khoản ${data.user.email} chưa được giao nộp báo cáo cho đơn vị nào. Vui lòng liên hệ ${data.office || 'quản trị viên'} để được thêm vào danh sách.`));
      if (data.periods.length === 0) return show(messageBox('Hiện không có kỳ báo cáo nào đang mở.'));
      picker = renderPicker(data, now, () => void loadForm());
      replaceChildren(el.picker, picker.root);
      show(h('p', { class: 'muted' }, 'Chọn kỳ báo cáo để mở biểu mẫu.'));
    } catch (error) {
      show(messageBox(`Không tải được dữ liệu: ${errorText(error)}`, () => void open()));
    }
  }

  async function loadForm(): Promise<void> {
    if (!picker) return;
    const unitCode = picker.unitCode();
    const periodId = picker.periodId();
    const token = ++state.loadToken;
    state.form = null;
    view = null;
    if (!unitCode || !periodId) return show(h('p', { class: 'muted' }, unitCode ? 'Chọn kỳ báo cáo để mở biểu mẫu.' : 'Chọn đơn vị để mở biểu mẫu.'));
    show(h('p', { class: 'muted', role: 'status' }, 'Đang tải biểu mẫu…'));
    try {
      const form = await rpc.getForm(unitCode, periodId);
      if (token !== state.loadToken) return;
      state.form = form;
      const listed = state.data?.periods.find((p) => p.id === form.period.id);
      const differs = !listed || listed.deadline !== form.period.deadline || listed.status !== form.period.status;
      view = renderForm(form, now(), differs, () => void submit(), state.data?.office);
      view.onEdit(recheck);
      state.liveCheck = false;
      show(view.root);
    } catch (error) {
      if (token === state.loadToken) show(messageBox(`Không tải được biểu mẫu: ${errorText(error)}`, () => void loadForm()));
    }
  }

  function check(form: FormData, formView: FormView) {
    const envelope = { unitCode: form.unit.code, periodId: form.period.id };
    // The schema needs some well-formed id; the real one is chosen once the content is known valid.
    return validateSubmitPayload(form.indicators, { ...formView.read(), ...envelope, requestId: newRequestId() });
  }
  const checkTitle = (count: number): string => `Báo cáo chưa được gửi: có ${count} lỗi cần sửa.`;

  /** Once the browser's check has found errors, each edit re-checks, so fixed fields clear at once. */
  function recheck(): void {
    if (!state.form || !view || !state.liveCheck) return;
    const checked = check(state.form, view);
    view.updateErrors(checked.ok ? [] : checked.errors, checkTitle(checked.ok ? 0 : checked.errors.length));
  }

  async function submit(): Promise<void> {
    const form = state.form;
    if (!form || !view || state.sending) return;
    const checked = check(form, view);
    state.liveCheck = !checked.ok;
    if (!checked.ok) {
      view.showErrors(checked.errors, checkTitle(checked.errors.length));
      return;
    }
    const { requestId: _unused, ...content } = checked.value;
    await send(form, { ...content, requestId: keeper.idFor(JSON.stringify(content)) });
  }

  async function send(form: FormData, payload: SubmitPayload): Promise<void> {
    if (!view) return;
    view.clearErrors();
    document.getElementById('confirm-box')?.remove();
    state.sending = true;
    picker?.setEnabled(false);
    view.setSending(true);
    let result: SubmitResult;
    try {
      result = await rpc.submitReport(payload);
    } catch (error) {
      finishSending();
      view.showFailure(errorText(error));
      return;
    }
    keeper.settle();
    finishSending();
    if (!result.ok && result.confirm && view) {
      const challenge = result.confirm; // issue 14: the server asks to confirm implausible figures
      const answer = (codes: string[]) => void send(form, { ...payload, confirmation: { token: challenge.token, codes } });
      const ticked = view.confirmedFigures();
      // Every figure asked about was already confirmed under its field, for this very value: answer at once.
      if (!payload.confirmation && challenge.items.every((i) => ticked[i.code] === i.value)) return answer(challenge.items.map((i) => i.code));
      view.showErrors(result.errors, 'Có số liệu bất thường cần xác nhận:');
      view.root.insertBefore(renderConfirmBox(challenge, answer, ticked), view.root.children[1] ?? null);
      return;
    }
    if (!result.ok) return view?.showErrors(result.errors, 'Máy chủ chưa nhận báo cáo:');
    showReceipt(form, { ...result, changes: result.changes ?? changesSince(form, payload), nothingToReport: result.nothingToReport ?? Boolean(payload.nothingToReport) });
  }

  function finishSending(): void {
    state.sending = false;
    picker?.setEnabled(true);
    view?.setSending(false);
  }

  function showReceipt(form: FormData, result: Extract<SubmitResult, { ok: true }>): void {
    form.history = historyAfter(form.history, result, state.data?.user.email ?? '');
    markSubmitted(state, result);
    picker?.refresh();
    view = null;
    const receipt = renderReceipt(form, result, form.history, () => void loadForm());
    show(receipt);
    receipt.querySelector<HTMLElement>('#receipt')?.focus();
  }

  void open();
}
