// Shared checks of a (unit, period) pair named by a client: exists, active, owed, open,
// and the user may report for it. Returns Vietnamese field errors instead of throwing.
import type { Catalog, FieldError, Indicator, Period, Unit, UnitGroup } from '../../domain/types';
import { canSubmitFor, findGroup, findUnit, groupOwes, indicatorsFor } from '../../domain/catalog';
import { isOpen, openFrom, closesAt } from '../../domain/calendar';
import { parsePeriodId, periodLabel } from '../../domain/periods';
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
  const unit = typeof unitCode === 'string' ? findUnit(catalog, unitCode.trim()) : undefined;
  const group = unit ? findGroup(catalog, unit.group) : undefined;
  if (!unit || !group) errors.push({ field: 'unitCode', message: 'Đơn vị không có trong danh sách đơn vị báo cáo.' });
  else if (!unit.active) errors.push({ field: 'unitCode', message: `Đơn vị "${unit.name}" đã ngừng báo cáo.` });
  else if (!canSubmitFor(catalog, unit.code, user.email, user.isAdmin)) {
    errors.push({ field: 'unitCode', message: `Tài khoản ${user.email} không được phép nộp báo cáo cho "${unit.name}". Liên hệ Phòng Văn hóa - Thông tin để được thêm email.` });
  }
  const period = typeof periodId === 'string' ? parsePeriodId(periodId.trim()) : null;
  if (!period) errors.push({ field: 'periodId', message: 'Kỳ báo cáo không hợp lệ.' });
  if (errors.length || !unit || !group || !period) return { ok: false, errors };
  if (!groupOwes(group, period.kind)) {
    return { ok: false, errors: [{ field: 'periodId', message: `${group.name} không phải nộp báo cáo ${periodLabel(period)}.` }] };
  }
  if (!isOpen(period, now, config.calendar, unit.code)) {
    const opens = openFrom(period);
    const message = now.getTime() < opens.getTime()
      ? `Kỳ ${periodLabel(period)} chưa mở (mở từ ngày ${formatDateVi(opens)}).`
      : `Kỳ ${periodLabel(period)} đã đóng nhận báo cáo từ ngày ${formatDateVi(closesAt(period, config.calendar, unit.code))}. Liên hệ Phòng Văn hóa - Thông tin nếu cần gia hạn.`;
    return { ok: false, errors: [{ field: 'periodId', message }] };
  }
  return { ok: true, target: { unit, group, period, indicators: indicatorsFor(catalog, group.code, period.kind) } };
}
