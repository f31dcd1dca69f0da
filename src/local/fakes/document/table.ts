// Tables: rows of cells; each cell is a block container (paragraphs, nested tables).
import { BlockContainer } from './blocks';
import { type DocCtx, FakeContainer } from './element';

export class FakeTableCell extends BlockContainer {
  constructor(ctx: DocCtx, text: string) {
    super(ctx, 'TABLE_CELL', 'TableCell');
    this._append(ctx.make.paragraph(text));
  }
  getParentRow(): FakeTableRow | null { return this.parent as FakeTableRow | null; }
  getParentTable(): FakeTable | null { return (this.parent?.getParent() as FakeTable | null) ?? null; }
  setWidth(width: number): this { this.attrs.WIDTH = width; return this; }
  getWidth(): number | null { return (this.attrs.WIDTH as number | undefined) ?? null; }
  setBackgroundColor(color: string | null): this { this.attrs.BACKGROUND_COLOR = color; return this; }
  getBackgroundColor(): string | null { return (this.attrs.BACKGROUND_COLOR as string | undefined) ?? null; }
  setVerticalAlignment(alignment: string): this { this.attrs.VERTICAL_ALIGNMENT = alignment; return this; }
  getVerticalAlignment(): string | null { return (this.attrs.VERTICAL_ALIGNMENT as string | undefined) ?? null; }
  setPaddingTop(v: number): this { this.attrs.PADDING_TOP = v; return this; }
  setPaddingBottom(v: number): this { this.attrs.PADDING_BOTTOM = v; return this; }
  setPaddingLeft(v: number): this { this.attrs.PADDING_LEFT = v; return this; }
  setPaddingRight(v: number): this { this.attrs.PADDING_RIGHT = v; return this; }
  getPaddingTop(): number | null { return (this.attrs.PADDING_TOP as number | undefined) ?? null; }
  getPaddingBottom(): number | null { return (this.attrs.PADDING_BOTTOM as number | undefined) ?? null; }
  getPaddingLeft(): number | null { return (this.attrs.PADDING_LEFT as number | undefined) ?? null; }
  getPaddingRight(): number | null { return (this.attrs.PADDING_RIGHT as number | undefined) ?? null; }
  getColSpan(): number { return 1; }
  getRowSpan(): number { return 1; }
  /** The cell's own BACKGROUND_COLOR is an element attribute, not a text one. */
  override _attr(key: string): unknown {
    return key === 'BACKGROUND_COLOR' ? this.getBackgroundColor() : super._attr(key);
  }
  override setAttributes(attributes: Record<string, unknown>): this {
    const { BACKGROUND_COLOR: bg, ...rest } = attributes;
    if (bg !== undefined) this.attrs.BACKGROUND_COLOR = bg;
    return super.setAttributes(rest);
  }
}

export class FakeTableRow extends FakeContainer {
  constructor(ctx: DocCtx, cells: string[]) {
    super(ctx, 'TABLE_ROW', 'TableRow');
    for (const text of cells) this._append(new FakeTableCell(ctx, String(text)));
  }
  getNumCells(): number { return this.children.length; }
  getCell(cellIndex: number): FakeTableCell { return this.getChild(cellIndex) as FakeTableCell; }
  appendTableCell(text = ''): FakeTableCell { return this._append(new FakeTableCell(this.ctx, String(text))); }
  insertTableCell(childIndex: number, text = ''): FakeTableCell { return this._insert(childIndex, new FakeTableCell(this.ctx, String(text))); }
  removeCell(cellIndex: number): FakeTableCell { const c = this.getCell(cellIndex); this._remove(c); return c; }
  getParentTable(): FakeTable | null { return this.parent as FakeTable | null; }
  setMinimumHeight(minHeight: number): this { this.attrs.MINIMUM_HEIGHT = minHeight; return this; }
  getMinimumHeight(): number | null { return (this.attrs.MINIMUM_HEIGHT as number | undefined) ?? null; }
  override _segments() {
    return this.children.flatMap((c, i) => (i === 0 ? c._segments() : [{ sep: '\t' }, ...c._segments()]));
  }
}

export class FakeTable extends FakeContainer {
  private readonly columnWidths = new Map<number, number>();
  constructor(ctx: DocCtx, cells: string[][] = []) {
    super(ctx, 'TABLE', 'Table');
    for (const row of cells) this._append(new FakeTableRow(ctx, row));
    this.attrs.BORDER_WIDTH = 1;
    this.attrs.BORDER_COLOR = '#000000';
  }
  getNumRows(): number { return this.children.length; }
  getRow(rowIndex: number): FakeTableRow { return this.getChild(rowIndex) as FakeTableRow; }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell { return this.getRow(rowIndex).getCell(cellIndex); }
  appendTableRow(cells?: string[]): FakeTableRow { return this._append(new FakeTableRow(this.ctx, cells ?? [])); }
  insertTableRow(childIndex: number, cells?: string[]): FakeTableRow { return this._insert(childIndex, new FakeTableRow(this.ctx, cells ?? [])); }
  removeRow(rowIndex: number): FakeTableRow { const r = this.getRow(rowIndex); this._remove(r); return r; }
  setBorderWidth(width: number): this { this.attrs.BORDER_WIDTH = width; return this; }
  getBorderWidth(): number { return this.attrs.BORDER_WIDTH as number; }
  setBorderColor(color: string): this { this.attrs.BORDER_COLOR = color; return this; }
  getBorderColor(): string { return this.attrs.BORDER_COLOR as string; }
  setColumnWidth(columnIndex: number, width: number): this { this.columnWidths.set(columnIndex, width); return this; }
  getColumnWidth(columnIndex: number): number | null { return this.columnWidths.get(columnIndex) ?? null; }
  _columnWidths(): Record<number, number> { return Object.fromEntries(this.columnWidths); }
}
