import { readCountInput, separatorMessage } from '../../src/domain/count-input';
import { validateSubmission, type IndicatorSpec } from '../../src/domain/schema';

describe('readCountInput: thousands separators a clerk types', () => {
  it.each([
    ['1000', 1000], ['  42 ', 42], ['0', 0], ['-0', 0],
    ['1.000', 1000], ['1,000', 1000], ['1 000', 1000], ['1\u00a0000', 1000], ['1\u202f000', 1000],
    ['12.345.678', 12345678], ['999,999', 999999], ['10 000 000', 10000000],
  ])('reads %p as %p', (raw, value) => {
    expect(readCountInput(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['1,5', '1.5', '1.00', '1.0000', '1.000,5', '1,000.000', '1.000 000', '12,34,567', '1..000', '1.', '.5'])(
    'refuses the ambiguous %p as separated, never guessing', (raw) => {
      expect(readCountInput(raw).kind).toBe(raw === '.5' ? 'invalid' : 'separated');
    });

  it.each(['abc', '1e3', '0x10', '1 000 abc', 'một'])('refuses %p as not a number', (raw) => {
    expect(readCountInput(raw)).toEqual({ kind: 'invalid' });
  });

  it('treats blank input as blank', () => {
    expect(readCountInput('   ')).toEqual({ kind: 'blank' });
  });
});

describe('the submission schema reads grouped counts and explains the rest', () => {
  const specs: IndicatorSpec[] = [{ code: 'TB', label: 'Số tin, bài', type: 'count', required: true, max: 100000 }];
  const check = (TB: unknown) => {
    const r = validateSubmission(specs, { values: { TB } });
    return r.ok ? { ok: true, values: r.value.values } : { ok: false, messages: r.errors.map((e) => e.message) };
  };

  it('stores "1.000" typed by a Vietnamese clerk as 1000', () => {
    expect(check('1.000')).toEqual({ ok: true, values: { TB: 1000 } });
    expect(check('1 000')).toEqual({ ok: true, values: { TB: 1000 } });
  });

  it('tells the clerk to type digits without separators when it cannot tell', () => {
    expect(check('1,5'))
      .toEqual({ ok: false, messages: [separatorMessage('Số tin, bài')] });
  });

  it('still applies the maximum to a grouped number', () => {
    expect(check('100.001'))
      .toEqual({ ok: false, messages: ['Số tin, bài không được vượt quá 100.000.'] });
  });
});
