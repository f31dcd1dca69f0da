// The Drive advanced service (v3) over the same store as DriveApp. Present only when appsscript.json
// enables it. Modelled from the Drive API v3 reference:
// - files.create / get / update / export / list: https://developers.google.com/workspace/drive/api/reference/rest/v3/files
// - default fields (kind, id, name, mimeType unless `fields` is given): https://developers.google.com/workspace/drive/api/guides/fields-parameter
// - one parent per item ("Increasing the number of parents is not allowed"): https://developers.google.com/workspace/drive/api/guides/ref-single-parent
// - drive.file: the app sees only files it created or the user opened with it: https://developers.google.com/workspace/drive/api/guides/api-specific-auth
// - export needs `alt: 'media'` in Apps Script: https://github.com/brucemcpherson/gas-fakes/issues/117
import { FakeBlob } from '../blob';
import type { FakeEnv } from '../env';
import type { Grants } from '../auth/grants';
import { DRIVE_SCOPE } from '../auth/grants';
import { pickFields, fileResource, type FileResource } from './resource';
import { type DriveFileRecord, type DriveFolderRecord, type DriveStore, NO_EXPORTER } from './store';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const GOOGLE_APPS = 'application/vnd.google-apps.';
/** Upload types Drive converts to a Google Doc (Drive's import formats for documents). */
const DOC_IMPORTS = new Set(['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword',
  'application/vnd.oasis.opendocument.text', 'application/rtf', 'text/plain', 'text/html']);


interface Item { kind: 'file'; rec: DriveFileRecord }
interface FolderItem { kind: 'folder'; rec: DriveFolderRecord }
type AnyItem = Item | FolderItem;

export class FakeDriveFiles {
  constructor(private readonly env: FakeEnv, private readonly store: DriveStore, private readonly grants: Grants) {
    env.registry.track(this, 'drive', 'Files');
  }

  create(resource: Record<string, unknown>, mediaData?: FakeBlob | null, optionalArgs: Record<string, unknown> = {}): FileResource {
    const res = resource ?? {};
    const mimeType = typeof res.mimeType === 'string' ? res.mimeType : undefined;
    const parents = Array.isArray(res.parents) ? res.parents.map(String) : [this.store.rootId];
    if (parents.length > 1) throw this.apiError('create', 'Increasing the number of parents is not allowed.');
    const parent = this.visibleFolder('create', parents[0]);
    if (mimeType === FOLDER_MIME) {
      if (mediaData) throw this.apiError('create', 'A folder cannot have content.');
      const folder = this.store.addFolder(String(res.name ?? 'Untitled folder'), parent.id, true);
      return this.respond({ kind: 'folder', rec: folder }, optionalArgs.fields);
    }
    const name = String(res.name ?? mediaData?.getName() ?? 'Untitled');
    const uploadType = mediaData?.getContentType() ?? 'application/octet-stream';
    const bytes = mediaData ? mediaData._raw().slice() : null;
    let record: DriveFileRecord;
    if (mimeType?.startsWith(GOOGLE_APPS)) {
      if (mediaData && mimeType === `${GOOGLE_APPS}document` && !DOC_IMPORTS.has(uploadType)) {
        throw this.apiError('create', `Unsupported conversion from ${uploadType} to ${mimeType}.`);
      }
      record = this.store.add({ id: this.env.newId('Doc'), name, mimeType, bytes: null, parentId: parent.id, appCreated: true,
        source: bytes ? { bytes, mimeType: uploadType } : null });
    } else {
      record = this.store.add({ id: this.env.newId('File'), name, mimeType: mimeType ?? uploadType, bytes: bytes ?? new Uint8Array(),
        parentId: parent.id, appCreated: true });
    }
    if (typeof res.description === 'string') record.description = res.description;
    return this.respond({ kind: 'file', rec: record }, optionalArgs.fields);
  }

  get(fileId: string, optionalArgs: Record<string, unknown> = {}): FileResource | FakeBlob {
    const item = this.visible('get', fileId);
    if (optionalArgs.alt === 'media') {
      if (item.kind === 'folder' || item.rec.mimeType.startsWith(GOOGLE_APPS)) {
        throw this.apiError('get', 'Only files with binary content can be downloaded. Use Export with Docs Editors files.');
      }
      return new FakeBlob(this.env, (item.rec.bytes ?? new Uint8Array()).slice(), item.rec.mimeType, item.rec.name);
    }
    return this.respond(item, optionalArgs.fields);
  }

