// Drive's state: files and folders by id. Google Docs have no bytes; their blob comes from the
// document (set by the DocumentApp fake through `exportDoc`).
import type { FakeEnv } from '../env';

export interface DriveFileRecord {
  id: string; name: string; mimeType: string; bytes: Uint8Array | null; parentId: string; trashed: boolean;
  created: Date; updated: Date; description: string; sharing: { access: string; permission: string } | null;
}
export interface DriveFolderRecord { id: string; name: string; parentId: string | null; trashed: boolean; created: Date }

export const NOT_FOUND_MESSAGE = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export class DriveStore {
  readonly files = new Map<string, DriveFileRecord>();
  readonly folders = new Map<string, DriveFolderRecord>();
  readonly rootId: string;
  /** Text rendering of a Google Doc by id (installed by the DocumentApp fake). */
  exportDoc: ((id: string) => string) | null = null;

  constructor(private readonly env: FakeEnv) {
    this.rootId = env.newId('Root');
    this.folders.set(this.rootId, { id: this.rootId, name: 'My Drive', parentId: null, trashed: false, created: env.clock.now() });
  }

  add(file: Pick<DriveFileRecord, 'id' | 'name' | 'mimeType' | 'bytes' | 'parentId'>): DriveFileRecord {
    const now = this.env.clock.now();
    const record: DriveFileRecord = { ...file, trashed: false, created: now, updated: now, description: '', sharing: null };
    this.files.set(file.id, record);
    return record;
  }
  addFolder(name: string, parentId: string): DriveFolderRecord {
    const record = { id: this.env.newId('Folder'), name, parentId, trashed: false, created: this.env.clock.now() };
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
