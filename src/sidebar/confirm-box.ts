// The server found figures that look implausible (above the plausible maximum, or far above the
// unit's earlier periods): the officer ticks each one to confirm it, then sends again.
import type { ConfirmChallengeDto } from '../contract/review';
import { h } from './dom';
import { formatCount } from './format';

/** `ticked`: the figures the officer already confirmed under their fields (code → value), shown ticked. */
export function renderConfirmBox(challenge: ConfirmChallengeDto, onConfirm: (codes: string[]) => void,
  ticked: Record<string, number> = {}): HTMLElement {
  const boxes = challenge.items.map((i) => h('input', { type: 'checkbox', id: `confirm-${i.code}`, 'data-code': i.code, checked: ticked[i.code] === i.value }) as HTMLInputElement);
  const hint = h('p', { class: 'field-error', id: 'confirm-hint', hidden: true }, 'Hãy đánh dấu xác nhận từng số liệu (hoặc sửa lại số liệu).');
  const send = h('button', { type: 'button', class: 'action', id: 'confirm-send' }, 'Xác nhận và gửi');
  send.addEventListener('click', () => {
    if (boxes.some((b) => !b.checked)) { hint.hidden = false; return; }
    onConfirm(boxes.map((b) => b.getAttribute('data-code') ?? ''));
  });
  return h('div', { class: 'confirm-box', id: 'confirm-box', role: 'alert' },
    h('strong', null, 'Số liệu bất thường cần xác nhận'),
    h('ul', null, ...challenge.items.map((i, n) => h('li', null,
      h('label', { for: boxes[n].id }, boxes[n], ` ${i.label}: ${formatCount(i.value)}`),
      h('span', { class: 'hint' }, ` ${i.message}`)))),
    h('p', { class: 'small' }, 'Nếu số liệu đúng, đánh dấu từng dòng rồi bấm “Xác nhận và gửi”; nếu sai, sửa ô tương ứng rồi gửi lại.'),
    hint, send);
}
