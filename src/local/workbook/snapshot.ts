// A plain-JSON picture of the fake workbook and the script's state around it (properties,
// triggers, outbox, clock, user), and the way back. Cells are copied as the fake stores them
// (value, formula, formats), so a restored workbook reads exactly as the saved one did; the rest
// goes through the fakes' own methods.
import type { FakeServices } from '../fakes';
import type { Cell } from '../fakes/spreadsheet/cells';
import type { FakeSheet, BorderRecord } from '../fakes/spreadsheet/sheet';
import type { Box } from '../fakes/spreadsheet/a1';
import { FakeTrigger, type TriggerRecord } from '../fakes/script';
import type { SentMail } from '../fakes/mail';
import type { DriveFileRecord, DriveFolderRecord } from '../fakes/drive/store';

export const SNAPSHOT_VERSION = 1;

interface ProtectionState { a1: string | null; description: string; warningOnly: boolean; editors: string[] }

export interface SheetState {
  name: string;
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  hiddenGridlines: boolean;
  columnWidths: [number, number][];
  rowHeights: [number, number][];
  hiddenColumns: number[];
  /** rows[r - 1][c - 1]; null where the fake has no cell (trailing nulls trimmed). */
  rows: (Cell | null)[][];
  merges: Box[];
  protections: ProtectionState[];
  borders: BorderRecord[];
}

export type MailState = Omit<SentMail, 'at'> & { at: string };

type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };
export interface DriveState {
  folders: Dated<DriveFolderRecord, 'created'>[];
  /** Bytes as base64; Google Docs keep only their record (their content is not saved). */
  files: (Dated<Omit<DriveFileRecord, 'bytes' | 'source'>, 'created' | 'updated'> & { bytes: string | null; source?: { bytes: string; mimeType: string } | null })[];
}

export interface WorkbookSnapshot {
  version: number;
  name: string;
  activeSheet: string;
  editors: string[];
  sheets: SheetState[];
  properties: { script: Record<string, string>; document: Record<string, string>; user: Record<string, Record<string, string>> };
  triggers: TriggerRecord[];
  outbox: MailState[];
  mailUsed: number;
  nowMs: number;
  activeUser: string;
  drive: DriveState;
  /** Set by LocalWorkbook: the simulated day `mailUsed` belongs to. */
  mailDay?: string;
}

function userStores(services: FakeServices): Map<string, Map<string, string>> {
  return services.properties.users;
}

/** Merges are kept private by the fake; the sheet's internal lookup over the whole grid finds them all. */
function mergesOf(sheet: FakeSheet): Box[] {
  return sheet._mergesIntersecting({ row: 1, col: 1, numRows: sheet.getMaxRows(), numCols: sheet.getMaxColumns() }).map((b) => ({ ...b }));
}

