// Prints an HTML page to PDF with headless Chromium, honouring the page's @page rules
// (A4 portrait body, landscape appendix). Nothing is fetched from the network.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';

export interface PrintPdfOptions {
  /** Reuse an open browser (tests printing several files); otherwise one is launched and closed. */
  browser?: Browser;
  timeoutMs?: number;
}

export async function printPdf(html: string, outPath: string, options: PrintPdfOptions = {}): Promise<{ path: string; bytes: number }> {
  const path = resolve(outPath);
  await mkdir(dirname(path), { recursive: true });
  const browser = options.browser ?? (await launchChromium());
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(options.timeoutMs ?? 30_000);
      // The report is self-contained: any request (an injected <img>, say) is refused.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path, preferCSSPageSize: true, printBackground: true, format: 'A4' });
    } finally {
      await context.close();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
  return { path, bytes: (await stat(path)).size };
}
