// setup(): idempotent installation. Creates missing sheets with the defaults, records the
// admin, installs triggers. A second run finds everything in place and changes nothing.
import { normalizeEmail } from '../../domain/text';
import { VN_TIME_ZONE } from '../../domain/time';
import type { Env } from '../env';
import { SHEETS } from '../sheets/names';
import { invalidateConfig, readConfigFromSheets } from '../config/load-config';
import { appendAuditMany, type AuditEntry } from '../storage/audit';
import { NO_USER_MESSAGE, SETUP_ADMINS_ONLY, UserError, isAdminEmail, requireSetupCaller } from '../auth';
import { ensureSheets } from './ensure-sheets';
import { updateSetting } from '../config/settings-sheet';
import { installTriggersOnce } from './triggers';
import { SCOPES, requireScopes } from '../consent';
import { TAKE_OVER_CAPTION } from './trigger-owner';
import { sheetSpecs } from './sheet-specs';
import { DEFAULT_PRESET, PRESETS } from '../../domain/presets';
import { type SetupAsker, uiAsker } from './preset-prompt';
import { protectAdminSheets } from './protect-sheets';
import { appendMissingSettings } from './missing-settings';
import { sealChains } from '../integrity/seal';
import { SHEET_OF } from '../integrity/specs';
import type { ChainKey } from '../integrity/chain';

export interface SetupResult {
  /** The preset a first install seeded the configuration from; null when the sheets were there. */
  preset: string | null;
  createdSheets: string[];
  adminsAdded: string[];
  triggersInstalled: string[];
  /** The admin whose account runs the project's triggers. */
  triggerOwner: string;
  /** Set when another admin owns the triggers: nothing was installed for the runner. */
  triggersOwnedByOther: boolean;
  /** Sheets fully protected for the admins and the owner. */
  protectedSheets: string[];
  problems: string[];
}

export interface SetupOptions {
  /** Take the triggers over from the admin who owns them (menu "Nhận chạy trigger tự động"). */
  takeOverTriggers?: boolean;
  /** Asks a first install for the preset and the signer (default: Ui prompts). */
  ask?: SetupAsker;
}

/** Adds the runner (and the owner) to the admins row of the settings sheet, in one write. */
function recordAdmins(env: Env, candidates: string[]): string[] {
  let added: string[] = [];
  updateSetting(env, 'admins', (text) => {
    const current = text.split(/[,;\n]/).map(normalizeEmail).filter((e) => e !== '');
    added = [...new Set(candidates.map(normalizeEmail))].filter((e) => e !== '' && !current.includes(e));
    return added.length ? [...current, ...added].join(', ') : null;
  });
  return added;
}

export const SHEET_LOCALE = 'vi_VN';

/**
 * Date cells are read as Vietnam wall-clock dates, so the spreadsheet must be in Vietnam's time
 * zone, always. The locale (1.234,5 and dd/MM/yyyy) is set only on the first install: after that
 * it is the office's choice.
 */
function ensureRegionalSettings(env: Env, firstInstall: boolean): AuditEntry[] {
  const ss = env.ss();
  const changes: AuditEntry[] = [];
  const zone = ss.getSpreadsheetTimeZone();
  if (zone !== VN_TIME_ZONE) {
    ss.setSpreadsheetTimeZone(VN_TIME_ZONE);
    changes.push({ action: 'Cài đặt', target: 'Múi giờ bảng tính', detail: `${zone} → ${VN_TIME_ZONE}` });
  }
  const locale = ss.getSpreadsheetLocale();
  if (firstInstall && locale !== SHEET_LOCALE) {
    ss.setSpreadsheetLocale(SHEET_LOCALE);
    changes.push({ action: 'Cài đặt', target: 'Ngôn ngữ và vùng của bảng tính', detail: `${locale} → ${SHEET_LOCALE}` });
  }
  return changes;
}

