// getIncomingReports: what the units that report to the user's unit (by default the CCHC
// departments to Trung tâm VH-TT) sent for a period. Only members of a receiving unit (emails
// in the units sheet) and admins may read it; with a warm configuration cache it reads the data
// sheet once (3 Spreadsheet calls) whatever the number of units and periods.
import type { IncomingReportsDto } from '../../contract/rpc';
import { receivingUnits, receivingUnitsFor } from '../../domain/catalog';
import { buildIncoming, defaultIncomingPeriod, incomingKinds, incomingPeriods } from '../../domain/incoming';
import { parsePeriodId, periodLabel } from '../../domain/periods';
import type { Catalog } from '../../domain/types';
import { type CurrentUser, UserError, officeName, requireUser } from '../auth';
import { loadConfig } from '../config/load-config';
import type { Env } from '../env';
import { readDataSheet } from '../storage/submissions';

export const NO_RECEIVER_MESSAGE =
  'Chưa có nhóm đơn vị nào gửi thông tin cho một đơn vị khác (cột "Gửi báo cáo cho" trong trang "Nhóm đơn vị" đang để trống hoặc ghi tên không khớp đơn vị nào).';

/** `office`: the office as the settings name it (officeName), who adds emails to the units sheet. */
export function notReceiverMessage(email: string, receiverNames: string[], office: string): string {
  return `Tài khoản ${email} không thuộc đơn vị nhận thông tin (${receiverNames.join(', ')}) nên không xem được thông tin các đơn vị gửi đến. Liên hệ ${office || 'quản trị viên'} nếu cần được thêm email vào trang "Đơn vị".`;
}

/** The receiving units the user may read; throws a Vietnamese refusal when none. */
export function requireReceiver(catalog: Catalog, user: CurrentUser, office: string) {
  const all = receivingUnits(catalog);
  if (all.length === 0) throw new UserError(NO_RECEIVER_MESSAGE);
  const mine = receivingUnitsFor(catalog, user.email, user.isAdmin);
  if (mine.length === 0) throw new UserError(notReceiverMessage(user.email, all.map((u) => u.name), office));
  return mine;
}

export function getIncomingReports(env: Env, periodId?: unknown): IncomingReportsDto {
  const config = loadConfig(env);
  const user = requireUser(env, config.settings);
  const receivers = requireReceiver(config.catalog, user, officeName(config.settings));
  const now = env.now();
  const periods = incomingPeriods(config.catalog, receivers, now);
  let period = defaultIncomingPeriod(periods, config.calendar, config.settings.dueSoonDays, now);
  if (periodId !== undefined && periodId !== null && periodId !== '') {
    const asked = typeof periodId === 'string' ? parsePeriodId(periodId.trim()) : null;
    if (!asked) throw new UserError('Kỳ báo cáo không hợp lệ.');
    if (!incomingKinds(config.catalog, receivers).includes(asked.kind)) {
      throw new UserError(`Không có đơn vị nào gửi thông tin ${periodLabel(asked)} cho ${receivers.map((u) => u.name).join(', ')}.`);
    }
    period = asked;
  }
  if (!period) throw new UserError('Chưa có kỳ nào để xem.');
  return buildIncoming({
    catalog: config.catalog, calendar: config.calendar, dueSoonDays: config.settings.dueSoonDays,
    receivers, period, periods, records: readDataSheet(env).records, now,
  });
}
