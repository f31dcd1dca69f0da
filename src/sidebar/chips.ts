// Status chips: a coloured pill with the state in words (colour is never the only signal).
import type { UnitPeriodState } from '../domain/types';
import { h } from './dom';
import { periodStatusText, stateTone } from './format';

export function statusChip(period: { status: UnitPeriodState; deadline: string }, now: Date): HTMLSpanElement {
  return h('span', { class: `chip chip-${stateTone(period.status)}`, 'data-state': period.status },
    periodStatusText(period, now));
}
