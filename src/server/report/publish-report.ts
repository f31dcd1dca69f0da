// The official report on Drive through the Drive advanced service (v3), under drive.file: the
// .docx uploaded into the report folder and converted to a Google Doc, the same .docx kept
// beside it for Word users, and the PDF exported from the converted Doc. Four Drive calls,
// whatever the number of units. No DocumentApp: it cannot set a landscape section or a page
// number, and throws "Too many changes applied before saving document" on a large report.
import type { ReportDocument } from '../../domain/report-types';
import { DOCX_MIME, renderDocxParts } from '../../domain/docx/package';
import { docxBlob } from './docx-blob';

export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';
const FIELDS = 'id,webViewLink';

export interface ReportFiles {
  docId: string; docUrl: string;
  docxId: string; docxUrl: string;
  pdfId: string; pdfUrl: string;
}

interface Created { id?: string; webViewLink?: string }

function idAndUrl(file: Created, what: string): { id: string; url: string } {
  if (!file.id) throw new Error(`Drive không trả về mã tệp ${what}.`);
  return { id: file.id, url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view` };
}

/** The export's content as a Blob (the advanced service returns one; a byte array is taken too). */
function asBlob(U: GoogleAppsScript.Utilities.Utilities, content: unknown, name: string): GoogleAppsScript.Base.Blob {
  if (content && typeof (content as GoogleAppsScript.Base.Blob).getBytes === 'function') {
    return (content as GoogleAppsScript.Base.Blob).setContentType(PDF_MIME).setName(name);
  }
  if (Array.isArray(content)) return U.newBlob(content as number[], PDF_MIME, name);
  throw new Error('Drive không trả về nội dung PDF của báo cáo (Drive.Files.export).');
}

/** The typings declare export(fileId, mimeType): void; Apps Script needs alt: 'media' to return the content. */
type Exporting = { export(fileId: string, mimeType: string, optionalArgs: Record<string, unknown>): unknown };

export function publishReport(doc: ReportDocument, g: { Drive: GoogleAppsScript.Drive; Utilities: GoogleAppsScript.Utilities.Utilities }, folderId: string): ReportFiles {
  const { Drive, Utilities } = g;
  const docx = docxBlob(Utilities, renderDocxParts(doc), `${doc.fileName}.docx`);
  // Drive.Files.create(resource, mediaData, optionalArgs): with a Google type, Drive converts the upload.
  const gdoc = idAndUrl(Drive.Files.create({ name: doc.fileName, parents: [folderId], mimeType: GOOGLE_DOC_MIME }, docx, { fields: FIELDS }) as Created, 'Google Docs');
  const word = idAndUrl(Drive.Files.create({ name: `${doc.fileName}.docx`, parents: [folderId], mimeType: DOCX_MIME }, docx, { fields: FIELDS }) as Created, '.docx');
  // alt: 'media' is what makes Apps Script's advanced service return the exported content.
  const exported = (Drive.Files as unknown as Exporting).export(gdoc.id, PDF_MIME, { alt: 'media' });
  const pdfBlob = asBlob(Utilities, exported, `${doc.fileName}.pdf`);
  const pdf = idAndUrl(Drive.Files.create({ name: `${doc.fileName}.pdf`, parents: [folderId], mimeType: PDF_MIME }, pdfBlob, { fields: FIELDS }) as Created, 'PDF');
  return { docId: gdoc.id, docUrl: gdoc.url, docxId: word.id, docxUrl: word.url, pdfId: pdf.id, pdfUrl: pdf.url };
}
