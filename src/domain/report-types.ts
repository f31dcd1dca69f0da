// The official report as a renderer-neutral document (Nghị định 30/2020/NĐ-CP, Phụ lục I).
// One model, two renderers: Google Docs (server/) and HTML + PDF (local/). All text, including
// formatted numbers, is final here.

export interface ReportHeader {
  /** Top-left: parent body (capitals, regular) and issuing body (capitals, bold, short line under it). */
  parentBody: string;
  issuingBody: string;
  /** Top-right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' and 'Độc lập - Tự do - Hạnh phúc' (bold, line under it). */
  nationalTitle: string;
  motto: string;
  /** 'Số: …/BC-VHTT' (left) and 'Cẩm Xuyên, ngày 16 tháng 4 năm 2024' (italic, right). */
  number: string;
  placeDate: string;
}

export interface ReportTable {
  caption?: string;
  header: string[];
  rows: string[][];
  /** Relative column widths (sum 1); renderers turn them into points or percents. */
  widths: number[];
  /** Row indexes to render bold (subtotals, totals). */
  boldRows: number[];
  /** Column indexes to align right (numbers). */
  numericColumns: number[];
}

export type ReportBlock =
  | { type: 'heading'; text: string; level?: 1 | 2 }
  | { type: 'paragraph'; text: string }
  | { type: 'bullet'; text: string }
  | { type: 'table'; table: ReportTable };

export interface ReportDocument {
  /** File name for the Doc/PDF, e.g. 'BC CCHC Quý I-2024'. */
  fileName: string;
  header: ReportHeader;
  /** 'BÁO CÁO' (bold capitals) and the summary line (bold) under it. */
  title: string;
  summaryLine: string;
  body: ReportBlock[];
  recipients: { heading: string; items: string[] };
  signature: { titleLines: string[]; name: string };
  /** Wide per-unit table, on its own landscape page(s). */
  appendix: { title: string; subtitle: string; table: ReportTable } | null;
}
