// The Apps Script services the server uses, gathered in one object so that use cases never
// reach for globals: entry functions build it from the real globals, tests from the fakes.

export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  CacheService?: GoogleAppsScript.Cache.CacheService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  DocumentApp?: GoogleAppsScript.Document.DocumentApp;
  DriveApp?: GoogleAppsScript.Drive.DriveApp;
  /** The Drive advanced service (v3); present only when appsscript.json enables it. */
  Drive?: GoogleAppsScript.Drive;
}

export interface Env {
  g: AppsScriptGlobals;
  /** The bound spreadsheet, fetched once per execution. */
  ss(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  now(): Date;
  /** The account at the keyboard ('' when Google does not disclose it). */
  activeEmail(): string;
  uuid(): string;
}

export function createEnv(g: AppsScriptGlobals, now: () => Date = () => new Date()): Env {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  return {
    g,
    ss: () => (spreadsheet ??= g.SpreadsheetApp.getActiveSpreadsheet()),
    now,
    activeEmail: () => (g.Session.getActiveUser().getEmail() || '').trim().toLowerCase(),
    uuid: () => g.Utilities.getUuid(),
  };
}
