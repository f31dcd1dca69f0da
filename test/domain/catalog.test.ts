import {
  canSubmitFor, findGroup, findUnit, groupOwes, indicatorsFor, indicatorsForKind, periodTarget, unitsForUser, unitsOwing,
  validateCatalog,
} from '../../src/domain/catalog';
import type { Catalog, Indicator } from '../../src/domain/types';

const ind = (code: string, groups: string[], order: number, extra: Partial<Indicator> = {}): Indicator => ({
  code, label: `Chỉ tiêu ${code}`, type: 'count', groups, periodKinds: ['quarter', 'year'], required: true, order, ...extra,
});

function sample(): Catalog {
  return {
    groups: [
      { code: 'B', name: 'Nhóm B', periodKinds: ['quarter'], order: 2 },
      { code: 'A', name: 'Nhóm A', periodKinds: ['month', 'quarter'], order: 1 },
    ],
    units: [
      { code: 'B1', name: 'Đơn vị B1', group: 'B', emails: ['b1@x.vn'], active: true },
      { code: 'A1', name: 'Đơn vị A1', group: 'A', emails: ['Shared@X.vn', 'a1@x.vn'], active: true },
      { code: 'A2', name: 'Đơn vị A2', group: 'A', emails: ['shared@x.vn'], active: true },
      { code: 'A3', name: 'Đơn vị A3 (ngừng)', group: 'A', emails: ['a1@x.vn'], active: false },
    ],
    indicators: [
      ind('I3', ['A'], 30),
      ind('I1', ['A', 'B'], 10),
      ind('I2', ['B'], 20, { periodKinds: ['month'] }),
      ind('T', ['A'], 5, { targetPerMonth: 1 }),
    ],
  };
}

describe('indicator queries', () => {
  it('filters by group and kind, sorted by order', () => {
    expect(indicatorsFor(sample(), 'A', 'quarter').map((i) => i.code)).toEqual(['T', 'I1', 'I3']);
    expect(indicatorsFor(sample(), 'B', 'quarter').map((i) => i.code)).toEqual(['I1']);
    expect(indicatorsFor(sample(), 'B', 'month').map((i) => i.code)).toEqual(['I2']);
    expect(indicatorsFor(sample(), 'A', 'half')).toEqual([]);
    expect(indicatorsFor(sample(), 'ZZ', 'quarter')).toEqual([]);
  });

  it('unions all groups for a kind', () => {
    expect(indicatorsForKind(sample(), 'quarter').map((i) => i.code)).toEqual(['T', 'I1', 'I3']);
    expect(indicatorsForKind(sample(), 'month').map((i) => i.code)).toEqual(['I2']);
  });

  it('does not reorder the catalog itself', () => {
    const c = sample();
    indicatorsForKind(c, 'quarter');
    expect(c.indicators.map((i) => i.code)).toEqual(['I3', 'I1', 'I2', 'T']);
  });
});

describe('find', () => {
  it('finds units and groups by code', () => {
    expect(findUnit(sample(), 'A2')?.name).toBe('Đơn vị A2');
    expect(findUnit(sample(), 'a2')).toBeUndefined();
    expect(findGroup(sample(), 'B')?.name).toBe('Nhóm B');
    expect(findGroup(sample(), 'C')).toBeUndefined();
  });
});

describe('unitsForUser / canSubmitFor', () => {
  it('gives an officer the active units listing the email, case-insensitively', () => {
    expect(unitsForUser(sample(), ' SHARED@x.vn ', false).map((u) => u.code)).toEqual(['A1', 'A2']);
    expect(unitsForUser(sample(), 'a1@x.vn', false).map((u) => u.code)).toEqual(['A1']);
  });

  it('gives an admin every active unit', () => {
    expect(unitsForUser(sample(), 'boss@x.vn', true).map((u) => u.code)).toEqual(['B1', 'A1', 'A2']);
  });

  it('gives a stranger or an empty email nothing', () => {
    expect(unitsForUser(sample(), 'stranger@x.vn', false)).toEqual([]);
    expect(unitsForUser(sample(), '', false)).toEqual([]);
  });

  it('authorises submission per unit', () => {
    expect(canSubmitFor(sample(), 'A1', 'a1@x.vn', false)).toBe(true);
    expect(canSubmitFor(sample(), 'B1', 'a1@x.vn', false)).toBe(false);
    expect(canSubmitFor(sample(), 'A3', 'a1@x.vn', false)).toBe(false); // inactive
    expect(canSubmitFor(sample(), 'B1', 'any@x.vn', true)).toBe(true);
    expect(canSubmitFor(sample(), 'A3', 'any@x.vn', true)).toBe(false);
    expect(canSubmitFor(sample(), 'NOPE', 'any@x.vn', true)).toBe(false);
  });
});

