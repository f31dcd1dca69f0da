// Sheet and range protections, as Google documents them
// (https://developers.google.com/apps-script/reference/spreadsheet/protection,
//  https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect):
// - a new protection "mirrors the permissions of the spreadsheet" (it protects nothing) until its
//   editor list or domain edit is changed;
// - a full (not warning-only) protection refuses every write by a user who is not one of its
//   editors, including a script running as that user; warning-only refuses no script write;
// - the spreadsheet owner always edits and, like the current user, cannot be removed;
// - domain edit lets every user of the owner's domain edit;
// - only a user who may edit the protection may change it.
import { type FakeEnv, type FakeUser, makeUser } from '../env';
import type { Box } from './a1';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

/** Google's text for a write refused by a protection. */
export const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export class FakeProtection {
  private description = '';
  private warningOnly = false;
  private domainEdit = false;
  /** True until the editors or domain edit are set: the protection then mirrors the spreadsheet. */
  private mirrorsSpreadsheet = true;
  private readonly editors: string[];
  removed = false;

  constructor(private readonly env: FakeEnv, readonly sheet: FakeSheet, readonly type: 'RANGE' | 'SHEET',
    private readonly range: FakeRange | null) {
    env.registry.track(this, 'spreadsheet', 'Protection');
    // The owner and the creator are editors once the list is taken over.
    this.editors = [...new Set([env.users.owner, env.users.effective].filter(Boolean))];
  }

  getProtectionType(): string { return this.type; }
  getRange(): FakeRange { return this.range ?? this.sheet.getDataRange(); }
  getDescription(): string { return this.description; }
  setDescription(description: string): this { this.assertManageable(); this.description = String(description); return this; }
  isWarningOnly(): boolean { return this.warningOnly; }
  setWarningOnly(warningOnly: boolean): this { this.assertManageable(); this.warningOnly = !!warningOnly; return this; }
  canDomainEdit(): boolean { return this.mirrorsSpreadsheet || this.domainEdit; }
  setDomainEdit(editable: boolean): this {
    this.assertManageable();
    this.takeOver();
    this.domainEdit = !!editable;
    return this;
  }
  getEditors(): FakeUser[] {
    const list = this.mirrorsSpreadsheet ? this.sheet.getParent().getEditors().map((u) => u.getEmail()) : this.editors;
    return list.map(makeUser);
  }
  addEditor(email: string | FakeUser): this { return this.addEditors([email]); }
  addEditors(emails: (string | FakeUser)[]): this {
    this.assertManageable();
    this.takeOver();
    for (const e of emails.map(emailOf)) if (e && !this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  removeEditor(email: string | FakeUser): this { return this.removeEditors([email]); }
  /** Neither the owner nor the current user can be removed (Google's reference). */
  removeEditors(emails: (string | FakeUser)[]): this {
    this.assertManageable();
    this.takeOver();
    for (const e of emails.map(emailOf)) {
      const i = this.editors.indexOf(e);
      if (i >= 0 && e !== this.env.users.owner && e !== this.env.users.effective) this.editors.splice(i, 1);
    }
    return this;
  }
  canEdit(): boolean { return this._allows(this.env.users.effective); }
  remove(): void { this.assertManageable(); this.removed = true; this.sheet._dropProtection(this); }

  /** Whether `email` may write through this protection (a script running as `email` included). */
  _allows(email: string): boolean {
    if (this.warningOnly || this.mirrorsSpreadsheet || email === this.env.users.owner) return true;
    if (this.editors.includes(email)) return true;
    return this.domainEdit && email !== '' && domainOf(email) === domainOf(this.env.users.owner);
  }
  _covers(box: Box): boolean {
    if (!this.range) return true;
    const r = this.range._box();
    return box.row <= r.row + r.numRows - 1 && r.row <= box.row + box.numRows - 1
      && box.col <= r.col + r.numCols - 1 && r.col <= box.col + box.numCols - 1;
  }
  /** Test view: the editors as stored (no User objects, not counted). */
  _editorEmails(): string[] { return this.mirrorsSpreadsheet ? [] : [...this.editors]; }
  _mirrors(): boolean { return this.mirrorsSpreadsheet; }
  private takeOver(): void { this.mirrorsSpreadsheet = false; }
  private assertManageable(): void {
    if (!this._allows(this.env.users.effective)) throw this.env.error(PROTECTED_MESSAGE);
  }
  toString(): string { return 'Protection'; }
}

function emailOf(user: string | FakeUser): string {
  return (typeof user === 'string' ? user : user.getEmail()).trim().toLowerCase();
}
