// Draws a sheet the way Sheets shows it: column letters, row numbers, cell formats, notes,
// merged cells, and frozen rows/columns that stay in place while the grid scrolls.
import type { CellView, SheetView } from '../sheet-view';
import { h } from './dom';

const ROW_HEAD_WIDTH = 46;

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellStyle(cell: CellView | null): string {
  if (!cell) return '';
  const s: string[] = [];
  if (cell.bg) s.push(`background:${cell.bg}`);
  if (cell.bold) s.push('font-weight:700');
  if (cell.italic) s.push('font-style:italic');
  if (cell.color) s.push(`color:${cell.color}`);
  if (cell.size) s.push(`font-size:${cell.size}pt`);
  if (cell.align) s.push(`text-align:${cell.align}`);
  return s.join(';');
}

/** Which cells a merge hides (the top-left cell of a merge stays and spans). */
function mergeMaps(view: SheetView): { spans: Map<string, { rows: number; cols: number }>; hidden: Set<string> } {
  const spans = new Map<string, { rows: number; cols: number }>();
  const hidden = new Set<string>();
  for (const m of view.merges) {
    spans.set(`${m.row}:${m.col}`, { rows: m.numRows, cols: m.numCols });
    for (let r = m.row; r < m.row + m.numRows; r++) {
      for (let c = m.col; c < m.col + m.numCols; c++) if (r !== m.row || c !== m.col) hidden.add(`${r}:${c}`);
    }
  }
  return { spans, hidden };
}

export function renderGrid(container: HTMLElement, view: SheetView): void {
  const hiddenCols = new Set(view.hiddenColumns);
  const { spans, hidden } = mergeMaps(view);
  const colgroup = h('colgroup', {}, h('col', { style: `width:${ROW_HEAD_WIDTH}px` }),
    ...view.widths.map((w, i) => h('col', { style: `width:${hiddenCols.has(i + 1) ? 0 : w}px` })));
  const head = h('tr', {}, h('th', { class: 'corner' }),
    ...view.widths.map((_, i) => h('th', { class: `colhead${i + 1 <= view.frozenColumns ? ' frozen-col' : ''}${i + 1 === view.frozenColumns ? ' frozen-col-last' : ''}`, 'data-col': i + 1 }, columnLetter(i + 1))));
  const body = h('tbody');
  view.cells.forEach((line, r) => {
    const row = r + 1;
    const frozen = row <= view.frozenRows;
    const tr = h('tr', { class: `${frozen ? 'frozen' : ''}${row === view.frozenRows ? ' frozen-last' : ''}`, 'data-row': row },
      h('th', { class: 'rowhead' }, row));
    line.forEach((cell, c) => {
      const col = c + 1;
      const key = `${row}:${col}`;
      if (hidden.has(key)) return;
      const span = spans.get(key);
      const classes = ['cell'];
      if (cell?.note) classes.push('has-note');
      if (cell?.wrap) classes.push('wrap');
      // Sheets lets unwrapped text run on over empty cells to its right.
      const next = line[c + 1];
      if (cell?.v && !cell.wrap && (!cell.align || cell.align === 'left') && !span && (!next || next.v === '') && col < view.widths.length) classes.push('overflow');
      if (col <= view.frozenColumns) classes.push('frozen-col');
      if (col === view.frozenColumns) classes.push('frozen-col-last');
      const td = h('td', {
        class: classes.join(' '), style: cellStyle(cell) || null, title: cell?.note ?? null,
        rowspan: span && span.rows > 1 ? span.rows : null, colspan: span && span.cols > 1 ? span.cols : null, 'data-col': col,
      }, cell?.v ?? '');
      tr.append(td);
    });
    body.append(tr);
  });
  // A fixed layout needs the table's width spelled out, else spare room is shared among columns.
  const width = ROW_HEAD_WIDTH + view.widths.reduce((sum, w, i) => sum + (hiddenCols.has(i + 1) ? 0 : w), 0);
  const table = h('table', { class: 'grid', 'data-sheet': view.name, style: `width:${width}px` }, colgroup, h('thead', {}, head), body);
  container.replaceChildren(table);
  pinFrozen(table, view);
}

/** Sticky offsets for frozen rows and columns, measured once the table is laid out. */
function pinFrozen(table: HTMLTableElement, view: SheetView): void {
  const headHeight = table.tHead?.getBoundingClientRect().height ?? 0;
  let top = headHeight;
  for (let r = 0; r < view.frozenRows && r < table.tBodies[0].rows.length; r++) {
    const tr = table.tBodies[0].rows[r];
    for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  if (view.frozenColumns === 0) return;
  const lefts: number[] = [];
  let left = ROW_HEAD_WIDTH;
  for (let c = 1; c <= view.frozenColumns; c++) {
    lefts[c] = left;
    left += new Set(view.hiddenColumns).has(c) ? 0 : view.widths[c - 1];
  }
  for (const el of Array.from(table.querySelectorAll<HTMLElement>('.frozen-col'))) {
    el.style.left = `${lefts[Number(el.dataset.col)]}px`;
  }
}
