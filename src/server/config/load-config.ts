// Reads the five configuration sheets into domain objects. Reading them costs three Spreadsheet
// calls each, so the parsed result is kept in the script cache; setup() and the edit guard drop
// it whenever a configuration sheet changes, and it expires on its own as a safety net.
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

export interface AppConfig {
  catalog: Catalog;
  calendar: CalendarConfig;
  settings: Settings;
  /** Problems found in the configuration sheets (Vietnamese); rows with problems are skipped or defaulted. */
  problems: string[];
}

const CACHE_KEY = 'cchc:config:v1';
/** CacheService maximum; edits take effect at once through the edit guard or setup(), this is only a safety net. */
export const CONFIG_CACHE_SECONDS = 6 * 60 * 60;
/** CacheService refuses values over 100 KB. */
const CACHE_MAX_CHARS = 100 * 1000;

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
  const calendar = parseCalendar(calendarTable, { ...DEFAULT_CALENDAR, lateWindowDays }, problems);
  return { catalog, calendar, settings, problems };
}

function cache(env: Env): GoogleAppsScript.Cache.Cache | null {
  return env.g.CacheService ? env.g.CacheService.getScriptCache() : null;
}

export function loadConfig(env: Env): AppConfig {
  const c = cache(env);
  const hit = c?.get(CACHE_KEY);
  if (hit) return JSON.parse(hit) as AppConfig;
  const config = readConfigFromSheets(env);
  const json = JSON.stringify(config);
  if (c && json.length <= CACHE_MAX_CHARS) c.put(CACHE_KEY, json, CONFIG_CACHE_SECONDS);
  return config;
}

export function invalidateConfig(env: Env): void {
  cache(env)?.remove(CACHE_KEY);
}
