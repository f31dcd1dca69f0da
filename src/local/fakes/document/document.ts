// Document and DocumentApp. Documents are also Drive files (see drive/store.ts) so DriveApp can
// find, move and export them.
import { FakeBlob, FAKE_PDF_HEADER, toBytes } from '../blob';
import type { FakeEnv } from '../env';
import type { DriveStore } from '../drive/store';
import { FakeBody } from './body';
import { CLOSED_MESSAGE, type DocCtx, type FakeElement } from './element';
import { Attribute, ElementType, FontFamily, GlyphType, HorizontalAlignment, ParagraphHeading, TextAlignment, VerticalAlignment } from './enums';
import { FakeListItem, FakeParagraph } from './paragraph';
import { renderText } from './render';
import { FakeTable } from './table';
import { FakeText } from './text';

export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
export const GOOGLE_SHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export class FakeDocument {
  readonly ctx: DocCtx;
  private readonly body: FakeBody;

  constructor(private readonly env: FakeEnv, private readonly drive: DriveStore, private readonly id: string) {
    const ctx: DocCtx = {
      env, doc: { closed: false },
      make: {
        paragraph: (text) => new FakeParagraph(ctx, text),
        listItem: (text) => new FakeListItem(ctx, text),
        table: (cells) => new FakeTable(ctx, cells),
        textView: (owner: FakeElement) => FakeText.view(ctx, owner),
      },
    };
    this.ctx = ctx;
    env.registry.track(this, 'document', 'Document', (method) => {
      if (ctx.doc.closed && /^(set|add|remove)/.test(method)) throw env.error(CLOSED_MESSAGE);
    });
    this.body = new FakeBody(ctx);
  }

  getId(): string { return this.id; }
  getName(): string { return this.drive.file(this.id)?.name ?? ''; }
  setName(name: string): this { this.drive.rename(this.id, String(name)); return this; }
  getUrl(): string { return `https://docs.google.com/document/d/${this.id}/edit`; }
  getBody(): FakeBody { return this.body; }
  /** Later edits through this object throw; reopen with DocumentApp.openById. */
  saveAndClose(): void { this.ctx.doc.closed = true; }
  getBlob(): FakeBlob { return this.getAs('application/pdf'); }
  /** FAKE: the "PDF" is FAKE_PDF_HEADER + a plain-text rendering of the document. */
  getAs(contentType: string): FakeBlob {
    if (String(contentType) !== 'application/pdf') throw this.env.error(`Converting from ${GOOGLE_DOC_MIME} to ${String(contentType)} is not supported.`);
    return new FakeBlob(this.env, toBytes(FAKE_PDF_HEADER + renderText(this.body)), 'application/pdf', `${this.getName()}.pdf`);
  }
  getEditors(): { getEmail(): string }[] { return [{ getEmail: () => this.env.users.effective }]; }
  _reopen(): this { this.ctx.doc.closed = false; return this; }
  toString(): string { return 'Document'; }
}

export class FakeDocumentApp {
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly FontFamily = FontFamily;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly TextAlignment = TextAlignment;
  readonly VerticalAlignment = VerticalAlignment;

  constructor(private readonly env: FakeEnv, private readonly drive: DriveStore, readonly docs: Map<string, FakeDocument>) {
    env.registry.track(this, 'document', 'DocumentApp');
  }
  /** New documents land in the Drive root, like DocumentApp.create. */
  create(name: string): FakeDocument {
    const id = this.env.newId('Doc');
    this.drive.add({ id, name: String(name), mimeType: GOOGLE_DOC_MIME, bytes: null, parentId: this.drive.rootId, appCreated: true });
    const doc = new FakeDocument(this.env, this.drive, id);
    this.docs.set(id, doc);
    return doc;
  }
  openById(id: string): FakeDocument {
    const doc = this.docs.get(String(id));
    if (!doc || this.drive.file(doc.getId())?.trashed) throw this.env.error('Document is missing (perhaps it was deleted, or you don\'t have read access?)');
    return doc._reopen();
  }
  openByUrl(url: string): FakeDocument {
    const m = /\/d\/([\w-]+)/.exec(String(url));
    return this.openById(m ? m[1] : '');
  }
  getActiveDocument(): null { return null; }
  toString(): string { return 'DocumentApp'; }
}
