// Google Docs measures of the official report, from the shared constants in
// domain/report-layout (the HTML renderer uses the same numbers).
import { CONTENT_WIDTH_PT, ISSUING_RULE_RATIO } from '../../domain/report-layout';

export {
  BODY_INDENT_MM, BODY_LINE_SPACING, BODY_SPACING_PT, CONTENT_WIDTH_PT, FONT_FAMILY, FOOTER_SPLIT, HEADER_SPLIT,
  MARGIN_PT, PAGE_PT, SIZE_PT, mmToPt,
} from '../../domain/report-layout';

/** Table borders of data tables, in points. */
export const TABLE_BORDER_PT = 0.5;
/** Room left for the handwritten signature and seal, above the signer's name (≈ 25 mm). */
export const SIGNATURE_SPACE_PT = 72;
/** Size of the underscores that draw the short rules (4 pt per underscore, a hairline ≈ 0.4 pt thick). */
export const RULE_SIZE_PT = 8;

// Times New Roman advances: '_' is 0.5 em; bold capitals average about 0.7 em.
const UNDERSCORE_EM = 0.5;
export const BOLD_CAPS_EM = 0.7;
/** Bold mixed-case text (the summary line). */
export const BOLD_TEXT_EM = 0.5;

/** Column widths in points from the model's relative widths, over a given writable width. */
export function columnWidthsPt(widths: number[], totalPt: number = CONTENT_WIDTH_PT): number[] {
  const sum = widths.reduce((a, b) => a + b, 0) || 1;
  return widths.map((w) => Math.round((w / sum) * totalPt * 100) / 100);
}

/**
 * The short line under a bold-capitals line (issuing body, summary line) drawn as underscores:
 * Docs' Apps Script API has no per-side paragraph or cell borders and no positioned lines, and
 * a run of underscores renders as one solid hairline. Its length is ISSUING_RULE_RATIO of the
 * text's estimated width, capped by the column's width when the text wraps.
 */
export function shortRule(text: string, sizePt: number, columnPt: number, emPerChar = BOLD_CAPS_EM): string {
  const textPt = Math.min(text.length * emPerChar * sizePt, columnPt);
  const count = Math.round((textPt * ISSUING_RULE_RATIO) / (UNDERSCORE_EM * RULE_SIZE_PT));
  return '_'.repeat(Math.max(count, 6));
}
