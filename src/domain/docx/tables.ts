// Tables of the report: bordered data grids of fixed column widths (w:tblLayout fixed, so a long
// note wraps inside its cell and never widens the page), and borderless layout tables for the
// header and the signature area.
import type { ReportTable } from '../report-types';
import { el } from './xml';
import { type Align, type RunStyle, textParagraph } from './paragraphs';

/** Cell padding left and right (about 1 mm) in data grids; layout tables have none. */
const CELL_PAD_TW = 57;

function borders(val: 'single' | 'nil'): string {
  const side = (s: string) => (val === 'nil' ? el(`w:${s}`, { 'w:val': 'nil' }) : el(`w:${s}`, { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' }));
  return `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side).join('')}</w:tblBorders>`;
}

function tblPr(totalTw: number, bordered: boolean): string {
  const pad = bordered ? CELL_PAD_TW : 0;
  return '<w:tblPr>'
    + el('w:tblW', { 'w:w': totalTw, 'w:type': 'dxa' })
    + el('w:jc', { 'w:val': 'center' })
    + borders(bordered ? 'single' : 'nil')
    + el('w:tblLayout', { 'w:type': 'fixed' })
    + `<w:tblCellMar>${el('w:top', { 'w:w': bordered ? 28 : 0, 'w:type': 'dxa' })}${el('w:left', { 'w:w': pad, 'w:type': 'dxa' })}`
    + `${el('w:bottom', { 'w:w': bordered ? 28 : 0, 'w:type': 'dxa' })}${el('w:right', { 'w:w': pad, 'w:type': 'dxa' })}</w:tblCellMar>`
    + el('w:tblLook', { 'w:val': '0000', 'w:firstRow': 0, 'w:lastRow': 0, 'w:firstColumn': 0, 'w:lastColumn': 0, 'w:noHBand': 1, 'w:noVBand': 1 })
    + '</w:tblPr>';
}

function grid(widthsTw: number[]): string {
  return `<w:tblGrid>${widthsTw.map((w) => el('w:gridCol', { 'w:w': w })).join('')}</w:tblGrid>`;
}

function cell(widthTw: number, content: string, vAlign: 'top' | 'center' = 'top'): string {
  return `<w:tc><w:tcPr>${el('w:tcW', { 'w:w': widthTw, 'w:type': 'dxa' })}${el('w:vAlign', { 'w:val': vAlign })}</w:tcPr>${content || '<w:p/>'}</w:tc>`;
}

/** Relative widths to whole twips that add up to `totalTw` exactly. */
export function widthsTw(relative: number[], totalTw: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0) || 1;
  const out = relative.map((w) => Math.floor((w / sum) * totalTw));
  out[out.length - 1] += totalTw - out.reduce((a, b) => a + b, 0);
  return out;
}

/**
 * A data grid: the header row repeats on every page and is bold and centred; bold rows as the
 * model says; number columns right-aligned. A word wider than its cell (a 300-character URL)
 * is broken at the cell's edge by Word and LibreOffice alike, because the layout is fixed: no
 * invisible break characters are added, so a link copied from the report still works.
 */
export function dataTable(t: ReportTable, totalTw: number, sizePt: number): string {
  const cols = t.header.length;
  const w = widthsTw(t.widths.length === cols ? t.widths : Array<number>(cols).fill(1), totalTw);
  const para = (text: string, _col: number, r: RunStyle, align: Align) =>
    textParagraph(text, r, { align });
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${t.header.map((h, c) =>
    cell(w[c], para(h, c, { sizePt, bold: true }, 'center'), 'center')).join('')}</w:tr>`;
  const bold = new Set(t.boldRows);
  const numeric = new Set(t.numericColumns);
  const rows = t.rows.map((row, r) => `<w:tr>${Array.from({ length: cols }, (_, c) => {
    const align: Align = numeric.has(c) ? 'right' : c === 0 ? 'center' : 'left';
    return cell(w[c], para(row[c] ?? '', c, { sizePt, bold: bold.has(r) }, align));
  }).join('')}</w:tr>`).join('');
  return `<w:tbl>${tblPr(totalTw, true)}${grid(w)}${header}${rows}</w:tbl>`;
}

/** A borderless table of one row whose cells hold rendered paragraphs. */
export function layoutTable(cellsXml: string[], widths: number[]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  return `<w:tbl>${tblPr(total, false)}${grid(widths)}<w:tr>${cellsXml.map((c, i) => cell(widths[i], c)).join('')}</w:tr></w:tbl>`;
}
