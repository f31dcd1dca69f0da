// Catalog (groups, units, indicators) <-> configuration sheet rows.
import type { Catalog, Indicator, Unit, UnitGroup } from '../../domain/types';
import { PLAUSIBLE_MAX_COLUMN } from '../../domain/review/outliers';
import { normalizeEmail, normalizeText } from '../../domain/text';
import { GROUP_COLUMNS, INDICATOR_COLUMNS, UNIT_COLUMNS } from '../sheets/names';
import { type Cell, type Table, cellOf, textOf } from '../sheets/table';
import {
  SECTION_LABELS, TYPE_LABELS, boolToLabel, kindsToLabel, parseBool, parseKinds, parseOptionalInt, parseOptionalNumber, sectionFromLabel, splitList, typeFromLabel,
} from './labels';

const text = (t: Table, cells: Cell[], name: string): string => normalizeText(textOf(cellOf(t, cells, name)));

export function parseGroups(t: Table, problems: string[]): UnitGroup[] {
  return t.rows.map(({ sheetRow, cells }, i) => {
    const group: UnitGroup = {
      code: text(t, cells, GROUP_COLUMNS.code),
      name: text(t, cells, GROUP_COLUMNS.name),
      periodKinds: parseKinds(text(t, cells, GROUP_COLUMNS.kinds), problems, `Nhóm đơn vị, dòng ${sheetRow}`),
      order: parseOptionalInt(cellOf(t, cells, GROUP_COLUMNS.order)) ?? i + 1,
    };
    // An older sheet without the column: every group reports to the office.
    const reportsTo = text(t, cells, GROUP_COLUMNS.reportsTo);
    if (reportsTo) group.reportsTo = reportsTo;
    return group;
  });
}

export function parseUnits(t: Table): Unit[] {
  return t.rows.map(({ cells }) => ({
    code: text(t, cells, UNIT_COLUMNS.code),
    name: text(t, cells, UNIT_COLUMNS.name),
    group: text(t, cells, UNIT_COLUMNS.group),
    emails: splitList(textOf(cellOf(t, cells, UNIT_COLUMNS.emails))).map(normalizeEmail),
    active: parseBool(cellOf(t, cells, UNIT_COLUMNS.active), true),
  }));
}

export function parseIndicators(t: Table, problems: string[]): Indicator[] {
  return t.rows.map(({ sheetRow, cells }, i) => {
    const where = `Chỉ tiêu, dòng ${sheetRow}`;
    const typeText = text(t, cells, INDICATOR_COLUMNS.type);
    const type = typeFromLabel(typeText);
    if (!type) problems.push(`${where}: kiểu dữ liệu "${typeText}" không hợp lệ (dùng: ${Object.values(TYPE_LABELS).join(', ')}).`);
    const num = (name: string): number | undefined => parseOptionalInt(cellOf(t, cells, name));
    const indicator: Indicator = {
      code: text(t, cells, INDICATOR_COLUMNS.code),
      label: text(t, cells, INDICATOR_COLUMNS.label),
      type: type ?? 'count',
      groups: splitList(textOf(cellOf(t, cells, INDICATOR_COLUMNS.groups))),
      periodKinds: parseKinds(text(t, cells, INDICATOR_COLUMNS.kinds), problems, where),
      required: parseBool(cellOf(t, cells, INDICATOR_COLUMNS.required), false),
      order: num(INDICATOR_COLUMNS.order) ?? i + 1,
    };
    const unitOfMeasure = text(t, cells, INDICATOR_COLUMNS.unitOfMeasure);
    if (unitOfMeasure) indicator.unitOfMeasure = unitOfMeasure;
    const sectionText = text(t, cells, INDICATOR_COLUMNS.section);
    if (sectionText) {
      const section = sectionFromLabel(sectionText);
      if (section) indicator.section = section;
      else problems.push(`${where}: mục trong báo cáo "${sectionText}" không hợp lệ (dùng: ${Object.values(SECTION_LABELS).join(', ')}).`);
    }
        const optional: [keyof Indicator & ('targetPerMonth' | 'min' | 'max' | 'maxLength' | 'plausibleMax'), string][] = [
      ['plausibleMax', PLAUSIBLE_MAX_COLUMN], // issue 14: an optional column the office may add
      ['targetPerMonth', INDICATOR_COLUMNS.targetPerMonth], ['min', INDICATOR_COLUMNS.min],
      ['max', INDICATOR_COLUMNS.max], ['maxLength', INDICATOR_COLUMNS.maxLength]];
    for (const [key, column] of optional) {
      // A monthly target may be fractional (0.5 = one every two months): never truncated.
      const v = key === 'targetPerMonth' ? parseOptionalNumber(cellOf(t, cells, column)) : num(column);
      if (v !== undefined) indicator[key] = v;
    }
    return indicator;
  });
}

export function parseCatalog(groups: Table, units: Table, indicators: Table, problems: string[]): Catalog {
  return { groups: parseGroups(groups, problems), units: parseUnits(units), indicators: parseIndicators(indicators, problems) };
}

const opt = (v: number | undefined): Cell => (v === undefined ? '' : v);

export function groupRows(groups: UnitGroup[]): Cell[][] {
  const c = GROUP_COLUMNS;
  return [[c.code, c.name, c.kinds, c.order, c.reportsTo],
    ...groups.map((g) => [g.code, g.name, kindsToLabel(g.periodKinds), g.order, g.reportsTo ?? ''])];
}

export function unitRows(units: Unit[]): Cell[][] {
  const c = UNIT_COLUMNS;
  return [[c.code, c.name, c.group, c.emails, c.active],
    ...units.map((u) => [u.code, u.name, u.group, u.emails.join(', '), boolToLabel(u.active)])];
}

export function indicatorRows(indicators: Indicator[]): Cell[][] {
  const c = INDICATOR_COLUMNS;
  return [[c.code, c.label, c.type, c.unitOfMeasure, c.groups, c.kinds, c.required, c.targetPerMonth, c.min, c.max, c.maxLength, c.order, c.section],
    ...indicators.map((i) => [i.code, i.label, TYPE_LABELS[i.type], i.unitOfMeasure ?? '', i.groups.join(', '),
      kindsToLabel(i.periodKinds), boolToLabel(i.required), opt(i.targetPerMonth), opt(i.min), opt(i.max), opt(i.maxLength), i.order,
      i.section ? SECTION_LABELS[i.section] : ''])];
}
