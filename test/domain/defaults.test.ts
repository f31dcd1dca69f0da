import { indicatorsFor, periodTarget, unitsForUser, unitsOwing, validateCatalog } from '../../src/domain/catalog';
import { DEFAULT_CATALOG, DEFAULT_SETTINGS } from '../../src/domain/defaults';
import { validateSubmission } from '../../src/domain/schema';

const COMMUNE_NAMES = [
  'thị trấn Cẩm Xuyên', 'thị trấn Thiên Cầm', 'xã Cẩm Bình', 'xã Cẩm Duệ', 'xã Cẩm Dương', 'xã Cẩm Hà', 'xã Cẩm Hưng',
  'xã Cẩm Lạc', 'xã Cẩm Lĩnh', 'xã Cẩm Lộc', 'xã Cẩm Minh', 'xã Cẩm Mỹ', 'xã Cẩm Nhượng', 'xã Cẩm Quan', 'xã Cẩm Quang',
  'xã Cẩm Sơn', 'xã Cẩm Thạch', 'xã Cẩm Thành', 'xã Cẩm Thịnh', 'xã Cẩm Trung', 'xã Cẩm Vịnh', 'xã Nam Phúc Thăng', 'xã Yên Hòa',
].map((n) => `UBND ${n}`.normalize('NFC'));

const unitsOf = (group: string) => DEFAULT_CATALOG.units.filter((u) => u.group === group);

