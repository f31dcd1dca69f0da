import { buildSubmissionSchema, validateSubmission, type IndicatorSpec } from '../../src/domain/schema';

const SPECS: IndicatorSpec[] = [
  { code: 'LOP', label: 'Số lớp tập huấn', type: 'count', required: true },
  { code: 'TIN', label: 'Số tin, bài', type: 'count', required: false, min: 0, max: 500 },
  { code: 'PV', label: 'Có phóng viên chuyên trách', type: 'boolean', required: true },
  { code: 'MOTA', label: 'Mô tả hình thức khác', type: 'text', required: false, maxLength: 50 },
];
const GOOD = { LOP: 2, TIN: 5, PV: true, MOTA: 'Sân khấu hóa' };

const ok = (input: unknown) => {
  const r = validateSubmission(SPECS, input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const errors = (input: unknown) => {
  const r = validateSubmission(SPECS, input);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};
const onlyError = (values: Record<string, unknown>, extra: object = {}) => errors({ values: { ...GOOD, ...values }, ...extra });

describe('the good path', () => {
  it('returns every indicator, defaults for the optional fields', () => {
    expect(ok({ values: GOOD })).toEqual({ values: GOOD, note: '', nothingToReport: false, evidenceUrl: '' });
  });

  it('accepts numeric strings typed in a form and boolean strings', () => {
    expect(ok({ values: { ...GOOD, LOP: '12', TIN: ' 7 ', PV: 'false' } }).values).toMatchObject({ LOP: 12, TIN: 7, PV: false });
  });

  it('accepts 0 and the bounds themselves', () => {
    expect(ok({ values: { ...GOOD, LOP: 0, TIN: 500 } }).values).toMatchObject({ LOP: 0, TIN: 500 });
    expect(ok({ values: { ...GOOD, LOP: 100000 } }).values.LOP).toBe(100000);
  });

  it('turns empty optional fields into null, missing ones too', () => {
    expect(ok({ values: { LOP: 1, PV: true, TIN: '', MOTA: '   ' } }).values).toEqual({ LOP: 1, TIN: null, PV: true, MOTA: null });
    expect(ok({ values: { LOP: 1, PV: true } }).values).toEqual({ LOP: 1, TIN: null, PV: true, MOTA: null });
  });

  it('normalises text to NFC and trims it', () => {
    const v = ok({ values: { ...GOOD, MOTA: '  Ca\u0302\u0309m   Xuye\u0302n ' }, note: ' Ghi  chú\r\nthêm ', evidenceUrl: ' https://drive.google.com/x ' });
    expect(v.values.MOTA).toBe('Cẩm Xuyên');
    expect(v.note).toBe('Ghi chú\nthêm');
    expect(v.evidenceUrl).toBe('https://drive.google.com/x');
  });
});

describe('counts', () => {
  it.each([
    ['abc', 'Số lớp tập huấn phải là số nguyên không âm.'],
    [-1, 'Số lớp tập huấn phải là số nguyên không âm.'],
    ['-1', 'Số lớp tập huấn phải là số nguyên không âm.'],
    [1.5, 'Số lớp tập huấn phải là số nguyên không âm.'],
    [-1.5, 'Số lớp tập huấn phải là số nguyên không âm.'],
    ['1,5', 'Số lớp tập huấn: hãy nhập số bằng chữ số liền nhau, không dùng dấu chấm, dấu phẩy hay khoảng trắng (ví dụ 1000).'],
    ['1.5', 'Số lớp tập huấn: hãy nhập số bằng chữ số liền nhau, không dùng dấu chấm, dấu phẩy hay khoảng trắng (ví dụ 1000).'],
    ['100.001', 'Số lớp tập huấn không được vượt quá 100.000.'],
    ['1e3', 'Số lớp tập huấn phải là số nguyên không âm.'],
    [NaN, 'Số lớp tập huấn phải là số nguyên không âm.'],
    [Infinity, 'Số lớp tập huấn phải là số nguyên không âm.'],
    [true, 'Số lớp tập huấn phải là số nguyên không âm.'],
    [[1], 'Số lớp tập huấn phải là số nguyên không âm.'],
    [1e9, 'Số lớp tập huấn không được vượt quá 100.000.'],
    [100001, 'Số lớp tập huấn không được vượt quá 100.000.'],
    ['', 'Số lớp tập huấn không được để trống.'],
    [null, 'Số lớp tập huấn không được để trống.'],
  ])('rejects %p with exactly one message', (value, message) => {
    expect(onlyError({ LOP: value })).toEqual([{ field: 'LOP', message }]);
  });

  it('uses the indicator bounds', () => {
    expect(onlyError({ TIN: 501 })).toEqual([{ field: 'TIN', message: 'Số tin, bài không được vượt quá 500.' }]);
    const min: IndicatorSpec[] = [{ code: 'X', label: 'Số cuộc', type: 'count', required: true, min: 2 }];
    expect(validateSubmission(min, { values: { X: 1 } })).toEqual({ ok: false, errors: [{ field: 'X', message: 'Số cuộc phải lớn hơn hoặc bằng 2.' }] });
    expect(validateSubmission(min, { values: { X: 2 } }).ok).toBe(true);
  });

  it('rejects a missing required count', () => {
    expect(errors({ values: { PV: true } })).toEqual([{ field: 'LOP', message: 'Số lớp tập huấn không được để trống.' }]);
  });
});

describe('booleans and text', () => {
  it.each(['yes', 1, 'Có'])('rejects boolean %p', (value) => {
    expect(onlyError({ PV: value })).toEqual([{ field: 'PV', message: 'Có phóng viên chuyên trách: chọn "Có" hoặc "Không".' }]);
  });

  it('requires a required boolean', () => {
    expect(onlyError({ PV: null })).toEqual([{ field: 'PV', message: 'Có phóng viên chuyên trách không được để trống.' }]);
  });

  it('limits text length after normalisation and rejects non-text', () => {
    expect(ok({ values: { ...GOOD, MOTA: 'ệ'.repeat(50) } }).values.MOTA).toBe('ệ'.repeat(50));
    expect(ok({ values: { ...GOOD, MOTA: 'e\u0323\u0302'.repeat(50) } }).values.MOTA).toBe('ệ'.repeat(50));
    expect(onlyError({ MOTA: 'ệ'.repeat(51) })).toEqual([{ field: 'MOTA', message: 'Mô tả hình thức khác không được dài quá 50 ký tự.' }]);
    expect(onlyError({ MOTA: 12 })).toEqual([{ field: 'MOTA', message: 'Mô tả hình thức khác phải là văn bản.' }]);
  });

  it('requires a required text and defaults its length to 2,000', () => {
    const specs: IndicatorSpec[] = [{ code: 'T', label: 'Nội dung', type: 'text', required: true }];
    expect(validateSubmission(specs, { values: { T: ' \n ' } })).toEqual({ ok: false, errors: [{ field: 'T', message: 'Nội dung không được để trống.' }] });
    expect(validateSubmission(specs, { values: { T: 'a'.repeat(2000) } }).ok).toBe(true);
    expect(validateSubmission(specs, { values: { T: 'a'.repeat(2001) } }).ok).toBe(false);
  });
});

describe('note and evidence link', () => {
  const note2000 = 'Tuyên truyền cải cách hành chính ở Cẩm Xuyên. '.repeat(50).slice(0, 1999) + 'ể';

  it('accepts a 2,000-character Vietnamese note and refuses 2,001', () => {
    expect(note2000).toHaveLength(2000);
    expect(ok({ values: GOOD, note: note2000 }).note).toBe(note2000);
    expect(errors({ values: GOOD, note: `${note2000}ệ` })).toEqual([{ field: 'note', message: 'Ghi chú không được dài quá 2.000 ký tự.' }]);
  });

  it('counts the note after NFC, so decomposed input is not penalised', () => {
    const decomposed = note2000.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(2000);
    expect(ok({ values: GOOD, note: decomposed }).note).toBe(note2000);
  });

  it('rejects a non-text note', () => {
    expect(errors({ values: GOOD, note: 5 })).toEqual([{ field: 'note', message: 'Ghi chú phải là văn bản.' }]);
  });

  it.each(['drive.google.com/x', 'javascript:alert(1)', 'ftp://x.vn/a', 5])('rejects evidence link %p', (url) => {
    expect(errors({ values: GOOD, evidenceUrl: url })).toHaveLength(1);
    expect(errors({ values: GOOD, evidenceUrl: url })[0].field).toBe('evidenceUrl');
  });

  it('limits the evidence link to 500 characters', () => {
    const base = 'https://drive.google.com/';
    expect(ok({ values: GOOD, evidenceUrl: base + 'a'.repeat(500 - base.length) }).evidenceUrl).toHaveLength(500);
    expect(errors({ values: GOOD, evidenceUrl: base + 'a'.repeat(501 - base.length) }))
      .toEqual([{ field: 'evidenceUrl', message: 'Đường dẫn minh chứng không được dài quá 500 ký tự.' }]);
  });
});

describe('nothing to report', () => {
  it('makes counts optional and stores them as 0, keeping booleans and text as entered', () => {
    expect(ok({ values: {}, nothingToReport: true }).values).toEqual({ LOP: 0, TIN: 0, PV: null, MOTA: null });
    expect(ok({ values: { LOP: '0', PV: true, MOTA: 'x' }, nothingToReport: 'true' }))
      .toEqual({ values: { LOP: 0, TIN: 0, PV: true, MOTA: 'x' }, note: '', nothingToReport: true, evidenceUrl: '' });
  });

  it('refuses a nonzero count on each field concerned', () => {
    expect(errors({ values: { LOP: 3, TIN: '2' }, nothingToReport: true })).toEqual([
      { field: 'LOP', message: 'Đã chọn "Không phát sinh" nên không được nhập số liệu.' },
      { field: 'TIN', message: 'Đã chọn "Không phát sinh" nên không được nhập số liệu.' },
    ]);
  });

  it('still checks the type of what was entered', () => {
    expect(errors({ values: { LOP: 'abc' }, nothingToReport: true })).toEqual([{ field: 'LOP', message: 'Số lớp tập huấn phải là số nguyên không âm.' }]);
  });

  it.each(['yes', 1])('rejects a flag of %p', (flag) => {
    expect(errors({ values: GOOD, nothingToReport: flag })).toEqual([{ field: 'nothingToReport', message: 'Lựa chọn "Không phát sinh" không hợp lệ.' }]);
  });
});

describe('structure', () => {
  it('reports an unknown indicator code on that code', () => {
    expect(errors({ values: { ...GOOD, BIA: 1 } })).toEqual([{ field: 'BIA', message: 'Chỉ tiêu không có trong biểu mẫu (BIA).' }]);
  });

  it.each([null, 'x', [], 5])('rejects input %p as a whole', (input) => {
    expect(errors(input)).toEqual([{ field: 'values', message: 'Dữ liệu báo cáo không hợp lệ.' }]);
  });

  it.each([undefined, [], 'x'])('rejects values %p', (values) => {
    expect(errors({ values })).toEqual([{ field: 'values', message: 'Số liệu báo cáo không hợp lệ.' }]);
  });

  it('reports every field at once, one error each', () => {
    const errs = errors({ values: { LOP: -1.5, PV: 'x', MOTA: 5, ZZ: 1 }, note: 5, evidenceUrl: 'x', nothingToReport: 'x' });
    expect(errs.map((e) => e.field).sort()).toEqual(['LOP', 'MOTA', 'PV', 'ZZ', 'evidenceUrl', 'note', 'nothingToReport'].sort());
    for (const e of errs) expect(e.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêệếềểễôộồốổỗơợờớởỡưựừứửữđỏọòóõịìíỉĩ]/);
  });

  it('is a zod schema whose output is the valid submission', () => {
    const schema = buildSubmissionSchema(SPECS);
    expect(schema.parse({ values: GOOD }).values).toEqual(GOOD);
    expect(schema.safeParse({ values: {} }).success).toBe(false);
  });
});
