// Installable triggers that setup() owns. Each is identified by its handler; the parameters it
// was created with are remembered in script properties (the Trigger API cannot report an
// hour), so running setup() again keeps a matching trigger and replaces a changed one.
// Installable triggers belong to the user who created them, run as that user, and
// ScriptApp.getProjectTriggers() lists only the current user's
// (https://developers.google.com/apps-script/guides/triggers/installable#restrictions). So the
// project records in script properties which admin owns its set: another admin's setup installs
// nothing and reports the owner; taking over installs the set as the new owner and records it,
// and the old owner's triggers (invisible to us) exit early when they fire (isTriggerOwner).
import type { Settings } from '../../domain/types';
import type { Env } from '../env';
import { LATENESS_TRIGGERS } from '../lateness/triggers';
import { CHANGE_GUARD_TRIGGER } from '../config/change-guard';
import { TRIGGER_OWNER_PROPERTY, triggerOwner } from './trigger-owner';

export interface TriggerSpec {
  handler: string;
  /** Everything that distinguishes one installation from another, e.g. 'daily@7'. */
  signature(settings: Settings): string;
  create(env: Env, settings: Settings): void;
}

/** Filled by the features that need triggers (lateness check, edit guard, change guard). */
export const TRIGGER_SPECS: TriggerSpec[] = [...LATENESS_TRIGGERS, CHANGE_GUARD_TRIGGER];

const propKey = (handler: string): string => `trigger:${handler}`;
export type TriggerInstall =
  | { status: 'installed'; owner: string; changed: string[] }
  | { status: 'owned-by-other'; owner: string; changed: [] };

/** Installs the set as `email` unless another admin owns it (then only with `takeOver`). */
export function installTriggersOnce(env: Env, settings: Settings, email: string, takeOver = false, specs: TriggerSpec[] = TRIGGER_SPECS): TriggerInstall {
  const owner = triggerOwner(env);
  const me = email.trim().toLowerCase();
  if (owner && owner !== me && !takeOver) return { status: 'owned-by-other', owner, changed: [] };
  const changed = installTriggers(env, settings, specs, owner !== me);
  if (owner !== me) env.g.PropertiesService.getScriptProperties().setProperty(TRIGGER_OWNER_PROPERTY, me);
  return { status: 'installed', owner: me, changed };
}

/** `fresh`: the recorded signatures belong to another user's triggers, so recreate ours. */
export function installTriggers(env: Env, settings: Settings, specs: TriggerSpec[] = TRIGGER_SPECS, fresh = false): string[] {
  if (specs.length === 0) return [];
  const { ScriptApp, PropertiesService } = env.g;
  const props = PropertiesService.getScriptProperties();
  const existing = ScriptApp.getProjectTriggers();
  const changed: string[] = [];
  for (const spec of specs) {
    const mine = existing.filter((t) => t.getHandlerFunction() === spec.handler);
    const signature = spec.signature(settings);
    if (!fresh && mine.length === 1 && props.getProperty(propKey(spec.handler)) === signature) continue;
    for (const t of mine) ScriptApp.deleteTrigger(t);
    spec.create(env, settings);
    props.setProperty(propKey(spec.handler), signature);
    changed.push(spec.handler);
  }
  return changed;
}
