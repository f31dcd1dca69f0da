// Sheet and range protections. A non-warning-only protection blocks writes by users who are not
// its editors (the effective user of the script), as Sheets does; warning-only never blocks scripts.
import { type FakeEnv, type FakeUser, makeUser } from '../env';
import type { Box } from './a1';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export class FakeProtection {
  private description = '';
  private warningOnly = false;
  private domainEdit = false;
  private readonly editors: string[];
  removed = false;

  constructor(private readonly env: FakeEnv, readonly sheet: FakeSheet, readonly type: 'RANGE' | 'SHEET',
    private readonly range: FakeRange | null) {
    env.registry.track(this, 'spreadsheet', 'Protection');
    // The creator and the owner can always edit.
    this.editors = [...new Set([env.users.owner, env.users.effective].filter(Boolean))];
  }

  getProtectionType(): string { return this.type; }
  getRange(): FakeRange { return this.range ?? this.sheet.getDataRange(); }
  getDescription(): string { return this.description; }
  setDescription(description: string): this { this.description = String(description); return this; }
  isWarningOnly(): boolean { return this.warningOnly; }
  setWarningOnly(warningOnly: boolean): this { this.warningOnly = !!warningOnly; return this; }
  canDomainEdit(): boolean { return this.domainEdit; }
  setDomainEdit(editable: boolean): this { this.domainEdit = !!editable; return this; }
  getEditors(): FakeUser[] { return this.editors.map(makeUser); }
  addEditor(email: string | FakeUser): this { return this.addEditors([email]); }
  addEditors(emails: (string | FakeUser)[]): this {
    for (const e of emails.map(emailOf)) if (!this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  /** The owner cannot be removed, as in Sheets. */
  removeEditor(email: string | FakeUser): this { return this.removeEditors([email]); }
  removeEditors(emails: (string | FakeUser)[]): this {
    for (const e of emails.map(emailOf)) {
      const i = this.editors.indexOf(e);
      if (i >= 0 && e !== this.env.users.owner) this.editors.splice(i, 1);
    }
    return this;
  }
  canEdit(): boolean { return this._allows(this.env.users.effective); }
  remove(): void { this.removed = true; this.sheet._dropProtection(this); }

  /** Whether `email` may write through this protection. */
  _allows(email: string): boolean {
    return this.warningOnly || this.editors.includes(email);
  }
  _covers(box: Box): boolean {
    if (!this.range) return true;
    const r = this.range._box();
    return box.row <= r.row + r.numRows - 1 && r.row <= box.row + box.numRows - 1
      && box.col <= r.col + r.numCols - 1 && r.col <= box.col + box.numCols - 1;
  }
  toString(): string { return 'Protection'; }
}

function emailOf(user: string | FakeUser): string {
  return typeof user === 'string' ? user : user.getEmail();
}
