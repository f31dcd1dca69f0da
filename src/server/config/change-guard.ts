// Structural changes (rows or columns inserted or removed, sheets added, removed or renamed)
// don't fire onEdit, so an installable onChange trigger drops the cached configuration too:
// deleting a unit's row must take effect at once, not when the cache expires.
import type { Env } from '../env';
import type { TriggerSpec } from '../setup/triggers';
import { isTriggerOwner } from '../setup/trigger-owner';
import { invalidateConfig } from './load-config';

export const CHANGE_GUARD_HANDLER = 'onChangeGuard';

export const CHANGE_GUARD_TRIGGER: TriggerSpec = {
  handler: CHANGE_GUARD_HANDLER,
  signature: () => 'onChange',
  create: (env) => {
    env.g.ScriptApp.newTrigger(CHANGE_GUARD_HANDLER).forSpreadsheet(env.ss()).onChange().create();
  },
};

/** Value edits are the edit guard's; every other kind of change may have touched configuration. */
export function changeGuard(env: Env, e: { changeType?: string } | undefined): boolean {
  if (!e || e.changeType === 'EDIT') return false;
  if (!isTriggerOwner(env)) return false; // the new owner's guard handles it
  invalidateConfig(env);
  return true;
}
