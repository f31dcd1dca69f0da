// The last good copy of the chained sheets (data, audit, review log), kept as one JSON file in the office's report
// folder through the Drive advanced service (drive.file: the script sees only what it created,
// and units have no access to the office's folder). One rolling file, rewritten only after a
// clean verification, so its content is always the last good state; Drive itself keeps the
// file's earlier revisions for a while (30 days or 100 revisions), which bounds the history
// without any clean-up of ours. The file id lives in script properties.
import type { Env } from '../env';
import type { Cell, Table } from '../sheets/table';
import { isDate } from '../sheets/table';
import { createReportFolder, driveService } from '../api/report-folder';
import type { Link } from './canonical';
import { CHAIN_KEYS, props, type ChainKey } from './chain';

export const SNAPSHOT_NAME = 'Sao lưu dữ liệu Báo cáo CCHC.json';
const SNAPSHOT_ID_KEY = 'cchc:snapshot:file';

/** A cell in JSON: Dates as { d: ms }, everything else as is. */
type JsonCell = string | number | boolean | { d: number };

export interface SheetCopy { header: string[]; rows: { sheetRow: number; cells: JsonCell[] }[]; head: Link | null }
export interface Snapshot { version: 1; takenAt: string; sheets: Record<ChainKey, SheetCopy> }

const toJson = (c: Cell): JsonCell => (isDate(c) ? { d: c.getTime() } : c);
export const fromJson = (c: JsonCell): Cell => (typeof c === 'object' && c !== null ? new Date(c.d) : c);

const EMPTY: SheetCopy = { header: [], rows: [], head: null };

/** A snapshot taken now of every chain. */
export function snapshotOf(env: Env, copy: (key: ChainKey) => SheetCopy): Snapshot {
  return { version: 1, takenAt: env.now().toISOString(), sheets: Object.fromEntries(CHAIN_KEYS.map((k) => [k, copy(k)])) as Record<ChainKey, SheetCopy> };
}

export function copyOf(table: Table, head: Link | null): SheetCopy {
  return { header: table.header, rows: table.rows.map((r) => ({ sheetRow: r.sheetRow, cells: r.cells.map(toJson) })), head };
}

/** The report folder recorded in the settings, created (and recorded) when there is none. */
function folderId(env: Env, configured: string): string {
  return configured || createReportFolder(env);
}

/** Writes the snapshot (creating the file the first time); returns the file id. */
export function saveSnapshot(env: Env, snapshot: Snapshot, configuredFolder: string): string {
  const files = driveService(env).Files;
  const blob = env.g.Utilities.newBlob(JSON.stringify(snapshot), 'application/json', SNAPSHOT_NAME);
  const p = props(env);
  const known = p.getProperty(SNAPSHOT_ID_KEY);
  if (known) {
    try {
      files.update({}, known, blob, { fields: 'id' });
      return known;
    } catch (e) {
      console.warn(`Snapshot file ${known} not writable, creating a new one: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const created = files.create({ name: SNAPSHOT_NAME, mimeType: 'application/json', parents: [folderId(env, configuredFolder)] }, blob, { fields: 'id' });
  const id = String(created.id);
  p.setProperty(SNAPSHOT_ID_KEY, id);
  return id;
}

/** The last good snapshot, or null when none was taken yet (or it cannot be read). */
export function loadSnapshot(env: Env): Snapshot | null {
  const id = props(env).getProperty(SNAPSHOT_ID_KEY);
  if (!id || !env.g.Drive) return null;
  try {
    const media = env.g.Drive.Files.get(id, { alt: 'media' }) as unknown;
    const text = typeof media === 'string' ? media : (media as GoogleAppsScript.Base.Blob).getDataAsString('UTF-8');
    const snap = JSON.parse(text) as Snapshot;
    if (!(snap && snap.version === 1 && snap.sheets && snap.sheets.data && snap.sheets.audit)) return null;
    // A snapshot taken before the review log was chained holds none of it: every chained review row since counts as new.
    snap.sheets.review ??= EMPTY;
    return snap;
  } catch (e) {
    console.warn(`Snapshot ${id} unreadable: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
