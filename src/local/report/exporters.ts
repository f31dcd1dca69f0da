// What the fake Drive's files.export runs for a Google Doc converted from a .docx upload.
// Google renders the Doc; locally LibreOffice renders the uploaded .docx, a Word-compatible
// renderer none of us wrote. Tests that only count service calls use the stand-in, which still
// refuses anything that is not a well-formed .docx.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { DriveExporter, DriveFileRecord } from '../fakes/drive/store';
import { DOCX_MIME } from '../../domain/docx/package';
import { SOFFICE } from './libreoffice';

function uploadedDocx(file: DriveFileRecord, mimeType: string): Uint8Array {
  if (mimeType !== 'application/pdf') throw new Error(`Local export: only PDF is rendered, not ${mimeType}.`);
  if (!file.source || file.source.mimeType !== DOCX_MIME) throw new Error(`Local export: ${file.name} was not converted from a .docx upload.`);
  const parts = unzipSync(file.source.bytes);
  for (const p of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']) {
    if (!parts[p]) throw new Error(`Local export: the uploaded .docx has no ${p}.`);
  }
  return file.source.bytes;
}

/**
 * .docx bytes to PDF bytes with headless LibreOffice Writer, synchronously (Drive calls are
 * synchronous in Apps Script). A private profile per run: parallel runs never collide.
 */
export function docxToPdfSync(docx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-soffice-'));
  try {
    const input = path.join(dir, 'report.docx');
    writeFileSync(input, docx);
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'pipe', timeout: 120_000 });
    return new Uint8Array(readFileSync(path.join(dir, 'report.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const libreOfficeExporter: DriveExporter = (file, mimeType) => docxToPdfSync(uploadedDocx(file, mimeType));

export const STAND_IN_PDF_MARK = '% stand-in export: the .docx was checked, not rendered';

/** For call-count tests and the bench: checks the upload, renders nothing. */
export const standInExporter: DriveExporter = (file, mimeType) => {
  uploadedDocx(file, mimeType);
  return new TextEncoder().encode(`%PDF-1.4\n${STAND_IN_PDF_MARK}\n%%EOF\n`);
};
