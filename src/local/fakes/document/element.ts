// Document element tree base: every element knows its parent and its own attributes; containers
// hold children. Calls are counted under the Document service; mutations of a closed document throw.
import type { FakeEnv } from '../env';
import { Attribute, TEXT_ATTRIBUTES } from './enums';
import { type Segment, viewText } from './text-runs';
import type { FakeText } from './text';
import type { FakeListItem, FakeParagraph } from './paragraph';
import type { FakeTable } from './table';

/** Shared by all elements of one document; `make` breaks import cycles between element kinds. */
export interface DocCtx {
  env: FakeEnv;
  doc: { closed: boolean };
  make: {
    paragraph(text: string): FakeParagraph;
    listItem(text: string): FakeListItem;
    table(cells?: string[][]): FakeTable;
    textView(owner: FakeElement): FakeText;
  };
}

const MUTATORS = /^(set|append|insert|remove|clear|replace|merge|delete|add)/;
export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';

export abstract class FakeElement {
  parent: FakeContainer | null = null;
  protected readonly attrs: Record<string, unknown> = {};

  constructor(readonly ctx: DocCtx, private readonly elementType: string, typeName: string) {
    ctx.env.registry.track(this, 'document', typeName, (method) => {
      if (ctx.doc.closed && MUTATORS.test(method)) throw ctx.env.error(CLOSED_MESSAGE);
    });
  }

  getType(): string { return this.elementType; }
  getParent(): FakeContainer | null { return this.parent; }
  getNextSibling(): FakeElement | null { return this.sibling(1); }
  getPreviousSibling(): FakeElement | null { return this.sibling(-1); }
  isAtDocumentEnd(): boolean {
    if (this.elementType === 'BODY_SECTION') return true;
    if (!this.parent) return false;
    const siblings = this.parent._children();
    return siblings.indexOf(this) === siblings.length - 1 && this.parent.isAtDocumentEnd();
  }
  removeFromParent(): this { this.parent?._remove(this); return this; }

  /** Every attribute key (null when unset or mixed), as Apps Script returns them. */
  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(Attribute)) out[key] = this._attr(key);
    return out;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    for (const [key, value] of Object.entries(attributes)) {
      if ((TEXT_ATTRIBUTES as readonly string[]).includes(key)) this._setTextAttr(key, value);
      else this.attrs[key] = value;
    }
    return this;
  }
  getText(): string { return viewText(this._segments()); }
  editAsText(): FakeText { return this.ctx.make.textView(this); }

  asParagraph(): this { return this.as('PARAGRAPH'); }
  asListItem(): this { return this.as('LIST_ITEM'); }
  asTable(): this { return this.as('TABLE'); }
  asTableRow(): this { return this.as('TABLE_ROW'); }
  asTableCell(): this { return this.as('TABLE_CELL'); }
  asText(): this { return this.as('TEXT'); }
  asBody(): this { return this.as('BODY_SECTION'); }

  // ---- internal ----
  _attr(key: string): unknown {
    if ((TEXT_ATTRIBUTES as readonly string[]).includes(key)) return this._textAttr(key);
    return this.attrs[key] ?? null;
  }
  _ownAttrs(): Record<string, unknown> { return { ...this.attrs }; }
  /** Text of this element as styleable segments (paragraphs separated by '\n'). */
  abstract _segments(): Segment[];
  _textAttr(key: string): unknown {
    const values = this._segments().flatMap((s) => ('runs' in s ? s.runs.attrs.map((a) => a[key] ?? null) : []));
    return values.length && values.every((v) => v === values[0]) ? values[0] : null;
  }
  _setTextAttr(key: string, value: unknown): void {
    for (const s of this._segments()) if ('runs' in s) for (const a of s.runs.attrs) a[key] = value;
  }
  protected fail(message: string): never { throw this.ctx.env.error(message); }
  private as(type: string): this {
    if (this.elementType !== type) this.fail(`Cannot cast ${this.elementType} to ${type}.`);
    return this;
  }
  private sibling(step: number): FakeElement | null {
    if (!this.parent) return null;
    const list = this.parent._children();
    return list[list.indexOf(this) + step] ?? null;
  }
}

export abstract class FakeContainer extends FakeElement {
  protected readonly children: FakeElement[] = [];

  getNumChildren(): number { return this.children.length; }
  getChild(childIndex: number): FakeElement {
    const child = this.children[childIndex];
    if (!child) this.fail(`Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`);
    return child;
  }
  getChildIndex(child: FakeElement): number {
    const i = this.children.indexOf(child);
    if (i < 0) this.fail('Element does not contain the specified child element.');
    return i;
  }
  removeChild(child: FakeElement): this { this._remove(child); return this; }

  /** Replaces `pattern` (a regular expression string) in every text run below this element. */
  replaceText(searchPattern: string, replacement: string): this {
    const re = new RegExp(searchPattern, 'g');
    for (const s of this._segments()) {
      if (!('runs' in s)) continue;
      const style = s.runs.attrs[0] ?? {};
      const next = s.runs.chars.replace(re, replacement);
      if (next !== s.runs.chars) { s.runs.chars = next; s.runs.attrs = Array.from({ length: next.length }, () => ({ ...style })); }
    }
    return this;
  }

  _children(): FakeElement[] { return this.children; }
  _append<T extends FakeElement>(child: T): T { return this._insert(this.children.length, child); }
  _insert<T extends FakeElement>(index: number, child: T): T {
    if (index < 0 || index > this.children.length) this.fail(`Index (${index}) must be less than or equal to the number of child elements (${this.children.length}).`);
    child.parent?._remove(child);
    child.parent = this;
    this.children.splice(index, 0, child);
    return child;
  }
  _remove(child: FakeElement): void {
    const i = this.children.indexOf(child);
    if (i < 0) this.fail('Element does not contain the specified child element.');
    this.children.splice(i, 1);
    child.parent = null;
  }
  _segments(): Segment[] {
    return this.children.flatMap((c, i) => (i === 0 ? c._segments() : [{ sep: '\n' }, ...c._segments()]));
  }
}
