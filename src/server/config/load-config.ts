// Reads the five configuration sheets into domain objects. Reading them costs three Spreadsheet
// calls each, so the parsed result is kept in the script cache (config-cache.ts) under a
// generation that setup() and the guards bump whenever a configuration sheet changes.
import type { CalendarConfig, Catalog, Settings } from '../../domain/types';
import { validateCatalog } from '../../domain/catalog';
import { DEFAULT_CALENDAR } from '../../domain/calendar-defaults';
import { DEFAULT_SETTINGS } from '../../domain/defaults';
import type { Env } from '../env';
import { SHEETS } from '../sheets/names';
import { type Table, readTable } from '../sheets/table';
import { parseCatalog } from './catalog-codec';
import { parseCalendar } from './calendar-codec';
import { parseSettings } from './settings-codec';
import { bumpConfigGeneration, configGeneration, readCachedConfig, writeCachedConfig } from './config-cache';

export interface AppConfig {
  catalog: Catalog;
  calendar: CalendarConfig;
  settings: Settings;
  /** Problems found in the configuration sheets (Vietnamese); rows with problems are skipped or defaulted. */
  problems: string[];
}

export { CONFIG_CACHE_SECONDS } from './config-cache';
export const CONFIG_SHEETS = [SHEETS.groups, SHEETS.units, SHEETS.indicators, SHEETS.calendar, SHEETS.settings] as const;

export class NotSetUpError extends Error {
  constructor(sheet: string) {
    super(`Chưa cài đặt bảng tính (thiếu trang "${sheet}"). Quản trị viên vào menu Báo cáo CCHC → Cài đặt… để cài đặt.`);
  }
}

function readConfigSheet(env: Env, name: string): Table {
  const sheet = env.ss().getSheetByName(name);
  if (!sheet) throw new NotSetUpError(name);
  return readTable(sheet);
}

export function readConfigFromSheets(env: Env): AppConfig {
  const [groups, units, indicators, calendarTable, settingsTable] = CONFIG_SHEETS.map((n) => readConfigSheet(env, n));
  const problems: string[] = [];
  const catalog = parseCatalog(groups, units, indicators, problems);
  problems.push(...validateCatalog(catalog));
  const { lateWindowDays, ...settings } = parseSettings(settingsTable, { ...DEFAULT_SETTINGS, lateWindowDays: DEFAULT_CALENDAR.lateWindowDays }, problems);
  const zone = env.ss().getSpreadsheetTimeZone();
  const timeOfDay = (d: Date) => env.g.Utilities.formatDate(d, zone, 'HH:mm:ss');
  const calendar = parseCalendar(calendarTable, { ...DEFAULT_CALENDAR, lateWindowDays }, problems, timeOfDay);
  return { catalog, calendar, settings, problems };
}

export function loadConfig(env: Env): AppConfig {
  const cached = readCachedConfig(env);
  if (cached) return cached;
  // Read the generation before the sheets: an edit landing after this read bumps it, so what we
  // put below is filed under a generation nobody asks for any more.
  const generation = configGeneration(env);
  const config = readConfigFromSheets(env);
  writeCachedConfig(env, generation, JSON.stringify(config));
  return config;
}

/** Every configuration change (edit guard, change guard, setup, settings writes) calls this. */
export function invalidateConfig(env: Env): void {
  bumpConfigGeneration(env);
}
