// The parts of the report Doc in Nghị định 30/2020 order: header, title, body, recipients and
// signature, appendix. Text arrives final from the model; only capitals are enforced here.
import type { ReportBlock, ReportDocument } from '../../domain/report-types';
import { upperVi } from '../../domain/report-format';
import type { Style, Styler } from './doc-styles';
import { appendGrid, cellParagraph, layoutTable } from './doc-tables';
import {
  BODY_INDENT_MM, BODY_LINE_SPACING, BODY_SPACING_PT, BOLD_TEXT_EM, CONTENT_WIDTH_PT, FOOTER_SPLIT, HEADER_SPLIT,
  RULE_SIZE_PT, SIGNATURE_SPACE_PT, SIZE_PT, mmToPt, shortRule,
} from './layout';

type Body = GoogleAppsScript.Document.Body;

const HEADER_WIDTHS = [CONTENT_WIDTH_PT * HEADER_SPLIT.left, CONTENT_WIDTH_PT * HEADER_SPLIT.right];
const FOOTER_WIDTHS = [CONTENT_WIDTH_PT * FOOTER_SPLIT.left, CONTENT_WIDTH_PT * FOOTER_SPLIT.right];
const CENTER = { align: 'center' } as const;
const BODY_TEXT: Style & { size: number; align: 'justify' } = {
  size: SIZE_PT.body, align: 'justify', indentFirst: mmToPt(BODY_INDENT_MM), after: BODY_SPACING_PT, lineSpacing: BODY_LINE_SPACING,
};

/**
 * Header as a borderless 2×2 table. Left: parent body, issuing body, then a short rule of
 * underscores; right: national title, then the motto underlined (Nghị định 30 wants a line as
 * long as the motto, which is exactly what an underline is). Row 2: 'Số: …' and place/date.
 * It is inserted before the new Doc's one empty paragraph, which then becomes the title.
 */
export function writeHeader(body: Body, st: Styler, doc: ReportDocument): void {
  const h = doc.header;
  const title = body.getParagraphs()[0];
  const t = layoutTable(body, [[upperVi(h.parentBody), upperVi(h.nationalTitle)], [h.number, h.placeDate]], HEADER_WIDTHS, 0);
  const left = t.getCell(0, 0);
  const right = t.getCell(0, 1);
  cellParagraph(t, 0, 0).setAttributes(st.para({ size: SIZE_PT.parentBody, ...CENTER }));
  const issuing = upperVi(h.issuingBody);
  left.appendParagraph(issuing).setAttributes(st.para({ size: SIZE_PT.issuingBody, bold: true, ...CENTER }));
  left.appendParagraph(shortRule(issuing, SIZE_PT.issuingBody, HEADER_WIDTHS[0]))
    .setAttributes(st.para({ size: RULE_SIZE_PT, ...CENTER }));
  cellParagraph(t, 0, 1).setAttributes(st.para({ size: SIZE_PT.nationalTitle, bold: true, ...CENTER }));
  right.appendParagraph(h.motto).setAttributes(st.para({ size: SIZE_PT.motto, bold: true, underline: true, ...CENTER }));
  cellParagraph(t, 1, 0).setAttributes(st.para({ size: SIZE_PT.number, before: 6, ...CENTER }));
  cellParagraph(t, 1, 1).setAttributes(st.para({ size: SIZE_PT.placeDate, italic: true, before: 6, ...CENTER }));

  title.setText(upperVi(doc.title));
  title.setAttributes(st.para({ size: SIZE_PT.title, bold: true, before: 18, ...CENTER }));
  body.appendParagraph(doc.summaryLine).setAttributes(st.para({ size: SIZE_PT.summaryLine, bold: true, ...CENTER }));
  body.appendParagraph(shortRule(doc.summaryLine, SIZE_PT.summaryLine, CONTENT_WIDTH_PT, BOLD_TEXT_EM))
    .setAttributes(st.para({ size: RULE_SIZE_PT, after: 12, ...CENTER }));
}

/** Vietnamese administrative lists use a leading dash, not a bullet glyph. */
function dashed(item: string): string {
  return /^\s*[-–+•]/.test(item) ? item : `- ${item}`;
}

function writeBlock(body: Body, st: Styler, b: ReportBlock): void {
  if (b.type === 'table') {
    if (b.table.caption) {
      body.appendParagraph(b.table.caption).setAttributes(st.para({ size: SIZE_PT.bodyTable, bold: true, ...CENTER }));
    }
    appendGrid(body, st, b.table, SIZE_PT.bodyTable, CONTENT_WIDTH_PT);
    return;
  }
  const text = b.type === 'bullet' ? dashed(b.text) : b.text;
  body.appendParagraph(text).setAttributes(st.para({ ...BODY_TEXT, bold: b.type === 'heading' }));
}

export function writeBody(body: Body, st: Styler, blocks: ReportBlock[]): void {
  for (const b of blocks) writeBlock(body, st, b);
}

/** 'Nơi nhận:' and its list on the left, the signature block on the right, without borders. */
export function writeFooter(body: Body, st: Styler, doc: ReportDocument): void {
  const [firstTitle = '', ...moreTitles] = doc.signature.titleLines.map(upperVi);
  const t = layoutTable(body, [[doc.recipients.heading, firstTitle]], FOOTER_WIDTHS);
  cellParagraph(t, 0, 0).setAttributes(st.para({ size: SIZE_PT.recipientsHeading, bold: true, italic: true, align: 'left', before: 12 }));
  const list = st.para({ size: SIZE_PT.recipients, align: 'left' });
  const left = t.getCell(0, 0);
  for (const item of doc.recipients.items) left.appendParagraph(dashed(item)).setAttributes(list);
  const titleStyle = st.para({ size: SIZE_PT.signature, bold: true, ...CENTER });
  cellParagraph(t, 0, 1).setAttributes({ ...titleStyle, ...st.attrs({ before: 12 }) });
  const right = t.getCell(0, 1);
  for (const line of moreTitles) right.appendParagraph(line).setAttributes(titleStyle);
  right.appendParagraph(doc.signature.name)
    .setAttributes(st.para({ size: SIZE_PT.signature, bold: true, before: SIGNATURE_SPACE_PT, ...CENTER }));
}

/**
 * The per-unit table after a page break. Apps Script's DocumentApp has one page orientation per
 * document (no section breaks with their own orientation), so the appendix stays portrait and
 * its wide table is set at SIZE_PT.appendixTableDoc; the HTML/PDF renderer prints it landscape.
 */
export function writeAppendix(body: Body, st: Styler, appendix: NonNullable<ReportDocument['appendix']>): void {
  body.appendPageBreak();
  body.appendParagraph(upperVi(appendix.title)).setAttributes(st.para({ size: SIZE_PT.appendixTitle, bold: true, ...CENTER }));
  body.appendParagraph(appendix.subtitle).setAttributes(st.para({ size: SIZE_PT.appendixTitle, italic: true, after: 8, ...CENTER }));
  appendGrid(body, st, appendix.table, SIZE_PT.appendixTableDoc, CONTENT_WIDTH_PT);
}
