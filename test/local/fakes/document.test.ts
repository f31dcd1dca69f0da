import { createFakeServices } from '../../../src/local/fakes';
import { loadManifest } from '../../../src/local/fakes/auth/manifest';

// The product no longer uses DocumentApp (the report is a .docx converted by Drive), so the
// project's manifest does not grant its scope: the fake's own tests run under one that does.
const manifest = { ...loadManifest(), oauthScopes: [...(loadManifest().oauthScopes ?? []), 'https://www.googleapis.com/auth/documents'] };
import { FAKE_PDF_HEADER } from '../../../src/local/fakes/blob';
import { LAST_PARAGRAPH_MESSAGE } from '../../../src/local/fakes/document/blocks';
import { CLOSED_MESSAGE } from '../../../src/local/fakes/document/element';

const now = new Date('2024-05-06T03:00:00.000Z');

function newDoc() {
  const fakes = createFakeServices({ now, manifest });
  const { DocumentApp } = fakes.globals;
  const doc = DocumentApp.create('Báo cáo quý I');
  return { fakes, DocumentApp, doc, body: doc.getBody() };
}

describe('DocumentApp', () => {
  it('creates a document with one empty paragraph, Letter page and 1-inch margins', () => {
    const { body, doc } = newDoc();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe('PARAGRAPH');
    expect([body.getPageWidth(), body.getPageHeight(), body.getMarginTop(), body.getMarginLeft()]).toEqual([612, 792, 72, 72]);
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
  });

  it('sets page geometry through setters and attributes', () => {
    const { DocumentApp, body } = newDoc();
    body.setPageWidth(595.3).setPageHeight(841.9);
    body.setAttributes({ [DocumentApp.Attribute.MARGIN_TOP]: 56.7, [DocumentApp.Attribute.MARGIN_LEFT]: 85 });
    expect([body.getPageWidth(), body.getPageHeight(), body.getMarginTop(), body.getMarginLeft()]).toEqual([595.3, 841.9, 56.7, 85]);
    expect(body.getAttributes()[DocumentApp.Attribute.MARGIN_LEFT]).toBe(85);
  });

  it('styles part of a paragraph with inclusive end offsets and reports it per character', () => {
    const { fakes, DocumentApp, doc, body } = newDoc();
    const p = body.appendParagraph('BÁO CÁO kết quả');
    p.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    const text = p.editAsText();
    text.setFontFamily('Times New Roman').setFontSize(14);
    text.setBold(0, 6, true);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(6)).toBe(true);
    expect(text.isBold(7)).toBeNull(); // never set
    expect(text.isBold()).toBeNull(); // mixed
    expect(text.getFontSize()).toBe(14);
    const style = fakes.docs.styleOf(doc.getId(), 'BÁO CÁO');
    expect(style).toEqual({
      text: expect.objectContaining({ BOLD: true, FONT_FAMILY: 'Times New Roman', FONT_SIZE: 14 }),
      paragraph: { HORIZONTAL_ALIGNMENT: 'CENTER' },
    });
    expect(fakes.docs.styleOf(doc.getId(), 'kết quả')!.text.BOLD).toBeNull();
    expect(() => text.setBold(5, 99, true)).toThrow(/Invalid offsets/);
  });

  it('appendText continues the style of the text before it and returns a styleable Text', () => {
    const { body } = newDoc();
    const p = body.appendParagraph('Nơi nhận:');
    p.editAsText().setItalic(true);
    const more = p.appendText(' UBND huyện');
    expect(more.isItalic()).toBe(true);
    more.setItalic(false).setBold(true);
    expect(p.getText()).toBe('Nơi nhận: UBND huyện');
    expect(p.editAsText().isBold(0)).toBeNull();
    expect(p.editAsText().isBold(10)).toBe(true);
    expect(p.getNumChildren()).toBe(2);
  });

  it('has no text-styling shortcuts on Paragraph, like Apps Script', () => {
    const { body } = newDoc();
    const p = body.appendParagraph('x') as unknown as Record<string, unknown>;
    expect(p.setBold).toBeUndefined();
    expect(p.setFontFamily).toBeUndefined();
  });

  it('setAttributes on a paragraph applies text attributes to its text and keeps paragraph ones', () => {
    const { DocumentApp, body } = newDoc();
    const p = body.appendParagraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    p.setAttributes({ [DocumentApp.Attribute.BOLD]: true, [DocumentApp.Attribute.FONT_SIZE]: 13, [DocumentApp.Attribute.SPACING_AFTER]: 0 });
    const attrs = p.getAttributes();
    expect([attrs.BOLD, attrs.FONT_SIZE, attrs.SPACING_AFTER, attrs.ITALIC]).toEqual([true, 13, 0, null]);
    expect(p.getSpacingAfter()).toBe(0);
    p.setHeading(DocumentApp.ParagraphHeading.HEADING1);
    expect(p.getHeading()).toBe('HEADING1');
  });

  it('builds tables from string arrays and edits rows and cells', () => {
    const { fakes, doc, body } = newDoc();
    const table = body.appendTable([['STT', 'Đơn vị'], ['1', 'Xã Cẩm Bình']]);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(0).getNumCells()).toBe(2);
    expect(table.getCell(1, 1).getText()).toBe('Xã Cẩm Bình');
    table.setBorderWidth(0).setColumnWidth(0, 40);
    expect([table.getBorderWidth(), table.getColumnWidth(0), table.getColumnWidth(1)]).toEqual([0, 40, null]);
    const cell = table.getCell(0, 0).setWidth(40).setPaddingTop(2).setBackgroundColor('#eeeeee');
    cell.editAsText().setBold(true);
    cell.appendParagraph('(a)');
    expect(cell.getText()).toBe('STT\n(a)');
    expect(cell.getNumChildren()).toBe(2);
    const row = table.appendTableRow();
    row.appendTableCell('2');
    row.appendTableCell('Xã Cẩm Duệ');
    expect(table.getNumRows()).toBe(3);
    expect(body.getTables()).toHaveLength(1);
    const json = fakes.docs.toJSON(doc.getId()).body.children![1];
    expect(json).toMatchObject({ type: 'TABLE', attributes: { BORDER_WIDTH: 0 }, columnWidths: { 0: 40 } });
    expect(json.children![0].children![0]).toMatchObject({ type: 'TABLE_CELL', attributes: { WIDTH: 40, PADDING_TOP: 2, BACKGROUND_COLOR: '#eeeeee' } });
    expect(fakes.docs.styleOf(doc.getId(), 'STT')!.text.BOLD).toBe(true);
  });

  it('puts horizontal rules and page breaks in their own paragraphs and lists paragraphs', () => {
    const { body } = newDoc();
    body.appendParagraph('a');
    const hr = body.appendHorizontalRule();
    expect(hr.getType()).toBe('HORIZONTAL_RULE');
    expect(hr.getParent()!.getType()).toBe('PARAGRAPH');
    body.appendPageBreak();
    body.appendListItem('mục 1');
    expect(body.getNumChildren()).toBe(5);
    expect(body.getParagraphs()).toHaveLength(5);
    expect(body.getListItems()).toHaveLength(1);
  });

  it('keeps at least one paragraph: clear leaves one and the last cannot be removed', () => {
    const { body } = newDoc();
    body.appendParagraph('x');
    body.appendTable([['a']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    expect(() => body.getChild(0).removeFromParent()).toThrow(LAST_PARAGRAPH_MESSAGE);
  });

  it('refuses edits after saveAndClose until reopened; exports a marked fake PDF', () => {
    const { fakes, DocumentApp, doc, body } = newDoc();
    body.appendParagraph('Độc lập - Tự do - Hạnh phúc');
    doc.saveAndClose();
    expect(() => body.appendParagraph('more')).toThrow(CLOSED_MESSAGE);
    expect(body.getText()).toContain('Hạnh phúc'); // reading still works
    const reopened = DocumentApp.openById(doc.getId());
    reopened.getBody().appendParagraph('more');
    const pdf = reopened.getAs('application/pdf');
    expect([pdf.getName(), pdf.getContentType()]).toEqual(['Báo cáo quý I.pdf', 'application/pdf']);
    expect(pdf.getDataAsString().startsWith(FAKE_PDF_HEADER)).toBe(true);
    expect(pdf.getDataAsString()).toContain('Độc lập - Tự do - Hạnh phúc\nmore');
    expect(fakes.counters.document).toBeGreaterThan(5);
  });
});
