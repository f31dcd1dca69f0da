// Containers of block elements (Body, TableCell): paragraphs, list items, tables. Like Docs, such
// a container always keeps at least one paragraph: clear() leaves an empty one and the last
// paragraph cannot be removed.
import { FakeContainer, type FakeElement } from './element';
import { type FakeListItem, FakeParagraph } from './paragraph';
import type { FakeTable } from './table';

export const LAST_PARAGRAPH_MESSAGE = "Can't remove the last paragraph in a document section.";

export abstract class BlockContainer extends FakeContainer {
  appendParagraph(textOrParagraph: string | FakeParagraph): FakeParagraph {
    return this._append(this.block(textOrParagraph, 'paragraph') as FakeParagraph);
  }
  insertParagraph(childIndex: number, textOrParagraph: string | FakeParagraph): FakeParagraph {
    return this._insert(childIndex, this.block(textOrParagraph, 'paragraph') as FakeParagraph);
  }
  appendListItem(textOrItem: string | FakeListItem): FakeListItem {
    return this._append(this.block(textOrItem, 'listItem') as FakeListItem);
  }
  insertListItem(childIndex: number, textOrItem: string | FakeListItem): FakeListItem {
    return this._insert(childIndex, this.block(textOrItem, 'listItem') as FakeListItem);
  }
  appendTable(cells?: string[][] | FakeTable): FakeTable {
    return this._append(this.tableFrom(cells));
  }
  insertTable(childIndex: number, cells?: string[][] | FakeTable): FakeTable {
    return this._insert(childIndex, this.tableFrom(cells));
  }
  /** A HorizontalRule lives in a new paragraph, as in Docs. */
  appendHorizontalRule(): FakeElement {
    return this.appendParagraph('').appendHorizontalRule();
  }

  clear(): this {
    for (const child of [...this.children]) super._remove(child);
    this._append(this.ctx.make.paragraph(''));
    return this;
  }
  setText(text: string): this {
    this.clear();
    (this.children[0] as FakeParagraph).setText(String(text));
    return this;
  }
  override _remove(child: FakeElement): void {
    const paragraphs = this.children.filter((c) => c instanceof FakeParagraph);
    if (child instanceof FakeParagraph && paragraphs.length === 1 && paragraphs[0] === child) this.fail(LAST_PARAGRAPH_MESSAGE);
    super._remove(child);
  }

  private block(value: string | FakeParagraph, kind: 'paragraph' | 'listItem'): FakeElement {
    if (typeof value !== 'string' && value !== null && typeof value === 'object') {
      if (value.parent) this.fail('Element must be detached.');
      return value;
    }
    return this.ctx.make[kind](String(value ?? ''));
  }
  private tableFrom(cells?: string[][] | FakeTable): FakeTable {
    if (cells && !Array.isArray(cells)) {
      if (cells.parent) this.fail('Element must be detached.');
      return cells;
    }
    if (cells && cells.some((row) => !Array.isArray(row))) this.fail('Invalid argument: cells');
    return this.ctx.make.table(cells);
  }
}
