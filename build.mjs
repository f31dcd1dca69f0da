// Builds the Apps Script project into dist/: Code.js (server), Sidebar.html (form), Review.html (the office's review dialog), appsscript.json.
//
// Apps Script has no modules and only sees top-level function declarations, so the server is
// bundled as an IIFE with a global name and one forwarding function is appended per entry
// (entry names also appear only as strings in menus and triggers, which tree-shaking can't see).
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const GLOBAL = '__app';
const TARGET = 'es2020';
// Our guard, not Google's: Apps Script documents no per-file size limit. It catches a dependency
// regression (zod's full build alone is ~467 KB) and product code growing unnoticed.
export const CODE_BUDGET = 200 * 1024;
export const SIDEBAR_BUDGET = 150 * 1024;

const entryNames = JSON.parse(await readFile(path.join(root, 'src/server/entries.json'), 'utf8'));

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

async function buildServer() {
  const common = {
    entryPoints: [path.join(root, 'src/server/index.ts')],
    bundle: true,
    charset: 'utf8',
    target: TARGET,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    legalComments: 'none',
    logLevel: 'silent',
    write: false,
    // Local identifiers are shortened too, to stay within the size budget; the top-level entry
    // forwarders keep their names, so a stack trace in the execution log still starts at the
    // entry that was run. keepNames would cost ~14 KB of name wrappers.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
  };
  // An ESM build only to read the module's exports from the metafile.
  const probe = await build({ ...common, format: 'esm', metafile: true, outfile: 'probe.js' });
  const exported = Object.values(probe.metafile.outputs)[0].exports;
  const missing = entryNames.filter((name) => !exported.includes(name));
  if (missing.length) fail(`entry function(s) declared in src/server/entries.json but not exported by src/server/index.ts: ${missing.join(', ')}`);

  const iife = await build({ ...common, format: 'iife', globalName: GLOBAL, outfile: 'Code.js' });
  let code = iife.outputFiles[0].text;
  const forwarders = entryNames
    .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
    .join('\n');
  code = `${code}\n// Top-level entry points seen by Apps Script (menus, triggers, google.script.run).\n${forwarders}\n`;
  if (/^\s*(export|import)\s/m.test(code)) fail('Code.js still contains an ES module statement');
  // esbuild lowers both for es2020; these guard against a target change.
  if (/[\w$)\]]\.#[A-Za-z_$]/.test(code)) fail('Code.js contains a #private class member');
  if (/\bstatic\s+[A-Za-z_$][\w$]*\s*=/.test(code)) fail('Code.js contains a static class field');
  await writeFile(path.join(dist, 'Code.js'), code, 'utf8');
  return Buffer.byteLength(code);
}

async function buildSidebar() {
  return buildPage('src/sidebar', 'sidebar.css', 'Sidebar.html');
}

/** One HTML page with its script and stylesheet inlined (HtmlService serves a single file). */
async function buildPage(folder, cssFile, outName) {
  const dir = path.join(root, folder);
  const [js, css, template] = await Promise.all([
    build({
      entryPoints: [path.join(dir, 'main.ts')], bundle: true, format: 'iife', charset: 'utf8',
      target: TARGET, platform: 'browser', minify: true, write: false, logLevel: 'silent', legalComments: 'none',
    }),
    build({ entryPoints: [path.join(dir, cssFile)], bundle: true, minify: true, write: false, charset: 'utf8', logLevel: 'silent' }),
    readFile(path.join(dir, 'index.html'), 'utf8'),
  ]);
  // '</script' inside the inlined JS would end the script element early.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const style = css.outputFiles[0].text.replace(/<\/style/gi, '<\\/style');
  if (!template.includes('/*INLINE_CSS*/') || !template.includes('/*INLINE_JS*/')) fail(`${folder}/index.html lacks the /*INLINE_CSS*/ or /*INLINE_JS*/ marker`);
  const html = template.replace('/*INLINE_CSS*/', () => style).replace('/*INLINE_JS*/', () => script);
  await writeFile(path.join(dist, outName), html, 'utf8');
  return Buffer.byteLength(html);
}

await mkdir(dist, { recursive: true });
const [codeSize, sidebarSize, reviewSize] = await Promise.all([buildServer(), buildSidebar(), buildPage('src/review', 'review.css', 'Review.html')]);
await copyFile(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`build: dist/Code.js ${kb(codeSize)} (budget ${kb(CODE_BUDGET)}), dist/Sidebar.html ${kb(sidebarSize)} (budget ${kb(SIDEBAR_BUDGET)}), dist/Review.html ${kb(reviewSize)} (budget ${kb(SIDEBAR_BUDGET)})`);
if (codeSize > CODE_BUDGET) fail('dist/Code.js is over budget');
if (sidebarSize > SIDEBAR_BUDGET) fail('dist/Sidebar.html is over budget');
if (reviewSize > SIDEBAR_BUDGET) fail('dist/Review.html is over budget');
