// Renders the report document model to a Google Doc in the Nghị định 30/2020 layout, files it
// in the configured Drive folder and saves a PDF export beside it.
import type { ReportDocument } from '../../domain/report-types';
import { makeStyler } from './doc-styles';
import { writeAppendix, writeBody, writeFooter, writeHeader } from './doc-sections';
import { MARGIN_PT, PAGE_PT } from './layout';

export interface ReportDocDeps {
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  /** The Drive advanced service (v3): under the drive.file scope DriveApp is not allowed. */
  Drive: GoogleAppsScript.Drive;
}

export interface ReportDocResult {
  docId: string;
  docUrl: string;
  pdfId: string;
  pdfUrl: string;
}

export interface ReportDocOptions {
  folderId?: string;
  /** The caller already checked that the folder is reachable (saves looking it up again). */
  folderChecked?: boolean;
}

export function renderReportDoc(doc: ReportDocument, deps: ReportDocDeps, options: ReportDocOptions = {}): ReportDocResult {
  const { DocumentApp, Drive } = deps;
  const folderId = options.folderId;
  // Look the folder up first: a wrong folder id fails before a stray Doc is created.
  if (folderId && !options.folderChecked) Drive.Files.get(folderId, { fields: 'id' });
  const document = DocumentApp.create(doc.fileName);
  const body = document.getBody();
  body.setPageWidth(PAGE_PT.width).setPageHeight(PAGE_PT.height)
    .setMarginTop(MARGIN_PT.top).setMarginBottom(MARGIN_PT.bottom)
    .setMarginLeft(MARGIN_PT.left).setMarginRight(MARGIN_PT.right);

  const st = makeStyler(DocumentApp);
  writeHeader(body, st, doc);
  writeBody(body, st, doc.body);
  writeFooter(body, st, doc);
  if (doc.appendix) writeAppendix(body, st, doc.appendix);

  const docId = document.getId();
  const docUrl = document.getUrl();
  document.saveAndClose();

  if (folderId) {
    const parents = Drive.Files.get(docId, { fields: 'parents' }).parents ?? [];
    Drive.Files.update({}, docId, null as unknown as GoogleAppsScript.Base.Blob, { addParents: folderId, removeParents: parents.join(',') });
  }
  // The export reflects the saved Doc; without a folder the PDF goes where the Doc is (My Drive).
  // Apps Script's Drive.Files.export returns the content only with alt=media (typed as void).
  const files = Drive.Files as unknown as { export(id: string, mime: string, args: object): GoogleAppsScript.Base.Blob };
  const blob = files.export(docId, 'application/pdf', { alt: 'media' }).setName(`${doc.fileName}.pdf`);
  const pdf = Drive.Files.create({ name: `${doc.fileName}.pdf`, mimeType: 'application/pdf', ...(folderId ? { parents: [folderId] } : {}) },
    blob, { fields: 'id,webViewLink' });
  return { docId, docUrl, pdfId: String(pdf.id), pdfUrl: String(pdf.webViewLink) };
}
