// Which admin's account runs the project's installable triggers, recorded in script properties
// (see setup/triggers.ts for why). Kept apart so the trigger handlers can check it without
// importing the trigger registry.
import type { Env } from '../env';

export const TAKE_OVER_CAPTION = 'Nhận chạy trigger tự động';
export const TRIGGER_OWNER_PROPERTY = 'cchc:triggerOwner';

export function triggerOwner(env: Env): string {
  return (env.g.PropertiesService.getScriptProperties().getProperty(TRIGGER_OWNER_PROPERTY) ?? '').trim().toLowerCase();
}

/**
 * Whether this execution runs as the recorded trigger owner. A trigger runs as its installer, so
 * the effective user is the trigger's owner. Older installations without a record: true.
 */
export function isTriggerOwner(env: Env): boolean {
  const owner = triggerOwner(env);
  if (!owner) return true;
  const me = (env.g.Session.getEffectiveUser().getEmail() || '').trim().toLowerCase();
  return me === owner;
}

