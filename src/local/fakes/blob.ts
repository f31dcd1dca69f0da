// Blob (Base service): bytes + content type + name. Apps Script byte arrays are Java bytes, so
// getBytes() returns signed values (-128..127); inputs may be signed or unsigned.
import type { FakeEnv } from './env';

export const FAKE_PDF_HEADER = '%FAKE-PDF: text rendering by the local Apps Script fakes, not a real PDF\n';

export function toBytes(data: string | ArrayLike<number>): Uint8Array {
  if (typeof data === 'string') return new Uint8Array(Buffer.from(data, 'utf8'));
  return Uint8Array.from(Array.from(data, (b) => Number(b) & 0xff));
}

export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function decodeBytes(bytes: Uint8Array, charset?: string): string {
  const latin = charset && /ascii|iso-8859-1|latin/i.test(String(charset).replace('_', '-'));
  return Buffer.from(bytes).toString(latin ? 'latin1' : 'utf8');
}

/** Blob.getAs naming rule: the last extension is replaced by the new type's one. */
export function renameForType(name: string | null, contentType: string): string | null {
  if (name === null) return null;
  const ext = contentType === 'application/pdf' ? 'pdf' : contentType.split('/')[1]?.split(/[+;]/)[0];
  if (!ext) return name;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${ext}`;
}

export class FakeBlob {
  constructor(private readonly env: FakeEnv, private bytes: Uint8Array, private contentType: string | null, private name: string | null) {
    env.registry.track(this, 'base', 'Blob');
  }
  getBytes(): number[] { return toSignedBytes(this.bytes); }
  setBytes(data: ArrayLike<number>): this { this.bytes = toBytes(data); return this; }
  getDataAsString(charset?: string): string { return decodeBytes(this.bytes, charset); }
  setDataFromString(string: string, _charset?: string): this { this.bytes = toBytes(String(string)); return this; }
  getContentType(): string | null { return this.contentType; }
  setContentType(contentType: string | null): this { this.contentType = contentType; return this; }
  getName(): string | null { return this.name; }
  setName(name: string): this { this.name = String(name); return this; }
  isGoogleType(): boolean { return false; }
  copyBlob(): FakeBlob { return new FakeBlob(this.env, this.bytes.slice(), this.contentType, this.name); }
  getBlob(): FakeBlob { return this.copyBlob(); }
  /** FAKE: converting to PDF prefixes FAKE_PDF_HEADER to the text instead of rendering it. */
  getAs(contentType: string): FakeBlob {
    const type = String(contentType);
    const bytes = type === 'application/pdf' && this.contentType !== 'application/pdf'
      ? toBytes(FAKE_PDF_HEADER + this.getDataAsString()) : this.bytes.slice();
    return new FakeBlob(this.env, bytes, type, renameForType(this.name, type));
  }
  /** Test helper: raw bytes without counting or sign conversion. */
  _raw(): Uint8Array { return this.bytes; }
  toString(): string { return 'Blob'; }
}
