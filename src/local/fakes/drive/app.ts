// DriveApp over the in-memory store.
import type { FakeBlob } from '../blob';
import type { FakeEnv } from '../env';
import { FakeFile, FakeFolder, FakeIterator } from './items';
import { type DriveStore, NOT_FOUND_MESSAGE } from './store';

export const Access = { ANYONE: 'ANYONE', ANYONE_WITH_LINK: 'ANYONE_WITH_LINK', DOMAIN: 'DOMAIN', DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK', PRIVATE: 'PRIVATE' } as const;
export const Permission = { VIEW: 'VIEW', EDIT: 'EDIT', COMMENT: 'COMMENT', OWNER: 'OWNER', ORGANIZER: 'ORGANIZER', NONE: 'NONE' } as const;

export class FakeDriveApp {
  readonly Access = Access;
  readonly Permission = Permission;

  constructor(private readonly env: FakeEnv, private readonly store: DriveStore) {
    env.registry.track(this, 'drive', 'DriveApp');
  }
  getFileById(id: string): FakeFile {
    const record = this.store.file(String(id));
    if (!record) throw this.env.error(NOT_FOUND_MESSAGE);
    return new FakeFile(this.env, this.store, record);
  }
  getFolderById(id: string): FakeFolder {
    const record = this.store.folder(String(id));
    if (!record) throw this.env.error(NOT_FOUND_MESSAGE);
    return new FakeFolder(this.env, this.store, record);
  }
  getRootFolder(): FakeFolder { return this.root(); }
  createFile(blobOrName: FakeBlob | string, content?: string, mimeType?: string): FakeFile { return this.root().createFile(blobOrName, content, mimeType); }
  createFolder(name: string): FakeFolder { return this.root().createFolder(name); }
  /** All of the user's files and folders, wherever they are (not only the root). */
  getFiles(): FakeIterator<FakeFile> { return this.allFiles(() => true); }
  getFilesByName(name: string): FakeIterator<FakeFile> { return this.allFiles((n) => n === name); }
  getFolders(): FakeIterator<FakeFolder> { return this.allFolders(() => true); }
  getFoldersByName(name: string): FakeIterator<FakeFolder> { return this.allFolders((n) => n === name); }
  private allFiles(keep: (name: string) => boolean): FakeIterator<FakeFile> {
    const list = [...this.store.files.values()].filter((f) => !f.trashed && keep(f.name));
    return new FakeIterator(this.env, list.map((f) => new FakeFile(this.env, this.store, f)), 'FileIterator');
  }
  private allFolders(keep: (name: string) => boolean): FakeIterator<FakeFolder> {
    const list = [...this.store.folders.values()].filter((f) => f.id !== this.store.rootId && !f.trashed && keep(f.name));
    return new FakeIterator(this.env, list.map((f) => new FakeFolder(this.env, this.store, f)), 'FolderIterator');
  }
  private root(): FakeFolder { return new FakeFolder(this.env, this.store, this.store.folder(this.store.rootId)!); }
  toString(): string { return 'DriveApp'; }
}
