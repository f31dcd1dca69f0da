// Page and type measures of the official report (Nghị định 30/2020/NĐ-CP, Phụ lục I), shared by
// the Google Docs renderer (points) and the HTML/PDF renderer (mm and pt), so both print alike.

export const PT_PER_MM = 72 / 25.4;

/** Millimetres to points, rounded to 0.01 pt. */
export function mmToPt(mm: number): number {
  return Math.round(mm * PT_PER_MM * 100) / 100;
}

/** A4 portrait. */
export const PAGE_MM = { width: 210, height: 297 } as const;
export const PAGE_PT = { width: 595.28, height: 841.89 } as const;

/** Nghị định 30: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm; we take the narrow ends. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const MARGIN_PT = {
  top: mmToPt(MARGIN_MM.top),
  bottom: mmToPt(MARGIN_MM.bottom),
  left: mmToPt(MARGIN_MM.left),
  right: mmToPt(MARGIN_MM.right),
} as const;

/** Landscape appendix pages (HTML only: Docs has one orientation per document). */
export const LANDSCAPE_MARGIN_MM = { top: 20, bottom: 15, left: 20, right: 15 } as const;

/** Writable width of a portrait page. */
export const CONTENT_WIDTH_MM = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;
export const CONTENT_WIDTH_PT = Math.round((PAGE_PT.width - MARGIN_PT.left - MARGIN_PT.right) * 100) / 100;

export const FONT_FAMILY = 'Times New Roman';
/** Liberation Serif is metric-compatible with Times New Roman (Debian fonts-liberation2 has the Vietnamese glyphs). */
export const CSS_FONT_STACK = "'Times New Roman', 'Liberation Serif', serif";

/** Type sizes in points. */
export const SIZE_PT = {
  parentBody: 13,
  issuingBody: 13,
  nationalTitle: 12,
  motto: 13,
  number: 13,
  placeDate: 14,
  title: 14,
  summaryLine: 14,
  body: 14,
  bodyTable: 12,
  recipientsHeading: 12,
  recipients: 11,
  signature: 14,
  appendixTitle: 14,
  pageNumber: 13,
  appendixTableHtml: 11,
  /** Sideways headings of narrow number columns (HTML). */
  verticalHeading: 8,
  /** Docs keeps the appendix portrait, so its wide table is set smaller. */
  appendixTableDoc: 10,
} as const;

/** Header columns: issuing bodies on the left, national title and motto on the right. */
export const HEADER_SPLIT = { left: 0.42, right: 0.58 } as const;
/** Recipients on the left, signature on the right. */
export const FOOTER_SPLIT = { left: 0.5, right: 0.5 } as const;

/** First-line indent of body paragraphs, and their spacing. */
export const BODY_INDENT_MM = 10;
export const BODY_SPACING_PT = 6;
export const BODY_LINE_SPACING = 1.15;

/** Nghị định 30: the line under the issuing body is 1/3 to 1/2 of the text; under the motto, as long as the text. */
export const ISSUING_RULE_RATIO = 0.4;
