// Text: a run of characters with per-character attributes. A Text is either a paragraph's child
// (owns its runs) or the editAsText() view of any element (styles the element's text in place).
// Range methods take (start, endInclusive) offsets, as in Apps Script.
import { type DocCtx, FakeElement } from './element';
import { TEXT_ATTRIBUTES } from './enums';
import { attributeIndices, attrOf, eachChar, type Segment, TextRuns, viewText } from './text-runs';

export class FakeText extends FakeElement {
  constructor(ctx: DocCtx, private readonly runs: TextRuns | null, private readonly owner: FakeElement | null = null) {
    super(ctx, 'TEXT', 'Text');
  }

  static view(ctx: DocCtx, owner: FakeElement): FakeText { return new FakeText(ctx, null, owner); }

  override getParent() { return this.owner ? this.owner.getParent() : this.parent; }
  override getText(): string { return viewText(this._segments()); }
  setText(text: string): this {
    const value = String(text);
    if (this.owner) {
      const target = this.owner as unknown as { setText?: (t: string) => unknown };
      if (!target.setText) this.fail('setText is not supported on this element.');
      target.setText(value);
    } else if (this.runs) {
      const style = this.runs.tailStyle({});
      this.runs.chars = value;
      this.runs.attrs = Array.from({ length: value.length }, () => ({ ...(this.runs?.attrs[0] ?? style) }));
    }
    return this;
  }
  appendText(text: string): this {
    const runs = this.lastRuns();
    runs.insert(runs.chars.length, String(text), runs.tailStyle({}));
    return this;
  }
  insertText(offset: number, text: string): this {
    const { runs, local } = this.locate(offset, true);
    runs.insert(local, String(text), local > 0 ? { ...runs.attrs[local - 1] } : { ...(runs.attrs[0] ?? {}) });
    return this;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): this {
    this.checkRange(startOffset, endOffsetInclusive);
    const marks: [TextRuns, number][] = [];
    eachChar(this._segments(), startOffset, endOffsetInclusive, (runs, i) => marks.push([runs, i]));
    for (const [runs, i] of marks.reverse()) runs.delete(i, i);
    return this;
  }

  setBold(...args: unknown[]): this { return this.style('BOLD', args); }
  setItalic(...args: unknown[]): this { return this.style('ITALIC', args); }
  setUnderline(...args: unknown[]): this { return this.style('UNDERLINE', args); }
  setStrikethrough(...args: unknown[]): this { return this.style('STRIKETHROUGH', args); }
  setFontFamily(...args: unknown[]): this { return this.style('FONT_FAMILY', args); }
  setFontSize(...args: unknown[]): this { return this.style('FONT_SIZE', args); }
  setForegroundColor(...args: unknown[]): this { return this.style('FOREGROUND_COLOR', args); }
  setBackgroundColor(...args: unknown[]): this { return this.style('BACKGROUND_COLOR', args); }
  setLinkUrl(...args: unknown[]): this { return this.style('LINK_URL', args); }

  isBold(offset?: number): boolean | null { return this.read('BOLD', offset) as boolean | null; }
  isItalic(offset?: number): boolean | null { return this.read('ITALIC', offset) as boolean | null; }
  isUnderline(offset?: number): boolean | null { return this.read('UNDERLINE', offset) as boolean | null; }
  isStrikethrough(offset?: number): boolean | null { return this.read('STRIKETHROUGH', offset) as boolean | null; }
  getFontFamily(offset?: number): string | null { return this.read('FONT_FAMILY', offset) as string | null; }
  getFontSize(offset?: number): number | null { return this.read('FONT_SIZE', offset) as number | null; }
  getForegroundColor(offset?: number): string | null { return this.read('FOREGROUND_COLOR', offset) as string | null; }
  getBackgroundColor(offset?: number): string | null { return this.read('BACKGROUND_COLOR', offset) as string | null; }
  getLinkUrl(offset?: number): string | null { return this.read('LINK_URL', offset) as string | null; }
  getTextAttributeIndices(): number[] { return attributeIndices(this._segments()); }

  /** setAttributes(attrs) or setAttributes(start, endInclusive, attrs). */
  override setAttributes(...args: unknown[]): this {
    if (args.length >= 3) {
      const [start, end, attrs] = args as [number, number, Record<string, unknown>];
      for (const [k, v] of Object.entries(attrs)) this.style(k, [start, end, v]);
      return this;
    }
    return super.setAttributes(args[0] as Record<string, unknown>);
  }
  override getAttributes(offset?: number): Record<string, unknown> {
    const all = super.getAttributes();
    if (offset !== undefined) for (const key of TEXT_ATTRIBUTES) all[key] = this.read(key, offset);
    return all;
  }

  _segments(): Segment[] { return this.owner ? this.owner._segments() : this.runs ? [{ runs: this.runs }] : []; }
  _runs(): TextRuns | null { return this.runs; }

  private style(key: string, args: unknown[]): this {
    if (args.length >= 3) {
      const [start, end, value] = args as [number, number, unknown];
      this.checkRange(start, end);
      eachChar(this._segments(), start, end, (runs, i) => { runs.attrs[i][key] = value; });
    } else {
      this._setTextAttr(key, args[0]);
    }
    return this;
  }
  private read(key: string, offset?: number): unknown {
    if (offset !== undefined) this.checkRange(offset, offset);
    return attrOf(this._segments(), key, offset);
  }
  private checkRange(start: number, end: number): void {
    const length = this.getText().length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= length) {
      this.fail(`Invalid offsets: start ${start}, end ${end} for text of length ${length}.`);
    }
  }
  private lastRuns(): TextRuns {
    const segs = this._segments().filter((s): s is { runs: TextRuns } => 'runs' in s);
    if (!segs.length) this.fail('This element has no text to append to.');
    return segs[segs.length - 1].runs;
  }
  private locate(offset: number, allowEnd: boolean): { runs: TextRuns; local: number } {
    let base = 0;
    for (const s of this._segments()) {
      const len = 'runs' in s ? s.runs.chars.length : s.sep.length;
      if ('runs' in s && offset >= base && (offset < base + len || (allowEnd && offset === base + len))) return { runs: s.runs, local: offset - base };
      base += len;
    }
    return this.fail(`Invalid offset: ${offset}`);
  }
}
