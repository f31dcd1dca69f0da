// createFakeServices(): in-memory Apps Script services for local runs and tests.
// `globals` holds exactly what Apps Script puts in the global scope (as counting proxies); the
// other fields are handles for tests to arrange and inspect state without counting.
import path from 'node:path';
import { CacheStores, FakeCacheService } from './cache';
import { FakeClock } from './clock';
import type { Counters } from './counters';
import { FakeEnv, type Realm, Users } from './env';
import { FakeHtmlService } from './html';
import { FakeLockService, LockState } from './lock';
import { FakeLogger, LogSink, makeConsole } from './logger';
import { FakePropertiesService, PropertyStores } from './properties';
import { FakeSession } from './session';
import { FakeSpreadsheetApp } from './spreadsheet/app';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { UiState } from './spreadsheet/ui';
import { FakeUtilities } from './utilities';
import { FakeScriptApp, TriggerRegistry } from './script';
import { DEFAULT_MAIL_QUOTA, FakeMailApp, MailState } from './mail';
import { SpreadsheetInspector } from './spreadsheet/inspect';
import { DriveStore, NO_EXPORTER } from './drive/store';
import { FAKE_PDF_HEADER, toBytes } from './blob';
import { FakeDriveApp } from './drive/app';
import { DriveInspector } from './drive/inspect';
import { type FakeDocument, FakeDocumentApp, GOOGLE_SHEET_MIME } from './document/document';
import { DocsInspector } from './document/inspect';
import { renderText } from './document/render';
import { createDriveAdvanced, FakeDriveFiles } from './drive/advanced';
import { advancedService, loadManifest, type Manifest } from './auth/manifest';
import { Grants } from './auth/grants';
import { scopeHook } from './auth/enforce';
import { ExecutionClock } from './execution';

export interface FakeServicesOptions {
  now?: Date;
  /** Let the clock tick with real time from `now` (playground); tests keep it frozen. */
  realTime?: boolean;
  activeUser?: string;
  effectiveUser?: string;
  ownerEmail?: string;
  mailQuota?: number;
  /** Where HtmlService finds `<name>.html` (default: `dist` under the working directory). */
  htmlDir?: string;
  spreadsheetName?: string;
  firstSheetName?: string;
  timeZone?: string;
  /** Echo Logger/console lines to the Node console. */
  echoLogs?: boolean;
  /** The manifest whose scopes and advanced services apply; default: the project's appsscript.json. */
  manifest?: Manifest;
}

export const DEFAULT_OWNER = 'owner@example.com';

export function createFakeServices(options: FakeServicesOptions = {}) {
  const owner = options.ownerEmail ?? DEFAULT_OWNER;
  const users = new Users(options.activeUser ?? owner, options.effectiveUser ?? options.activeUser ?? owner, owner);
  const clock = new FakeClock(options.now ?? new Date(), options.realTime ?? false);
  const env = new FakeEnv(clock, users, options.timeZone);
  const reg = env.registry;

  const uiState = new UiState();
  const drive = new DriveStore(env);
  const spreadsheetName = options.spreadsheetName ?? 'Báo cáo CCHC';
  const spreadsheet = new FakeSpreadsheet(env, env.newId('Sheet'), spreadsheetName, options.firstSheetName ?? 'Sheet1');
  drive.add({ id: spreadsheet.getId(), name: spreadsheetName, mimeType: GOOGLE_SHEET_MIME, bytes: null, parentId: drive.rootId });
  const docs = new Map<string, FakeDocument>();
  drive.exportDoc = (id) => { const doc = docs.get(id); return doc ? renderText(doc.getBody()) : ''; };
  // Drive.Files.export of a Doc written with DocumentApp: the same fake PDF as DriveApp's getAs.
  // An uploaded-and-converted file (e.g. a .docx) needs a real exporter: fakes.drive.setExporter.
  drive.exporter = (file, mimeType) => {
    const doc = docs.get(file.id);
    if (!doc || mimeType !== 'application/pdf') throw env.error(NO_EXPORTER);
    return toBytes(FAKE_PDF_HEADER + renderText(doc.getBody()));
  };
  const propertyStores = new PropertyStores();
  const lock = new LockState(env);
  const logSink = new LogSink(options.echoLogs ?? false);
  const triggers = new TriggerRegistry(env);
  const mail = new MailState(options.mailQuota ?? DEFAULT_MAIL_QUOTA);

  const cacheStores = new CacheStores();
  const manifest = options.manifest ?? loadManifest();
  const grants = new Grants(manifest);
  reg.hooks.push(scopeHook(env, grants));
  const execution = new ExecutionClock(env);
  reg.hooks.push(execution.hook);
  const globals = {
    SpreadsheetApp: reg.expose(new FakeSpreadsheetApp(env, spreadsheet, uiState)),
    PropertiesService: reg.expose(new FakePropertiesService(env, propertyStores)),
    CacheService: reg.expose(new FakeCacheService(env, cacheStores)),
    LockService: reg.expose(new FakeLockService(env, lock)),
    Session: reg.expose(new FakeSession(env)),
    ScriptApp: reg.expose(new FakeScriptApp(env, triggers, env.newId('Script'), grants)),
    MailApp: reg.expose(new FakeMailApp(env, mail, () => lock.isHeld('script'))),
    Utilities: reg.expose(new FakeUtilities(env)),
    HtmlService: reg.expose(new FakeHtmlService(env, options.htmlDir ?? path.resolve('dist'))),
    DocumentApp: reg.expose(new FakeDocumentApp(env, drive, docs)),
    DriveApp: reg.expose(new FakeDriveApp(env, drive)),
    Logger: new FakeLogger(logSink),
    /** The Drive advanced service (v3): only when the manifest enables it, as in Apps Script. */
    Drive: advancedService(manifest, 'Drive')
      ? createDriveAdvanced(reg.expose(new FakeDriveFiles(env, drive, grants))) as unknown as GoogleAppsScript.Drive
      : undefined,
  };

  return {
    globals,
    /** A quiet console for the vm context, writing to `logs`. */
    console: makeConsole(logSink),
    counters: env.counters as Counters,
    /** CacheService stores; `cache.clear()` simulates expiry. */
    cache: cacheStores,
    clock,
    users,
    lock,
    properties: propertyStores,
    triggers,
    mail,
    outbox: mail.outbox,
    ui: uiState,
    logs: logSink,
    /** The manifest in force and the scopes the user granted (`grants.revoke(...)` simulates a partial grant). */
    manifest,
    grants,
    /** The 6-minute limit: `execution.begin({ costMs })` makes calls cost fake time. */
    execution,
    /** Raw (uncounted) spreadsheet plus inspection helpers. */
    spreadsheet: new SpreadsheetInspector(spreadsheet, env),
    docs: new DocsInspector(docs),
    drive: new DriveInspector(drive),
    /** Internal: the vm loader rebinds Dates/Errors to its context. */
    env,
    setRealm(realm: Realm): void { env.realm = realm; },
  };
}

export type FakeServices = ReturnType<typeof createFakeServices>;
