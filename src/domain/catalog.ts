// Queries over the catalog (unit groups, units, indicators) and its consistency check, used
// when the configuration sheets are read.
import type { Catalog, Indicator, PeriodKind, Unit, UnitGroup } from './types';
import { ANSWER_SECTIONS, PERIOD_KINDS } from './types';
import { isEmail, normalizeEmail } from './text';

const byOrder = (a: Indicator, b: Indicator): number => a.order - b.order;

/** Indicators a unit of `groupCode` reports for a period of `kind`, in form order. */
export function indicatorsFor(catalog: Catalog, groupCode: string, kind: PeriodKind): Indicator[] {
  return catalog.indicators
    .filter((i) => i.groups.includes(groupCode) && i.periodKinds.includes(kind))
    .sort(byOrder);
}

/** Every indicator of `kind`, whatever the group (the summary's columns), in form order. */
export function indicatorsForKind(catalog: Catalog, kind: PeriodKind): Indicator[] {
  return catalog.indicators.filter((i) => i.periodKinds.includes(kind)).sort(byOrder);
}

export function findUnit(catalog: Catalog, code: string): Unit | undefined {
  return catalog.units.find((u) => u.code === code);
}

export function findGroup(catalog: Catalog, code: string): UnitGroup | undefined {
  return catalog.groups.find((g) => g.code === code);
}

/** Active units the account may report for; admins may report for every active unit. */
export function unitsForUser(catalog: Catalog, email: string, isAdmin: boolean): Unit[] {
  const active = catalog.units.filter((u) => u.active);
  if (isAdmin) return active;
  const who = normalizeEmail(email);
  if (who === '') return [];
  return active.filter((u) => u.emails.some((e) => normalizeEmail(e) === who));
}

export function canSubmitFor(catalog: Catalog, unitCode: string, email: string, isAdmin: boolean): boolean {
  return unitsForUser(catalog, email, isAdmin).some((u) => u.code === unitCode);
}

export function groupOwes(group: UnitGroup, kind: PeriodKind): boolean {
  return group.periodKinds.includes(kind);
}

/** Active units that owe a report of `kind`, ordered by group order, then catalog order. */
export function unitsOwing(catalog: Catalog, kind: PeriodKind): Unit[] {
  const groups = [...catalog.groups].filter((g) => groupOwes(g, kind)).sort((a, b) => a.order - b.order);
  return groups.flatMap((g) => catalog.units.filter((u) => u.active && u.group === g.code));
}

/** Whether the group reports to the office that issues the summary report (not to another unit). */
export function reportsToOffice(group: UnitGroup): boolean {
  return (group.reportsTo ?? '').trim() === '';
}

/** How a `reportsTo` cell is compared with names and codes: NFC, case, spacing and dash variants folded. */
export function nameKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s*-\s*/g, ' - ').replace(/\s+/g, ' ').trim();
}

/** Groups and units (active or not) whose name or code the group's `reportsTo` names. */
function namedBy(catalog: Catalog, group: UnitGroup): { groups: UnitGroup[]; units: Unit[] } {
  const key = nameKey(group.reportsTo ?? '');
  if (key === '') return { groups: [], units: [] };
  const hit = (x: { code: string; name: string }): boolean => nameKey(x.code) === key || nameKey(x.name) === key;
  const groups = catalog.groups.filter(hit);
  const codes = new Set(groups.map((g) => g.code));
  return { groups, units: catalog.units.filter((u) => codes.has(u.group) || hit(u)) };
}

/**
 * The active units a group's reports go to when they do not go to the office: every unit of the
 * group whose name or code `reportsTo` gives, and the unit with that name or code (the default
 * "Trung tâm Văn hóa - Truyền thông" is both). Empty for a group that reports to the office.
 */
export function receiversOf(catalog: Catalog, group: UnitGroup): Unit[] {
  return namedBy(catalog, group).units.filter((u) => u.active);
}

/** Every unit some group sends its information to, in catalog order. */
export function receivingUnits(catalog: Catalog): Unit[] {
  const codes = new Set(catalog.groups.flatMap((g) => receiversOf(catalog, g).map((u) => u.code)));
  return catalog.units.filter((u) => codes.has(u.code));
}

/** The receiving units whose information the account may read: those listing its email; admins read all. */
export function receivingUnitsFor(catalog: Catalog, email: string, isAdmin: boolean): Unit[] {
  const mine = new Set(unitsForUser(catalog, email, isAdmin).map((u) => u.code));
  return receivingUnits(catalog).filter((u) => mine.has(u.code));
}

/** Groups whose reports go to one of `receiverCodes` (not to the office), in group order. */
export function groupsSendingTo(catalog: Catalog, receiverCodes: string[]): UnitGroup[] {
  const wanted = new Set(receiverCodes);
  return [...catalog.groups].sort((a, b) => a.order - b.order)
    .filter((g) => receiversOf(catalog, g).some((u) => wanted.has(u.code)));
}

function reportsToProblems(catalog: Catalog, g: UnitGroup): string[] {
  const to = (g.reportsTo ?? '').trim();
  if (to === '') return [];
  const where = `Nhóm đơn vị "${g.code}" ghi gửi báo cáo cho "${to}"`;
  const named = namedBy(catalog, g);
  if (named.groups.some((x) => x.code === g.code) || named.units.some((u) => u.group === g.code)) {
    return [`Nhóm đơn vị "${g.code}" không thể gửi báo cáo cho chính nhóm mình.`];
  }
  if (named.units.length === 0 && named.groups.length === 0) {
    return [`${where}, nhưng không có nhóm đơn vị hay đơn vị nào có tên hoặc mã này: sửa cột "Gửi báo cáo cho" trong trang "Nhóm đơn vị" (ghi đúng tên hoặc mã của đơn vị nhận, để trống nếu gửi cơ quan tổng hợp).`];
  }
  if (!named.units.some((u) => u.active)) return [`${where}, nhưng đơn vị nhận không còn hoạt động (cột "Đang hoạt động" trong trang "Đơn vị").`];
  return [];
}

