// How an officer's typed count becomes a number. Clerks group thousands as they write them on
// paper ("1.000" in Vietnamese, "1,000" from an English keyboard, "1 000"), so a digit string
// whose groups after the first are all exactly three digits, with one separator throughout, is
// read as an integer. Anything else with a separator ("1,5", "1.00", "1.000,5") could be a
// decimal or a typo: it is refused, never guessed.

export type CountInput =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  /** Digits with separators we cannot read unambiguously. */
  | { kind: 'separated' }
  | { kind: 'invalid' };

/** Spaces a keyboard or a paste can produce between digit groups (incl. no-break and thin). */
const SPACE_CLASS = '[ \\u00a0\\u202f\\u2009]';
const PLAIN = /^[+-]?\d+$/;
const GROUPED = new RegExp(`^(\\d{1,3})((?:([.,]|${SPACE_CLASS})\\d{3})+)$`);
const HAS_SEPARATOR = new RegExp(`^[+-]?\\d[\\d.,]*(?:${SPACE_CLASS}[\\d.,]+)*$`);

export function readCountInput(raw: string): CountInput {
  const s = raw.trim();
  if (s === '') return { kind: 'blank' };
  if (PLAIN.test(s)) return { kind: 'number', value: Number(s) + 0 };
  const m = GROUPED.exec(s);
  if (m) {
    const separators = m[2].replace(/\d/g, '');
    const first = separators[0];
    const spaceLike = (c: string) => new RegExp(SPACE_CLASS).test(c);
    const consistent = [...separators].every((c) => c === first || (spaceLike(c) && spaceLike(first)));
    if (consistent) return { kind: 'number', value: Number(s.replace(/\D/g, '')) };
  }
  return HAS_SEPARATOR.test(s) && /\d/.test(s) ? { kind: 'separated' } : { kind: 'invalid' };
}

/** The message for a count typed with separators we could not read. */
export function separatorMessage(label: string): string {
  return `${label}: hãy nhập số bằng chữ số liền nhau, không dùng dấu chấm, dấu phẩy hay khoảng trắng (ví dụ 1000).`;
}
