// Test-side view of the spreadsheet: raw objects (calls are not counted) and plain snapshots.
import { type FakeEnv, hostRealm } from '../env';
import { readFormula, readValue } from './cells';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

export interface SheetSnapshot {
  name: string; hidden: boolean; frozenRows: number; frozenColumns: number; maxRows: number; maxColumns: number;
  lastRow: number; lastColumn: number;
  protection: { warningOnly: boolean; description: string; editors: string[] } | null;
}

export class SpreadsheetInspector {
  constructor(readonly raw: FakeSpreadsheet, private readonly env: FakeEnv) {}

  get id(): string { return this.raw.getId(); }
  sheetNames(): string[] { return this.raw.getSheets().map((s) => s.getName()); }
  sheet(name: string): FakeSheet {
    const sheet = this.raw.getSheetByName(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }
  /** Stored values of the data region (host-realm Dates, formulas as placeholders), uncounted. */
  values(name: string): unknown[][] {
    const sheet = this.sheet(name);
    const grid = sheet._grid();
    const rows = grid.lastRow();
    const cols = grid.lastColumn();
    const out: unknown[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: unknown[] = [];
      for (let c = 1; c <= cols; c++) line.push(readValue(grid.get(r, c), hostRealm));
      out.push(line);
    }
    return out;
  }
  formulas(name: string): string[][] {
    const grid = this.sheet(name)._grid();
    return Array.from({ length: grid.lastRow() }, (_, r) => Array.from({ length: grid.lastColumn() }, (_c, c) => readFormula(grid.get(r + 1, c + 1))));
  }
  snapshot(name: string): SheetSnapshot {
    const s = this.sheet(name);
    const p = s._protection();
    return {
      name: s.getName(), hidden: s.isSheetHidden(), frozenRows: s.getFrozenRows(), frozenColumns: s.getFrozenColumns(),
      maxRows: s.getMaxRows(), maxColumns: s.getMaxColumns(), lastRow: s.getLastRow(), lastColumn: s.getLastColumn(),
      protection: p ? { warningOnly: p.isWarningOnly(), description: p.getDescription(), editors: p.getEditors().map((u) => u.getEmail()) } : null,
    };
  }
  get toasts() { return this.raw.toasts; }
  /** Writes rows at (`row` default after the last row, `col` default 1), uncounted, coerced as Sheets would. */
  seed(name: string, rows: unknown[][], row?: number, col = 1): void {
    const sheet = this.raw.getSheetByName(name) ?? this.raw.insertSheet(name);
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    const start = row ?? sheet.getLastRow() + 1;
    const needed = start + rows.length - 1 - sheet.getMaxRows();
    if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
    if (col + width - 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), col + width - 1 - sheet.getMaxColumns());
    const padded = rows.map((r) => [...r, ...new Array<unknown>(width - r.length).fill('')]);
    const saved = this.env.users.effective;
    this.env.users.effective = this.env.users.owner; // seeding is the owner's doing, past any protection
    try { sheet.getRange(start, col, rows.length, width).setValues(padded); } finally { this.env.users.effective = saved; }
  }
}
