// Drive's state: files and folders by id. Google Docs have no bytes; their blob comes from the
// document (set by the DocumentApp fake through `exportDoc`).
import type { FakeEnv } from '../env';

export interface DriveFileRecord {
  id: string; name: string; mimeType: string; bytes: Uint8Array | null; parentId: string; trashed: boolean;
  created: Date; updated: Date; description: string; sharing: { access: string; permission: string } | null;
  /** Created by this script (or opened with the picker): what `drive.file` lets the app see. */
  appCreated: boolean;
  /** For a file converted on upload (e.g. .docx -> Google Doc): the uploaded bytes and type. */
  source: { bytes: Uint8Array; mimeType: string } | null;
}
export interface DriveFolderRecord {
  id: string; name: string; parentId: string | null; trashed: boolean; created: Date; appCreated: boolean;
}

/** Turns a Google Doc into bytes of another type (e.g. LibreOffice on the uploaded .docx). */
export type DriveExporter = (file: DriveFileRecord, mimeType: string) => Uint8Array;
export const NO_EXPORTER = 'Fake Drive: no local exporter is installed for this export (call fakes.drive.setExporter first).';

export const NOT_FOUND_MESSAGE = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export class DriveStore {
  readonly files = new Map<string, DriveFileRecord>();
  readonly folders = new Map<string, DriveFolderRecord>();
  readonly rootId: string;
  /** Text rendering of a Google Doc by id (installed by the DocumentApp fake). */
  exportDoc: ((id: string) => string) | null = null;
  /** Drive.Files.export's converter; none by default (Google renders, we cannot). */
  exporter: DriveExporter | null = null;

  constructor(private readonly env: FakeEnv) {
    this.rootId = env.newId('Root');
    this.folders.set(this.rootId, { id: this.rootId, name: 'My Drive', parentId: null, trashed: false, created: env.clock.now(), appCreated: false });
  }

  add(file: Pick<DriveFileRecord, 'id' | 'name' | 'mimeType' | 'bytes' | 'parentId'> & Partial<Pick<DriveFileRecord, 'appCreated' | 'source'>>): DriveFileRecord {
    const now = this.env.clock.now();
    const record: DriveFileRecord = { appCreated: false, source: null, ...file, trashed: false, created: now, updated: now, description: '', sharing: null };
    this.files.set(file.id, record);
    return record;
  }
  addFolder(name: string, parentId: string, appCreated = false): DriveFolderRecord {
    const record = { id: this.env.newId('Folder'), name, parentId, trashed: false, created: this.env.clock.now(), appCreated };
    this.folders.set(record.id, record);
    return record;
  }
  file(id: string): DriveFileRecord | undefined { return this.files.get(id); }
  folder(id: string): DriveFolderRecord | undefined { return this.folders.get(id); }
  rename(id: string, name: string): void {
    const f = this.files.get(id);
    if (f) { f.name = name; f.updated = this.env.clock.now(); }
  }
  touch(record: DriveFileRecord): void { record.updated = this.env.clock.now(); }
}
