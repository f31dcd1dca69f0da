// word/document.xml of the report in Nghị định 30/2020 order: the header (issuing bodies,
// national title, number and date), title and summary line, body, recipients and signature on
// A4 portrait; then the appendix in its own landscape section.
import type { ReportAppendix, ReportBlock, ReportDocument } from '../report-types';
import { upperVi } from '../report-format';
import {
  BODY_INDENT_MM, BODY_LINE_SPACING, BODY_SPACING_PT, CONTENT_WIDTH_MM, FOOTER_COLUMNS_MM, HEADER_COLUMNS_MM,
  HEADER_DISTANCE_MM, ISSUING_RULE_RATIO, LANDSCAPE_CONTENT_WIDTH_MM, LANDSCAPE_MARGIN_MM, MARGIN_MM, PAGE_MM,
  SIGNATURE_SPACE_PT, SIZE_PT, mmToTwips,
} from '../report-layout';
import { paragraph, textParagraph } from './paragraphs';
import { dataTable, layoutTable } from './tables';
import { textWidthPt, wrapLines } from './metrics';
import { NS, XML_DECL, el } from './xml';

export const HEADER_REL = { pageNumber: 'rIdHeaderPage', firstPage: 'rIdHeaderFirst' } as const;

const CONTENT_TW = mmToTwips(CONTENT_WIDTH_MM);
const LANDSCAPE_TW = mmToTwips(LANDSCAPE_CONTENT_WIDTH_MM);

function sectPr(orientation: 'portrait' | 'landscape', firstPageApart: boolean): string {
  const m = orientation === 'portrait' ? MARGIN_MM : LANDSCAPE_MARGIN_MM;
  const [w, h] = orientation === 'portrait' ? [PAGE_MM.width, PAGE_MM.height] : [PAGE_MM.height, PAGE_MM.width];
  return '<w:sectPr>'
    + el('w:headerReference', { 'w:type': 'default', 'r:id': HEADER_REL.pageNumber })
    + (firstPageApart ? el('w:headerReference', { 'w:type': 'first', 'r:id': HEADER_REL.firstPage }) : '')
    + el('w:type', { 'w:val': 'nextPage' })
    + el('w:pgSz', { 'w:w': mmToTwips(w), 'w:h': mmToTwips(h), 'w:orient': orientation === 'landscape' ? 'landscape' : undefined })
    + el('w:pgMar', {
      'w:top': mmToTwips(m.top), 'w:right': mmToTwips(m.right), 'w:bottom': mmToTwips(m.bottom), 'w:left': mmToTwips(m.left),
      'w:header': mmToTwips(HEADER_DISTANCE_MM), 'w:footer': mmToTwips(HEADER_DISTANCE_MM), 'w:gutter': 0,
    })
    + (firstPageApart ? '<w:titlePg/>' : '')
    + '</w:sectPr>';
}

/**
 * A short rule centred under a bold line of text (the issuing body, the summary line): a
 * paragraph whose top border is indented to `ratio` of the text's widest line, as the text
 * wraps in a column `columnTw` wide.
 */
export function shortRule(text: string, sizePt: number, columnTw: number, ratio = ISSUING_RULE_RATIO): string {
  const lines = wrapLines(text, sizePt, true, columnTw / 20);
  const textTw = Math.min(columnTw, Math.max(...lines.map((l) => textWidthPt(l, sizePt, true))) * 20);
  const indent = Math.max(0, Math.round((columnTw - textTw * ratio) / 2));
  return paragraph('', { ruleAbove: true, indentLeftTw: indent, indentRightTw: indent, exactPt: 2, beforePt: 3, mark: { sizePt: 2 } });
}

function header(doc: ReportDocument): string {
  const h = doc.header;
  const [leftTw, rightTw] = HEADER_COLUMNS_MM.map(mmToTwips);
  const center = { align: 'center' } as const;
  const issuing = upperVi(h.issuingBody);
  const left = textParagraph(upperVi(h.parentBody), { sizePt: SIZE_PT.parentBody }, center)
    + textParagraph(issuing, { sizePt: SIZE_PT.issuingBody, bold: true }, center)
    + shortRule(issuing, SIZE_PT.issuingBody, leftTw)
    + textParagraph(h.number, { sizePt: SIZE_PT.number }, { ...center, beforePt: 6 });
  // The motto's line is as long as the motto: an underline, which Word draws under the spaces too.
  const right = textParagraph(upperVi(h.nationalTitle), { sizePt: SIZE_PT.nationalTitle, bold: true }, center)
    + textParagraph(h.motto, { sizePt: SIZE_PT.motto, bold: true, underline: true }, center)
    + textParagraph(h.placeDate, { sizePt: SIZE_PT.placeDate, italic: true }, { ...center, beforePt: 12 });
  return layoutTable([left, right], [leftTw, rightTw]);
}

