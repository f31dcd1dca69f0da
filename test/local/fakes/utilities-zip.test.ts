// Utilities.zip in the fakes makes a real zip (read back with fflate and with Debian's unzip
// when present): entries named by the blobs' names, folders kept, nameless or repeated names refused.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { createFakeServices } from '../../../src/local/fakes';
import { docxBlob } from '../../../src/server/report/docx-blob';
import { DOCX_MIME, renderDocxParts } from '../../../src/domain/docx/package';
import { sampleDoc } from './sample-doc';

const now = new Date('2024-04-05T09:00:00+07:00');

test('zips blobs into a real archive whose entries keep their folder paths', () => {
  const { Utilities } = createFakeServices({ now }).globals;
  const zip = Utilities.zip([Utilities.newBlob('<a>Xã Cẩm Bình</a>', 'application/xml', 'word/document.xml'), Utilities.newBlob('x', 'text/plain', 'top.txt')], 'b.zip');
  expect(zip.getContentType()).toBe('application/zip');
  expect(zip.getName()).toBe('b.zip');
  const files = unzipSync(new Uint8Array(zip.getBytes().map((b) => b & 0xff)));
  expect(Object.keys(files).sort()).toEqual(['top.txt', 'word/document.xml']);
  expect(strFromU8(files['word/document.xml'])).toBe('<a>Xã Cẩm Bình</a>');
  expect(Utilities.unzip(zip).map((b) => b.getName()).sort()).toEqual(['top.txt', 'word/document.xml']);
});

test('refuses a nameless blob and a repeated entry', () => {
  const { Utilities } = createFakeServices({ now }).globals;
  expect(() => Utilities.zip([Utilities.newBlob('x')])).toThrow(/name/);
  expect(() => Utilities.zip([Utilities.newBlob('x', 'text/plain', 'a.xml'), Utilities.newBlob('y', 'text/plain', 'a.xml')])).toThrow(/duplicate/);
});

test('the server’s .docx blob is a package another unzip reads', () => {
  const { Utilities } = createFakeServices({ now }).globals;
  const blob = docxBlob(Utilities as unknown as GoogleAppsScript.Utilities.Utilities, renderDocxParts(sampleDoc()), 'BC.docx');
  expect(blob.getContentType()).toBe(DOCX_MIME);
  expect(blob.getName()).toBe('BC.docx');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-zip-'));
  try {
    const file = path.join(dir, 'BC.docx');
    writeFileSync(file, Uint8Array.from(blob.getBytes().map((b) => b & 0xff)));
    let listing = '';
    try { listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' }); } catch { listing = execFileSync('python3', ['-m', 'zipfile', '-l', file], { encoding: 'utf8' }); }
    for (const p of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/header1.xml']) expect(listing).toContain(p);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
