// Lint: typescript-eslint, plus the architecture rules of DESIGN.md:
// domain/ and contract/ are pure (no Apps Script, Node or browser globals), server/ code must run
// in Apps Script V8 (none of the Node/browser APIs it lacks), and nothing outside local/ and test/
// imports local/.
import tseslint from 'typescript-eslint';

const APPS_SCRIPT = ['SpreadsheetApp', 'DocumentApp', 'DriveApp', 'ScriptApp', 'HtmlService', 'PropertiesService',
  'LockService', 'MailApp', 'GmailApp', 'Session', 'UrlFetchApp', 'Utilities', 'CacheService', 'Logger', 'CardService', 'google'];
const NOT_IN_APPS_SCRIPT = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'URL', 'URLSearchParams',
  'TextEncoder', 'TextDecoder', 'fetch', 'atob', 'btoa', 'crypto', 'Buffer', 'process', 'require', 'structuredClone',
  'window', 'document', 'navigator', 'localStorage', 'globalThis', 'queueMicrotask'];
const restrict = (names, why) => names.map((name) => ({ name, message: `${name}: ${why}` }));
const noLocalImports = { patterns: [{ group: ['**/local/**', '../local', '../local/*'], message: 'local/ is Node-only: never import it from bundled code.' }] };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.local/**', 'test-artifacts/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/contract/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error',
        ...restrict(APPS_SCRIPT, 'domain/ and contract/ are pure; pass data in from server/.'),
        ...restrict(NOT_IN_APPS_SCRIPT, 'not available in Apps Script V8.')],
      'no-restricted-imports': ['error', { patterns: [
        ...noLocalImports.patterns,
        { group: ['**/server/**', '../server', '**/sidebar/**', '../sidebar', 'node:*', 'fs', 'path'], message: 'domain/ and contract/ depend on nothing but themselves and zod.' }] }],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restrict(NOT_IN_APPS_SCRIPT, 'not available in Apps Script V8.')],
      'no-restricted-imports': ['error', { patterns: [...noLocalImports.patterns, { group: ['node:*', '**/sidebar/**'], message: 'server code runs in Apps Script.' }] }],
    },
  },
  {
    files: ['src/sidebar/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noLocalImports.patterns, { group: ['**/server/**', '../server'], message: 'the sidebar talks to the server only through contract/.' }] }] },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.cjs', 'src/local/**/*.ts', 'build.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
