// What admins read about the chains: the section of the digest email, the alert sent when no
// digest goes out, and the audit entries. Vietnamese, one line per altered, inserted, deleted
// or moved row, naming the sheet, the row, the unit (or actor) and the period (or target).
// Covers every chained sheet (data, audit, review log; see specs.ts).
import { SUBJECT_PREFIX } from '../../domain/reminder-mail';
import { formatDateVi } from '../../domain/time';
import type { AuditEntry } from '../storage/audit';
import type { Link } from './canonical';
import { type ChainKey, CHAIN_KEYS } from './chain';
import { CHAIN_SPECS, SHEET_OF } from './specs';
import type { Finding, FindingKind } from './verify';

export { SHEET_OF };
export const INTEGRITY_ACTION = 'Phát hiện dữ liệu bị sửa ngoài hệ thống';
export const RESTORE_MENU = 'Báo cáo CCHC → Khôi phục dữ liệu…';

const KIND_LABEL: Record<FindingKind, string> = {
  altered: 'bị sửa',
  inserted: 'bị chèn thêm (không do hệ thống ghi)',
  deleted: 'bị xóa',
  moved: 'bị đổi chỗ (sắp xếp lại)',
  rewritten: 'mã kiểm tra bị tính lại (khác mã đã gửi quản trị viên)',
};

export type Findings = Record<ChainKey, Finding[]>;

export const findingCount = (f: Findings): number => CHAIN_KEYS.reduce((n, k) => n + f[k].length, 0);

function where(key: ChainKey, f: Finding): string {
  const seq = f.seq !== null ? ` (mã #${f.seq})` : '';
  if (f.sheetRow !== null) return `${SHEET_OF[key]}, dòng ${f.sheetRow}${seq}`;
  return `${SHEET_OF[key]}, ${f.formerRow ? `dòng ${f.formerRow} trong bản sao lưu` : 'dòng không còn trong trang'}${seq}`;
}

function about(key: ChainKey, f: Finding): string {
  return CHAIN_SPECS[key].about(f);
}

export function findingLine(key: ChainKey, f: Finding): string {
  return `${where(key, f)}: ${KIND_LABEL[f.kind]} – ${about(key, f)}`;
}

const MAX_AUDIT_ENTRIES = 50;

export function findingEntries(findings: Findings, reason: string): AuditEntry[] {
  const all = CHAIN_KEYS.flatMap((k) => findings[k].map((f) => ({ k, f })));
  const entries: AuditEntry[] = all.slice(0, MAX_AUDIT_ENTRIES).map(({ k, f }) => ({
    action: INTEGRITY_ACTION,
    target: f.sheetRow !== null ? `${SHEET_OF[k]}!${f.sheetRow}:${f.sheetRow}` : SHEET_OF[k],
    detail: `${reason}: ${findingLine(k, f)}.`,
  }));
  if (all.length > MAX_AUDIT_ENTRIES) {
    entries.push({ action: INTEGRITY_ACTION, target: SHEET_OF.data, detail: `${reason}: còn ${all.length - MAX_AUDIT_ENTRIES} dòng khác (xem thư gửi quản trị viên).` });
  }
  return entries;
}

const headText = (h: Link | null): string => (h ? `#${h.seq} ${h.hash}` : '(chưa có dòng nào)');

/** The digest's section: the heads always (so a rewrite of sheet and properties still disagrees with past mails), findings when any. */
export function integritySection(findings: Findings, heads: Record<ChainKey, Link | null>, verified: Record<ChainKey, Link | null>, snapshotNote: string): string {
  const line = (k: ChainKey): string => {
    const v = verified[k];
    const upTo = heads[k] && (!v || v.seq !== heads[k]!.seq) ? `; kiểm chứng được đến ${v ? `#${v.seq}` : 'dòng đầu tiên'}` : '';
    return `  ${SHEET_OF[k]}: mã cuối ${headText(heads[k])}${upTo}`;
  };
  const lines = [
    'Kiểm tra toàn vẹn dữ liệu (chuỗi mã kiểm tra SHA-256):',
    ...CHAIN_KEYS.map(line),
    '  Lưu thư này: nếu mã cuối trong thư sau không nối tiếp mã này, dữ liệu đã bị viết lại.',
  ];
  const count = findingCount(findings);
  if (count === 0) lines.push('  Không phát hiện thay đổi nào ngoài hệ thống.');
  else {
    lines.push(`  PHÁT HIỆN ${count} dòng bị thay đổi ngoài hệ thống:`);
    for (const k of CHAIN_KEYS) for (const f of findings[k]) lines.push(`  • ${findingLine(k, f)}`);
    lines.push(`  Vào menu ${RESTORE_MENU} để xem khác biệt với bản sao lưu và khôi phục.`);
  }
  if (snapshotNote) lines.push(`  ${snapshotNote}`);
  return lines.join('\n');
}

export function alertSubject(now: Date): string {
  return `${SUBJECT_PREFIX} Cảnh báo: dữ liệu bị sửa ngoài hệ thống – ${formatDateVi(now)}`;
}
