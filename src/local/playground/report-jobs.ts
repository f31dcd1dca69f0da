// Generated reports in the playground. generateSummary already stored the Google Doc, the .docx
// and the PDF in the fake Drive (the PDF exported by LibreOffice from the uploaded .docx, during
// the call, as Google exports it); the playground copies the .docx and the PDF beside the
// workbook so they can be opened after a restart.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { driveFileBytes } from '../workbook/local-report';
import type { LocalWorkbook } from '../workbook/local-workbook';
import type { ReportEntry } from './types';

interface SummaryResult {
  ok?: boolean;
  periodId?: string;
  sheetName?: string;
  docUrl?: string;
  pdfUrl?: string;
  docxUrl?: string;
  totals?: Record<string, number>;
  onTime?: string[];
  late?: string[];
  missing?: string[];
}

export type ReportFileKind = 'pdf' | 'docx';

export class ReportJobs {
  constructor(private readonly dir: string, private readonly onDone: () => void) {}

  filePath(id: string, kind: ReportFileKind): string {
    return path.join(this.dir, `${id}.${kind}`);
  }

  /** A report entry for a successful generateSummary(periodId) result; null for anything else. */
  start(wb: LocalWorkbook, periodArg: unknown, result: unknown): ReportEntry | null {
    const r = (result ?? {}) as SummaryResult;
    if (r.ok !== true) return null;
    const periodId = r.periodId ?? (typeof periodArg === 'string' ? periodArg : '');
    const at = wb.now();
    const id = `${periodId}-${at.toISOString().replace(/[-:]/g, '').slice(0, 15)}`;
    const entry: ReportEntry = {
      id, periodId, sheetName: r.sheetName ?? `TH ${periodId}`, at: at.toISOString(), by: wb.user, status: 'ready',
      totals: r.totals, docUrl: r.docUrl,
      counts: { onTime: r.onTime?.length ?? 0, late: r.late?.length ?? 0, missing: r.missing?.length ?? 0 },
    };
    try {
      if (!r.pdfUrl || !r.docxUrl) throw new Error('generateSummary không trả về đường dẫn PDF và .docx.');
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(this.filePath(id, 'pdf'), driveFileBytes(wb.services, r.pdfUrl).bytes);
      writeFileSync(this.filePath(id, 'docx'), driveFileBytes(wb.services, r.docxUrl).bytes);
    } catch (e) {
      return { ...entry, status: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
    this.onDone();
    return entry;
  }

  /** Kept for the server's shutdown path: nothing runs in the background any more. */
  idle(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
