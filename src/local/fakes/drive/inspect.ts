// Test-side view of Drive: plain records of every file and folder.
import { decodeBytes } from '../blob';
import type { DriveExporter, DriveStore } from './store';

export interface DriveFileView {
  id: string; name: string; mimeType: string; folderId: string; folderName: string; size: number;
  bytes: Uint8Array | null; trashed: boolean; sharing: { access: string; permission: string } | null;
}

export class DriveInspector {
  constructor(readonly store: DriveStore) {}
  get rootId(): string { return this.store.rootId; }
  files(): DriveFileView[] {
    return [...this.store.files.values()].map((f) => ({
      id: f.id, name: f.name, mimeType: f.mimeType, folderId: f.parentId, folderName: this.store.folder(f.parentId)?.name ?? '',
      size: f.bytes?.length ?? 0, bytes: f.bytes, trashed: f.trashed, sharing: f.sharing,
    }));
  }
  folders(): { id: string; name: string; parentId: string | null }[] {
    return [...this.store.folders.values()].map(({ id, name, parentId }) => ({ id, name, parentId }));
  }
  /** What was uploaded for a converted file (e.g. the .docx behind a Google Doc), or null. */
  source(id: string): { bytes: Uint8Array; mimeType: string } | null {
    const f = this.store.file(id);
    if (!f) throw new Error(`no Drive file ${id}`);
    return f.source;
  }
  /** Plugs a converter into Drive.Files.export (e.g. LibreOffice for the uploaded .docx). */
  setExporter(exporter: DriveExporter | null): void { this.store.exporter = exporter; }
  /** The user opens a file or folder with this app (Google Picker): `drive.file` then lets the app see it. */
  openWithPicker(id: string): void {
    const item = this.store.file(id) ?? this.store.folder(id);
    if (!item) throw new Error(`no Drive item ${id}`);
    item.appCreated = true;
  }
  /** Creates a folder (uncounted), e.g. the configured report folder. */
  addFolder(name: string, parentId = this.store.rootId): string { return this.store.addFolder(name, parentId).id; }
  /** A file's content as text (Google Docs: their text rendering). */
  text(id: string): string {
    const f = this.store.file(id);
    if (!f) throw new Error(`no Drive file ${id}`);
    return f.bytes ? decodeBytes(f.bytes) : this.store.exportDoc?.(id) ?? '';
  }
}
