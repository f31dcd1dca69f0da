// Runs and paragraphs of WordprocessingML, with their properties in the schema's order
// (Word rejects a document whose property elements are out of order).
import { el, esc } from './xml';
import { ptToTwips } from '../report-layout';

export interface RunStyle {
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'both';

export interface ParaStyle {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  /** A top border (a rule drawn above the paragraph's text box). */
  ruleAbove?: boolean;
  beforePt?: number;
  afterPt?: number;
  /** Line spacing as a multiple of single; exactPt fixes the line's height instead. */
  line?: number;
  exactPt?: number;
  indentFirstTw?: number;
  indentLeftTw?: number;
  indentRightTw?: number;
  align?: Align;
  /** The paragraph mark's own run properties (its height counts in an empty paragraph). */
  mark?: RunStyle;
  /** Ends a section: this paragraph carries the section's properties. */
  sectPr?: string;
}

export function rPr(s: RunStyle): string {
  const parts = [
    s.bold ? '<w:b/><w:bCs/>' : '',
    s.italic ? '<w:i/><w:iCs/>' : '',
    s.sizePt ? `<w:sz w:val="${Math.round(s.sizePt * 2)}"/><w:szCs w:val="${Math.round(s.sizePt * 2)}"/>` : '',
    s.underline ? '<w:u w:val="single"/>' : '',
  ].join('');
  return parts ? `<w:rPr>${parts}</w:rPr>` : '';
}

/** A run of text; line feeds become line breaks, spaces are kept. */
export function run(text: string, s: RunStyle = {}): string {
  const pieces = text.split('\n').map((line) => (line === '' ? '' : `<w:t xml:space="preserve">${esc(line)}</w:t>`));
  return `<w:r>${rPr(s)}${pieces.join('<w:br/>')}</w:r>`;
}

function pPr(s: ParaStyle): string {
  const spacing = s.beforePt !== undefined || s.afterPt !== undefined || s.line !== undefined || s.exactPt !== undefined
    ? el('w:spacing', {
      'w:before': s.beforePt !== undefined ? ptToTwips(s.beforePt) : undefined,
      'w:after': s.afterPt !== undefined ? ptToTwips(s.afterPt) : undefined,
      'w:line': s.exactPt !== undefined ? ptToTwips(s.exactPt) : s.line !== undefined ? Math.round(s.line * 240) : undefined,
      'w:lineRule': s.exactPt !== undefined ? 'exact' : s.line !== undefined ? 'auto' : undefined,
    })
    : '';
  const ind = s.indentFirstTw !== undefined || s.indentLeftTw !== undefined || s.indentRightTw !== undefined
    ? el('w:ind', { 'w:left': s.indentLeftTw, 'w:right': s.indentRightTw, 'w:firstLine': s.indentFirstTw })
    : '';
  const parts = [
    s.style ? el('w:pStyle', { 'w:val': s.style }) : '',
    s.keepNext ? '<w:keepNext/>' : '',
    s.keepLines ? '<w:keepLines/>' : '',
    s.ruleAbove ? '<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>' : '',
    spacing,
    ind,
    s.align ? el('w:jc', { 'w:val': s.align }) : '',
    s.mark ? rPr(s.mark) : '',
    s.sectPr ?? '',
  ].join('');
  return parts ? `<w:pPr>${parts}</w:pPr>` : '';
}

/** A paragraph of runs (already rendered). */
export function paragraph(runs: string, s: ParaStyle = {}): string {
  return `<w:p>${pPr(s)}${runs}</w:p>`;
}

/** A paragraph of one run of text in one style. */
export function textParagraph(text: string, r: RunStyle, p: ParaStyle = {}): string {
  return paragraph(text === '' ? '' : run(text, r), { ...p, mark: p.mark ?? r });
}
