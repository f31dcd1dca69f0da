// Full protection of the sheets that only admins' runs write: the five configuration sheets, the
// status sheet, the reminder log, the review log and the summary sheets. Not warning-only, domain edit off, and
// the editors exactly the admins and the owner, so a unit officer (an editor of the spreadsheet)
// can neither type into them nor have a script running as them write there. Units' calls only
// read these sheets. Re-applied by setup and by the edit guard when an admin edits the admins row.
import { normalizeEmail } from '../../domain/text';
import type { Settings } from '../../domain/types';
import { officeInParens } from '../auth';
import type { Env } from '../env';
import { CONFIG_SHEETS } from '../config/load-config';
import { SHEETS } from '../sheets/names';
import { REMINDER_LOG_SHEET } from '../lateness/sheets';
import { REVIEW_SHEET } from '../review/review-log';

/** The review log too: only admins' runs (reviewReport, setup, a restore) write it. */
export const ADMIN_SHEETS: readonly string[] = [...CONFIG_SHEETS, SHEETS.status, REMINDER_LOG_SHEET, REVIEW_SHEET];
/** Who the protection is for, with the office the settings name when it is written (setup, a new sheet). */
export function protectionDescription(settings: Pick<Settings, 'issuingBody'>): string {
  return `Chỉ quản trị viên${officeInParens(settings)} được sửa trang này.`;
}

/** The admins who edit, and the office named in the description. */
export type Protector = Pick<Settings, 'admins' | 'issuingBody'>;

/** The editors a protected sheet must have: the admins and the owner, normalised, no blanks. */
export function wantedEditors(env: Env, admins: string[]): string[] {
  const owner = env.ss().getOwner();
  return [...new Set([...admins, owner ? owner.getEmail() : ''].map(normalizeEmail).filter((e) => e !== ''))];
}

/**
 * Protects one sheet for the admins. Google's own sample: add the wanted editors first, then
 * remove the others (the owner and the current user cannot be removed), then domain edit off.
 */
export function protectForAdmins(sheet: GoogleAppsScript.Spreadsheet.Sheet, editors: string[], description: string): void {
  const p = sheet.protect();
  if (p.getDescription() !== description) p.setDescription(description);
  if (p.isWarningOnly()) p.setWarningOnly(false);
  p.addEditors(editors);
  const extra = p.getEditors().map((u) => normalizeEmail(u.getEmail())).filter((e) => !editors.includes(e));
  if (extra.length) p.removeEditors(extra);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/**
 * For writers of admin-only sheets that create the sheet afresh (the summary sheet 'TH <kỳ>' is
 * deleted and inserted on every generation): one line after the write, four calls. A new
 * protection's editors are the owner and its creator (an admin); adding the admins takes the list
 * over from the spreadsheet's, so no one else remains; the owner always edits anyway.
 */
export function protectNewAdminSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: Protector): void {
  const p = sheet.protect().setDescription(protectionDescription(settings));
  p.addEditors([...new Set(settings.admins.map(normalizeEmail).filter((e) => e !== ''))]);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/** The same by sheet name (generateSummary knows only the name it wrote). */
export function protectAdminSheetByName(env: Env, name: string, settings: Protector): void {
  const sheet = env.ss().getSheetByName(name);
  if (sheet) protectNewAdminSheet(sheet, settings);
}

/** Every admin-only sheet that exists, plus the summary sheets (named "TH …"); returns their names. */
export function protectAdminSheets(env: Env, settings: Protector, summaryPrefix = 'TH '): string[] {
  const editors = wantedEditors(env, settings.admins);
  const description = protectionDescription(settings);
  const done: string[] = [];
  for (const sheet of env.ss().getSheets()) {
    const name = sheet.getName();
    if (!ADMIN_SHEETS.includes(name) && !name.startsWith(summaryPrefix)) continue;
    protectForAdmins(sheet, editors, description);
    done.push(name);
  }
  return done;
}
