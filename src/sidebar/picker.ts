// Unit and period choice. The unit is pre-selected when the user reports for only one; the
// period is always chosen by the user, so opening the sidebar costs a single server call.
import type { PeriodDto, SidebarData } from '../contract/rpc';
import { statusChip } from './chips';
import { h, replaceChildren } from './dom';
import { formatInstant, periodStatusText } from './format';

export interface Picker {
  root: HTMLElement;
  unitCode(): string;
  periodId(): string;
  setEnabled(enabled: boolean): void;
  /** Re-reads the periods' states (after a submission changed one). */
  refresh(): void;
}

export function renderPicker(data: SidebarData, now: () => Date, onChange: () => void): Picker {
  const units = h('select', { id: 'unit', class: 'select' },
    data.units.length > 1 ? h('option', { value: '' }, '— Chọn đơn vị —') : null,
    ...data.units.map((u) => h('option', { value: u.code }, u.name)));
  const periods = h('select', { id: 'period', class: 'select', 'aria-describedby': 'period-info' });
  const info = h('p', { id: 'period-info', class: 'meta period-info' });

  function fillPeriods(): void {
    const chosen = periods.value;
    replaceChildren(periods, h('option', { value: '' }, '— Chọn kỳ báo cáo —'),
      ...data.periods.map((p) => h('option', { value: p.id }, `${p.label} · ${periodStatusText(p, now())}`)));
    periods.value = chosen;
  }
  function showInfo(): void {
    const p: PeriodDto | undefined = data.periods.find((x) => x.id === periods.value);
    if (!p) replaceChildren(info);
    else replaceChildren(info, `Hạn nộp: ${formatInstant(p.deadline)} `, statusChip(p, now()));
  }
  fillPeriods();
  units.addEventListener('change', onChange);
  periods.addEventListener('change', () => {
    showInfo();
    onChange();
  });

  const root = h('div', { class: 'picker' },
    h('div', { class: 'field' }, h('label', { for: 'unit', class: 'label' }, 'Đơn vị'), units),
    h('div', { class: 'field' }, h('label', { for: 'period', class: 'label' }, 'Kỳ báo cáo'), periods, info));
  return {
    root,
    unitCode: () => units.value,
    periodId: () => periods.value,
    setEnabled(enabled) {
      units.disabled = !enabled;
      periods.disabled = !enabled;
    },
    refresh() {
      fillPeriods();
      showInfo();
    },
  };
}
