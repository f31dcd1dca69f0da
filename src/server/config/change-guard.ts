// Structural changes (rows or columns inserted or removed, sheets added, removed or renamed)
// don't fire onEdit, so an installable onChange trigger drops the cached configuration too:
// deleting a unit's row must take effect at once, not when the cache expires. A removed row or
// column may also be a data or audit row: that runs the integrity check (trigger or admin only).
import type { Env } from '../env';
import type { TriggerSpec } from '../setup/triggers';
import { isTriggerOwner } from '../setup/trigger-owner';
import { isAdminEmail, isTriggerEvent } from '../auth';
import { REMOVALS, verifyAfterRemoval } from '../integrity/on-change';
import { invalidateConfig, loadConfig } from './load-config';

export const CHANGE_GUARD_HANDLER = 'onChangeGuard';

export const CHANGE_GUARD_TRIGGER: TriggerSpec = {
  handler: CHANGE_GUARD_HANDLER,
  signature: () => 'onChange',
  create: (env) => {
    env.g.ScriptApp.newTrigger(CHANGE_GUARD_HANDLER).forSpreadsheet(env.ss()).onChange().create();
  },
};

export interface ChangeEvent { changeType?: string; triggerUid?: string; user?: { getEmail(): string } | null }

function editorOf(e: ChangeEvent): string {
  try { return (e.user?.getEmail() ?? '').trim().toLowerCase(); } catch { return ''; }
}

/** Value edits are the edit guard's; every other kind of change may have touched configuration. */
export function changeGuard(env: Env, e: ChangeEvent | undefined): boolean {
  if (!e || e.changeType === 'EDIT') return false;
  if (!isTriggerOwner(env)) return false; // the new owner's guard handles it
  invalidateConfig(env);
  if ((REMOVALS as readonly string[]).includes(e.changeType ?? '')
    && (isTriggerEvent(env, e, CHANGE_GUARD_HANDLER) || isAdminEmail(loadConfig(env).settings, env.activeEmail()))) {
    verifyAfterRemoval(env, e.changeType ?? '', editorOf(e));
  }
  return true;
}
