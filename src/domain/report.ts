// The official report of one period as a renderer-neutral document (Nghị định 30/2020/NĐ-CP,
// Phụ lục I): header, title, generated narrative, recipients, signature and the per-unit appendix.
// All text is final and NFC here; escaping belongs to the renderers.
import type { Settings } from './types';
import type { ReportDocument, ReportHeader } from './report-types';
import type { NarrativeContext } from './report-sections/common';
import { formatPlaceDate, formatShortDate, nameInSentence, upperVi } from './report-format';
import { labelInSentence, narrativeBlocks } from './report-narrative';
import { appendixTables } from './report-appendix';

/** What the narrative needs, plus the date of issue. */
export interface ReportInput extends NarrativeContext {
  issuedAt: Date;
  /** The clerk's registry number; left blank for the clerk to fill in by hand. */
  number?: string;
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Shown, visibly, until the office types the signer's name in the settings (or at setup). */
export const SIGNER_PLACEHOLDER = '[Họ và tên người ký – nhập ở trang Cài đặt]';
/** Room for the number the clerk writes in when the report is registered. */
const BLANK_NUMBER = '     ';

/** 'BC-VHTT' as configured, or the prefix joined to the issuing body's short code ('BC' + 'VHTT'). */
export function documentSymbol(settings: Settings): string {
  const prefix = settings.reportNumberPrefix.trim().replace(/^\//, '');
  const short = settings.issuingBodyShort.trim();
  if (prefix.includes('-') || short === '') return prefix;
  return prefix ? `${prefix}-${short}` : `BC-${short}`;
}

function numberText(settings: Settings, number: string | undefined): string {
  const n = number?.trim() ? number.trim() : BLANK_NUMBER;
  return `${n}/${documentSymbol(settings)}`;
}

function header(input: ReportInput): ReportHeader {
  const { settings } = input;
  return {
    parentBody: upperVi(settings.parentBody.trim()),
    issuingBody: upperVi(settings.issuingBody.trim()),
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    number: `Số: ${numberText(settings, input.number)}`,
    placeDate: formatPlaceDate(settings.place, input.issuedAt),
  };
}

/** '- Item;' lines, the last one ending with '.'; a 'Lưu: VT, …' line is added when missing. */
export function recipientLines(settings: Settings): string[] {
  const items = settings.recipients
    .map((r) => r.trim().replace(/^[-–•+]\s*/, '').replace(/[;.,]+$/, '').trim())
    .filter((r) => r !== '');
  if (!items.some((r) => /^lưu\b/i.test(r.normalize('NFC')))) {
    items.push(settings.issuingBodyShort.trim() ? `Lưu: VT, ${settings.issuingBodyShort.trim()}` : 'Lưu: VT');
  }
  return items.map((r, i) => `- ${r}${i === items.length - 1 ? '.' : ';'}`);
}

/** Deep NFC normalisation of every string in the document (settings typed on any keyboard). */
function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => nfc(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = nfc(v);
    return out as T;
  }
  return value;
}

export function buildReportModel(input: ReportInput): ReportDocument {
  const { summary, settings } = input;
  const head = header(input);
  const appendixRows = summary.groups.reduce((n, g) => n + g.rows.length, 0);
  const doc: ReportDocument = {
    fileName: `BC CCHC ${summary.periodLabel.replace(/\//g, '-')}`,
    header: head,
    title: 'BÁO CÁO',
    summaryLine: `Kết quả công tác tuyên truyền cải cách hành chính ${labelInSentence(summary)}`,
    body: narrativeBlocks({
      summary, previous: input.previous, lastYear: input.lastYear ?? null, quarter: input.quarter ?? null, settings, catalog: input.catalog,
    }),
    recipients: { heading: 'Nơi nhận:', items: recipientLines(settings) },
    signature: {
      titleLines: settings.signerTitle.map((l) => upperVi(l.trim())).filter((l) => l !== ''),
      name: settings.signerName.trim() || SIGNER_PLACEHOLDER,
    },
    appendix: appendixRows === 0 ? null : {
      title: `Phụ lục: Kết quả tuyên truyền cải cách hành chính của các đơn vị ${labelInSentence(summary)}`,
      subtitle: `(Kèm theo Báo cáo số ${numberText(settings, input.number)} ngày ${formatShortDate(input.issuedAt)} `
        + `của ${nameInSentence(settings.issuingBody)})`,
      tables: appendixTables(summary),
    },
  };
  return nfc(doc);
}
