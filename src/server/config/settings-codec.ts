// Settings <-> a key/value configuration sheet. The key column is stable ASCII so code never
// depends on the Vietnamese description, which the office may reword.
import type { Settings } from '../../domain/types';
import { isEmail, normalizeEmail, normalizeText } from '../../domain/text';
import { SETTINGS_COLUMNS as C } from '../sheets/names';
import { type Cell, type Table, cellOf, literal, textOf } from '../sheets/table';
import { parseOptionalInt, splitList } from './labels';

/** Settings plus the calendar's late window, which offices look for among the settings. */
export interface SettingsWithWindow extends Settings {
  lateWindowDays: number;
}

type Key = keyof SettingsWithWindow;
type Kind = 'text' | 'emails' | 'lines' | 'int';

const FIELDS: { key: Key; label: string; kind: Kind; min?: number; max?: number }[] = [
  { key: 'admins', label: 'Quản trị viên (email, cách nhau bởi dấu phẩy)', kind: 'emails' },
  { key: 'parentBody', label: 'Cơ quan chủ quản (in hoa)', kind: 'text' },
  { key: 'issuingBody', label: 'Cơ quan ban hành báo cáo (in hoa)', kind: 'text' },
  { key: 'issuingBodyShort', label: 'Chữ viết tắt cơ quan ban hành', kind: 'text' },
  { key: 'place', label: 'Địa danh ghi trên báo cáo', kind: 'text' },
  { key: 'reportNumberPrefix', label: 'Ký hiệu số báo cáo (ví dụ BC-VHTT)', kind: 'text' },
  { key: 'signerTitle', label: 'Quyền hạn, chức vụ người ký (mỗi dòng một dòng)', kind: 'lines' },
  { key: 'signerName', label: 'Họ và tên người ký', kind: 'text' },
  { key: 'recipients', label: 'Nơi nhận (mỗi dòng một nơi nhận)', kind: 'lines' },
  { key: 'reportTo', label: 'Cơ quan nhận báo cáo (mục V đề xuất, kiến nghị gửi cơ quan này)', kind: 'text' },
  { key: 'areaName', label: 'Địa bàn tổng hợp (dòng "Tổng cộng toàn …" của trang tổng hợp; ví dụ huyện, tỉnh; để trống: "Tổng cộng")', kind: 'text' },
  { key: 'directionText', label: 'Mục I. Công tác chỉ đạo, triển khai (mỗi dòng một đoạn; nêu kế hoạch, công văn)', kind: 'lines' },
  { key: 'nextTasks', label: 'Mục IV. Phương hướng, nhiệm vụ kỳ tới (mỗi dòng một nhiệm vụ)', kind: 'lines' },
  { key: 'driveFolderId', label: 'ID thư mục Drive lưu báo cáo (để trống: thư mục gốc)', kind: 'text' },
  { key: 'dueSoonDays', label: 'Nhắc trước hạn (số ngày)', kind: 'int', min: 0, max: 60 },
  { key: 'reminderEveryDays', label: 'Nhắc lại khi quá hạn (mỗi N ngày)', kind: 'int', min: 1, max: 60 },
  { key: 'triggerHour', label: 'Giờ chạy kiểm tra hằng ngày (0–23)', kind: 'int', min: 0, max: 23 },
  { key: 'lateWindowDays', label: 'Số ngày nhận báo cáo muộn sau hạn', kind: 'int', min: 0, max: 366 },
];

export function parseSettings(t: Table, defaults: SettingsWithWindow, problems: string[]): SettingsWithWindow {
  const out: SettingsWithWindow = { ...defaults };
  const byKey = new Map(t.rows.map(({ sheetRow, cells }) => [textOf(cellOf(t, cells, C.key)), { sheetRow, value: cellOf(t, cells, C.value) }]));
  const record = out as unknown as Record<Key, unknown>;
  for (const f of FIELDS) {
    const found = byKey.get(f.key);
    if (!found) continue;
    const raw = textOf(found.value);
    const where = `Cài đặt, dòng ${found.sheetRow} (${f.key})`;
    if (f.kind === 'text') record[f.key] = normalizeText(raw);
    else if (f.kind === 'lines') record[f.key] = raw.split('\n').map(normalizeText).filter((x) => x !== '');
    else if (f.kind === 'emails') {
      const emails = splitList(raw).map(normalizeEmail);
      for (const e of emails) if (!isEmail(e)) problems.push(`${where}: email "${e}" không hợp lệ.`);
      record[f.key] = emails.filter(isEmail);
    } else {
      const n = parseOptionalInt(found.value);
      if (n === undefined || n < (f.min ?? 0) || n > (f.max ?? Infinity)) {
        problems.push(`${where}: cần một số nguyên từ ${f.min} đến ${f.max}; đang dùng mặc định ${String(record[f.key])}.`);
      } else record[f.key] = n;
    }
  }
  return out;
}

function show(s: SettingsWithWindow, f: (typeof FIELDS)[number]): Cell {
  const v = (s as unknown as Record<Key, unknown>)[f.key];
  if (Array.isArray(v)) return literal(v.join(f.kind === 'lines' ? '\n' : ', '));
  return typeof v === 'number' ? v : literal(String(v ?? ''));
}

export function settingsRows(s: SettingsWithWindow): Cell[][] {
  return [[C.key, C.label, C.value], ...FIELDS.map((f) => [f.key, f.label, show(s, f)])];
}

/** One settings row by column name (key, description, value from `s`), for appending a key the sheet lacks. */
export function settingRow(s: SettingsWithWindow, key: string): Record<string, Cell> | null {
  const f = FIELDS.find((x) => x.key === key);
  return f ? { [C.key]: f.key, [C.label]: f.label, [C.value]: show(s, f) } : null;
}

export const SETTINGS_KEYS = FIELDS.map((f) => f.key);
