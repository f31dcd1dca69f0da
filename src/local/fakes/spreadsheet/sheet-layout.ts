// Sheet presentation state that has no effect on data: frozen panes, sizes, colours, gridlines.
import type { FakeEnv } from '../env';

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetLayout {
  private frozenRows = 0;
  private frozenColumns = 0;
  private tabColor: string | null = null;
  private hiddenGridlines = false;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly autoResized: { start: number; count: number }[] = [];

  constructor(protected readonly env: FakeEnv) {}

  setFrozenRows(rows: number): this { this.frozenRows = rows; return this; }
  getFrozenRows(): number { return this.frozenRows; }
  setFrozenColumns(columns: number): this { this.frozenColumns = columns; return this; }
  getFrozenColumns(): number { return this.frozenColumns; }

  setColumnWidth(columnPosition: number, width: number): this { this.columnWidths.set(columnPosition, width); return this; }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number { return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH; }
  setRowHeight(rowPosition: number, height: number): this { this.rowHeights.set(rowPosition, height); return this; }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number { return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT; }
  autoResizeColumns(startColumn: number, numColumns: number): this { this.autoResized.push({ start: startColumn, count: numColumns }); return this; }
  autoResizeColumn(columnPosition: number): this { return this.autoResizeColumns(columnPosition, 1); }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean { return this.hiddenColumns.has(columnPosition); }

  setTabColor(color: string | null): this { this.tabColor = color; return this; }
  getTabColor(): string | null { return this.tabColor; }
  setHiddenGridlines(hide: boolean): this { this.hiddenGridlines = !!hide; return this; }
  hasHiddenGridlines(): boolean { return this.hiddenGridlines; }
}
