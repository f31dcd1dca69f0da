// Typing into the grid, as in Sheets: double-click (or Enter on) a cell, type, Enter saves and
// Escape cancels. The server writes it as the user at the keyboard and runs the on-edit triggers.
import { h } from './dom';

let editing = false;
export const isEditing = (): boolean => editing;

export interface CellEditorDeps {
  save(edit: { sheet: string; row: number; col: number; text: string }): Promise<{ ok: boolean; message?: string }>;
  fail(message: string): void;
  done(): Promise<void>;
}

export function wireCellEditing(grid: HTMLElement, deps: CellEditorDeps): void {
  grid.addEventListener('dblclick', (ev) => {
    const td = (ev.target as HTMLElement).closest('td.cell') as HTMLTableCellElement | null;
    const tr = td?.parentElement as HTMLTableRowElement | null;
    if (!td || !tr || editing) return;
    // The sheet drawn under the cursor, not the tab picked last: a tab click whose sheet is
    // still loading must not send this cell's text to the other sheet.
    const sheet = (td.closest('table.grid') as HTMLElement | null)?.dataset.sheet ?? '';
    const row = Number(tr.dataset.row);
    const col = Number(td.dataset.col);
    const input = h('input', { class: 'cell-input', 'aria-label': `Ô hàng ${row}, cột ${col}` }) as HTMLInputElement;
    input.value = td.textContent ?? '';
    editing = true;
    td.replaceChildren(input);
    input.focus();
    input.select();
    let finished = false;
    const finish = async (saveIt: boolean): Promise<void> => {
      if (finished) return;
      finished = true;
      try {
        if (saveIt) {
          const r = await deps.save({ sheet, row, col, text: input.value });
          if (!r.ok) deps.fail(r.message ?? 'Không ghi được ô này.');
        }
      } catch (e) {
        deps.fail(e instanceof Error ? e.message : String(e));
      } finally {
        editing = false;
        await deps.done();
      }
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') { e.preventDefault(); void finish(true); }
      if (e.key === 'Escape') { e.preventDefault(); void finish(false); }
    });
    input.addEventListener('blur', () => void finish(true));
  });
}
