// Scope enforcement: a call whose required scopes (Google's reference, see scope-table.ts) the user
// has not granted throws Google's error text, e.g.
//   Exception: You do not have permission to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive
// https://developers.google.com/apps-script/concepts/scopes
import type { ServiceName } from '../counters';
import type { FakeEnv } from '../env';
import { DRIVE_V3_SCOPES } from './drive-scopes';
import type { Grants } from './grants';
import { type ScopeTable, scopeTable } from './scope-table';

/** Where the reference documents our fakes' types: the service's own directory, else `base`. */
const DIRS: Partial<Record<ServiceName, string>> = { session: 'base' };

export function requiredScopes(service: ServiceName, type: string, method: string, table: ScopeTable = scopeTable()): readonly string[] | undefined {
  if (service === 'drive' && type === 'Files') return DRIVE_V3_SCOPES[method];
  const dir = DIRS[service] ?? service;
  return table.get(`${dir}/${type}.${method}`) ?? table.get(`base/${type}.${method}`);
}

export function permissionMessage(type: string, method: string, scopes: readonly string[]): string {
  const list = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return `You do not have permission to call ${type}.${method}. Required permissions: ${list}`;
}

export function scopeHook(env: FakeEnv, grants: Grants) {
  const table = scopeTable();
  return (service: ServiceName, type: string, method: string): void => {
    const scopes = requiredScopes(service, type, method, table);
    if (!scopes || grants.hasAny(scopes)) return;
    if (service === 'drive' && type === 'Files') {
      // Advanced services reach the REST API, which answers 403 for a token without the scope.
      const error = env.error(`API call to drive.files.${method} failed with error: Request had insufficient authentication scopes.`);
      error.name = 'GoogleJsonResponseException';
      throw error;
    }
    throw env.error(permissionMessage(type, method, scopes));
  };
}
