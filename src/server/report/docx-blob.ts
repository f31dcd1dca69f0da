// The report's .docx in Apps Script: each part a Blob named by its path in the package, zipped
// with Utilities.zip (synchronous; Apps Script has no timers for an async zip library). Zip
// entries take the blobs' names as they are, so 'word/document.xml' lands in the word/ folder.
// https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String)
import type { DocxPart } from '../../domain/docx/package';
import { DOCX_MIME } from '../../domain/docx/package';

export function docxBlob(U: GoogleAppsScript.Utilities.Utilities, parts: DocxPart[], fileName: string): GoogleAppsScript.Base.Blob {
  const blobs = parts.map((p) => U.newBlob(p.content, 'application/xml', p.path));
  // Utilities.zip types its result application/zip; Drive converts it by the declared type.
  return U.zip(blobs, fileName).setContentType(DOCX_MIME);
}
