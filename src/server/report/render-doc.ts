// Renders the report document model to a Google Doc in the Nghị định 30/2020 layout, files it
// in the configured Drive folder and saves a PDF export beside it.
import type { ReportDocument } from '../../domain/report-types';
import { makeStyler } from './doc-styles';
import { writeAppendix, writeBody, writeFooter, writeHeader } from './doc-sections';
import { MARGIN_PT, PAGE_PT } from './layout';

export interface ReportDocDeps {
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
}

export interface ReportDocResult {
  docId: string;
  docUrl: string;
  pdfId: string;
  pdfUrl: string;
}

export interface ReportDocOptions {
  folderId?: string;
  /** A folder the caller already opened (saves looking it up again). */
  folder?: GoogleAppsScript.Drive.Folder;
}

export function renderReportDoc(doc: ReportDocument, deps: ReportDocDeps, options: ReportDocOptions = {}): ReportDocResult {
  const { DocumentApp, DriveApp } = deps;
  // Look the folder up first: a wrong folder id fails before a stray Doc is created.
  const folder = options.folder ?? (options.folderId ? DriveApp.getFolderById(options.folderId) : null);
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

  const file = DriveApp.getFileById(docId);
  if (folder) file.moveTo(folder);
  // The export reflects the saved Doc; without a folder the PDF goes where the Doc is (My Drive).
  const blob = file.getAs('application/pdf').setName(`${doc.fileName}.pdf`);
  const pdf = folder ? folder.createFile(blob) : DriveApp.createFile(blob);
  return { docId, docUrl, pdfId: pdf.getId(), pdfUrl: pdf.getUrl() };
}
