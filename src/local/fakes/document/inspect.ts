// Test-side view of documents: JSON tree, text, and "how is this text styled".
import type { FakeDocument } from './document';
import { type ElementJson, renderText, styleOf, toJson } from './render';

export interface DocumentJson { id: string; name: string; closed: boolean; body: ElementJson }

export class DocsInspector {
  constructor(private readonly docs: Map<string, FakeDocument>) {}
  ids(): string[] { return [...this.docs.keys()]; }
  get(id: string): FakeDocument {
    const doc = this.docs.get(id);
    if (!doc) throw new Error(`no document ${id}`);
    return doc;
  }
  /** The last document created (handy when the code under test creates one). */
  last(): FakeDocument {
    const ids = this.ids();
    if (!ids.length) throw new Error('no document was created');
    return this.get(ids[ids.length - 1]);
  }
  toJSON(id: string): DocumentJson {
    const doc = this.get(id);
    return { id, name: doc.getName(), closed: doc.ctx.doc.closed, body: toJson(doc.getBody()) };
  }
  text(id: string): string { return renderText(this.get(id).getBody()); }
  /** Text attributes of the first occurrence of `text` (null per attribute when mixed) and its paragraph's attributes. */
  styleOf(id: string, text: string): ReturnType<typeof styleOf> { return styleOf(this.get(id).getBody(), text); }
}
