import { createFakeServices } from '../../../src/local/fakes';
import { FAKE_PDF_HEADER } from '../../../src/local/fakes/blob';
import { NOT_FOUND_MESSAGE } from '../../../src/local/fakes/drive/store';
import { loadManifest } from '../../../src/local/fakes/auth/manifest';

const now = new Date('2024-05-06T03:00:00.000Z');
/** DriveApp needs the full drive scope (and DocumentApp documents): these tests run under a manifest that grants them. */
const manifest = { ...loadManifest(), oauthScopes: [...(loadManifest().oauthScopes ?? []), 'https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/documents'] };

describe('DriveApp under the project\'s manifest (drive.file)', () => {
  it('refuses every DriveApp call with Google\'s permission error', () => {
    const fakes = createFakeServices({ now });
    const { DriveApp } = fakes.globals;
    expect(() => DriveApp.createFolder('Báo cáo CCHC')).toThrow(
      'You do not have permission to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive');
    expect(() => DriveApp.getFolderById('x')).toThrow(/^You do not have permission to call DriveApp.getFolderById\. Required permissions: .*auth\/drive\)$/);
    expect(fakes.drive.folders()).toHaveLength(1); // only My Drive: nothing was created
  });

  it('also refuses Folder and File methods on items the script holds', () => {
    const fakes = createFakeServices({ now, manifest });
    const folder = fakes.globals.DriveApp.createFolder('F');
    fakes.grants.revoke('drive');
    expect(() => folder.createFile('a.txt', 'x')).toThrow('You do not have permission to call Folder.createFile. Required permissions: https://www.googleapis.com/auth/drive');
  });
});

describe('DriveApp', () => {
  it('finds documents created by DocumentApp and moves them to a folder', () => {
    const fakes = createFakeServices({ now, manifest });
    const { DocumentApp, DriveApp } = fakes.globals;
    const doc = DocumentApp.create('Báo cáo');
    doc.getBody().appendParagraph('Nội dung');
    const folderId = fakes.drive.addFolder('Báo cáo CCHC');
    const folder = DriveApp.getFolderById(folderId);
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(file.getParents().next().getId()).toBe(fakes.drive.rootId);
    file.moveTo(folder);
    expect(file.getParents().next().getName()).toBe('Báo cáo CCHC');
    expect(fakes.drive.files().find((f) => f.id === doc.getId())).toMatchObject({ folderId, folderName: 'Báo cáo CCHC' });
    const names: string[] = [];
    for (const it = folder.getFiles(); it.hasNext();) names.push(it.next().getName());
    expect(names).toEqual(['Báo cáo']);
  });

  it('exports a document as PDF and saves it beside the document', () => {
    const fakes = createFakeServices({ now, manifest });
    const { DocumentApp, DriveApp } = fakes.globals;
    const doc = DocumentApp.create('BC quý 1');
    doc.getBody().appendParagraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    doc.saveAndClose();
    const folder = DriveApp.createFolder('Xuất');
    const pdf = folder.createFile(DriveApp.getFileById(doc.getId()).getAs('application/pdf'));
    expect([pdf.getName(), pdf.getMimeType()]).toEqual(['BC quý 1.pdf', 'application/pdf']);
    expect(pdf.getUrl()).toBe(`https://drive.google.com/file/d/${pdf.getId()}/view?usp=drivesdk`);
    const text = fakes.drive.text(pdf.getId());
    expect(text.startsWith(FAKE_PDF_HEADER)).toBe(true);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('creates files from blobs and strings, trashes them and shares them', () => {
    const fakes = createFakeServices({ now, manifest });
    const { DriveApp, Utilities } = fakes.globals;
    const a = DriveApp.createFile(Utilities.newBlob('xin chào', 'text/plain', 'a.txt'));
    const b = DriveApp.createFile('b.csv', 'x,y', 'text/csv');
    expect([a.getSize(), a.getBlob().getDataAsString(), b.getMimeType()]).toEqual([9, 'xin chào', 'text/csv']);
    b.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    expect(b.getSharingAccess()).toBe('ANYONE_WITH_LINK');
    a.setTrashed(true);
    const names: string[] = [];
    for (const it = DriveApp.getRootFolder().getFiles(); it.hasNext();) names.push(it.next().getName());
    expect(names).toEqual(['Báo cáo CCHC', 'b.csv']); // the bound spreadsheet is a Drive file too
  });

  it('throws for unknown ids and exhausted iterators', () => {
    const { DriveApp } = createFakeServices({ now, manifest }).globals;
    expect(() => DriveApp.getFolderById('nope')).toThrow(NOT_FOUND_MESSAGE);
    expect(() => DriveApp.getFileById('nope')).toThrow(NOT_FOUND_MESSAGE);
    const it = DriveApp.getFoldersByName('none');
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow(/iterator has reached the end/);
  });
});
