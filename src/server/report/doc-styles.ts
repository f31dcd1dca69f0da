// Attribute objects for DocumentApp's setAttributes: one call styles a paragraph or a text
// range, instead of a chain of setters.
import { FONT_FAMILY } from './layout';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Style {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align?: Align;
  indentFirst?: number;
  before?: number;
  after?: number;
  lineSpacing?: number;
}

export type Attrs = Record<string, unknown>;

export interface Styler {
  /** Only the attributes given. */
  attrs(s: Style): Attrs;
  /** A paragraph's full style: Times New Roman, no indent or spacing unless given, regular unless given. */
  para(s: Style & { size: number; align: Align }): Attrs;
  /** Font family and size only: for text ranges (a whole table, a row). */
  font(sizePt: number): Attrs;
  /** Border width and colour of a table. */
  borders(widthPt: number): Attrs;
}

export function makeStyler(D: GoogleAppsScript.Document.DocumentApp): Styler {
  const A = D.Attribute;
  const H = D.HorizontalAlignment;
  const aligns: Record<Align, GoogleAppsScript.Document.HorizontalAlignment> = {
    left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY,
  };
  const attrs = (s: Style): Attrs => {
    const out: Attrs = {};
    const put = (key: GoogleAppsScript.Document.Attribute, value: unknown): void => {
      if (value !== undefined) out[String(key)] = value;
    };
    put(A.FONT_SIZE, s.size);
    put(A.BOLD, s.bold);
    put(A.ITALIC, s.italic);
    put(A.UNDERLINE, s.underline);
    put(A.HORIZONTAL_ALIGNMENT, s.align && aligns[s.align]);
    put(A.INDENT_FIRST_LINE, s.indentFirst);
    put(A.SPACING_BEFORE, s.before);
    put(A.SPACING_AFTER, s.after);
    put(A.LINE_SPACING, s.lineSpacing);
    return out;
  };
  return {
    attrs,
    para: (s) => ({
      [String(A.FONT_FAMILY)]: FONT_FAMILY,
      ...attrs({ bold: false, italic: false, underline: false, indentFirst: 0, before: 0, after: 0, lineSpacing: 1, ...s }),
      [String(A.INDENT_START)]: 0,
    }),
    font: (sizePt) => ({ [String(A.FONT_FAMILY)]: FONT_FAMILY, [String(A.FONT_SIZE)]: sizePt }),
    borders: (widthPt) => ({ [String(A.BORDER_WIDTH)]: widthPt, [String(A.BORDER_COLOR)]: '#000000' }),
  };
}
