// The small dialog behind "Tạo báo cáo tổng hợp…": pick a period (default: the most recent one
// whose deadline has passed), generate, then open the sheet, the Doc, the PDF or the Word file.
import { openPeriods } from '../../domain/calendar';
import { reportKinds } from '../../domain/catalog';
import { reportPeriodLabel } from '../../domain/summary';
import { escapeHtml } from '../../domain/text';
import type { Catalog, Period } from '../../domain/types';
import { requireAdmin } from '../auth';
import type { Env } from '../env';
import { loadConfig } from '../config/load-config';
import { closedPeriods } from './generate-summary';

export const SUMMARY_DIALOG_TITLE = 'Tạo báo cáo tổng hợp';

const SCRIPT = `
var form = document.getElementById('f'), btn = document.getElementById('go'), out = document.getElementById('out');
function show(text, cls) { out.className = cls; out.textContent = text; }
function link(href, text) { var a = document.createElement('a'); a.href = href; a.target = '_blank'; a.rel = 'noopener'; a.textContent = text; return a; }
form.addEventListener('submit', function (ev) {
  ev.preventDefault();
  btn.disabled = true; show('Đang tạo báo cáo…', 'info');
  google.script.run.withSuccessHandler(function (r) {
    btn.disabled = false;
    if (!r.ok) { show(r.errors.map(function (e) { return e.message; }).join(' '), 'error'); return; }
    show('Đã tạo báo cáo ' + r.periodLabel + ': trang "' + r.sheetName + '". Đúng hạn ' + r.onTime.length + ', muộn ' + r.late.length + ', chưa nộp ' + r.missing.length + '. ', 'ok');
    out.appendChild(link(r.docUrl, 'Mở Google Docs')); out.appendChild(document.createTextNode(' · ')); out.appendChild(link(r.pdfUrl, 'Mở PDF'));
    out.appendChild(document.createTextNode(' · ')); out.appendChild(link(r.docxUrl, 'Tải tệp Word (.docx)'));
  }).withFailureHandler(function (e) { btn.disabled = false; show(e && e.message ? e.message : String(e), 'error'); })
    .generateSummary(document.getElementById('period').value);
});`;

const STYLE = `body{font:13px Arial,sans-serif;color:#202124;margin:16px}label{display:block;font-weight:bold;margin-bottom:6px}
select{width:100%;padding:6px;font-size:13px}button{margin-top:12px;background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:8px 16px;font-size:13px;cursor:pointer}
button:disabled{background:#9aa0a6}button:focus-visible,select:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
#out{margin-top:14px;line-height:1.5}.error{color:#c5221f}.ok{color:#137333}.info{color:#5f6368}a{color:#1a73e8}`;

/** Each period is named as its report will be (reportPeriodLabel), with its id to tell Q2 from H1 apart. */
export function summaryDialogHtml(catalog: Catalog, periods: Period[], selected: string | undefined): string {
  const options = periods.map((p) =>
    `<option value="${escapeHtml(p.id)}"${p.id === selected ? ' selected' : ''}>${escapeHtml(reportPeriodLabel(catalog, p))} (${escapeHtml(p.id)})</option>`).join('');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base target="_top"><style>${STYLE}</style></head><body>
<form id="f"><label for="period">Kỳ báo cáo</label><select id="period">${options}</select>
<button id="go" type="submit">Tạo báo cáo</button></form><div id="out" role="status" aria-live="polite"></div>
<script>${SCRIPT}</script></body></html>`;
}

export function showSummaryDialog(env: Env): void {
  const config = loadConfig(env);
  requireAdmin(env, config.settings);
  const now = env.now();
  const closed = closedPeriods(config, now).slice(0, 12);
  const kinds = reportKinds(config.catalog);
  const open = openPeriods(kinds, now, config.calendar).filter((p) => !closed.some((c) => c.id === p.id));
  const html = env.g.HtmlService.createHtmlOutput(summaryDialogHtml(config.catalog, [...closed, ...open], closed[0]?.id)).setWidth(460).setHeight(280);
  env.g.SpreadsheetApp.getUi().showModalDialog(html, SUMMARY_DIALOG_TITLE);
}
