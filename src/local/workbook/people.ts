// The local cast: the office's admin (owner of the sheet, who runs Cài đặt), a commune officer,
// a stranger, and one made-up officer address per unit so reminders have somewhere to go.

export const ADMIN = 'vhtt@camxuyen.gov.vn';
export const OFFICER = 'vanthu.cambinh@camxuyen.gov.vn';
export const OFFICER_UNIT = 'XA_CAM_BINH';
export const STRANGER = 'nguoi.la@example.com';

/** 'XA_CAM_BINH' -> 'vanthu.cambinh@camxuyen.gov.vn' (the same address as OFFICER). */
export function unitEmail(unitCode: string): string {
  const slug = unitCode.replace(/^(XA|TT|P)_/, '').replace(/_/g, '').toLowerCase();
  return `vanthu.${slug}@camxuyen.gov.vn`;
}

export interface Person { email: string; label: string; role: 'admin' | 'officer' | 'stranger' }

export const CAST: Person[] = [
  { email: ADMIN, label: 'Quản trị viên (Phòng VH-TT)', role: 'admin' },
  { email: OFFICER, label: 'Văn thư xã Cẩm Bình', role: 'officer' },
  { email: STRANGER, label: 'Người lạ (không có quyền)', role: 'stranger' },
];