describe('who owes what', () => {
  it('groupOwes follows the group period kinds', () => {
    const [b, a] = sample().groups;
    expect(groupOwes(a, 'month')).toBe(true);
    expect(groupOwes(b, 'month')).toBe(false);
  });

  it('unitsOwing orders by group order then catalog order, active only', () => {
    expect(unitsOwing(sample(), 'quarter').map((u) => u.code)).toEqual(['A1', 'A2', 'B1']);
    expect(unitsOwing(sample(), 'month').map((u) => u.code)).toEqual(['A1', 'A2']);
    expect(unitsOwing(sample(), 'year')).toEqual([]);
  });
});

describe('periodTarget', () => {
  it('multiplies the monthly target by the months in the period', () => {
    const t = sample().indicators.find((i) => i.code === 'T')!;
    expect(periodTarget(t, 1)).toBe(1);
    expect(periodTarget(t, 3)).toBe(3);
    expect(periodTarget(t, 6)).toBe(6);
    expect(periodTarget(t, 12)).toBe(12);
    expect(periodTarget(sample().indicators[0], 3)).toBeUndefined();
  });
});

describe('validateCatalog', () => {
  it('accepts a consistent catalog', () => {
    expect(validateCatalog(sample())).toEqual([]);
  });

  it('reports each kind of problem in Vietnamese', () => {
    const c = sample();
    c.units.push({ code: 'A1', name: 'Trùng mã', group: 'A', emails: [], active: true });
    c.units.push({ code: 'X1', name: 'Nhóm lạ', group: 'Q', emails: ['không-phải-email'], active: true });
    c.indicators.push(ind('I1', ['A'], 1));
    c.indicators.push(ind('BAD', ['Q'], 2, { min: 10, max: 5 }));
    c.indicators.push(ind('mã có dấu', ['A'], 3));
    const problems = validateCatalog(c);
    expect(problems).toEqual(expect.arrayContaining([
      'Mã đơn vị "A1" bị trùng.',
      'Mã chỉ tiêu "I1" bị trùng.',
      'Đơn vị "X1" thuộc nhóm "Q" không có trong danh sách nhóm.',
      'Đơn vị "X1" có email không hợp lệ: "không-phải-email".',
      'Chỉ tiêu "BAD" áp dụng cho nhóm "Q" không có trong danh sách nhóm.',
      'Chỉ tiêu "BAD" có giá trị nhỏ nhất (10) lớn hơn giá trị lớn nhất (5).',
    ]));
    expect(problems.some((p) => p.startsWith('Mã chỉ tiêu "mã có dấu" không hợp lệ'))).toBe(true);
    expect(problems).toHaveLength(7);
  });

  it('reports duplicate group codes and bad period kinds', () => {
    const c = sample();
    c.groups.push({ code: 'A', name: 'Lại A', periodKinds: ['week' as never], order: 3 });
    expect(validateCatalog(c)).toEqual(['Mã nhóm đơn vị "A" bị trùng.', 'Nhóm đơn vị "A" có loại kỳ báo cáo không hợp lệ: "week".']);
  });

  it('reports bad bounds and targets', () => {
    const c = sample();
    c.indicators = [ind('N', ['A'], 1, { min: -1, maxLength: 1.5, targetPerMonth: -1 }), ind('H', ['A'], 2, { targetPerMonth: 0.5 })];
    expect(validateCatalog(c)).toEqual([
      'Chỉ tiêu "N" có giá trị nhỏ nhất không hợp lệ: -1.',
      'Chỉ tiêu "N" có độ dài tối đa không hợp lệ: 1.5.',
      'Chỉ tiêu "N" có chỉ tiêu mỗi tháng không hợp lệ: -1.',
    ]);
  });
});
