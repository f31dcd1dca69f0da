// The document body: page geometry (points) plus block content. New documents are US Letter with
// 1-inch margins and hold one empty paragraph, as in Google Docs.
import { BlockContainer } from './blocks';
import { type DocCtx, FakeContainer, type FakeElement } from './element';
import { type FakeListItem, FakeParagraph, type FakePageBreak } from './paragraph';
import type { FakeTable } from './table';

export const DEFAULT_PAGE = { PAGE_WIDTH: 612, PAGE_HEIGHT: 792, MARGIN_TOP: 72, MARGIN_BOTTOM: 72, MARGIN_LEFT: 72, MARGIN_RIGHT: 72 };

export class FakeBody extends BlockContainer {
  constructor(ctx: DocCtx) {
    super(ctx, 'BODY_SECTION', 'Body');
    Object.assign(this.attrs, DEFAULT_PAGE);
    this._append(ctx.make.paragraph(''));
  }
  getMarginTop(): number { return this.attrs.MARGIN_TOP as number; }
  getMarginBottom(): number { return this.attrs.MARGIN_BOTTOM as number; }
  getMarginLeft(): number { return this.attrs.MARGIN_LEFT as number; }
  getMarginRight(): number { return this.attrs.MARGIN_RIGHT as number; }
  getPageWidth(): number { return this.attrs.PAGE_WIDTH as number; }
  getPageHeight(): number { return this.attrs.PAGE_HEIGHT as number; }
  setMarginTop(marginTop: number): this { this.attrs.MARGIN_TOP = marginTop; return this; }
  setMarginBottom(marginBottom: number): this { this.attrs.MARGIN_BOTTOM = marginBottom; return this; }
  setMarginLeft(marginLeft: number): this { this.attrs.MARGIN_LEFT = marginLeft; return this; }
  setMarginRight(marginRight: number): this { this.attrs.MARGIN_RIGHT = marginRight; return this; }
  setPageWidth(pageWidth: number): this { this.attrs.PAGE_WIDTH = pageWidth; return this; }
  setPageHeight(pageHeight: number): this { this.attrs.PAGE_HEIGHT = pageHeight; return this; }
  /** Every paragraph and list item, those in tables included. */
  getParagraphs(): FakeParagraph[] { return collect(this, (e): e is FakeParagraph => e instanceof FakeParagraph); }
  getTables(): FakeTable[] { return collect(this, (e): e is FakeTable => e.getType() === 'TABLE'); }
  getListItems(): FakeListItem[] { return this.getParagraphs().filter((p): p is FakeListItem => p.getType() === 'LIST_ITEM'); }

  /** A PageBreak lives in a new paragraph, as in Docs. */
  appendPageBreak(): FakePageBreak { return (this.appendParagraph('') as FakeParagraph).appendPageBreak(); }
  insertPageBreak(childIndex: number): FakePageBreak { return (this.insertParagraph(childIndex, '') as FakeParagraph).appendPageBreak(); }
  insertHorizontalRule(childIndex: number): FakeElement { return (this.insertParagraph(childIndex, '') as FakeParagraph).appendHorizontalRule(); }
}

function collect<T extends FakeElement>(root: FakeContainer, keep: (e: FakeElement) => e is T): T[] {
  const out: T[] = [];
  const walk = (el: FakeElement) => {
    if (keep(el)) out.push(el);
    if (el instanceof FakeContainer) for (const c of el._children()) walk(c);
  };
  for (const c of root._children()) walk(c);
  return out;
}
