// The two installable triggers of the lateness feature, registered in setup's TRIGGER_SPECS:
// the daily check at the configured hour (Vietnam time) and the on-edit guard.
import { VN_TIME_ZONE } from '../../domain/time';
import type { TriggerSpec } from '../setup/triggers';

export const DAILY_CHECK_HANDLER = 'checkLateness';
export const EDIT_GUARD_HANDLER = 'onEditGuard';

export const DAILY_CHECK_TRIGGER: TriggerSpec = {
  handler: DAILY_CHECK_HANDLER,
  signature: (settings) => `daily@${settings.triggerHour}`,
  create: (env, settings) => {
    env.g.ScriptApp.newTrigger(DAILY_CHECK_HANDLER).timeBased().everyDays(1).atHour(settings.triggerHour)
      .inTimezone(VN_TIME_ZONE).create();
  },
};

export const EDIT_GUARD_TRIGGER: TriggerSpec = {
  handler: EDIT_GUARD_HANDLER,
  signature: () => 'onEdit',
  create: (env) => {
    env.g.ScriptApp.newTrigger(EDIT_GUARD_HANDLER).forSpreadsheet(env.ss()).onEdit().create();
  },
};

export const LATENESS_TRIGGERS: TriggerSpec[] = [DAILY_CHECK_TRIGGER, EDIT_GUARD_TRIGGER];