/**
 * A 6-month or year figure the group does not file separately but that its quarterly reports add
 * up to (the June report is "Quý II và 6 tháng đầu năm", the December one "Quý IV và năm").
 */
export function combinesQuarters(group: UnitGroup, kind: PeriodKind): boolean {
  return (kind === 'half' || kind === 'year') && groupOwes(group, 'quarter') && !groupOwes(group, kind);
}

/** Whether the office's report for a period of `kind` covers the group. */
export function groupInReport(group: UnitGroup, kind: PeriodKind): boolean {
  return reportsToOffice(group) && (groupOwes(group, kind) || combinesQuarters(group, kind));
}

/** Period kinds the office can make a report for: those its groups owe, and those their quarters add up to. */
export function reportKinds(catalog: Catalog): PeriodKind[] {
  return PERIOD_KINDS.filter((k) => catalog.groups.some((g) => groupInReport(g, k)));
}

/** The target for a whole period, e.g. 1 programme a month → 3 for a quarter. */
export function periodTarget(indicator: Indicator, monthsInPeriod: number): number | undefined {
  return indicator.targetPerMonth === undefined ? undefined : indicator.targetPerMonth * monthsInPeriod;
}

function duplicates(codes: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const c of codes) (seen.has(c) ? dup : seen).add(c);
  return [...dup];
}

const CODE = /^[A-Za-z0-9_]{1,64}$/;

/** Problems (in Vietnamese) that make the catalog unusable; empty when it is consistent. */
export function validateCatalog(catalog: Catalog): string[] {
  const problems: string[] = [];
  const groupCodes = new Set(catalog.groups.map((g) => g.code));
  const lists: [string, { code: string }[]][] = [
    ['nhóm đơn vị', catalog.groups], ['đơn vị', catalog.units], ['chỉ tiêu', catalog.indicators]];
  for (const [what, items] of lists) {
    for (const d of duplicates(items.map((i) => i.code))) problems.push(`Mã ${what} "${d}" bị trùng.`);
    for (const i of items) {
      if (!CODE.test(i.code)) problems.push(`Mã ${what} "${i.code}" không hợp lệ (chỉ dùng chữ không dấu, số và dấu gạch dưới).`);
    }
  }
  for (const g of catalog.groups) {
    if (g.name.trim() === '') problems.push(`Nhóm đơn vị "${g.code}" chưa có tên.`);
    for (const k of g.periodKinds) if (!PERIOD_KINDS.includes(k)) problems.push(`Nhóm đơn vị "${g.code}" có loại kỳ báo cáo không hợp lệ: "${k}".`);
    problems.push(...reportsToProblems(catalog, g));
  }
  for (const u of catalog.units) {
    if (u.name.trim() === '') problems.push(`Đơn vị "${u.code}" chưa có tên.`);
    if (!groupCodes.has(u.group)) problems.push(`Đơn vị "${u.code}" thuộc nhóm "${u.group}" không có trong danh sách nhóm.`);
    for (const e of u.emails) if (!isEmail(normalizeEmail(e))) problems.push(`Đơn vị "${u.code}" có email không hợp lệ: "${e}".`);
  }
  for (const i of catalog.indicators) problems.push(...indicatorProblems(i, groupCodes));
  return problems;
}

function indicatorProblems(i: Indicator, groupCodes: Set<string>): string[] {
  const problems: string[] = [];
  const name = `Chỉ tiêu "${i.code}"`;
  if (i.label.trim() === '') problems.push(`${name} chưa có tên.`);
  if (!['count', 'boolean', 'text'].includes(i.type)) problems.push(`${name} có kiểu dữ liệu không hợp lệ: "${i.type}".`);
  if (i.groups.length === 0) problems.push(`${name} chưa áp dụng cho nhóm đơn vị nào.`);
  for (const g of i.groups) if (!groupCodes.has(g)) problems.push(`${name} áp dụng cho nhóm "${g}" không có trong danh sách nhóm.`);
  if (i.periodKinds.length === 0) problems.push(`${name} chưa áp dụng cho loại kỳ báo cáo nào.`);
  for (const k of i.periodKinds) if (!PERIOD_KINDS.includes(k)) problems.push(`${name} có loại kỳ báo cáo không hợp lệ: "${k}".`);
  const bounds: [string, number | undefined][] = [['giá trị nhỏ nhất', i.min], ['giá trị lớn nhất', i.max], ['độ dài tối đa', i.maxLength]];
  for (const [what, v] of bounds) {
    if (v !== undefined && !(Number.isInteger(v) && v >= 0)) problems.push(`${name} có ${what} không hợp lệ: ${v}.`);
  }
  // A monthly target may be fractional (e.g. 0.5 = one every two months).
  const t = i.targetPerMonth;
  if (t !== undefined && !(Number.isFinite(t) && t >= 0)) problems.push(`${name} có chỉ tiêu mỗi tháng không hợp lệ: ${t}.`);
  if (i.section !== undefined && !ANSWER_SECTIONS.includes(i.section)) problems.push(`${name} có mục báo cáo không hợp lệ: "${i.section}".`);
  if (i.section !== undefined && i.type !== 'text') problems.push(`${name} được đưa vào một mục của báo cáo nên phải có kiểu Văn bản.`);
  if (i.min !== undefined && i.max !== undefined && i.min > i.max) {
    problems.push(`${name} có giá trị nhỏ nhất (${i.min}) lớn hơn giá trị lớn nhất (${i.max}).`);
  }
  return problems;
}
