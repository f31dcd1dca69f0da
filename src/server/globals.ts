// The real Apps Script globals, read at call time. Optional services are looked up with
// `typeof` so the bundle also loads where a service is absent (e.g. a test context).
import type { AppsScriptGlobals } from './env';

declare const CacheService: GoogleAppsScript.Cache.CacheService | undefined;
declare const DocumentApp: GoogleAppsScript.Document.DocumentApp | undefined;
declare const DriveApp: GoogleAppsScript.Drive.DriveApp | undefined;
declare const Drive: GoogleAppsScript.Drive | undefined;

export function appsScriptGlobals(): AppsScriptGlobals {
  return {
    SpreadsheetApp, LockService, Session, PropertiesService, ScriptApp, MailApp, HtmlService, Utilities,
    CacheService: typeof CacheService === 'undefined' ? undefined : CacheService,
    DocumentApp: typeof DocumentApp === 'undefined' ? undefined : DocumentApp,
    DriveApp: typeof DriveApp === 'undefined' ? undefined : DriveApp,
    Drive: typeof Drive === 'undefined' ? undefined : Drive,
  };
}
