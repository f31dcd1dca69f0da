import { validateSubmitPayload } from '../../src/contract/validate';
import type { IndicatorSpec } from '../../src/domain/schema';
import type { IndicatorDto, SubmitPayload } from '../../src/contract/rpc';

const DTOS: IndicatorDto[] = [
  { code: 'LOP', label: 'Số lớp tập huấn', type: 'count', required: true, min: 0, max: 100000, unitOfMeasure: 'lớp', target: 3 },
  { code: 'MOTA', label: 'Mô tả', type: 'text', required: false, maxLength: 2000 },
];
// The DTO the sidebar receives is enough to rebuild the same schema.
const SPECS: IndicatorSpec[] = DTOS;

const PAYLOAD: SubmitPayload = {
  unitCode: 'XA_CAM_BINH', periodId: '2024-Q1', requestId: 'req_0123-abc', values: { LOP: '4', MOTA: '=HYPERLINK("x")' },
  note: ' Ghi chú ', nothingToReport: false, evidenceUrl: '',
};

const errorsOf = (payload: unknown) => {
  const r = validateSubmitPayload(SPECS, payload);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('validateSubmitPayload', () => {
  it('returns the envelope and the validated content', () => {
    expect(validateSubmitPayload(SPECS, PAYLOAD)).toEqual({
      ok: true,
      value: {
        unitCode: 'XA_CAM_BINH', periodId: '2024-Q1', requestId: 'req_0123-abc',
        values: { LOP: 4, MOTA: '=HYPERLINK("x")' }, note: 'Ghi chú', nothingToReport: false, evidenceUrl: '',
      },
    });
  });

  it('drops unknown envelope keys such as a client-sent time or submitter', () => {
    const r = validateSubmitPayload(SPECS, { ...PAYLOAD, submittedBy: 'x@y.vn', submittedAt: '2020-01-01' });
    expect(r.ok && Object.keys(r.value).sort()).toEqual(['evidenceUrl', 'note', 'nothingToReport', 'periodId', 'requestId', 'unitCode', 'values']);
  });

  it.each([null, undefined, 'x', 42, [PAYLOAD], new Date()])('refuses payload %p', (payload) => {
    expect(errorsOf(payload)).toEqual([{ field: 'payload', message: 'Dữ liệu gửi lên không hợp lệ.' }]);
  });

  it.each([
    [{ unitCode: '' }, 'unitCode', 'Chưa chọn đơn vị báo cáo.'],
    [{ unitCode: '   ' }, 'unitCode', 'Chưa chọn đơn vị báo cáo.'],
    [{ unitCode: 5 }, 'unitCode', 'Chưa chọn đơn vị báo cáo.'],
    [{ unitCode: undefined }, 'unitCode', 'Chưa chọn đơn vị báo cáo.'],
    [{ unitCode: 'X'.repeat(101) }, 'unitCode', 'Mã đơn vị không hợp lệ.'],
    [{ periodId: '' }, 'periodId', 'Chưa chọn kỳ báo cáo.'],
    [{ periodId: null }, 'periodId', 'Chưa chọn kỳ báo cáo.'],
    [{ requestId: undefined }, 'requestId', 'Thiếu mã yêu cầu gửi báo cáo.'],
    [{ requestId: 'short' }, 'requestId', 'Mã yêu cầu gửi báo cáo không hợp lệ.'],
    [{ requestId: 'a'.repeat(65) }, 'requestId', 'Mã yêu cầu gửi báo cáo không hợp lệ.'],
    [{ requestId: 'abc def 123' }, 'requestId', 'Mã yêu cầu gửi báo cáo không hợp lệ.'],
    [{ requestId: '=cmd|12345' }, 'requestId', 'Mã yêu cầu gửi báo cáo không hợp lệ.'],
  ])('refuses %p', (change, field, message) => {
    expect(errorsOf({ ...PAYLOAD, ...change })).toEqual([{ field, message }]);
  });

  it('accepts request ids of 8 and 64 characters', () => {
    expect(validateSubmitPayload(SPECS, { ...PAYLOAD, requestId: 'a'.repeat(8) }).ok).toBe(true);
    expect(validateSubmitPayload(SPECS, { ...PAYLOAD, requestId: 'Z'.repeat(64) }).ok).toBe(true);
  });

  it('reports envelope and content errors together', () => {
    expect(errorsOf({ ...PAYLOAD, periodId: '', values: { LOP: -1, HACK: 1 } })).toEqual([
      { field: 'periodId', message: 'Chưa chọn kỳ báo cáo.' },
      { field: 'LOP', message: 'Số lớp tập huấn phải là số nguyên không âm.' },
      { field: 'HACK', message: 'Chỉ tiêu không có trong biểu mẫu (HACK).' },
    ]);
  });

  it('refuses a payload without values', () => {
    const { values: _values, ...rest } = PAYLOAD;
    expect(errorsOf(rest)).toEqual([{ field: 'values', message: 'Số liệu báo cáo không hợp lệ.' }]);
  });
});