function title(doc: ReportDocument): string {
  return textParagraph(upperVi(doc.title), { sizePt: SIZE_PT.title, bold: true }, { align: 'center', beforePt: 18, keepNext: true })
    + textParagraph(doc.summaryLine, { sizePt: SIZE_PT.summaryLine, bold: true }, { align: 'center', keepNext: true })
    + shortRule(doc.summaryLine, SIZE_PT.summaryLine, CONTENT_TW)
    + paragraph('', { afterPt: 6, mark: { sizePt: 6 } });
}

const BODY = { align: 'both', indentFirstTw: mmToTwips(BODY_INDENT_MM), afterPt: BODY_SPACING_PT, line: BODY_LINE_SPACING } as const;

/** Vietnamese administrative lists use a leading dash, not a bullet glyph. */
function dashed(item: string): string {
  return /^\s*[-–+•]/.test(item) ? item : `- ${item}`;
}

function block(b: ReportBlock): string {
  switch (b.type) {
    case 'table':
      return (b.table.caption
        ? textParagraph(b.table.caption, { sizePt: SIZE_PT.bodyTable, bold: true }, { align: 'center', keepNext: true, beforePt: 6, afterPt: 3 })
        : '') + dataTable(b.table, CONTENT_TW, SIZE_PT.bodyTable) + paragraph('', { mark: { sizePt: 6 }, exactPt: 6 });
    case 'heading':
      return textParagraph(b.text, { sizePt: SIZE_PT.body, bold: true },
        { ...BODY, style: b.level === 2 ? 'Heading2' : 'Heading1', keepNext: true, beforePt: b.level === 2 ? 3 : 6 });
    case 'bullet':
      return textParagraph(dashed(b.text), { sizePt: SIZE_PT.body }, BODY);
    case 'paragraph':
      return textParagraph(b.text, { sizePt: SIZE_PT.body }, BODY);
  }
}

function footer(doc: ReportDocument): string {
  const [leftTw, rightTw] = FOOTER_COLUMNS_MM.map(mmToTwips);
  const left = textParagraph(doc.recipients.heading, { sizePt: SIZE_PT.recipientsHeading, bold: true, italic: true }, { beforePt: 12 })
    + doc.recipients.items.map((i) => textParagraph(dashed(i), { sizePt: SIZE_PT.recipients })).join('');
  const sig = { sizePt: SIZE_PT.signature, bold: true };
  const right = doc.signature.titleLines.map((l, i) => textParagraph(upperVi(l), sig, { align: 'center', beforePt: i === 0 ? 12 : 0 })).join('')
    + textParagraph(doc.signature.name, sig, { align: 'center', beforePt: SIGNATURE_SPACE_PT });
  return layoutTable([left, right], [leftTw, rightTw]);
}

function appendix(a: ReportAppendix): string {
  const titleXml = textParagraph(upperVi(a.title), { sizePt: SIZE_PT.appendixTitle, bold: true }, { align: 'center', keepNext: true })
    + textParagraph(a.subtitle, { sizePt: SIZE_PT.appendixTitle, italic: true }, { align: 'center', afterPt: 6, keepNext: true });
  return titleXml + a.tables.map((t) =>
    (t.caption ? textParagraph(t.caption, { sizePt: SIZE_PT.appendixCaption, bold: true }, { keepNext: true, beforePt: 9, afterPt: 3 }) : '')
    + dataTable({ ...t, caption: undefined }, LANDSCAPE_TW, SIZE_PT.appendixTable)).join('');
}

export function documentXml(doc: ReportDocument): string {
  const main = header(doc) + title(doc) + doc.body.map(block).join('') + footer(doc);
  const body = doc.appendix
    // The portrait section ends with a paragraph holding its properties; the landscape one is the body's last.
    ? `${main}${paragraph('', { sectPr: sectPr('portrait', true), mark: { sizePt: 2 } })}${appendix(doc.appendix)}`
      + `${paragraph('', { mark: { sizePt: 2 } })}${sectPr('landscape', false)}`
    : `${main}${paragraph('', { mark: { sizePt: 2 } })}${sectPr('portrait', true)}`;
  return `${XML_DECL}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${body}</w:body></w:document>`;
}

