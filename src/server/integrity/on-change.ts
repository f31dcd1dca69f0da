// A row or column removed anywhere fires onChange without saying which sheet, and fires no
// onEdit: so the change guard runs the integrity check at once. If the data or audit sheet lost
// rows or cells, the check names them in the audit (with who removed them, when Google says)
// and mails the admins the same day instead of at the next daily run. No snapshot is taken here.
import type { Env } from '../env';
import { loadConfig } from '../config/load-config';
import { readDataSheet } from '../storage/submissions';
import { type IntegrityResult, alertIfUnmailed, runIntegrityCheck } from './check';

export const REMOVALS = ['REMOVE_ROW', 'REMOVE_COLUMN'] as const;

export function verifyAfterRemoval(env: Env, changeType: string, user: string): IntegrityResult | null {
  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(30000)) return null; // the daily check will find it
  try {
    const { settings } = loadConfig(env);
    const { table } = readDataSheet(env);
    const what = changeType === 'REMOVE_COLUMN' ? 'Xóa cột' : 'Xóa dòng';
    const result = runIntegrityCheck(env, table, settings, `${what} trong bảng tính (người thực hiện: ${user || 'không rõ'})`, false);
    alertIfUnmailed(env, result, settings, false);
    return result;
  } finally {
    lock.releaseLock();
  }
}
