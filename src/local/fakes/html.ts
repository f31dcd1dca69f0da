// HtmlService: HtmlOutput from strings or from <htmlDir>/<name>.html (the built dist/ files).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeBlob, toBytes } from './blob';
import type { FakeEnv } from './env';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export class FakeHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  /** Recorded for tests (Apps Script has setters only). */
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private faviconUrl: string | null = null;
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(private readonly env: FakeEnv, private content: string) {
    env.registry.track(this, 'html', 'HtmlOutput');
  }
  getContent(): string { return this.content; }
  setContent(content: string): this { this.content = String(content); return this; }
  append(addedContent: string): this { this.content += String(addedContent); return this; }
  appendUntrusted(addedContent: string): this { this.content += escapeHtml(String(addedContent)); return this; }
  clear(): this { this.content = ''; return this; }
  getTitle(): string { return this.title; }
  setTitle(title: string): this { this.title = String(title); return this; }
  getWidth(): number | null { return this.width; }
  setWidth(width: number): this { this.width = width; return this; }
  getHeight(): number | null { return this.height; }
  setHeight(height: number): this { this.height = height; return this; }
  setSandboxMode(mode: string): this { this.sandboxMode = String(mode); return this; }
  setXFrameOptionsMode(mode: string): this { this.xFrameOptionsMode = String(mode); return this; }
  setFaviconUrl(iconUrl: string): this { this.faviconUrl = String(iconUrl); return this; }
  getFaviconUrl(): string | null { return this.faviconUrl; }
  addMetaTag(name: string, content: string): this { this.metaTags.push({ name: String(name), content: String(content) }); return this; }
  getMetaTags(): { getName(): string; getContent(): string }[] {
    return this.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }
  getBlob(): FakeBlob { return new FakeBlob(this.env, toBytes(this.content), 'text/html', this.title || null); }
  getAs(contentType: string): FakeBlob { return this.getBlob().getAs(contentType); }
  toString(): string { return 'HtmlOutput'; }
}

export class FakeHtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly env: FakeEnv, private readonly htmlDir: string) {
    env.registry.track(this, 'html', 'HtmlService');
  }
  createHtmlOutput(html?: string | FakeBlob): FakeHtmlOutput {
    const content = html === undefined || html === null ? '' : typeof html === 'string' ? html : html.getDataAsString();
    return new FakeHtmlOutput(this.env, content);
  }
  /** Reads `<htmlDir>/<filename>.html`; Apps Script project files have no extension in their name. */
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const base = String(filename).replace(/\.html$/, '');
    const file = path.join(this.htmlDir, `${base}.html`);
    if (!existsSync(file)) throw this.env.error(`No HTML file named ${base} was found.`);
    return new FakeHtmlOutput(this.env, readFileSync(file, 'utf8'));
  }
  toString(): string { return 'HtmlService'; }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
