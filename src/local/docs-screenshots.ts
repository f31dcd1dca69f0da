// Regenerates the README's screenshots from the real UI (run after `npm run build`):
//   node src/local/run-ts.mjs src/local/docs-screenshots.ts [--out docs/screenshots]
// - playground-sidebar.png: the playground with an officer's filled form in the 300 px sidebar;
// - status-sheet.png: the status sheet after the daily check, past the Q1 deadline;
// - summary-dialog.png: the admin's "Tạo báo cáo tổng hợp" dialog after generating;
// - report-page.png: page 1 of the demo's report PDF (pdftoppm).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './report/chromium';
import { startPlayground } from './playground/server';
import { runDemo } from './demo/run-demo';
import { ADMIN, OFFICER } from './workbook/people';

async function chooseMenu(page: Page, fn: string): Promise<void> {
  await page.click('.menu-button');
  await page.click(`.dropdown [data-fn="${fn}"]`);
}

async function asUser(page: Page, email: string): Promise<void> {
  await page.selectOption('#user', email);
  await page.waitForFunction((e) => (document.getElementById('user') as HTMLSelectElement).value === e, email);
}

async function playgroundShots(outDir: string, work: string): Promise<void> {
  const playground = await startPlayground({ port: 0, dir: path.join(work, 'playground'), reset: true, log: () => undefined });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1 });
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|about:|data:)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(playground.url);
    await page.waitForSelector('table.grid');
    await page.click('#console-toggle'); // more room for the grid

    await asUser(page, OFFICER);
    await page.click('#tabs [data-sheet="Đơn vị"]');
    await chooseMenu(page, 'showSidebar');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#period').selectOption('2024-Q1');
    const counts = sidebar.locator('.input-count');
    await counts.first().waitFor();
    const figures = ['2', '3', '14', '500', '6', '12', '1', '4'];
    for (let i = 0; i < (await counts.count()); i++) await counts.nth(i).fill(figures[i % figures.length]);
    await sidebar.locator('#f-note').fill('Tổ chức tọa đàm với Đoàn Thanh niên xã.').catch(() => undefined);
    await sidebar.locator('body').evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
    await page.screenshot({ path: path.join(outDir, 'playground-sidebar.png') });
    await sidebar.locator('#submit').click();
    await sidebar.locator('#receipt').waitFor();
    await page.click('#sidebar-close');

    await page.uncheck('#auto-triggers');
    await page.fill('#clock-input', '20/03/2024 08:00');
    await page.click('#clock-set');
    await page.waitForFunction(() => document.getElementById('clock-text')?.textContent?.includes('20/03/2024'));
    await page.click('#run-daily');
    await page.click('#tabs [data-sheet="Trạng thái nộp báo cáo"]');
    await page.waitForSelector('table.grid[data-sheet="Trạng thái nộp báo cáo"]');
    await page.waitForTimeout(300);
    await page.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
    await page.screenshot({ path: path.join(outDir, 'status-sheet.png') });

    await asUser(page, ADMIN);
    await chooseMenu(page, 'showSummaryDialog');
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('#period').selectOption('2024-Q1');
    await dialog.locator('#go').click();
    await dialog.locator('#out.ok').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(outDir, 'summary-dialog.png') });
  } finally {
    await browser.close();
    await playground.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const outDir = path.resolve(i >= 0 && args[i + 1] ? args[i + 1] : 'docs/screenshots');
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'cchc-docs-'));
  try {
    await playgroundShots(outDir, work);
    const demo = await runDemo(path.join(work, 'demo'));
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', demo.files.pdf, path.join(work, 'report-page')]);
    copyFileSync(path.join(work, 'report-page.png'), path.join(outDir, 'report-page.png'));
    console.log(`Đã ghi ảnh minh họa vào ${path.relative(process.cwd(), outDir)}: playground-sidebar.png, status-sheet.png, summary-dialog.png, report-page.png`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
