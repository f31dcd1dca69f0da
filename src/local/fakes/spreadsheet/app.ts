// SpreadsheetApp: the bound spreadsheet, flush, getUi and the enums scripts use.
import type { FakeEnv } from '../env';
import { ProtectionType } from './protection';
import type { FakeSpreadsheet } from './spreadsheet';
import { Button, ButtonSet, FakeUi, type UiState } from './ui';

export const BorderStyle = { DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE' } as const;
export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;

export class FakeSpreadsheetApp {
  readonly ProtectionType = ProtectionType;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  flushes = 0;
  private readonly ui: FakeUi;

  constructor(private readonly env: FakeEnv, private readonly spreadsheet: FakeSpreadsheet, private readonly uiState: UiState) {
    env.registry.track(this, 'spreadsheet', 'SpreadsheetApp');
    this.ui = new FakeUi(env, uiState);
  }

  getActiveSpreadsheet(): FakeSpreadsheet { return this.spreadsheet; }
  getActive(): FakeSpreadsheet { return this.spreadsheet; }
  getActiveSheet(): ReturnType<FakeSpreadsheet['getActiveSheet']> { return this.spreadsheet.getActiveSheet(); }
  openById(id: string): FakeSpreadsheet {
    if (id !== this.spreadsheet.getId()) throw this.env.error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return this.spreadsheet;
  }
  flush(): void { this.flushes++; }
  getUi(): FakeUi {
    if (!this.uiState.available) throw this.env.error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }
  toString(): string { return 'SpreadsheetApp'; }
}