function cellsOf(sheet: FakeSheet): (Cell | null)[][] {
  const grid = sheet._grid();
  const rows: (Cell | null)[][] = [];
  for (let r = 1; r <= grid.maxRows; r++) {
    const line: (Cell | null)[] = [];
    for (let c = 1; c <= grid.maxColumns; c++) {
      const cell = grid.get(r, c);
      line.push(cell ? (JSON.parse(JSON.stringify(cell)) as Cell) : null);
    }
    while (line.length && line[line.length - 1] === null) line.pop();
    rows.push(line);
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

function sheetState(sheet: FakeSheet): SheetState {
  const protections: ProtectionState[] = [
    ...sheet.getProtections('SHEET').map((p) => ({ a1: null, description: p.getDescription(), warningOnly: p.isWarningOnly(), editors: p.getEditors().map((u) => u.getEmail()) })),
    ...sheet.getProtections('RANGE').map((p) => ({ a1: p.getRange().getA1Notation(), description: p.getDescription(), warningOnly: p.isWarningOnly(), editors: p.getEditors().map((u) => u.getEmail()) })),
  ];
  return {
    name: sheet.getName(),
    hidden: sheet.isSheetHidden(),
    tabColor: sheet.getTabColor(),
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    hiddenGridlines: sheet.hasHiddenGridlines(),
    columnWidths: [...sheet.columnWidths.entries()],
    rowHeights: [...sheet.rowHeights.entries()],
    hiddenColumns: [...sheet.hiddenColumns],
    rows: cellsOf(sheet),
    merges: mergesOf(sheet),
    protections,
    borders: sheet.borders.map((b) => ({ ...b })),
  };
}

export function snapshotWorkbook(services: FakeServices): WorkbookSnapshot {
  const ss = services.spreadsheet.raw;
  const owner = services.users.owner;
  return {
    version: SNAPSHOT_VERSION,
    name: ss.getName(),
    activeSheet: ss.getActiveSheet().getName(),
    editors: ss.getEditors().map((u) => u.getEmail()).filter((e) => e !== owner),
    sheets: ss.getSheets().map(sheetState),
    properties: {
      script: Object.fromEntries(services.properties.script),
      document: Object.fromEntries(services.properties.document),
      user: Object.fromEntries([...userStores(services)].map(([email, store]) => [email, Object.fromEntries(store)])),
    },
    triggers: services.triggers.records().map((r) => ({ ...r, schedule: { ...r.schedule } })),
    outbox: services.outbox.map((m) => ({ ...m, attachments: [...m.attachments], at: m.at.toISOString() })),
    mailUsed: services.mail.used,
    nowMs: services.clock.nowMs(),
    activeUser: services.users.active,
    drive: driveState(services),
  };
}

function driveState(services: FakeServices): DriveState {
  const store = services.drive.store;
  const spreadsheetId = services.spreadsheet.id;
  return {
    folders: [...store.folders.values()].filter((f) => f.id !== store.rootId).map((f) => ({ ...f, created: f.created.toISOString() })),
    files: [...store.files.values()].filter((f) => f.id !== spreadsheetId).map((f) => ({
      ...f, sharing: f.sharing ? { ...f.sharing } : null, bytes: f.bytes ? Buffer.from(f.bytes).toString('base64') : null,
      // A converted Doc keeps the .docx it came from (its export renders that).
      source: f.source ? { mimeType: f.source.mimeType, bytes: Buffer.from(f.source.bytes).toString('base64') } : null,
      created: f.created.toISOString(), updated: f.updated.toISOString(),
    })),
  };
}

function restoreDrive(services: FakeServices, state: DriveState): void {
  const store = services.drive.store;
  for (const f of state.folders) store.folders.set(f.id, { ...f, created: new Date(f.created) });
  for (const f of state.files) {
    store.files.set(f.id, {
      ...f, bytes: f.bytes === null ? null : new Uint8Array(Buffer.from(f.bytes, 'base64')), created: new Date(f.created), updated: new Date(f.updated),
      appCreated: f.appCreated ?? false,
      source: f.source ? { mimeType: f.source.mimeType, bytes: new Uint8Array(Buffer.from(f.source.bytes, 'base64')) } : null,
    });
  }
  // New ids must not collide with restored ones: move each id counter past the highest seen.
  for (const id of [...state.folders, ...state.files].map((f) => f.id)) {
    const m = /^1Fake([A-Za-z]+?)(\d{4})_*$/.exec(id);
    if (!m) continue;
    const [, kind, n] = m;
    for (let guard = 0; guard < 100000 && Number(/(\d{4})_*$/.exec(services.env.newId(kind))?.[1]) < Number(n); guard++);
  }
}

function restoreSheet(sheet: FakeSheet, state: SheetState): void {
  const grid = sheet._grid();
  grid.maxRows = state.maxRows;
  grid.maxColumns = state.maxColumns;
  state.rows.forEach((line, r) => line.forEach((cell, c) => {
    if (cell) Object.assign(grid.cell(r + 1, c + 1), cell);
  }));
  sheet.setFrozenRows(state.frozenRows).setFrozenColumns(state.frozenColumns).setTabColor(state.tabColor).setHiddenGridlines(state.hiddenGridlines);
  for (const [col, width] of state.columnWidths) sheet.setColumnWidth(col, width);
  for (const [row, height] of state.rowHeights) sheet.setRowHeight(row, height);
  for (const col of state.hiddenColumns) sheet.hideColumns(col);
  for (const box of state.merges) sheet._addMerge(box);
  for (const b of state.borders) sheet._recordBorder({ ...b });
  for (const p of state.protections) {
    const protection = p.a1 === null ? sheet.protect() : sheet.getRange(p.a1).protect();
    protection.setDescription(p.description).setWarningOnly(p.warningOnly).addEditors(p.editors);
  }
}

/** Fills freshly created fakes (one empty sheet) with a snapshot. */
export function restoreWorkbook(services: FakeServices, snap: WorkbookSnapshot): void {
  if (snap.version !== SNAPSHOT_VERSION) throw new Error(`workbook snapshot version ${snap.version} is not ${SNAPSHOT_VERSION}`);
  const ss = services.spreadsheet.raw;
  const users = services.users;
  users.setActive(users.owner); // restoring is the owner's doing, past any protection
  ss.rename(snap.name);
  for (const e of snap.editors) ss.addEditor(e);
  const [first, ...others] = snap.sheets;
  const firstSheet = ss.getSheets()[0];
  firstSheet.setName(first.name);
  const sheets = [firstSheet, ...others.map((s) => ss.insertSheet(s.name))];
  snap.sheets.forEach((state, i) => restoreSheet(sheets[i], state));
  // Hide last: a sheet may only be hidden while another one is visible.
  snap.sheets.forEach((state, i) => { if (state.hidden) sheets[i].hideSheet(); });
  const active = ss.getSheetByName(snap.activeSheet);
  if (active) ss.setActiveSheet(active);

  for (const [k, v] of Object.entries(snap.properties.script)) services.properties.script.set(k, v);
  for (const [k, v] of Object.entries(snap.properties.document)) services.properties.document.set(k, v);
  for (const [email, store] of Object.entries(snap.properties.user)) {
    for (const [k, v] of Object.entries(store)) services.properties.user(email).set(k, v);
  }
  for (const record of snap.triggers) services.triggers.all.push(new FakeTrigger(services.env, { ...record, schedule: { ...record.schedule } }));
  for (const m of snap.outbox) services.outbox.push({ ...m, at: new Date(m.at) });
  services.mail.used = snap.mailUsed;
  restoreDrive(services, snap.drive);
  services.clock.set(snap.nowMs);
  users.setActive(snap.activeUser);
}
