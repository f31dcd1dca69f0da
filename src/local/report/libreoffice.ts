// .docx → PDF with LibreOffice (Debian libreoffice-writer-nogui), headless: a Word-compatible
// renderer none of us wrote. Each run gets its own profile directory, so parallel runs (jest
// workers, the playground) never share LibreOffice's user installation lock.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SOFFICE = process.env.SOFFICE_PATH?.trim() || 'soffice';

/** Converts .docx bytes to PDF bytes; rejects with LibreOffice's output when it fails. */
export function docxToPdf(docx: Uint8Array, options: { timeoutMs?: number } = {}): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-soffice-'));
  const input = path.join(dir, 'report.docx');
  writeFileSync(input, docx);
  const profile = `file://${path.join(dir, 'profile')}`;
  return new Promise<Uint8Array>((resolve, reject) => {
    execFile(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
      { timeout: options.timeoutMs ?? 120_000 }, (error, stdout, stderr) => {
        try {
          if (error) throw new Error(`LibreOffice không chuyển được .docx sang PDF: ${error.message}\n${stdout}${stderr}`);
          resolve(new Uint8Array(readFileSync(path.join(dir, 'report.pdf'))));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
  });
}
