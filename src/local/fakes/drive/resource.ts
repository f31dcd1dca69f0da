// Drive v3 File resources: every field we model, then cut to what `fields` asks for. Without
// `fields`, files.* return only kind, id, name and mimeType.
// https://developers.google.com/workspace/drive/api/guides/fields-parameter
import type { DriveFileRecord, DriveFolderRecord } from './store';

export type FileResource = Record<string, unknown>;
export const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];
const FOLDER_MIME = 'application/vnd.google-apps.folder';

type AnyItem = { kind: 'file'; rec: DriveFileRecord } | { kind: 'folder'; rec: DriveFolderRecord };

export function fileResource(item: AnyItem): FileResource {
  const { rec } = item;
  const mimeType = item.kind === 'folder' ? FOLDER_MIME : item.rec.mimeType;
  const parentId = rec.parentId;
  const base: FileResource = {
    kind: 'drive#file', id: rec.id, name: rec.name, mimeType,
    parents: parentId ? [parentId] : [],
    trashed: rec.trashed,
    createdTime: rec.created.toISOString(),
    webViewLink: webViewLink(rec.id, mimeType),
  };
  if (item.kind === 'file') {
    base.modifiedTime = item.rec.updated.toISOString();
    base.description = item.rec.description;
    if (item.rec.bytes && !mimeType.startsWith('application/vnd.google-apps.')) base.size = String(item.rec.bytes.length);
  }
  return base;
}

export function webViewLink(id: string, mimeType: string): string {
  if (mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${id}`;
  if (mimeType === 'application/vnd.google-apps.document') return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
  if (mimeType === 'application/vnd.google-apps.spreadsheet') return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
}

/** `fields` is a comma list of top-level names, or `*`; unknown names are an error at Google too. */
export function pickFields(resource: FileResource, fields: string | undefined): FileResource {
  const wanted = fields === undefined || fields.trim() === '' ? DEFAULT_FIELDS : fields.split(',').map((f) => f.trim()).filter(Boolean);
  if (wanted.includes('*')) return { ...resource };
  const out: FileResource = {};
  for (const key of wanted) if (key in resource) out[key] = resource[key];
  return out;
}
