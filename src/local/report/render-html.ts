// The report document model as one HTML page with print CSS, printed to PDF by headless
// Chromium. Layout only: every text and number comes finished from the model, and every
// piece of it is escaped.
import type { ReportBlock, ReportDocument, ReportHeader, ReportTable } from '../../domain/report-types';
import { upperVi } from '../../domain/report-format';
import { FOOTER_SPLIT, HEADER_SPLIT } from '../../domain/report-layout';
import { escapeHtml } from '../../domain/text';
import { REPORT_CSS } from './report-css';

/** Escaped text; line breaks inside a value (a note) stay line breaks. */
function text(s: string): string {
  return escapeHtml(s.normalize('NFC')).replace(/\r?\n/g, '<br>');
}

const pct = (ratio: number): string => `${Math.round(ratio * 10000) / 100}%`;

function colgroup(widths: number[]): string {
  return `<colgroup>${widths.map((w) => `<col style="width:${pct(w)}">`).join('')}</colgroup>`;
}

function renderHeader(h: ReportHeader): string {
  return `<table class="layout header">${colgroup([HEADER_SPLIT.left, HEADER_SPLIT.right])}
<tr>
<td><p class="parent-body">${text(upperVi(h.parentBody))}</p>
<p class="issuing-body"><span class="rule-short">${text(upperVi(h.issuingBody))}</span></p></td>
<td><p class="national-title">${text(upperVi(h.nationalTitle))}</p>
<p class="motto"><span class="rule-full">${text(h.motto)}</span></p></td>
</tr>
<tr class="header-meta">
<td><p class="number">${text(h.number)}</p></td>
<td><p class="place-date">${text(h.placeDate)}</p></td>
</tr>
</table>`;
}

/** Columns under 6% of the line cannot hold a wrapped heading: it is turned sideways instead. */
const isNarrow = (width: number): boolean => width < 0.06;

function headCell(label: string, vertical: boolean): string {
  return vertical ? `<th class="vertical"><span>${text(label)}</span></th>` : `<th>${text(label)}</th>`;
}

/** Short values (a status, a time) stay on one line where the table may widen their column. */
const SHORT = 12;
function cellClass(value: string, numeric: boolean): string {
  if (numeric) return ' class="num"';
  return value.length > 0 && value.length <= SHORT ? ' class="short"' : '';
}

export function renderTable(t: ReportTable): string {
  const numeric = new Set(t.numericColumns);
  const bold = new Set(t.boldRows);
  const head = `<thead><tr>${t.header.map((h, i) => headCell(h, numeric.has(i) && isNarrow(t.widths[i] ?? 1))).join('')}</tr></thead>`;
  const rows = t.rows.map((row, r) => {
    const cells = row.map((c, i) => `<td${cellClass(c, numeric.has(i))}>${text(c)}</td>`).join('');
    return `<tr${bold.has(r) ? ' class="bold"' : ''}>${cells}</tr>`;
  });
  const caption = t.caption ? `<caption>${text(t.caption)}</caption>` : '';
  return `<table class="grid">${caption}${colgroup(t.widths)}${head}<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function renderBlock(b: ReportBlock): string {
  switch (b.type) {
    case 'heading':
      return `<p class="heading">${text(b.text)}</p>`;
    case 'paragraph':
      return `<p>${text(b.text)}</p>`;
    case 'bullet':
      return `<p class="bullet">${text(dashed(b.text))}</p>`;
    case 'table':
      return renderTable(b.table);
  }
}

/** Vietnamese administrative lists use a leading dash, not a bullet glyph. */
export function dashed(item: string): string {
  return /^\s*[-–+•]/.test(item) ? item : `- ${item}`;
}

function renderFooter(doc: ReportDocument): string {
  const items = doc.recipients.items.map((i) => `<p>${text(dashed(i))}</p>`).join('\n');
  const titles = doc.signature.titleLines.map((l) => `<p class="signer-title">${text(upperVi(l))}</p>`).join('\n');
  return `<table class="layout footer">${colgroup([FOOTER_SPLIT.left, FOOTER_SPLIT.right])}
<tr>
<td><p class="recipients-heading">${text(doc.recipients.heading)}</p>
<div class="recipients">${items}</div></td>
<td class="signature">${titles}
<p class="signer-name">${text(doc.signature.name)}</p></td>
</tr>
</table>`;
}

function renderAppendix(a: NonNullable<ReportDocument['appendix']>): string {
  return `<section class="page appendix">
<p class="appendix-title">${text(upperVi(a.title))}</p>
<p class="appendix-subtitle">${text(a.subtitle)}</p>
${renderTable(a.table)}
</section>`;
}

/** A complete, self-contained HTML page (no external resources) for the report. */
export function renderReportHtml(doc: ReportDocument): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${text(doc.fileName)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<section class="page main">
${renderHeader(doc.header)}
<p class="title">${text(upperVi(doc.title))}</p>
<p class="summary-line">${text(doc.summaryLine)}</p>
<div class="summary-rule"></div>
<div class="content">
${doc.body.map(renderBlock).join('\n')}
</div>
${renderFooter(doc)}
</section>
${doc.appendix ? renderAppendix(doc.appendix) : ''}
</body>
</html>
`;
}
