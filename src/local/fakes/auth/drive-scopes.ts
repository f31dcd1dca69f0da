// Scopes of the Drive API v3 files methods the fakes model, from each method's "Authorization
// scopes" section ("Requires one of the following OAuth scopes"):
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/export
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list
const A = 'https://www.googleapis.com/auth/';
const DRIVE = `${A}drive`;
const FILE = `${A}drive.file`;
const APPDATA = `${A}drive.appdata`;
const READ = [`${A}drive.readonly`, `${A}drive.metadata.readonly`, `${A}drive.metadata`, `${A}drive.photos.readonly`, `${A}drive.meet.readonly`];

export const DRIVE_V3_SCOPES: Record<string, readonly string[]> = {
  create: [DRIVE, APPDATA, FILE],
  get: [DRIVE, APPDATA, FILE, ...READ],
  update: [DRIVE, APPDATA, FILE, `${A}drive.metadata`, `${A}drive.scripts`],
  export: [DRIVE, FILE, `${A}drive.readonly`, `${A}drive.meet.readonly`],
  list: [DRIVE, APPDATA, FILE, ...READ],
};
