// The parts of the .docx package besides the document: content types, relationships, styles
// (Times New Roman throughout), settings, the page-number header and the empty first-page one.
import type { ReportDocument } from '../report-types';
import { FONT_FAMILY, SIZE_PT } from '../report-layout';
import { documentXml, HEADER_REL } from './document';
import { textParagraph } from './paragraphs';
import { NS, XML_DECL, esc } from './xml';

export interface DocxPart {
  /** Path inside the zip, e.g. 'word/document.xml'. */
  path: string;
  content: string;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES = `${XML_DECL}<Types xmlns="${NS.ct}">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  + '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
  + '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
  + '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
  + '</Types>';

const ROOT_RELS = `${XML_DECL}<Relationships xmlns="${NS.rels}">`
  + `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/>`
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + '</Relationships>';

const DOCUMENT_RELS = `${XML_DECL}<Relationships xmlns="${NS.rels}">`
  + `<Relationship Id="rIdStyles" Type="${REL_TYPE}/styles" Target="styles.xml"/>`
  + `<Relationship Id="rIdSettings" Type="${REL_TYPE}/settings" Target="settings.xml"/>`
  + `<Relationship Id="${HEADER_REL.pageNumber}" Type="${REL_TYPE}/header" Target="header1.xml"/>`
  + `<Relationship Id="${HEADER_REL.firstPage}" Type="${REL_TYPE}/header" Target="header2.xml"/>`
  + '</Relationships>';

const FONTS = `<w:rFonts w:ascii="${FONT_FAMILY}" w:hAnsi="${FONT_FAMILY}" w:eastAsia="${FONT_FAMILY}" w:cs="${FONT_FAMILY}"/>`;
const BODY_SIZE = `<w:sz w:val="${SIZE_PT.body * 2}"/><w:szCs w:val="${SIZE_PT.body * 2}"/>`;

function headingStyle(id: string, name: string, level: number): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>`
    + `<w:pPr><w:keepNext/><w:outlineLvl w:val="${level}"/></w:pPr><w:rPr>${FONTS}<w:b/><w:bCs/><w:color w:val="000000"/>${BODY_SIZE}</w:rPr></w:style>`;
}

const STYLES = `${XML_DECL}<w:styles xmlns:w="${NS.w}">`
  + `<w:docDefaults><w:rPrDefault><w:rPr>${FONTS}${BODY_SIZE}<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`
  + '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
  + `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>${FONTS}${BODY_SIZE}</w:rPr></w:style>`
  + headingStyle('Heading1', 'heading 1', 0)
  + headingStyle('Heading2', 'heading 2', 1)
  + `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>`
  + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
  + '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
  + '</w:styles>';

const SETTINGS = `${XML_DECL}<w:settings xmlns:w="${NS.w}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>`
  + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

/** Nghị định 30: page numbers centred in the top margin, in Arabic figures, none on the first page. */
function pageNumberHeader(): string {
  const size = SIZE_PT.pageNumber * 2;
  const r = (inner: string) => `<w:r><w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>${inner}</w:r>`;
  return `${XML_DECL}<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>`
    + r('<w:fldChar w:fldCharType="begin"/>') + r('<w:instrText xml:space="preserve"> PAGE </w:instrText>')
    + r('<w:fldChar w:fldCharType="separate"/>') + r('<w:t>2</w:t>') + r('<w:fldChar w:fldCharType="end"/>')
    + '</w:p></w:hdr>';
}

const FIRST_PAGE_HEADER = `${XML_DECL}<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}">${textParagraph('', { sizePt: 2 })}</w:hdr>`;

function coreXml(doc: ReportDocument): string {
  return `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" `
    + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    + 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${esc(doc.fileName)}</dc:title><dc:subject>${esc(doc.summaryLine)}</dc:subject>`
    + `<dc:creator>${esc(doc.header.issuingBody)}</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>`;
}

/** Every part of the report's .docx, as text; a zipper turns them into the file. */
export function renderDocxParts(doc: ReportDocument): DocxPart[] {
  return [
    { path: '[Content_Types].xml', content: CONTENT_TYPES },
    { path: '_rels/.rels', content: ROOT_RELS },
    { path: 'docProps/core.xml', content: coreXml(doc) },
    { path: 'word/document.xml', content: documentXml(doc) },
    { path: 'word/_rels/document.xml.rels', content: DOCUMENT_RELS },
    { path: 'word/styles.xml', content: STYLES },
    { path: 'word/settings.xml', content: SETTINGS },
    { path: 'word/header1.xml', content: pageNumberHeader() },
    { path: 'word/header2.xml', content: FIRST_PAGE_HEADER },
  ];
}
