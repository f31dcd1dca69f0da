import { createFakeServices } from '../../../src/local/fakes';
import { loadManifest } from '../../../src/local/fakes/auth/manifest';

const now = new Date('2024-05-06T03:00:00.000Z');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const GDOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';
/** Scripts pass null when they update metadata only. */
const NO_BLOB = null as unknown as GoogleAppsScript.Base.Blob;
const asBlob = (b: unknown) => b as GoogleAppsScript.Base.Blob;

function drive() {
  const fakes = createFakeServices({ now });
  const Drive = fakes.globals.Drive;
  if (!Drive) throw new Error('Drive should be enabled by appsscript.json');
  return { fakes, Drive, Utilities: fakes.globals.Utilities };
}

/** Runs `fn` and returns the thrown error's String() as Apps Script would log it. */
function failure(fn: () => unknown): string {
  try { fn(); } catch (e) { return String(e); }
  throw new Error('expected a failure');
}

describe('Drive advanced service (v3)', () => {
  it('exists only when appsscript.json enables it', () => {
    expect(createFakeServices({ now }).globals.Drive).toBeDefined();
    const manifest = { ...loadManifest(), dependencies: { enabledAdvancedServices: [] } };
    expect(createFakeServices({ now, manifest }).globals.Drive).toBeUndefined();
  });

  it('returns only kind, id, name and mimeType unless fields are asked for', () => {
    const { Drive } = drive();
    const folder = Drive.Files.create({ name: 'Báo cáo CCHC', mimeType: FOLDER });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(folder).toMatchObject({ kind: 'drive#file', name: 'Báo cáo CCHC', mimeType: FOLDER });
    const full = Drive.Files.get(folder.id!, { fields: 'id,parents,webViewLink' });
    expect(full).toEqual({ id: folder.id, parents: [expect.any(String)], webViewLink: `https://drive.google.com/drive/folders/${folder.id}` });
  });

  it('converts an uploaded .docx into a Google Doc in the given folder and keeps the uploaded bytes', () => {
    const { fakes, Drive, Utilities } = drive();
    const folder = Drive.Files.create({ name: 'Báo cáo', mimeType: FOLDER });
    const blob = Utilities.newBlob([0x50, 0x4b, 3, 4, 9], DOCX, 'BC quý I.docx');
    const doc = Drive.Files.create({ name: 'BC quý I', mimeType: GDOC, parents: [folder.id!] }, asBlob(blob), { fields: 'id,mimeType,parents,webViewLink' });
    expect(doc).toEqual({ id: doc.id, mimeType: GDOC, parents: [folder.id], webViewLink: `https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk` });
    const source = fakes.drive.source(doc.id!);
    expect(source?.mimeType).toBe(DOCX);
    expect(Array.from(source!.bytes)).toEqual([0x50, 0x4b, 3, 4, 9]);
    expect(fakes.counters.methods('drive')).toEqual({ 'Files.create': 2 });
  });

  it('moves a file with addParents/removeParents and refuses a second parent', () => {
    const { Drive } = drive();
    const a = Drive.Files.create({ name: 'A', mimeType: FOLDER });
    const b = Drive.Files.create({ name: 'B', mimeType: FOLDER });
    const file = Drive.Files.create({ name: 'x.pdf', mimeType: 'application/pdf', parents: [a.id!] });
    expect(failure(() => Drive.Files.update({}, file.id!, NO_BLOB, { addParents: b.id })))
      .toBe('GoogleJsonResponseException: API call to drive.files.update failed with error: Increasing the number of parents is not allowed.');
    const moved = Drive.Files.update({}, file.id!, NO_BLOB, { addParents: b.id, removeParents: a.id, fields: 'parents' });
    expect(moved).toEqual({ parents: [b.id] });
  });

  it('under drive.file sees only what the app created or the user picked: others are "File not found"', () => {
    const { fakes, Drive } = drive();
    const theirs = fakes.drive.addFolder('Thư mục của văn phòng');
    expect(failure(() => Drive.Files.get(theirs)))
      .toBe(`GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${theirs}.`);
    expect(failure(() => Drive.Files.update({ name: 'x' }, theirs)))
      .toBe(`GoogleJsonResponseException: API call to drive.files.update failed with error: File not found: ${theirs}.`);
    expect(failure(() => Drive.Files.create({ name: 'y', parents: [theirs] })))
      .toContain(`File not found: ${theirs}.`);
    expect(Drive.Files.list({ q: `'${theirs}' in parents` }).files).toEqual([]);
    fakes.drive.openWithPicker(theirs);
    expect(Drive.Files.get(theirs).name).toBe('Thư mục của văn phòng');
  });

  it('exports only with alt=media, through the pluggable exporter', () => {
    const { fakes, Drive, Utilities } = drive();
    const doc = Drive.Files.create({ name: 'BC', mimeType: GDOC }, asBlob(Utilities.newBlob([1, 2], DOCX, 'BC.docx')));
    expect(failure(() => Drive.Files.export(doc.id!, 'application/pdf')))
      .toBe('GoogleJsonResponseException: API call to drive.files.export failed with error: Export requires alt=media to download the exported content.');
    const files = Drive.Files as unknown as { export(id: string, mime: string, args: object): GoogleAppsScript.Base.Blob };
    expect(failure(() => files.export(doc.id!, 'application/pdf', { alt: 'media' }))).toContain('no local exporter');
    fakes.drive.setExporter(null);
    expect(failure(() => files.export(doc.id!, 'application/pdf', { alt: 'media' }))).toContain('no local exporter');
    fakes.drive.setExporter((file, mime) => Uint8Array.from([...file.source!.bytes, mime.length]));
    const pdf = files.export(doc.id!, 'application/pdf', { alt: 'media' });
    expect([pdf.getContentType(), pdf.getBytes()]).toEqual(['application/pdf', [1, 2, 'application/pdf'.length]]);
  });

  it('lists the app\'s files in a folder with the requested fields', () => {
    const { Drive } = drive();
    const folder = Drive.Files.create({ name: 'F', mimeType: FOLDER });
    Drive.Files.create({ name: 'a.pdf', mimeType: 'application/pdf', parents: [folder.id!] });
    Drive.Files.create({ name: 'b.pdf', mimeType: 'application/pdf' });
    const list = Drive.Files.list({ q: `'${folder.id}' in parents and trashed = false`, fields: 'files(name,parents)' });
    expect(list.files).toEqual([{ name: 'a.pdf', parents: [folder.id] }]);
  });
});
