// Type-level guard, checked by `tsc` (not a Jest test): every public method of a fake must exist
// on the real Apps Script interface, so code that passes against the fakes cannot rely on a
// method Apps Script lacks (e.g. Paragraph.setBold). Underscore helpers are fake-internal.
import type { FakeBlob } from '../../../src/local/fakes/blob';
import type { FakeCache, FakeCacheService } from '../../../src/local/fakes/cache';
import type { FakeDriveApp } from '../../../src/local/fakes/drive/app';
import type { FakeFile, FakeFolder } from '../../../src/local/fakes/drive/items';
import type { FakeBody } from '../../../src/local/fakes/document/body';
import type { FakeDocument, FakeDocumentApp } from '../../../src/local/fakes/document/document';
import type { FakeListItem, FakeParagraph } from '../../../src/local/fakes/document/paragraph';
import type { FakeTable, FakeTableCell, FakeTableRow } from '../../../src/local/fakes/document/table';
import type { FakeText } from '../../../src/local/fakes/document/text';
import type { FakeHtmlOutput, FakeHtmlService } from '../../../src/local/fakes/html';
import type { FakeLock, FakeLockService } from '../../../src/local/fakes/lock';
import type { FakeMailApp } from '../../../src/local/fakes/mail';
import type { FakeProperties, FakePropertiesService } from '../../../src/local/fakes/properties';
import type { FakeScriptApp, FakeTrigger } from '../../../src/local/fakes/script';
import type { FakeSession } from '../../../src/local/fakes/session';
import type { FakeSpreadsheetApp } from '../../../src/local/fakes/spreadsheet/app';
import type { FakeProtection } from '../../../src/local/fakes/spreadsheet/protection';
import type { FakeRange } from '../../../src/local/fakes/spreadsheet/range';
import type { FakeSheet } from '../../../src/local/fakes/spreadsheet/sheet';
import type { FakeSpreadsheet } from '../../../src/local/fakes/spreadsheet/spreadsheet';
import type { FakeMenu, FakeUi } from '../../../src/local/fakes/spreadsheet/ui';
import type { FakeUtilities } from '../../../src/local/fakes/utilities';

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
type Invented<Fake, Real> = Exclude<Methods<Fake>, keyof Real | `_${string}` | 'toString'>;
/** Resolves to `true` only when the fake invents no method; otherwise to the offending names. */
type NoneInvented<Fake, Real> = [Invented<Fake, Real>] extends [never] ? true : Invented<Fake, Real>;

import S = GoogleAppsScript.Spreadsheet;
import D = GoogleAppsScript.Document;
export const surfaceChecks: [
  NoneInvented<FakeSpreadsheetApp, S.SpreadsheetApp>, NoneInvented<FakeSpreadsheet, S.Spreadsheet>,
  NoneInvented<FakeSheet, S.Sheet>, NoneInvented<FakeRange, S.Range>, NoneInvented<FakeProtection, S.Protection>,
  NoneInvented<FakeUi, GoogleAppsScript.Base.Ui>, NoneInvented<FakeMenu, GoogleAppsScript.Base.Menu>,
  NoneInvented<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>,
  NoneInvented<FakeProperties, GoogleAppsScript.Properties.Properties>,
  NoneInvented<FakeLockService, GoogleAppsScript.Lock.LockService>, NoneInvented<FakeLock, GoogleAppsScript.Lock.Lock>,
  NoneInvented<FakeSession, GoogleAppsScript.Base.Session>,
  NoneInvented<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>, NoneInvented<FakeTrigger, GoogleAppsScript.Script.Trigger>,
  NoneInvented<FakeMailApp, GoogleAppsScript.Mail.MailApp>, NoneInvented<FakeUtilities, GoogleAppsScript.Utilities.Utilities>,
  NoneInvented<FakeBlob, GoogleAppsScript.Base.Blob>,
  NoneInvented<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>, NoneInvented<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>,
  NoneInvented<FakeDocumentApp, D.DocumentApp>, NoneInvented<FakeDocument, D.Document>, NoneInvented<FakeBody, D.Body>,
  NoneInvented<FakeParagraph, D.Paragraph>, NoneInvented<FakeListItem, D.ListItem>, NoneInvented<FakeText, D.Text>,
  NoneInvented<FakeTable, D.Table>, NoneInvented<FakeTableRow, D.TableRow>, NoneInvented<FakeTableCell, D.TableCell>,
  NoneInvented<FakeDriveApp, GoogleAppsScript.Drive.DriveApp>, NoneInvented<FakeFile, GoogleAppsScript.Drive.File>,
  NoneInvented<FakeFolder, GoogleAppsScript.Drive.Folder>,
  NoneInvented<FakeCacheService, GoogleAppsScript.Cache.CacheService>, NoneInvented<FakeCache, GoogleAppsScript.Cache.Cache>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true,
  true, true, true, true, true, true, true, true, true, true, true, true, true];
