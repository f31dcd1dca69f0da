// Verifies a chained sheet read in one getValues. Each row must link to the row before it in
// sequence; the rows at the append head and the verified head (script properties) must carry
// the hashes recorded there, so recomputing the chain after a change still shows; sequences
// missing are deleted rows, rows without a valid link or beyond the head are inserted rows,
// rows out of sequence order are moved (a sort). Pure apart from the digest function.
import type { Table } from '../sheets/table';
import { type Digest, HASH_COLUMN, type Link, canonicalRow, linkFor, parseLink } from './canonical';

export type FindingKind = 'altered' | 'inserted' | 'deleted' | 'moved' | 'rewritten';

export interface Finding {
  kind: FindingKind;
  /** 1-based row of the sheet now (null for a deleted row: see `seq` and `formerRow`). */
  sheetRow: number | null;
  seq: number | null;
  /** Who and what the row is about: unit and period for data, actor and action for the audit. */
  subject: string;
  period: string;
  /** Where a deleted row was in the last good snapshot, when known. */
  formerRow?: number | null;
}

export interface ChainReport {
  findings: Finding[];
  /** The longest verified prefix of the chain (what becomes the verified head). */
  head: Link | null;
  rowsChecked: number;
}

export interface Described { subject: string; period: string; formerRow?: number | null }

export interface VerifyInput {
  table: Table;
  appendHead: Link | null;
  verifiedHead: Link | null;
  digest: Digest;
  describe(cells: readonly unknown[]): Described;
  /** What is known of a row that is gone (from the last good snapshot). */
  known?(seq: number): Described | null;
  /** Column of the link when the header does not name it (audit sheets written before the header). */
  fallbackHashCol?: number;
}

interface Entry { sheetRow: number; cells: readonly unknown[]; link: Link | null }

/** Indexes (into `values`) of a longest strictly increasing subsequence. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (values[tails[mid]] < v) lo = mid + 1; else hi = mid; }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

export function verifyChain(input: VerifyInput): ChainReport {
  const { table, digest, describe } = input;
  const found = table.col(HASH_COLUMN);
  const hashCol = found >= 0 ? found : input.fallbackHashCol ?? -1;
  const findings: Finding[] = [];
  const report = (kind: FindingKind, e: Entry | null, seq: number | null, d: Described = e ? describe(e.cells) : { subject: '', period: '' }): void => {
    findings.push({ kind, sheetRow: e ? e.sheetRow : null, seq, subject: d.subject, period: d.period, ...(kind === 'deleted' ? { formerRow: d.formerRow ?? null } : {}) });
  };
  const entries: Entry[] = table.rows.map(({ sheetRow, cells }) => ({ sheetRow, cells, link: hashCol >= 0 ? parseLink(cells[hashCol] as string) : null }));
  const last = input.appendHead?.seq ?? 0;
  const bySeq = new Map<number, Entry[]>();
  for (const e of entries) {
    if (!e.link || e.link.seq < 1 || e.link.seq > last) { report('inserted', e, e.link?.seq ?? null); continue; }
    const list = bySeq.get(e.link.seq) ?? [];
    list.push(e);
    bySeq.set(e.link.seq, list);
  }

  const inOrder: Entry[] = [];
  let prev: string | null = '';
  let head: Link | null = null;
  let prefixOk = true;
  const expectAt = new Map<number, string>();
  if (input.verifiedHead) expectAt.set(input.verifiedHead.seq, input.verifiedHead.hash);
  if (input.appendHead) expectAt.set(input.appendHead.seq, input.appendHead.hash);
  const content = (e: Entry): string => canonicalRow(table.header, e.cells);
  for (let seq = 1; seq <= last; seq++) {
    const list = bySeq.get(seq) ?? [];
    if (list.length === 0) {
      report('deleted', null, seq, input.known?.(seq) ?? { subject: '', period: '' });
      prev = null; // the next row cannot be checked against a link that is gone
      prefixOk = false;
      continue;
    }
    const p = prev;
    const valid: Entry[] = p === null ? [] : list.filter((e) => linkFor(digest, p, seq, content(e)).hash === e.link?.hash);
    const genuine: Entry | null = valid[0] ?? null;
    const kept: Entry = genuine ?? list[0];
    const keptLink = kept.link as Link;
    for (const e of list) if (e !== kept) report('inserted', e, seq);
    if (p === null) prefixOk = false;
    else if (!genuine) { report('altered', kept, seq); prefixOk = false; }
    const expected = expectAt.get(seq);
    if (genuine && expected !== undefined && expected !== keptLink.hash) { report('rewritten', kept, seq); prefixOk = false; }
    if (prefixOk) head = keptLink;
    prev = keptLink.hash;
    inOrder.push(kept);
  }
  const ordered = longestIncreasing(inOrder.map((e) => e.sheetRow));
  inOrder.forEach((e, i) => { if (!ordered.has(i)) report('moved', e, e.link ? e.link.seq : null); });
  return { findings, head: findings.length ? head : input.appendHead, rowsChecked: entries.length };
}
