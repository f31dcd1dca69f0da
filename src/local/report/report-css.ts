// Print CSS of the official report (Nghị định 30/2020, Phụ lục I). Measures come from
// domain/report-layout so the PDF matches the Google Doc.
import {
  BODY_INDENT_MM, BODY_LINE_SPACING, BODY_SPACING_PT, CONTENT_WIDTH_MM, CSS_FONT_STACK, ISSUING_RULE_RATIO,
  LANDSCAPE_MARGIN_MM, MARGIN_MM, SIZE_PT,
} from '../../domain/report-layout';

const margin = (m: { top: number; right: number; bottom: number; left: number }): string =>
  `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`;

const inset = ((1 - ISSUING_RULE_RATIO) / 2) * 100;

export const REPORT_CSS = `
/* Page numbers: top centre, from the second page on (Nghị định 30). */
@page { size: A4 portrait; margin: ${margin(MARGIN_MM)};
  @top-center { content: counter(page); font-family: ${CSS_FONT_STACK}; font-size: ${SIZE_PT.pageNumber}pt; } }
@page :first { @top-center { content: none; } }
@page landscape { size: A4 landscape; margin: ${margin(LANDSCAPE_MARGIN_MM)}; }
* { box-sizing: border-box; }
html { font-family: ${CSS_FONT_STACK}; font-size: ${SIZE_PT.body}pt; color: #000; }
body { margin: 0; line-height: ${BODY_LINE_SPACING}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen {
  body { background: #e5e5e5; }
  .page { background: #fff; width: ${CONTENT_WIDTH_MM + MARGIN_MM.left + MARGIN_MM.right}mm; margin: 8mm auto;
    padding: ${margin(MARGIN_MM)}; box-shadow: 0 0 4px rgba(0,0,0,.3); }
  .appendix { width: 297mm; padding: ${margin(LANDSCAPE_MARGIN_MM)}; }
}
p { margin: 0; }
table { border-collapse: collapse; }
.layout { width: 100%; table-layout: fixed; }
.layout td { border: 0; padding: 0; vertical-align: top; text-align: center; }
.parent-body { font-size: ${SIZE_PT.parentBody}pt; }
.issuing-body { font-size: ${SIZE_PT.issuingBody}pt; font-weight: bold; text-wrap: balance; }
.national-title { font-size: ${SIZE_PT.nationalTitle}pt; font-weight: bold; white-space: nowrap; }
.motto { font-size: ${SIZE_PT.motto}pt; font-weight: bold; }
/* Nghị định 30: a solid line under the issuing body, 1/3 to 1/2 of its length, centred. */
.rule-short { display: inline-block; position: relative; padding-bottom: 3pt; }
.rule-short::after { content: ''; position: absolute; left: ${inset}%; right: ${inset}%; bottom: 0;
  border-bottom: 0.75pt solid #000; }
/* ... and under the motto a line as long as the motto. */
.rule-full { display: inline-block; padding-bottom: 1pt; border-bottom: 0.75pt solid #000; }
.header-meta td { padding-top: 6pt; }
.number { font-size: ${SIZE_PT.number}pt; white-space: pre-wrap; }
.place-date { font-size: ${SIZE_PT.placeDate}pt; font-style: italic; }
.title { font-size: ${SIZE_PT.title}pt; font-weight: bold; text-align: center; margin: 18pt 0 0; }
.summary-line { font-size: ${SIZE_PT.summaryLine}pt; font-weight: bold; text-align: center; }
.summary-rule { width: 30%; margin: 4pt auto 12pt; border-bottom: 0.75pt solid #000; }
.content p { text-align: justify; text-indent: ${BODY_INDENT_MM}mm; margin-bottom: ${BODY_SPACING_PT}pt; }
.content .heading { font-weight: bold; break-after: avoid; }
.grid { width: 100%; table-layout: fixed; margin: 0 0 ${BODY_SPACING_PT}pt; font-size: ${SIZE_PT.bodyTable}pt; }
.grid caption { font-weight: bold; padding-bottom: 3pt; }
.grid th, .grid td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; overflow-wrap: break-word; }
.grid th { font-weight: bold; text-align: center; }
.grid td.num { text-align: right; }
/* Narrow number columns of a wide table: the heading reads bottom to top. Kept under a quarter
   of the page height, or Chromium stops repeating the heading row on each page. */
.grid th.vertical { padding: 3pt 1pt; vertical-align: bottom; }
.grid th.vertical span { writing-mode: sideways-lr; display: inline-block; max-height: 40mm; text-align: left;
  font-size: ${SIZE_PT.verticalHeading}pt; line-height: 1.1; }
.grid td.num { white-space: nowrap; }
.grid tr.bold td { font-weight: bold; }
.grid tr { break-inside: avoid; }
.footer { margin-top: 12pt; break-inside: avoid; }
.footer td { text-align: left; }
.footer td.signature { text-align: center; }
.recipients-heading { font-size: ${SIZE_PT.recipientsHeading}pt; font-weight: bold; font-style: italic; }
.recipients { font-size: ${SIZE_PT.recipients}pt; line-height: 1.1; }
.signature { font-size: ${SIZE_PT.signature}pt; }
.signature .signer-title { font-weight: bold; }
.signature .signer-name { font-weight: bold; margin-top: 25mm; }
.appendix { page: landscape; break-before: page; }
.appendix-title { font-size: ${SIZE_PT.appendixTitle}pt; font-weight: bold; text-align: center; }
.appendix-subtitle { font-size: ${SIZE_PT.appendixTitle}pt; font-style: italic; text-align: center; margin-bottom: 8pt; }
/* Auto layout: the model's widths guide, but no number or sideways heading is squeezed to overflow. */
.appendix .grid { font-size: ${SIZE_PT.appendixTableHtml}pt; line-height: 1.1; table-layout: auto; }
.appendix .grid td.short { white-space: nowrap; }
`;
