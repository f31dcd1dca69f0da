// Tables of the Google Doc: the per-indicator and per-unit grids (bordered), and the
// borderless two-column layout tables of the header and the signature area.
import type { ReportTable } from '../../domain/report-types';
import type { Styler } from './doc-styles';
import { TABLE_BORDER_PT, columnWidthsPt } from './layout';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;

/** The first paragraph of a cell (a new cell holds exactly one). */
export function cellParagraph(table: Table, row: number, col: number): GoogleAppsScript.Document.Paragraph {
  return table.getCell(row, col).getChild(0).asParagraph();
}

/** Rows padded or cut to the header's width: Docs wants a rectangular grid. */
function rectangular(header: string[], rows: string[][]): string[][] {
  const width = header.length;
  return [header, ...rows].map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/**
 * A bordered grid, all cells written by one appendTable call; styles go on whole rows or the
 * whole table, and only right-aligned number cells need a call each (alignment is per paragraph).
 */
export function appendGrid(body: Body, st: Styler, t: ReportTable, sizePt: number, widthPt: number): Table {
  const table = body.appendTable(rectangular(t.header, t.rows));
  table.setAttributes(st.borders(TABLE_BORDER_PT));
  table.editAsText().setAttributes(st.font(sizePt));
  columnWidthsPt(t.widths, widthPt).forEach((w, i) => table.setColumnWidth(i, w));
  table.getRow(0).editAsText().setAttributes(st.attrs({ bold: true }));
  t.header.forEach((_, c) => cellParagraph(table, 0, c).setAttributes(st.attrs({ align: 'center' })));
  for (const r of t.boldRows) {
    if (r >= 0 && r < t.rows.length) table.getRow(r + 1).editAsText().setAttributes(st.attrs({ bold: true }));
  }
  const right = st.attrs({ align: 'right' });
  for (let r = 0; r < t.rows.length; r++) {
    for (const c of t.numericColumns) if (c < t.header.length) cellParagraph(table, r + 1, c).setAttributes(right);
  }
  return table;
}

/** A borderless table of fixed column widths, for side-by-side layout. */
export function layoutTable(body: Body, cells: string[][], widthsPt: number[], at?: number): Table {
  const table = at === undefined ? body.appendTable(cells) : body.insertTable(at, cells);
  table.setBorderWidth(0);
  widthsPt.forEach((w, i) => table.setColumnWidth(i, w));
  return table;
}
