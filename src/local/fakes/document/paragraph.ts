// Paragraphs and list items: inline children (Text, HorizontalRule, PageBreak) plus paragraph
// attributes. Note: like Apps Script, Paragraph has no setBold/setFontFamily… — style text through
// editAsText() or setAttributes().
import { type DocCtx, FakeContainer, FakeElement } from './element';
import { ParagraphHeading } from './enums';
import { FakeText } from './text';
import { type Segment, TextRuns } from './text-runs';

class FakeInline extends FakeElement {
  _segments(): Segment[] { return []; }
}
export class FakeHorizontalRule extends FakeInline {
  constructor(ctx: DocCtx) { super(ctx, 'HORIZONTAL_RULE', 'HorizontalRule'); }
}
export class FakePageBreak extends FakeInline {
  constructor(ctx: DocCtx) { super(ctx, 'PAGE_BREAK', 'PageBreak'); }
}

export class FakeParagraph extends FakeContainer {
  constructor(ctx: DocCtx, text: string, type = 'PARAGRAPH', typeName = 'Paragraph') {
    super(ctx, type, typeName);
    if (text !== '') this._append(new FakeText(ctx, TextRuns.of(text)));
  }

  setText(text: string): this {
    const first = this.texts()[0]?._runs();
    const style = first?.attrs[0] ?? {};
    for (const child of [...this.children]) this._remove(child);
    if (String(text) !== '') this._append(new FakeText(this.ctx, TextRuns.of(String(text), style)));
    return this;
  }
  /** A new Text child continuing the style of the text before it. */
  appendText(text: string): FakeText {
    const prev = this.texts().pop()?._runs();
    return this._append(new FakeText(this.ctx, TextRuns.of(String(text), prev ? prev.tailStyle({}) : {})));
  }
  insertText(childIndex: number, text: string): FakeText {
    return this._insert(childIndex, new FakeText(this.ctx, TextRuns.of(String(text))));
  }
  appendHorizontalRule(): FakeHorizontalRule { return this._append(new FakeHorizontalRule(this.ctx)); }
  appendPageBreak(): FakePageBreak { return this._append(new FakePageBreak(this.ctx)); }
  clear(): this { for (const child of [...this.children]) this._remove(child); return this; }

  setAlignment(alignment: string): this { return this.set('HORIZONTAL_ALIGNMENT', alignment); }
  getAlignment(): string | null { return this.get('HORIZONTAL_ALIGNMENT') as string | null; }
  setHeading(heading: string): this { return this.set('HEADING', heading); }
  getHeading(): string { return (this.get('HEADING') as string | null) ?? ParagraphHeading.NORMAL; }
  setSpacingBefore(spacingBefore: number): this { return this.set('SPACING_BEFORE', spacingBefore); }
  getSpacingBefore(): number | null { return this.get('SPACING_BEFORE') as number | null; }
  setSpacingAfter(spacingAfter: number): this { return this.set('SPACING_AFTER', spacingAfter); }
  getSpacingAfter(): number | null { return this.get('SPACING_AFTER') as number | null; }
  setLineSpacing(multiplier: number): this { return this.set('LINE_SPACING', multiplier); }
  getLineSpacing(): number | null { return this.get('LINE_SPACING') as number | null; }
  setIndentFirstLine(indent: number): this { return this.set('INDENT_FIRST_LINE', indent); }
  getIndentFirstLine(): number | null { return this.get('INDENT_FIRST_LINE') as number | null; }
  setIndentStart(indent: number): this { return this.set('INDENT_START', indent); }
  getIndentStart(): number | null { return this.get('INDENT_START') as number | null; }
  setIndentEnd(indent: number): this { return this.set('INDENT_END', indent); }
  getIndentEnd(): number | null { return this.get('INDENT_END') as number | null; }
  setLeftToRight(leftToRight: boolean): this { return this.set('LEFT_TO_RIGHT', leftToRight); }
  isLeftToRight(): boolean { return (this.get('LEFT_TO_RIGHT') as boolean | null) ?? true; }
  setLinkUrl(url: string | null): this { this._setTextAttr('LINK_URL', url); return this; }
  getLinkUrl(): string | null { return this._textAttr('LINK_URL') as string | null; }
  setTextAlignment(textAlignment: string): this { return this.set('TEXT_ALIGNMENT', textAlignment); }
  getTextAlignment(): string | null { return this.get('TEXT_ALIGNMENT') as string | null; }

  override _segments(): Segment[] { return this.texts().map((t) => ({ runs: t._runs() as TextRuns })); }
  protected set(key: string, value: unknown): this { this.attrs[key] = value; return this; }
  protected get(key: string): unknown { return this.attrs[key] ?? null; }
  private texts(): FakeText[] { return this.children.filter((c): c is FakeText => c instanceof FakeText); }
}

export class FakeListItem extends FakeParagraph {
  constructor(ctx: DocCtx, text: string) {
    super(ctx, text, 'LIST_ITEM', 'ListItem');
    this.attrs.GLYPH_TYPE = 'BULLET';
    this.attrs.NESTING_LEVEL = 0;
  }
  setGlyphType(glyphType: string): this { return this.set('GLYPH_TYPE', glyphType); }
  getGlyphType(): string { return this.get('GLYPH_TYPE') as string; }
  setNestingLevel(nestingLevel: number): this { return this.set('NESTING_LEVEL', nestingLevel); }
  getNestingLevel(): number { return this.get('NESTING_LEVEL') as number; }
  setListId(listItem: FakeListItem): this { return this.set('LIST_ID', listItem.getListId()); }
  getListId(): string { return (this.get('LIST_ID') as string | null) ?? 'kix.list.1'; }
}