export function runSetup(env: Env, options: SetupOptions = {}): SetupResult {
  // Setup installs triggers and records who runs them: both need their scope granted.
  requireScopes(env, [SCOPES.sheet, SCOPES.email, SCOPES.triggers]);
  const ask = options.ask ?? uiAsker(env);
  const email = env.activeEmail();
  if (!email) throw new UserError(NO_USER_MESSAGE);
  requireSetupCaller(env, email);
  // Only a first install asks (before the lock: a person may take a while to answer).
  const firstInstall = env.ss().getSheetByName(SHEETS.settings) === null;
  const choice = firstInstall ? ask() : null;
  const preset = choice?.preset ?? DEFAULT_PRESET;
  const lock = env.g.LockService.getScriptLock();
  lock.waitLock(30000);
  try {
    const regional = ensureRegionalSettings(env, env.ss().getSheetByName(SHEETS.settings) === null);
    const createdSheets = ensureSheets(env, sheetSpecs(preset, choice?.signerName ?? ''));
    const before = readConfigFromSheets(env);
    // Once admins exist, only an admin may run setup again (it installs triggers as the runner).
    if (before.settings.admins.length > 0 && !isAdminEmail(before.settings, email)) {
      throw new UserError(SETUP_ADMINS_ONLY);
    }
    // A sheet from an older version lacks the newer keys: append them with their defaults (one write).
    const appended = createdSheets.includes(SHEETS.settings) ? null : appendMissingSettings(env, before.settings);
    const owner = env.ss().getOwner();
    const adminsAdded = recordAdmins(env, [email, owner ? owner.getEmail() : '']);
    invalidateConfig(env);
    // The admins row is the only thing written since the read above.
    const settings = { ...before.settings, admins: [...before.settings.admins, ...adminsAdded] };
    const protectedSheets = protectAdminSheets(env, settings);
    const sealed = sealChains(env);
    const install = installTriggersOnce(env, settings, email, options.takeOverTriggers === true);
    const triggersInstalled = install.changed;
    const tookOver = options.takeOverTriggers === true && install.status === 'installed' && triggersInstalled.length > 0;
    const audit: AuditEntry[] = [
      ...(firstInstall ? [{ action: 'Cài đặt', target: 'Bộ cấu hình ban đầu', detail: preset.label }] : []),
      ...regional,
      ...createdSheets.map((s) => ({ action: 'Cài đặt', target: s, detail: 'Tạo trang với nội dung mặc định' })),
      ...(appended ? [appended] : []),
      ...adminsAdded.map((a) => ({ action: 'Cài đặt', target: 'Quản trị viên', detail: `Thêm ${a}` })),
      ...triggersInstalled.map((t) => ({ action: 'Cài đặt', target: 'Trigger', detail: `Cài trigger ${t}` })),
      ...(tookOver ? [{ action: 'Cài đặt', target: 'Trigger', detail: `Nhận chạy trigger tự động: ${email}` }] : []),
      ...(Object.entries(sealed) as [string, number][]).map(([k, n]) => ({ action: 'Cài đặt', target: 'Chuỗi mã kiểm tra', detail: `Bắt đầu chuỗi mã kiểm tra trang ${SHEET_OF[k as ChainKey]} (${n} dòng có sẵn)` })),
    ];
    if (audit.length) {
      env.g.SpreadsheetApp.flush();
      appendAuditMany(env, audit, email);
    }
    return {
      preset: firstInstall ? preset.id : null, createdSheets, adminsAdded, triggersInstalled, protectedSheets, triggerOwner: install.owner,
      triggersOwnedByOther: install.status === 'owned-by-other', problems: before.problems,
    };
  } finally {
    lock.releaseLock();
  }
}

export function setupMessage(r: SetupResult): string {
  const parts: string[] = [];
  const preset = PRESETS.find((p) => p.id === r.preset);
  if (preset) parts.push(`Bộ cấu hình: ${preset.label}.`);
  parts.push(r.createdSheets.length ? `Đã tạo ${r.createdSheets.length} trang: ${r.createdSheets.join(', ')}.` : 'Các trang đã có sẵn, không thay đổi.');
  if (r.adminsAdded.length) parts.push(`Quản trị viên: ${r.adminsAdded.join(', ')}.`);
  if (r.triggersInstalled.length) parts.push(`Đã cài ${r.triggersInstalled.length} trigger.`);
  if (!r.triggersOwnedByOther && r.triggerOwner) parts.push(`Trigger tự động chạy dưới tài khoản ${r.triggerOwner}.`);
  if (r.triggersOwnedByOther) {
    parts.push(`Các trigger tự động (kiểm tra hằng ngày, bảo vệ dữ liệu) đang chạy dưới tài khoản ${r.triggerOwner}; không cài thêm bộ thứ hai. Nếu tài khoản đó không còn phụ trách, chọn menu Báo cáo CCHC → ${TAKE_OVER_CAPTION} để chuyển sang tài khoản của bạn.`);
  }
  if (r.problems.length) parts.push(`Cấu hình có ${r.problems.length} lỗi: ${r.problems.slice(0, 3).join(' ')}`);
  return parts.join(' ');
}
