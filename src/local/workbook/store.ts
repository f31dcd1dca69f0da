// Keeps a local workbook between runs: one JSON file (under the git-ignored .local/) holding the
// workbook snapshot and whatever the caller adds beside it. Written to a temporary file first,
// then renamed, so a crash never leaves half a workbook.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkbookSnapshot } from './snapshot';

export interface StoredState<Extra> {
  savedAt: string;
  workbook: WorkbookSnapshot;
  extra: Extra;
}

export class WorkbookStore<Extra> {
  constructor(readonly file: string) {}

  exists(): boolean { return existsSync(this.file); }

  /** The saved state, or null when there is none or it cannot be read (a message says why). */
  load(onProblem: (message: string) => void = () => {}): StoredState<Extra> | null {
    if (!this.exists()) return null;
    try {
      const state = JSON.parse(readFileSync(this.file, 'utf8')) as StoredState<Extra>;
      if (!state.workbook || !Array.isArray(state.workbook.sheets)) throw new Error('not a saved workbook');
      return state;
    } catch (e) {
      onProblem(`${this.file}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  save(workbook: WorkbookSnapshot, extra: Extra): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    const state: StoredState<Extra> = { savedAt: new Date().toISOString(), workbook, extra };
    writeFileSync(tmp, JSON.stringify(state), 'utf8');
    renameSync(tmp, this.file);
  }

  clear(): void {
    rmSync(this.file, { force: true });
  }
}
