// Generated reports in the playground: when generateSummary succeeds, the same report model is
// built from the workbook at once (so it matches what was summarised) and printed to PDF in the
// background, one job after another, with one headless Chromium kept for all of them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../report/chromium';
import { buildLocalReport, writeLocalReportPdf } from '../workbook/local-report';
import type { LocalWorkbook } from '../workbook/local-workbook';
import type { ReportEntry } from './types';

interface SummaryResult {
  ok?: boolean;
  periodId?: string;
  sheetName?: string;
  docUrl?: string;
  totals?: Record<string, number>;
  onTime?: string[];
  late?: string[];
  missing?: string[];
}

export class ReportJobs {
  private queue: Promise<void> = Promise.resolve();
  private browser: Promise<Browser> | null = null;

  constructor(private readonly dir: string, private readonly onDone: () => void) {}

  pdfPath(id: string): string {
    return path.join(this.dir, `${id}.pdf`);
  }

  htmlPath(id: string): string {
    return path.join(this.dir, `${id}.html`);
  }

  /** A report entry for a successful generateSummary(periodId) result; null for anything else. */
  start(wb: LocalWorkbook, periodArg: unknown, result: unknown): ReportEntry | null {
    const r = (result ?? {}) as SummaryResult;
    if (r.ok !== true) return null;
    const periodId = r.periodId ?? (typeof periodArg === 'string' ? periodArg : '');
    const at = wb.now();
    const id = `${periodId}-${at.toISOString().replace(/[-:]/g, '').slice(0, 15)}`;
    const entry: ReportEntry = {
      id, periodId, sheetName: r.sheetName ?? `TH ${periodId}`, at: at.toISOString(), by: wb.user, status: 'pending',
      totals: r.totals, docUrl: r.docUrl,
      counts: { onTime: r.onTime?.length ?? 0, late: r.late?.length ?? 0, missing: r.missing?.length ?? 0 },
    };
    let report: ReturnType<typeof buildLocalReport>;
    try {
      report = buildLocalReport(wb.services, periodId);
    } catch (e) {
      return { ...entry, status: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
    // The HTML is the Google Doc's local stand-in: ready at once, printed to PDF in the background.
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.htmlPath(id), report.html, 'utf8');
    this.queue = this.queue.then(async () => {
      try {
        await writeLocalReportPdf(report, this.pdfPath(id), await this.openBrowser());
        entry.status = 'ready';
      } catch (e) {
        entry.status = 'failed';
        entry.error = e instanceof Error ? e.message : String(e);
      }
      this.onDone();
    });
    return entry;
  }

  /** Resolves when every queued PDF is written. */
  idle(): Promise<void> {
    return this.queue;
  }

  private openBrowser(): Promise<Browser> {
    this.browser ??= launchChromium();
    return this.browser;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.browser) await (await this.browser).close().catch(() => undefined);
    this.browser = null;
  }
}
