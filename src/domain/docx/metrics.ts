// Advance widths of Times New Roman (and of Liberation Serif, which shares its metrics), in
// thousandths of an em, to size the short rule under the issuing body: Nghị định 30 wants it
// 1/3 to 1/2 as long as the text, and Word has no "rule as long as this text" except underline.
// Vietnamese letters take their base letter's width (the marks sit above or below it).

const BOLD: Record<string, number> = {
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  ' ': 250, '-': 333, '–': 500, '.': 250, ',': 250, '(': 333, ')': 333, '/': 278, '&': 833,
};
const REGULAR: Record<string, number> = {
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  ' ': 250, '-': 333, '–': 500, '.': 250, ',': 250, '(': 333, ')': 333, '/': 278, '&': 778,
};
const DIGIT = 500;
const LOWER = 480;

function base(ch: string): string {
  if (ch === 'Đ' || ch === 'đ') return ch === 'Đ' ? 'D' : 'd';
  return ch.normalize('NFD').charAt(0);
}

/** Width of `text` at `sizePt`, in points. */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    const b = base(ch);
    units += table[b] ?? (/[0-9]/.test(b) ? DIGIT : b === b.toUpperCase() ? 700 : LOWER);
  }
  return (units / 1000) * sizePt;
}

/** The lines of `text` set in a column `columnPt` wide, broken at spaces as a word processor would. */
export function wrapLines(text: string, sizePt: number, bold: boolean, columnPt: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidthPt(next, sizePt, bold) > columnPt) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
