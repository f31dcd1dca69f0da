// Utilities: formatDate (format-date.ts), uuids, blobs, base64, digests, formatString, sleep.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { decodeBytes, FakeBlob, toBytes, toSignedBytes } from './blob';
import { type FakeEnv, isDate } from './env';
import { formatJavaDate, PatternError } from './format-date';

export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
export const DigestAlgorithm = { MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' } as const;
const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

export class FakeUtilities {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  sleeps: number[] = [];

  constructor(private readonly env: FakeEnv) {
    env.registry.track(this, 'utilities', 'Utilities');
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw this.env.error(`The parameters (${[date, timeZone, format].map(javaType).join(',')}) don't match the method signature for Utilities.formatDate.`);
    }
    try {
      return formatJavaDate(date.getTime(), timeZone, format);
    } catch (e) {
      if (e instanceof PatternError) throw this.env.error(`Invalid argument: ${e.message}`);
      throw e;
    }
  }

  getUuid(): string { return randomUUID(); }

  /** Advances the fake clock instead of blocking. */
  sleep(milliseconds: number): void {
    this.sleeps.push(milliseconds);
    this.env.clock.advance(Math.max(0, Number(milliseconds) || 0));
  }

  newBlob(data: string | ArrayLike<number>, contentType?: string | null, name?: string | null): FakeBlob {
    return new FakeBlob(this.env, toBytes(data ?? ''), contentType ?? null, name ?? null);
  }

  /**
   * A real zip: entries are named by the blobs' names as given ('word/document.xml' lands in the
   * word/ folder), like java.util.zip behind Apps Script; a nameless blob or a repeated name is
   * refused, as ZipOutputStream refuses a duplicate entry. The result is application/zip.
   * https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String)
   */
  zip(blobs: FakeBlob[], name?: string): FakeBlob {
    if (!Array.isArray(blobs)) throw this.env.error("The parameters (" + javaType(blobs) + ") don't match the method signature for Utilities.zip.");
    const entries: Record<string, Uint8Array> = {};
    for (const b of blobs) {
      const entry = b?.getName?.();
      if (!entry) throw this.env.error('Invalid argument: blobs (a blob without a name cannot go into a zip)');
      if (entry in entries) throw this.env.error(`Invalid argument: duplicate entry: ${entry}`);
      entries[entry] = b._raw().slice();
    }
    return new FakeBlob(this.env, zipSync(entries), 'application/zip', name ?? 'Archive.zip');
  }

  unzip(blob: FakeBlob): FakeBlob[] {
    const files = unzipSync(blob._raw());
    return Object.entries(files).filter(([path]) => !path.endsWith('/')).map(([path, bytes]) => new FakeBlob(this.env, bytes, null, path));
  }

  base64Encode(data: string | ArrayLike<number>, _charset?: string): string { return Buffer.from(toBytes(data)).toString('base64'); }
  base64EncodeWebSafe(data: string | ArrayLike<number>, _charset?: string): string {
    return Buffer.from(toBytes(data)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string, _charset?: string): number[] { return toSignedBytes(this.decode64(encoded, false)); }
  base64DecodeWebSafe(encoded: string, _charset?: string): number[] { return toSignedBytes(this.decode64(encoded, true)); }

  computeDigest(algorithm: string, value: string | ArrayLike<number>, charset?: string): number[] {
    const algo = NODE_DIGEST[String(algorithm)];
    if (!algo) throw this.env.error(`Invalid argument: algorithm`);
    const bytes = typeof value === 'string' && charset === Charset.US_ASCII ? Buffer.from(value, 'latin1') : toBytes(value);
    return toSignedBytes(new Uint8Array(createHash(algo).update(bytes).digest()));
  }
  computeHmacSha256Signature(value: string | ArrayLike<number>, key: string | ArrayLike<number>): number[] {
    return toSignedBytes(new Uint8Array(createHmac('sha256', toBytes(key)).update(toBytes(value)).digest()));
  }

  /** sprintf subset: %s %d %i %f with flags/width/precision, %%. */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%([-0+ ]*)(\d+)?(?:\.(\d+))?([sdif%])/g, (_m, flags: string, width?: string, precision?: string, type?: string) => {
      if (type === '%') return '%';
      const arg = args[i++];
      let text = type === 's' ? String(arg)
        : type === 'f' ? Number(arg).toFixed(precision === undefined ? 6 : Number(precision))
          : String(Math.trunc(Number(arg)));
      if (flags.includes('+') && type !== 's' && Number(arg) >= 0) text = `+${text}`;
      const w = Number(width ?? 0);
      if (text.length < w) text = flags.includes('-') ? text.padEnd(w) : text.padStart(w, flags.includes('0') && type !== 's' ? '0' : ' ');
      return text;
    });
  }

  /** RFC 4180 CSV; quoted fields may hold delimiters, quotes ("") and newlines. */
  parseCsv(csv: string, delimiter = ','): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    const text = String(csv);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === delimiter) { row.push(field); field = ''; }
      else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        row.push(field); rows.push(row); row = []; field = '';
      } else field += ch;
    }
    if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
    return rows;
  }

  private decode64(encoded: string, webSafe: boolean): Uint8Array {
    const text = String(encoded).replace(/\s+/g, '');
    const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
    if (!alphabet.test(text) || text.replace(/=+$/, '').length % 4 === 1) throw this.env.error('Could not decode string.');
    return new Uint8Array(Buffer.from(text, webSafe ? 'base64url' : 'base64'));
  }
  /** Exposed for other fakes (Blob text) without counting. */
  _decode(bytes: Uint8Array, charset?: string): string { return decodeBytes(bytes, charset); }
  toString(): string { return 'Utilities'; }
}

function javaType(v: unknown): string {
  if (isDate(v)) return 'Date';
  if (v === null || v === undefined) return 'null';
  return typeof v === 'number' ? 'number' : typeof v === 'string' ? 'String' : 'Object';
}
