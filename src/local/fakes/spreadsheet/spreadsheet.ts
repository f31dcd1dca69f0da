// The (single, bound) spreadsheet: its sheets, owner/editors, time zone, toasts.
import { type FakeEnv, type FakeUser, makeUser } from '../env';
import type { FakeRange } from './range';
import { FakeSheet } from './sheet';

export interface Toast { message: string; title: string; timeoutSeconds: number | null; at: Date }

export class FakeSpreadsheet {
  private readonly sheets: FakeSheet[] = [];
  private active: FakeSheet;
  private nextSheetId = 0;
  private readonly editors: string[] = [];
  private timeZone: string;
  readonly toasts: Toast[] = [];

  constructor(private readonly env: FakeEnv, private readonly id: string, private name: string, firstSheetName: string) {
    env.registry.track(this, 'spreadsheet', 'Spreadsheet');
    this.timeZone = env.timeZone;
    this.active = this.addSheet(firstSheetName, 0);
  }

  getId(): string { return this.id; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this.id}/edit`; }
  getName(): string { return this.name; }
  rename(newName: string): void { this.name = String(newName); }
  getOwner(): FakeUser { return makeUser(this.env.users.owner); }
  getEditors(): FakeUser[] { return [this.env.users.owner, ...this.editors].map(makeUser); }
  addEditor(email: string | FakeUser): this {
    const e = typeof email === 'string' ? email : email.getEmail();
    if (e !== this.env.users.owner && !this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  removeEditor(email: string | FakeUser): this {
    const e = typeof email === 'string' ? email : email.getEmail();
    const i = this.editors.indexOf(e);
    if (i >= 0) this.editors.splice(i, 1);
    return this;
  }
  getSpreadsheetTimeZone(): string { return this.timeZone; }
  setSpreadsheetTimeZone(timezone: string): void { this.timeZone = String(timezone); }
  /** A new spreadsheet takes its creator's locale; tests may start from another one. */
  locale = 'vi_VN';
  getSpreadsheetLocale(): string { return this.locale; }
  setSpreadsheetLocale(locale: string): void { this.locale = String(locale); }

  getSheets(): FakeSheet[] { return [...this.sheets]; }
  getNumSheets(): number { return this.sheets.length; }
  /** Sheet names are unique ignoring case, so lookup ignores case too. */
  getSheetByName(name: string): FakeSheet | null {
    const wanted = String(name).toLowerCase();
    return this.sheets.find((s) => s.getName().toLowerCase() === wanted) ?? null;
  }
  getSheetById(id: number): FakeSheet | null { return this.sheets.find((s) => s.getSheetId() === id) ?? null; }

  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index ?? this.sheets.length;
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    this._checkNewName(name, null);
    if (at < 0 || at > this.sheets.length) throw this.env.error('Index out of bounds: ' + at);
    // Apps Script makes the inserted sheet the active one.
    return (this.active = this.addSheet(name, at));
  }

  deleteSheet(sheet: FakeSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw this.env.error('Sheet not found');
    if (this.sheets.length === 1) throw this.env.error('You can\'t remove all the sheets in a document.');
    sheet._assertEditable(sheet._all());
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, i - 1)];
  }

  getActiveSheet(): FakeSheet { return this.active; }
  setActiveSheet(sheet: FakeSheet): FakeSheet { this._setActive(sheet); return sheet; }
  getRange(a1Notation: string): FakeRange {
    const bang = a1Notation.lastIndexOf('!');
    if (bang < 0) return this.active.getRange(a1Notation);
    const sheet = this.getSheetByName(a1Notation.slice(0, bang).replace(/^'(.*)'$/, '$1'));
    if (!sheet) throw this.env.error('Range not found');
    return sheet.getRange(a1Notation.slice(bang + 1));
  }
  toast(message: string, title = '', timeoutSeconds?: number): void {
    this.toasts.push({ message: String(message), title: String(title), timeoutSeconds: timeoutSeconds ?? null, at: this.env.clock.now() });
  }

  // ---- internal ----
  _checkNewName(name: string, self: FakeSheet | null): void {
    const existing = this.getSheetByName(name);
    if (existing && existing !== self) {
      throw this.env.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name.trim() === '') throw this.env.error('Sheet name cannot be empty.');
  }
  _indexOf(sheet: FakeSheet): number { return this.sheets.indexOf(sheet); }
  _setActive(sheet: FakeSheet): void {
    if (!this.sheets.includes(sheet)) throw this.env.error('Sheet not found');
    this.active = sheet;
  }
  private addSheet(name: string, at: number): FakeSheet {
    const sheet = new FakeSheet(this.env, this, name, this.nextSheetId === 0 ? 0 : 100000000 + this.nextSheetId * 7919);
    this.nextSheetId++;
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }
  toString(): string { return 'Spreadsheet'; }
}
