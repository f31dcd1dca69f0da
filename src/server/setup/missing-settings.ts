// Setup appends the settings keys a sheet lacks (a workbook set up before `areaName` existed),
// each with its default, below the existing rows: nothing existing is rewritten or moved, and
// a sheet with every key is left alone (one read, no write). The settings sheet is protected for
// the admins, and setup runs as an admin (or the owner), so the write is allowed. Setup drops
// the cached configuration once after all its writes, this one included.
import type { Settings } from '../../domain/types';
import { DEFAULT_CALENDAR } from '../../domain/calendar-defaults';
import { DEFAULT_PRESET, PRESETS } from '../../domain/presets';
import type { Env } from '../env';
import { SETTINGS_COLUMNS, SHEETS } from '../sheets/names';
import { type Cell, readTable, textOf } from '../sheets/table';
import { SETTINGS_KEYS, settingRow } from '../config/settings-codec';
import type { AuditEntry } from '../storage/audit';
import { ensureRows } from '../storage/submissions';
import { nameKey } from '../../domain/catalog';

/** Keys whose default names a place ('huyện'): without a preset that matches the sheet, left blank (never wrong). */
const PLACE_KEYS: readonly string[] = ['areaName'];

/**
 * The defaults for missing keys: those of the preset whose issuing and parent bodies the sheet
 * still carries (a provincial sheet gets 'tỉnh'); failing that, the default preset's, with the
 * place-naming keys blank.
 */
export function defaultsFor(current: Pick<Settings, 'issuingBody' | 'parentBody'>): { settings: Settings; matched: boolean } {
  const same = (a: string, b: string) => nameKey(a) === nameKey(b);
  const preset = PRESETS.find((p) => same(p.settings.issuingBody, current.issuingBody) && same(p.settings.parentBody, current.parentBody));
  if (preset) return { settings: preset.settings, matched: true };
  const blanks = Object.fromEntries(PLACE_KEYS.map((k) => [k, '']));
  return { settings: { ...DEFAULT_PRESET.settings, ...blanks }, matched: false };
}

/** Appends the missing keys in one write; returns the audit entry (null when nothing was missing). */
export function appendMissingSettings(env: Env, current: Pick<Settings, 'issuingBody' | 'parentBody'>): AuditEntry | null {
  const sheet = env.ss().getSheetByName(SHEETS.settings);
  if (!sheet) return null;
  const table = readTable(sheet);
  const keyCol = table.col(SETTINGS_COLUMNS.key);
  if (keyCol < 0) return null; // not a settings sheet we can read; load-config reports it
  const present = new Set(table.rows.map(({ cells }) => textOf(cells[keyCol])));
  const missing = SETTINGS_KEYS.filter((k) => !present.has(k));
  if (missing.length === 0) return null;
  const { settings } = defaultsFor(current);
  const full = { ...settings, lateWindowDays: DEFAULT_CALENDAR.lateWindowDays };
  const width = table.header.length;
  const rows: Cell[][] = missing.map((k) => {
    const byName = settingRow(full, k)!;
    return table.header.map((name) => byName[String(name)] ?? '');
  });
  const first = table.lastRow + 1;
  ensureRows(sheet, first + rows.length - 1);
  sheet.getRange(first, 1, rows.length, width).setValues(rows);
  const valueCol = table.col(SETTINGS_COLUMNS.value);
  const shown = rows.map((r, i) => {
    const text = valueCol < 0 ? '' : textOf(r[valueCol]).replace(/^'/, '').split('\n')[0];
    if (text === '') return `${missing[i]} (để trống)`;
    return `${missing[i]} = "${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
  });
  return { action: 'Cài đặt', target: SHEETS.settings, detail: `Thêm dòng cài đặt còn thiếu với giá trị mặc định: ${shown.join('; ')}` };
}