  update(resource: Record<string, unknown>, fileId: string, mediaData?: FakeBlob | null, optionalArgs: Record<string, unknown> = {}): FileResource {
    const item = this.visible('update', fileId);
    const res = resource ?? {};
    const add = splitIds(optionalArgs.addParents);
    const remove = splitIds(optionalArgs.removeParents);
    if (add.length || remove.length) {
      const current = item.rec.parentId ? [item.rec.parentId] : [];
      const next = current.filter((p) => !remove.includes(p));
      for (const id of add) { this.visibleFolder('update', id); if (!next.includes(id)) next.push(id); }
      if (next.length > 1) throw this.apiError('update', 'Increasing the number of parents is not allowed.');
      if (next.length === 0) throw this.apiError('update', 'A file must have a parent.');
      item.rec.parentId = next[0];
    }
    if (typeof res.name === 'string') item.rec.name = res.name;
    if (typeof res.description === 'string' && item.kind === 'file') item.rec.description = res.description;
    if (typeof res.trashed === 'boolean') item.rec.trashed = res.trashed;
    if (mediaData && item.kind === 'file') {
      if (item.rec.mimeType.startsWith(GOOGLE_APPS)) item.rec.source = { bytes: mediaData._raw().slice(), mimeType: mediaData.getContentType() ?? '' };
      else item.rec.bytes = mediaData._raw().slice();
    }
    if (item.kind === 'file') this.store.touch(item.rec);
    return this.respond(item, optionalArgs.fields);
  }

  /** Apps Script's advanced service returns the content only with `alt: 'media'` (gas-fakes #117). */
  export(fileId: string, mimeType: string, optionalArgs: Record<string, unknown> = {}): FakeBlob {
    const item = this.visible('export', fileId);
    if (optionalArgs.alt !== 'media') throw this.apiError('export', 'Export requires alt=media to download the exported content.');
    if (item.kind === 'folder' || !item.rec.mimeType.startsWith(GOOGLE_APPS)) throw this.apiError('export', 'Export only supports Docs Editors files.');
    if (!this.store.exporter) throw this.env.error(NO_EXPORTER);
    const bytes = this.store.exporter(item.rec, String(mimeType));
    return new FakeBlob(this.env, bytes, String(mimeType), item.rec.name);
  }

  /** `q` supports `and`-joined terms: `'<id>' in parents`, `name = '…'`, `mimeType = '…'`, `trashed = false|true`. */
  list(optionalArgs: Record<string, unknown> = {}): { kind: string; incompleteSearch: boolean; files: FileResource[] } {
    const terms = typeof optionalArgs.q === 'string' && optionalArgs.q.trim() ? optionalArgs.q.split(/\s+and\s+/i).map(parseTerm) : [];
    const items: AnyItem[] = [
      ...[...this.store.folders.values()].filter((f) => f.id !== this.store.rootId).map((rec): AnyItem => ({ kind: 'folder', rec })),
      ...[...this.store.files.values()].map((rec): AnyItem => ({ kind: 'file', rec })),
    ].filter((i) => this.canSee(i) && terms.every((t) => t(i)));
    const inner = typeof optionalArgs.fields === 'string' ? /files\(([^)]*)\)/.exec(optionalArgs.fields)?.[1] : undefined;
    return { kind: 'drive#fileList', incompleteSearch: false, files: items.map((i) => this.respond(i, inner)) };
  }

  private respond(item: AnyItem, fields: unknown): FileResource {
    return pickFields(fileResource(item), typeof fields === 'string' ? fields : undefined);
  }

  private canSee(item: AnyItem): boolean {
    return this.grants.has(DRIVE_SCOPE) || item.rec.appCreated;
  }

  private visible(method: string, fileId: string): AnyItem {
    const id = String(fileId);
    const file = this.store.file(id);
    const folder = this.store.folder(id);
    const item: AnyItem | undefined = file ? { kind: 'file', rec: file } : folder ? { kind: 'folder', rec: folder } : undefined;
    if (!item || !this.canSee(item)) throw this.apiError(method, `File not found: ${id}.`);
    return item;
  }

  private visibleFolder(method: string, id: string): DriveFolderRecord {
    // The user's root is always addressable as a parent.
    if (id === this.store.rootId || id === 'root') return this.store.folder(this.store.rootId)!;
    const item = this.visible(method, id);
    if (item.kind !== 'folder') throw this.apiError(method, `The parent ${id} is not a folder.`);
    return item.rec;
  }

  /** Advanced services throw GoogleJsonResponseException with the API's message. */
  private apiError(method: string, message: string): Error {
    const error = this.env.error(`API call to drive.files.${method} failed with error: ${message}`);
    error.name = 'GoogleJsonResponseException';
    return error;
  }
  toString(): string { return 'Files'; }
}

function splitIds(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

function parseTerm(term: string): (i: AnyItem) => boolean {
  const t = term.trim();
  let m = /^'([^']+)'\s+in\s+parents$/i.exec(t);
  if (m) { const id = m[1]; return (i) => i.rec.parentId === id; }
  m = /^(name|mimeType)\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(t);
  if (m) {
    const [, key, raw] = m; const value = raw.replace(/\\(.)/g, '$1');
    return (i) => (key === 'name' ? i.rec.name : i.kind === 'folder' ? FOLDER_MIME : i.rec.mimeType) === value;
  }
  m = /^trashed\s*=\s*(true|false)$/.exec(t);
  if (m) { const want = m[1] === 'true'; return (i) => i.rec.trashed === want; }
  throw new Error(`Fake Drive: unsupported query term "${t}"`);
}

/** The `Drive` global: `Drive.Files` (counted) plus the resource constructors scripts may use. */
export function createDriveAdvanced(files: object): { Files: object; newFile(): Record<string, unknown> } {
  return { Files: files, newFile: () => ({}) };
}
