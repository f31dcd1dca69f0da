// Drive File, Folder and their iterators.
import { FakeBlob, FAKE_PDF_HEADER, renameForType, toBytes } from '../blob';
import { type FakeEnv, makeUser, type FakeUser } from '../env';
import type { DriveFileRecord, DriveFolderRecord, DriveStore } from './store';

const GOOGLE_DOC = 'application/vnd.google-apps.document';

export class FakeIterator<T> {
  private index = 0;
  constructor(private readonly env: FakeEnv, private readonly items: T[], type: string) {
    env.registry.track(this, 'drive', type);
  }
  hasNext(): boolean { return this.index < this.items.length; }
  next(): T {
    if (this.index >= this.items.length) throw this.env.error('Cannot retrieve the next object: iterator has reached the end.');
    return this.items[this.index++];
  }
  getContinuationToken(): string { return `fake-token-${this.index}`; }
}

export class FakeFile {
  constructor(private readonly env: FakeEnv, private readonly store: DriveStore, readonly record: DriveFileRecord) {
    env.registry.track(this, 'drive', 'File');
  }
  getId(): string { return this.record.id; }
  getName(): string { return this.record.name; }
  setName(name: string): this { this.record.name = String(name); this.store.touch(this.record); return this; }
  getMimeType(): string { return this.record.mimeType; }
  getSize(): number { return this.record.bytes?.length ?? 0; }
  getUrl(): string {
    return this.record.mimeType === GOOGLE_DOC ? `https://docs.google.com/document/d/${this.record.id}/edit?usp=drivesdk`
      : `https://drive.google.com/file/d/${this.record.id}/view?usp=drivesdk`;
  }
  getDownloadUrl(): string { return `https://drive.google.com/uc?id=${this.record.id}&export=download`; }
  getDateCreated(): Date { return this.env.realm.newDate(this.record.created.getTime()); }
  getLastUpdated(): Date { return this.env.realm.newDate(this.record.updated.getTime()); }
  getDescription(): string { return this.record.description; }
  setDescription(description: string): this { this.record.description = String(description); return this; }
  /** Google Docs export as (fake) PDF; other files give their bytes. */
  getBlob(): FakeBlob {
    if (this.record.mimeType === GOOGLE_DOC) return this.getAs('application/pdf');
    return new FakeBlob(this.env, (this.record.bytes ?? new Uint8Array()).slice(), this.record.mimeType, this.record.name);
  }
  getAs(contentType: string): FakeBlob {
    if (this.record.mimeType === GOOGLE_DOC) {
      if (String(contentType) !== 'application/pdf') throw this.env.error(`Converting from ${GOOGLE_DOC} to ${String(contentType)} is not supported.`);
      const text = this.store.exportDoc?.(this.record.id) ?? '';
      return new FakeBlob(this.env, toBytes(FAKE_PDF_HEADER + text), 'application/pdf', renameForType(`${this.record.name}.gdoc`, 'application/pdf'));
    }
    return this.getBlob().getAs(contentType);
  }
  getParents(): FakeIterator<FakeFolder> {
    const parent = this.store.folder(this.record.parentId);
    return new FakeIterator(this.env, parent ? [new FakeFolder(this.env, this.store, parent)] : [], 'FolderIterator');
  }
  moveTo(destination: FakeFolder): this {
    this.record.parentId = destination.getId();
    this.store.touch(this.record);
    return this;
  }
  setTrashed(trashed: boolean): this { this.record.trashed = !!trashed; return this; }
  isTrashed(): boolean { return this.record.trashed; }
  setSharing(accessType: string, permissionType: string): this {
    this.record.sharing = { access: String(accessType), permission: String(permissionType) };
    return this;
  }
  getSharingAccess(): string { return this.record.sharing?.access ?? 'PRIVATE'; }
  getSharingPermission(): string { return this.record.sharing?.permission ?? 'NONE'; }
  getOwner(): FakeUser { return makeUser(this.env.users.effective); }
  makeCopy(name?: string, destination?: FakeFolder): FakeFile {
    const copy = this.store.add({ ...this.record, id: this.env.newId('File'), name: name ?? `Copy of ${this.record.name}`,
      bytes: this.record.bytes?.slice() ?? null, parentId: destination?.getId() ?? this.record.parentId, appCreated: true });
    return new FakeFile(this.env, this.store, copy);
  }
  toString(): string { return this.record.name; }
}

export class FakeFolder {
  constructor(private readonly env: FakeEnv, private readonly store: DriveStore, readonly record: DriveFolderRecord) {
    env.registry.track(this, 'drive', 'Folder');
  }
  getId(): string { return this.record.id; }
  getName(): string { return this.record.name; }
  setName(name: string): this { this.record.name = String(name); return this; }
  getUrl(): string { return `https://drive.google.com/drive/folders/${this.record.id}`; }
  createFile(blobOrName: FakeBlob | string, content?: string, mimeType = 'text/plain'): FakeFile {
    const fromBlob = typeof blobOrName !== 'string';
    const record = this.store.add({
      id: this.env.newId('File'),
      name: fromBlob ? blobOrName.getName() ?? 'Untitled' : String(blobOrName),
      mimeType: fromBlob ? blobOrName.getContentType() ?? 'application/octet-stream' : mimeType,
      bytes: fromBlob ? blobOrName._raw().slice() : toBytes(String(content ?? '')),
      parentId: this.record.id,
      appCreated: true,
    });
    return new FakeFile(this.env, this.store, record);
  }
  createFolder(name: string): FakeFolder { return new FakeFolder(this.env, this.store, this.store.addFolder(String(name), this.record.id, true)); }
  getFiles(): FakeIterator<FakeFile> { return this.files(() => true); }
  getFilesByName(name: string): FakeIterator<FakeFile> { return this.files((f) => f.name === name); }
  getFolders(): FakeIterator<FakeFolder> { return this.folders(() => true); }
  getFoldersByName(name: string): FakeIterator<FakeFolder> { return this.folders((f) => f.name === name); }
  getParents(): FakeIterator<FakeFolder> {
    const parent = this.record.parentId ? this.store.folder(this.record.parentId) : undefined;
    return new FakeIterator(this.env, parent ? [new FakeFolder(this.env, this.store, parent)] : [], 'FolderIterator');
  }
  setTrashed(trashed: boolean): this { this.record.trashed = !!trashed; return this; }
  isTrashed(): boolean { return this.record.trashed; }
  private files(keep: (f: DriveFileRecord) => boolean): FakeIterator<FakeFile> {
    const list = [...this.store.files.values()].filter((f) => f.parentId === this.record.id && !f.trashed && keep(f));
    return new FakeIterator(this.env, list.map((f) => new FakeFile(this.env, this.store, f)), 'FileIterator');
  }
  private folders(keep: (f: DriveFolderRecord) => boolean): FakeIterator<FakeFolder> {
    const list = [...this.store.folders.values()].filter((f) => f.parentId === this.record.id && !f.trashed && keep(f));
    return new FakeIterator(this.env, list.map((f) => new FakeFolder(this.env, this.store, f)), 'FolderIterator');
  }
  toString(): string { return this.record.name; }
}
