// The append side of the chains. Each chained sheet has an append head in script properties (the
// last link written); a new row links to it, and the head moves only once the row is written.
// Callers hold the script lock, so two appends never link to the same head.
import type { Env } from '../env';
import type { Cell } from '../sheets/table';
import { literal } from '../sheets/table';
import { type Link, canonicalRow, formatLink, linkFor, sha256, storedCell } from './canonical';

/** The chained sheets: submissions, the audit, the review log (issue 14: same discipline as submissions). */
export type ChainKey = 'data' | 'audit' | 'review';
export const CHAIN_KEYS: readonly ChainKey[] = ['data', 'audit', 'review'];

const APPEND_KEY = (key: ChainKey): string => `cchc:chain:${key}:append`;
const VERIFIED_KEY = (key: ChainKey): string => `cchc:chain:${key}:verified`;

function readLink(props: GoogleAppsScript.Properties.Properties, name: string): Link | null {
  try {
    const v = JSON.parse(props.getProperty(name) ?? 'null') as Link | null;
    return v && Number.isInteger(v.seq) && v.seq >= 0 && typeof v.hash === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** The script properties holding a chain's heads (tests and benches that seed rows start the chains again). */
export const CHAIN_PROPERTY_KEYS = CHAIN_KEYS.flatMap((k) => [APPEND_KEY(k), VERIFIED_KEY(k)]);

export const props = (env: Env): GoogleAppsScript.Properties.Properties => env.g.PropertiesService.getScriptProperties();
export const appendHead = (env: Env, key: ChainKey): Link | null => readLink(props(env), APPEND_KEY(key));
export const verifiedHead = (env: Env, key: ChainKey): Link | null => readLink(props(env), VERIFIED_KEY(key));
export function setAppendHead(env: Env, key: ChainKey, link: Link): void { props(env).setProperty(APPEND_KEY(key), JSON.stringify(link)); }
export function setVerifiedHead(env: Env, key: ChainKey, link: Link): void { props(env).setProperty(VERIFIED_KEY(key), JSON.stringify(link)); }

export interface PendingLinks {
  /** The rows with their link cell filled in and dates in whole seconds, ready to write. */
  rows: Cell[][];
  /** Moves the append head; call once the rows are written. */
  commit(): void;
}

/**
 * Links `rows` (laid out by `header`, link cell at `hashCol`) after the append head. The link is
 * computed over what Sheets will store (see storedCell), so reading the row back verifies.
 */
export function linkRows(env: Env, key: ChainKey, header: string[], hashCol: number, rows: Cell[][]): PendingLinks {
  const digest = sha256(env);
  let head = appendHead(env, key) ?? { seq: 0, hash: '' };
  const out = rows.map((row) => {
    const cells = row.map((c, i) => (i === hashCol ? '' : c));
    const stored = cells.map(storedCell);
    head = linkFor(digest, head.hash, head.seq + 1, canonicalRow(header, stored));
    cells[hashCol] = literal(formatLink(head));
    return cells.map((c) => (typeof c === 'object' ? storedCell(c) : c));
  });
  const last = head;
  return { rows: out, commit: () => { if (rows.length) setAppendHead(env, key, last); } };
}