describe('DEFAULT_CATALOG (Cẩm Xuyên 2024)', () => {
  it('is consistent', () => {
    expect(validateCatalog(DEFAULT_CATALOG)).toEqual([]);
  });

  it('has exactly the 23 commune-level units with their exact names', () => {
    expect(unitsOf('XA').map((u) => u.name)).toEqual(COMMUNE_NAMES);
    expect(unitsOf('XA').map((u) => u.code)).toContain('XA_CAM_BINH');
    expect(unitsOf('XA').map((u) => u.code)).toContain('TT_CAM_XUYEN');
  });

  it('stores every label and name in NFC, codes in ASCII, all unique', () => {
    const texts = [
      ...DEFAULT_CATALOG.groups.map((g) => g.name), ...DEFAULT_CATALOG.units.map((u) => u.name),
      ...DEFAULT_CATALOG.indicators.flatMap((i) => [i.label, i.unitOfMeasure ?? '']),
    ];
    for (const t of texts) expect(t).toBe(t.normalize('NFC'));
    const codes = [...DEFAULT_CATALOG.units, ...DEFAULT_CATALOG.indicators, ...DEFAULT_CATALOG.groups].map((x) => x.code);
    for (const c of codes) expect(c).toMatch(/^[A-Z0-9_]+$/);
    expect(new Set(DEFAULT_CATALOG.units.map((u) => u.code)).size).toBe(DEFAULT_CATALOG.units.length);
    expect(new Set(DEFAULT_CATALOG.indicators.map((i) => i.code)).size).toBe(DEFAULT_CATALOG.indicators.length);
  });

  it('places departments, CCHC departments and the two centres in their groups', () => {
    expect(unitsOf('PHONG').map((u) => u.name)).toEqual(expect.arrayContaining(['Văn phòng HĐND và UBND huyện', 'Phòng Tài chính - Kế hoạch', 'Thanh tra huyện']));
    expect(unitsOf('PHONG')).toHaveLength(9);
    expect(unitsOf('PHONG_CM').map((u) => u.name)).toEqual(['Phòng Nội vụ', 'Phòng Tư pháp']);
    expect(unitsOf('TTHCC').map((u) => u.name)).toEqual(['Trung tâm Hành chính công huyện']);
    expect(unitsOf('TTVHTT').map((u) => u.name)).toEqual(['Trung tâm Văn hóa - Truyền thông']);
    // The aggregating office issues the report; it does not report.
    expect(DEFAULT_CATALOG.units.some((u) => u.name.includes('Văn hóa - Thông tin'))).toBe(false);
  });

  it('starts with every unit active and no emails', () => {
    expect(DEFAULT_CATALOG.units.every((u) => u.active && u.emails.length === 0)).toBe(true);
  });

  it('asks monthly information only from the CCHC departments, quarterly reports from the communes and TT VH-TT', () => {
    expect(unitsOwing(DEFAULT_CATALOG, 'month').map((u) => u.code)).toEqual(['P_NOI_VU', 'P_TU_PHAP']);
    expect(unitsOwing(DEFAULT_CATALOG, 'quarter')).toHaveLength(23 + 1);
    expect(unitsOwing(DEFAULT_CATALOG, 'half')).toEqual([]);
    expect(indicatorsFor(DEFAULT_CATALOG, 'PHONG_CM', 'month').map((i) => i.code))
      .toEqual(['TIN_CUNG_CAP_TTVHTT', 'KET_QUA_NOI_BAT', 'TON_TAI_HAN_CHE', 'DE_XUAT_KIEN_NGHI']);
  });

  it('gives every group’s form the three optional, length-limited qualitative answers', () => {
    for (const g of DEFAULT_CATALOG.groups) {
      const answers = indicatorsFor(DEFAULT_CATALOG, g.code, 'quarter').filter((i) => i.section);
      expect(answers.map((i) => [i.section, i.type, i.required, i.maxLength])).toEqual([
        ['highlights', 'text', false, 1000], ['issues', 'text', false, 1000], ['proposals', 'text', false, 1000]]);
    }
  });

  it('gives each group a non-empty form for every kind it owes', () => {
    expect(DEFAULT_CATALOG.groups.filter((g) => g.periodKinds.length > 0).map((g) => g.code)).toEqual(['XA', 'PHONG_CM', 'TTVHTT']);
    for (const g of DEFAULT_CATALOG.groups) {
      for (const k of g.periodKinds) expect(indicatorsFor(DEFAULT_CATALOG, g.code, k).length).toBeGreaterThan(0);
    }
  });

  it('reproduces the communes list of the dispatch', () => {
    const labels = indicatorsFor(DEFAULT_CATALOG, 'XA', 'quarter').map((i) => i.label.toLowerCase());
    for (const word of ['lớp tập huấn', 'tọa đàm', 'tin, bài', 'tờ rơi', 'tài liệu', 'hình thức khác', 'truyền thanh cơ sở', 'cuộc thi']) {
      expect(labels.some((l) => l.includes(word))).toBe(true);
    }
  });

  it('targets one TT VH-TT programme a month', () => {
    const programme = DEFAULT_CATALOG.indicators.find((i) => i.code === 'CHUONG_TRINH_PTTH')!;
    expect(periodTarget(programme, 3)).toBe(3);
    expect(periodTarget(programme, 12)).toBe(12);
    expect(DEFAULT_CATALOG.indicators.find((i) => i.code === 'PHONG_VIEN_CCHC')?.type).toBe('boolean');
  });

  it('bounds counts so a mistyped 1e9 is refused and text to 2,000 characters', () => {
    const form = indicatorsFor(DEFAULT_CATALOG, 'XA', 'quarter');
    const values = Object.fromEntries(form.map((i) => [i.code, i.type === 'count' ? 1 : '']));
    expect(validateSubmission(form, { values }).ok).toBe(true);
    const res = validateSubmission(form, { values: { ...values, TO_ROI: 1e9 } });
    expect(res).toEqual({ ok: false, errors: [{ field: 'TO_ROI', message: 'Số tờ rơi tuyên truyền CCHC không được vượt quá 100.000.' }] });
    for (const i of form) {
      if (i.type === 'count') expect([i.min, i.max]).toEqual([0, 100000]);
      if (i.type === 'text') expect(i.maxLength).toBe(i.section ? 1000 : 2000);
    }
  });

  it('lets an admin see every unit and a stranger none', () => {
    expect(unitsForUser(DEFAULT_CATALOG, 'admin@x.vn', true)).toHaveLength(DEFAULT_CATALOG.units.length);
    expect(unitsForUser(DEFAULT_CATALOG, 'someone@x.vn', false)).toEqual([]);
  });
});

describe('DEFAULT_SETTINGS', () => {
  it('names Phòng Văn hóa và Thông tin under UBND huyện Cẩm Xuyên', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      admins: [], parentBody: 'UBND HUYỆN CẨM XUYÊN', issuingBody: 'PHÒNG VĂN HÓA VÀ THÔNG TIN', issuingBodyShort: 'VHTT',
      place: 'Cẩm Xuyên', reportNumberPrefix: 'BC-VHTT', signerTitle: ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'], signerName: '',
      driveFolderId: '', dueSoonDays: 3, reminderEveryDays: 2, triggerHour: 7,
    });
    expect(DEFAULT_SETTINGS.recipients[DEFAULT_SETTINGS.recipients.length - 1]).toBe('Lưu: VT, VHTT.');
  });
});
