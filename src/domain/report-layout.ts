// Page and type measures of the official report (Nghị định 30/2020/NĐ-CP, Phụ lục I), for the
// WordprocessingML renderer (domain/docx). Word measures pages in twentieths of a point (twips).

export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points to twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** A4. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** Nghị định 30: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const MARGIN_RANGE_MM = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;

/** Landscape appendix pages (the page turned: its long side runs across). */
export const LANDSCAPE_MARGIN_MM = { top: 20, bottom: 15, left: 20, right: 15 } as const;

/** Where the page number sits: in the top margin, this far from the page's edge. */
export const HEADER_DISTANCE_MM = 10;

/** Writable widths. */
export const CONTENT_WIDTH_MM = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;
export const LANDSCAPE_CONTENT_WIDTH_MM = PAGE_MM.height - LANDSCAPE_MARGIN_MM.left - LANDSCAPE_MARGIN_MM.right;

export const FONT_FAMILY = 'Times New Roman';

/** Type sizes in points (Nghị định 30, Phụ lục I, the ranges in comments). */
export const SIZE_PT = {
  parentBody: 12, // 12–13, capitals
  issuingBody: 12, // 12–13, capitals, bold
  nationalTitle: 12, // 12–13, capitals, bold
  motto: 13, // 13–14, bold
  number: 13, // 13
  placeDate: 14, // 13–14, italic
  title: 14, // 13–14, bold capitals
  summaryLine: 14, // 13–14, bold
  body: 14, // 13–14
  bodyTable: 13,
  recipientsHeading: 12, // 12, bold italic
  recipients: 11, // 11
  signature: 14, // 13–14, bold
  appendixTitle: 14,
  appendixCaption: 13,
  appendixTable: 11,
  pageNumber: 13, // 13–14
} as const;

/** Header columns (mm): issuing bodies on the left, national title and motto on the right. */
export const HEADER_COLUMNS_MM = [72, CONTENT_WIDTH_MM - 72] as const;
/** Recipients on the left, signature on the right. */
export const FOOTER_COLUMNS_MM = [CONTENT_WIDTH_MM / 2, CONTENT_WIDTH_MM / 2] as const;

/** First-line indent of body paragraphs, and their spacing (Nghị định 30: at least 6 pt apart, single to 1.5 lines). */
export const BODY_INDENT_MM = 10;
export const BODY_SPACING_PT = 6;
export const BODY_LINE_SPACING = 1.15;

/** Nghị định 30: the line under the issuing body is 1/3 to 1/2 of the text; under the motto, as long as the text. */
export const ISSUING_RULE_RATIO = 0.4;
/** Room for the handwritten signature and seal, above the signer's name. */
export const SIGNATURE_SPACE_PT = 72;
