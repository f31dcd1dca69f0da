// Shared checks of a (unit, period) pair named by a client: exists, active, owed, open,
// and the user may report for it. Returns Vietnamese field errors instead of throwing.
import type { Catalog, FieldError, Indicator, Period, Unit, UnitGroup } from '../../domain/types';
import { canSubmitFor, combinesQuarters, findGroup, findUnit, groupOwes, indicatorsFor } from '../../domain/catalog';
import { isOpen, openFrom, closesAt } from '../../domain/calendar';
import { closingQuarter, filedPeriodLabel, parsePeriodId, periodLabel } from '../../domain/periods';
import { nameInSentence } from '../../domain/report-format';
import { formatDateVi } from '../../domain/time';
import type { AppConfig } from '../config/load-config';
import type { CurrentUser } from '../auth';

export interface Target {
  unit: Unit;
  group: UnitGroup;
  period: Period;
  indicators: Indicator[];
}

export function resolveTarget(config: AppConfig, user: CurrentUser, unitCode: unknown, periodId: unknown, now: Date):
  { ok: true; target: Target } | { ok: false; errors: FieldError[] } {
  const catalog: Catalog = config.catalog;
  const errors: FieldError[] = [];
  // Whoever runs the sheet, as the settings name it ('Phòng Văn hóa và Thông tin', 'Sở Văn hóa, Thể thao và Du lịch').
  const office = nameInSentence(config.settings.issuingBody) || 'quản trị viên';
  const unit = typeof unitCode === 'string' ? findUnit(catalog, unitCode.trim()) : undefined;
  const group = unit ? findGroup(catalog, unit.group) : undefined;
  if (!unit || !group) errors.push({ field: 'unitCode', message: 'Đơn vị không có trong danh sách đơn vị báo cáo.' });
  else if (!unit.active) errors.push({ field: 'unitCode', message: `Đơn vị "${unit.name}" đã ngừng báo cáo.` });
  else if (!canSubmitFor(catalog, unit.code, user.email, user.isAdmin)) {
    errors.push({ field: 'unitCode', message: `Tài khoản ${user.email} không được phép nộp báo cáo cho "${unit.name}". Liên hệ ${office} để được thêm email.` });
  }
  const period = typeof periodId === 'string' ? parsePeriodId(periodId.trim()) : null;
  if (!period) errors.push({ field: 'periodId', message: 'Kỳ báo cáo không hợp lệ.' });
  if (errors.length || !unit || !group || !period) return { ok: false, errors };
  if (!groupOwes(group, period.kind)) {
    // A 6-month or year figure added up from the quarters: say which report carries it.
    const closing = combinesQuarters(group, period.kind) ? closingQuarter(period) : null;
    const hint = closing ? ` Số liệu ${periodLabel(period).toLowerCase()} được cộng từ các quý: nộp báo cáo ${filedPeriodLabel(closing, group)}.` : '';
    return { ok: false, errors: [{ field: 'periodId', message: `${group.name} không phải nộp báo cáo ${periodLabel(period)}.${hint}` }] };
  }
  if (!isOpen(period, now, config.calendar, unit.code)) {
    const opens = openFrom(period);
    const message = now.getTime() < opens.getTime()
      ? `Kỳ ${filedPeriodLabel(period, group)} chưa mở (mở từ ngày ${formatDateVi(opens)}).`
      : `Kỳ ${filedPeriodLabel(period, group)} đã đóng nhận báo cáo từ ngày ${formatDateVi(closesAt(period, config.calendar, unit.code))}. Liên hệ ${office} nếu cần gia hạn.`;
    return { ok: false, errors: [{ field: 'periodId', message }] };
  }
  return { ok: true, target: { unit, group, period, indicators: indicatorsFor(catalog, group.code, period.kind) } };
}
