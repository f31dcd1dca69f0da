// What setup() creates: every sheet with its default content and presentation.
import { DEFAULT_CALENDAR } from '../../domain/calendar-defaults';
import { DEFAULT_PRESET, type Preset } from '../../domain/presets';
import { AUDIT_COLUMNS, CALENDAR_COLUMNS, DATA_COLUMNS, SHEETS } from '../sheets/names';
import type { Cell } from '../sheets/table';
import { groupRows, indicatorRows, unitRows } from '../config/catalog-codec';
import { calendarRows } from '../config/calendar-codec';
import { settingsRows } from '../config/settings-codec';
import { LATENESS_SHEET_SPECS } from '../lateness/sheets';
import { HASH_COLUMN } from '../integrity/canonical';

export interface SheetSpec {
  name: string;
  rows: () => Cell[][];
  /** Per-column number formats for the whole column ('@' = plain text so '007' stays text). */
  columnFormats?: Record<string, string>;
  widths?: number[];
  /** Data sheets: hidden and protected (warning only), written by the script alone. */
  internal?: boolean;
  tabColor?: string;
}

const TEXT = '@';
const DATE = 'dd/MM/yyyy';

/**
 * The sheets of a first install from a preset: its settings (with the signer's name when given at
 * setup) and its catalog. After that the sheets are the configuration; the preset is not read again.
 */
export function sheetSpecs(preset: Preset = DEFAULT_PRESET, signerName = ''): SheetSpec[] {
  const settings = { ...preset.settings, signerName: signerName.trim() || preset.settings.signerName };
  const catalog = preset.catalog;
  return [
    { name: SHEETS.settings, rows: () => settingsRows({ ...settings, lateWindowDays: DEFAULT_CALENDAR.lateWindowDays }), widths: [150, 380, 420], tabColor: '#1a73e8' },
    { name: SHEETS.groups, rows: () => groupRows(catalog.groups), columnFormats: { 'Mã nhóm': TEXT, 'Tên nhóm': TEXT }, widths: [110, 330, 200, 70, 260], tabColor: '#1a73e8' },
    { name: SHEETS.units, rows: () => unitRows(catalog.units), columnFormats: { 'Mã đơn vị': TEXT, 'Tên đơn vị': TEXT, 'Mã nhóm': TEXT, 'Email được phép nộp': TEXT }, widths: [170, 300, 100, 320, 110], tabColor: '#1a73e8' },
    { name: SHEETS.indicators, rows: () => indicatorRows(catalog.indicators), columnFormats: { 'Mã chỉ tiêu': TEXT }, widths: [170, 380, 100, 100, 220, 160, 80, 120, 110, 110, 100, 70], tabColor: '#1a73e8' },
    { name: SHEETS.calendar, rows: () => calendarRows(DEFAULT_CALENDAR), columnFormats: { [CALENDAR_COLUMNS.date]: DATE, [CALENDAR_COLUMNS.period]: TEXT, [CALENDAR_COLUMNS.unit]: TEXT, [CALENDAR_COLUMNS.time]: TEXT }, widths: [190, 110, 150, 110, 130, 90, 90, 420], tabColor: '#1a73e8' },
    {
      name: SHEETS.data, internal: true,
      rows: () => [[...Object.values(DATA_COLUMNS), HASH_COLUMN, ...catalog.indicators.map((i) => i.code)]],
      columnFormats: { [DATA_COLUMNS.submittedAt]: 'dd/MM/yyyy HH:mm:ss' },
    },
    { name: SHEETS.audit, internal: true, rows: () => [[...Object.values(AUDIT_COLUMNS), HASH_COLUMN]], columnFormats: { [AUDIT_COLUMNS.at]: 'dd/MM/yyyy HH:mm:ss' }, widths: [150, 220, 160, 200, 500] },
    ...LATENESS_SHEET_SPECS,
  ];
}

/** The default install (the "Cẩm Xuyên 2024" preset). */
export const SHEET_SPECS: SheetSpec[] = sheetSpecs();
