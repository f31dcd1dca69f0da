// The OAuth scopes Google's reference lists for each Apps Script method, read from the npm package
// gas-types-detailed (type definitions generated from https://developers.google.com/apps-script/reference,
// whose JSDoc carries each method's "Authorization" section). Parsed once per process.
import fs from 'node:fs';
import path from 'node:path';

/** `${dir}/${Class}.${method}` (dir as in the reference URL, e.g. `drive/DriveApp.createFolder`) -> scopes. */
export type ScopeTable = ReadonlyMap<string, readonly string[]>;

const URL_RE = /https:\/\/developers\.google\.com\/apps-script\/reference\/([a-z-]+)\/([a-z-]+)#([A-Za-z0-9_]+)\(/;
const SCOPE_RE = /^\s*\*\s*-\s*(https:\/\/www\.googleapis\.com\/auth\/\S+)\s*$/;

let cached: Map<string, string[]> | null = null;

export function pascal(kebab: string): string {
  return kebab.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** Parses every `google-apps-script.*.d.ts` of gas-types-detailed. */
export function scopeTable(): ScopeTable {
  if (cached) return cached;
  const dir = path.dirname(require.resolve('gas-types-detailed/package.json'));
  const table = new Map<string, string[]>();
  for (const name of fs.readdirSync(dir).filter((f) => /^google-apps-script\..*\.d\.ts$/.test(f))) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    for (const block of text.split('/**').slice(1)) {
      const doc = block.slice(0, block.indexOf('*/'));
      const url = URL_RE.exec(doc);
      if (!url || !doc.includes('Authorization:')) continue;
      const scopes = doc.slice(doc.indexOf('Authorization:')).split('\n').map((l) => SCOPE_RE.exec(l)?.[1]).filter((s): s is string => !!s);
      if (scopes.length === 0) continue;
      const key = `${url[1]}/${pascal(url[2])}.${url[3]}`;
      // Overloads share a page; keep every scope any of them lists.
      table.set(key, [...new Set([...(table.get(key) ?? []), ...scopes])]);
    }
  }
  cached = table;
  return table;
}
