// The presets offered at first setup. A preset only seeds the configuration sheets: after
// setup everything lives there and the office edits it; nothing of a preset is read again.
import type { Catalog, Settings } from './types';
import { DEFAULT_CATALOG, DEFAULT_SETTINGS } from './defaults';
import { PROVINCE_CATALOG, PROVINCE_NOTE, PROVINCE_SETTINGS } from './presets-province';

export type PresetId = 'cam-xuyen-2024' | 'tinh-2025';

export interface Preset {
  id: PresetId;
  /** Shown in the setup prompt. */
  label: string;
  /** Shown after the label in the setup prompt: what the office must check before use. */
  note?: string;
  settings: Settings;
  catalog: Catalog;
}

export const PRESETS: readonly Preset[] = [
  { id: 'cam-xuyen-2024', label: 'Cẩm Xuyên 2024', settings: DEFAULT_SETTINGS, catalog: DEFAULT_CATALOG },
  {
    id: 'tinh-2025', label: 'Cấp tỉnh / xã từ 1/7/2025', settings: PROVINCE_SETTINGS, catalog: PROVINCE_CATALOG,
    note: PROVINCE_NOTE,
  },
];

export const DEFAULT_PRESET: Preset = PRESETS[0];

/** '1', '2', a preset id or its label (any case); null when the answer names none. */
export function presetFromAnswer(answer: string): Preset | null {
  const a = answer.normalize('NFC').trim().toLowerCase();
  if (a === '') return null;
  const n = Number(a);
  if (Number.isInteger(n) && n >= 1 && n <= PRESETS.length) return PRESETS[n - 1];
  return PRESETS.find((p) => p.id === a || p.label.toLowerCase() === a) ?? null;
}
