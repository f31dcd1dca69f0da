// The canonical content of a stored row and its link in the hash chain. A row's content is its
// non-empty cells keyed by header text and sorted by it, so reordering columns or adding an
// indicator column changes no hash; the link is "<sequence>:<hex SHA-256 of the previous link's
// hash, the sequence and the content>", so a changed, inserted, deleted or moved row shows.
import type { Env } from '../env';
import { type Cell, isDate } from '../sheets/table';

/** The column holding each row's link, on the data sheet and (sixth column) on the audit sheet. */
export const HASH_COLUMN = 'Mã kiểm tra';
/** On the audit sheet the link is the sixth column (entries are written by position). */
export const AUDIT_HASH_INDEX = 5;

export interface Link { seq: number; hash: string }

const LINK = /^(\d+):([0-9a-f]{64})$/;

export function parseLink(cell: Cell | undefined): Link | null {
  const m = LINK.exec(typeof cell === 'string' ? cell.trim() : '');
  return m ? { seq: Number(m[1]), hash: m[2] } : null;
}

export const formatLink = (link: Link): string => `${link.seq}:${link.hash}`;

/**
 * A cell as the chain sees it; null for blank. Dates count in whole seconds (they are written in
 * whole seconds, see storedCell), so the sheet's date precision cannot break a link.
 */
export function canonicalCell(v: unknown): string | null {
  if (v === '' || v === null || v === undefined) return null;
  if (isDate(v)) return `d${Math.round(v.getTime() / 1000)}`;
  if (typeof v === 'number') return `n${String(v)}`;
  if (typeof v === 'boolean') return `b${String(v)}`;
  return `s${String(v)}`;
}

/** What Sheets stores for a value the script writes: the literal-text apostrophe is not kept. */
export function storedCell(v: Cell): Cell {
  if (typeof v === 'string' && v.startsWith("'")) return v.slice(1);
  if (isDate(v)) return new Date(Math.floor(v.getTime() / 1000) * 1000);
  return v;
}

/** The row's content as hashed: [header, cell] pairs of non-blank cells, sorted, without the link. */
export function canonicalRow(header: string[], cells: readonly unknown[]): string {
  const parts: [string, string][] = [];
  header.forEach((h, i) => {
    if (h === '' || h === HASH_COLUMN) return;
    const c = canonicalCell(cells[i]);
    if (c !== null) parts.push([h, c]);
  });
  parts.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return JSON.stringify(parts);
}

export type Digest = (text: string) => string;

/** SHA-256 through Utilities.computeDigest, as lowercase hex. */
export function sha256(env: Env): Digest {
  const u = env.g.Utilities;
  return (text) => u.computeDigest(u.DigestAlgorithm.SHA_256, text, u.Charset.UTF_8)
    .map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/** The link of row `seq` whose content is `content`, chained to the previous link's hash. */
export function linkFor(digest: Digest, prevHash: string, seq: number, content: string): Link {
  return { seq, hash: digest(`${prevHash}\n${seq}\n${content}`) };
}
