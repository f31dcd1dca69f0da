// Installable triggers that setup() owns. Each is identified by its handler; the parameters it
// was created with are remembered in script properties (the Trigger API cannot report an
// hour), so running setup() again keeps a matching trigger and replaces a changed one.
import type { Settings } from '../../domain/types';
import type { Env } from '../env';
import { LATENESS_TRIGGERS } from '../lateness/triggers';
import { CHANGE_GUARD_TRIGGER } from '../config/change-guard';

export interface TriggerSpec {
  handler: string;
  /** Everything that distinguishes one installation from another, e.g. 'daily@7'. */
  signature(settings: Settings): string;
  create(env: Env, settings: Settings): void;
}

/** Filled by the features that need triggers (lateness check, edit guard, change guard). */
export const TRIGGER_SPECS: TriggerSpec[] = [...LATENESS_TRIGGERS, CHANGE_GUARD_TRIGGER];

const propKey = (handler: string): string => `trigger:${handler}`;

export function installTriggers(env: Env, settings: Settings, specs: TriggerSpec[] = TRIGGER_SPECS): string[] {
  if (specs.length === 0) return [];
  const { ScriptApp, PropertiesService } = env.g;
  const props = PropertiesService.getScriptProperties();
  const existing = ScriptApp.getProjectTriggers();
  const changed: string[] = [];
  for (const spec of specs) {
    const mine = existing.filter((t) => t.getHandlerFunction() === spec.handler);
    const signature = spec.signature(settings);
    if (mine.length === 1 && props.getProperty(propKey(spec.handler)) === signature) continue;
    for (const t of mine) ScriptApp.deleteTrigger(t);
    spec.create(env, settings);
    props.setProperty(propKey(spec.handler), signature);
    changed.push(spec.handler);
  }
  return changed;
}
