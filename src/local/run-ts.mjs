#!/usr/bin/env node
// Runs a TypeScript entry of src/local with plain Node: esbuild (already the project's compiler)
// bundles our sources into one CommonJS file under .local/run/, packages stay in node_modules,
// then the file is required. No ts-node/tsx.
//
//   node src/local/run-ts.mjs src/local/demo/main.ts [args...]
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node src/local/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}

// Paths in src/local (dist/, .local/, out/) are relative to the project root.
process.chdir(root);
const source = path.resolve(root, entry);
const name = path.relative(root, source).replace(/\.ts$/, '').replace(/[\\/]/g, '_');
const outfile = path.join(root, '.local', 'run', `${name}.cjs`);

await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  charset: 'utf8',
  sourcemap: 'inline',
  logLevel: 'warning',
});

process.setSourceMapsEnabled(true); // stack traces point at the .ts sources
process.argv = [process.argv[0], outfile, ...args];
createRequire(import.meta.url)(outfile);
