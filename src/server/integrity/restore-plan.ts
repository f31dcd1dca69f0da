// What a restore would do, worked out from the last good snapshot and the sheets as they are:
// the snapshot's rows come back as they were; rows written since then stay if they still chain
// on from the snapshot's head (submissions and audit entries made since); anything else goes.
// Also lists, row by row, how the sheet differs from the snapshot. Pure apart from the digest.
import type { Cell, Table } from '../sheets/table';
import { literal } from '../sheets/table';
import { type Digest, HASH_COLUMN, type Link, canonicalRow, linkFor, parseLink } from './canonical';
import type { ChainKey } from './chain';
import { type SheetCopy, fromJson } from './snapshot';
import { CHAIN_SPECS } from './specs';

export interface RowRef { sheetRow: number | null; seq: number | null; cells: Cell[]; header: string[] }

export interface SheetPlan {
  header: string[];
  /** The rows to write after the header, as Sheets must be given them (text as literal). */
  rows: Cell[][];
  head: Link;
  fromSnapshot: number;
  keptSince: RowRef[];
  /** Rows now in the sheet that will not be kept (inserted, altered after the snapshot, or unchained). */
  dropped: RowRef[];
  /** Snapshot rows missing now, or whose content or place differs. */
  missing: RowRef[];
  changed: RowRef[];
  moved: RowRef[];
  /** Whether writing the plan changes the sheet at all. */
  differs: boolean;
}

const writable = (c: Cell | undefined): Cell => (c === undefined || c === null ? '' : typeof c === 'string' ? literal(c) : c);

function layout(header: string[], from: string[], cells: readonly Cell[]): Cell[] {
  return header.map((h) => { const i = from.indexOf(h); return i < 0 ? '' : writable(cells[i]); });
}

function finalHeader(key: ChainKey, current: string[], snap: string[]): string[] {
  const fixed = CHAIN_SPECS[key].fixedHeader;
  if (fixed) return [...fixed];
  const base = current.includes(HASH_COLUMN) ? current.filter((h) => h !== '') : snap.filter((h) => h !== '');
  const other = base === snap ? current : snap;
  return [...base, ...other.filter((h) => h !== '' && !base.includes(h))];
}

export function planSheet(key: ChainKey, copy: SheetCopy, table: Table, digest: Digest): SheetPlan {
  const snapRows = copy.rows.map((r) => ({ sheetRow: r.sheetRow, cells: r.cells.map(fromJson) }));
  const fallback = CHAIN_SPECS[key].fallbackHashCol ?? -1;
  const snapHash = copy.header.indexOf(HASH_COLUMN) >= 0 ? copy.header.indexOf(HASH_COLUMN) : fallback;
  const curHash = table.col(HASH_COLUMN) >= 0 ? table.col(HASH_COLUMN) : fallback;
  const head0: Link = copy.head ?? { seq: 0, hash: '' };
  const current = table.rows.map((r) => ({ ...r, link: curHash >= 0 ? parseLink(r.cells[curHash]) : null }));

  // Rows since the snapshot that still chain on from its head, in sequence.
  const keptSince: typeof current = [];
  let head = head0;
  for (;;) {
    const seq = head.seq + 1;
    const prev = head.hash;
    const next = current.find((r) => r.link?.seq === seq && linkFor(digest, prev, seq, canonicalRow(table.header, r.cells)).hash === r.link.hash);
    if (!next || !next.link) break;
    keptSince.push(next);
    head = next.link;
  }

  // How the sheet differs from the snapshot, row by row (a duplicated row claims nothing twice).
  const claimed = new Set<(typeof current)[number]>();
  const missing: RowRef[] = [];
  const changed: RowRef[] = [];
  const moved: RowRef[] = [];
  for (const s of snapRows) {
    const link = parseLink(s.cells[snapHash] as string);
    const ref: RowRef = { sheetRow: s.sheetRow, seq: link?.seq ?? null, cells: s.cells, header: copy.header };
    const same = (r: (typeof current)[number]): boolean => canonicalRow(table.header, r.cells) === canonicalRow(copy.header, s.cells);
    const candidates = link ? current.filter((r) => r.link?.seq === link.seq && !claimed.has(r)) : [];
    const now = candidates.find(same) ?? candidates[0];
    if (!now) { missing.push(ref); continue; }
    claimed.add(now);
    if (!same(now)) changed.push({ ...ref, sheetRow: now.sheetRow, cells: now.cells, header: table.header });
    else if (now.sheetRow !== s.sheetRow) moved.push({ ...ref, sheetRow: now.sheetRow });
  }
  const dropped: RowRef[] = current.filter((r) => !claimed.has(r) && !keptSince.includes(r))
    .map((r) => ({ sheetRow: r.sheetRow, seq: r.link?.seq ?? null, cells: r.cells, header: table.header }));

  const header = finalHeader(key, table.header, copy.header);
  const rows = [
    ...snapRows.map((s) => layout(header, copy.header, s.cells)),
    ...keptSince.map((r) => layout(header, table.header, r.cells)),
  ];
  const expectedRows = snapRows.length + keptSince.length;
  const differs = missing.length + changed.length + moved.length + dropped.length > 0
    || header.join('\u0001') !== table.header.join('\u0001') || current.length !== expectedRows
    || keptSince.some((r, i) => r.sheetRow !== 2 + snapRows.length + i);
  return {
    header, rows, head, fromSnapshot: snapRows.length,
    keptSince: keptSince.map((r) => ({ sheetRow: r.sheetRow, seq: r.link?.seq ?? null, cells: r.cells, header: table.header })),
    dropped, missing, changed, moved, differs,
  };
}
