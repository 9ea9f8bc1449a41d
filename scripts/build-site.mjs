// Builds the page for hosting (run by `make site`; `make wasm-lite` first):
//   dist/site/       the static site: index.html at its root; app.js and style.css bundled by esbuild
//                    (the page's modules, the UI kit), the HTML extractor (Readability) as a chunk
//                    loaded only when page source is pasted or dropped; worker.js as it is; pkg/ (the
//                    lite wasm without the entity model, its glue, and the entity models: ner.bin and
//                    models/ner-*.bin (ner-de.bin…), which the page fetches after the first result in
//                    their language and hands to loadModel)
//   dist/nutshell.html  ONE self-contained file: style, app, worker code, wasm and the English model
//                    (base64) and the sample inlined, with a CSP of hashes; works from file:// with no
//                    server. The other languages' models stay out (≈ 1.7 MB, 2.3 MB as base64): there the
//                    page says it finds no names in those languages.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const www = join(root, 'www');
const pkg = join(root, process.env.NUTSHELL_PKG ?? 'pkg-lite');
const dist = join(root, 'dist');
const site = join(dist, 'site');
const COPIED = ['index.html', 'worker.js', 'sample.txt'];

const PKG_FILES = ['nutshell.js', 'nutshell_bg.wasm', 'ner.bin'];
for (const f of PKG_FILES) {
  try { statSync(join(pkg, f)); } catch { throw new Error(`missing ${join(pkg, f)}: run make wasm-lite first`); }
}

// 1. The static site: the app and its style bundled; the extractor apart, loaded on demand.
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'pkg'), { recursive: true });
for (const f of COPIED) cpSync(join(www, f), join(site, f));
for (const f of PKG_FILES) cpSync(join(pkg, f), join(site, 'pkg', f));
// One model per language beyond English, under the name wasm `entityModelFile(code)` gives.
const LANGUAGE_MODELS = readdirSync(join(root, 'models')).filter((f) => /^ner-[a-z]{2,3}\.bin$/.test(f)).sort();
for (const f of LANGUAGE_MODELS) cpSync(join(root, 'models', f), join(site, 'pkg', f));
const common = { bundle: true, platform: 'browser', target: 'es2022', minify: true, logLevel: 'error', legalComments: 'none', absWorkingDir: root };
// The extractor is its own bundle, extract.js, imported dynamically (esbuild's code splitting
// would put its CommonJS helpers in a chunk that app.js loads up front).
const lazyExtractor = {
  name: 'lazy-extractor',
  setup(b) {
    b.onResolve({ filter: /\/extract\/html\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './extract.js', external: true } : undefined));
  },
};
await build({ ...common, entryPoints: [join(www, 'app.js')], outfile: join(site, 'app.js'), format: 'esm', plugins: [lazyExtractor] });
await build({ ...common, entryPoints: [join(www, 'extract/html.js')], outfile: join(site, 'extract.js'), format: 'esm' });
await build({ ...common, entryPoints: [join(www, 'style.css')], outfile: join(site, 'style.css') });

// 2. The single file. esbuild bundles the app (every module, the extractor included) and the
//    worker (worker.js + the wasm-bindgen glue) into one script each; the page finds the inlined
//    pieces by id.
async function bundle(entry, format) {
  const out = await build({ ...common, entryPoints: [entry], format, logOverride: { 'empty-import-meta': 'silent' }, write: false });
  const code = out.outputFiles[0].text.trim();
  if (/<\/script|<!--/i.test(code)) throw new Error(`${entry}: bundle contains </script or <!--, cannot inline`);
  return code;
}
const app = await bundle(join(www, 'app.js'), 'esm');
// A classic worker: Chromium refuses a module worker from a blob: URL of a file:// page (opaque origin).
// The glue's default wasm URL (import.meta.url) is never used: the page hands the worker a compiled module.
const workerCode = await bundle(join(site, 'worker.js'), 'iife');
const css = readFileSync(join(site, 'style.css'), 'utf8').trim();
if (/<\/style/i.test(css)) throw new Error('style.css contains </style');
const wasm = readFileSync(join(pkg, 'nutshell_bg.wasm')).toString('base64');
const nerModel = readFileSync(join(pkg, 'ner.bin')).toString('base64');
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sample = readFileSync(join(www, 'sample.txt'), 'utf8');
const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

let html = readFileSync(join(www, 'index.html'), 'utf8');
const replaceOnce = (from, to) => {
  if (!html.includes(from)) throw new Error(`index.html: cannot find ${from}`);
  html = html.replace(from, () => to);
};
// Same policy as the site, with hashes for the two inline blocks and a blob: worker; no fetch at all.
const csp = `default-src 'none'; script-src ${sha(app)} 'wasm-unsafe-eval'; worker-src blob:; connect-src 'none'; style-src ${sha(css)}; img-src data:; base-uri 'none'; form-action 'none'`;
html = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (!html.includes(csp)) throw new Error('index.html: no CSP meta to replace');
replaceOnce('<link rel="stylesheet" href="style.css">', `<style>${css}</style>`);
replaceOnce('<script type="module" src="app.js"></script>', `<script type="module">${app}</script>`);
// Inert data blocks (not scripts: type text/plain and application/octet-stream never run).
replaceOnce('</body>', `<script type="text/plain" id="worker-source">${workerCode}</script>\n<script type="application/octet-stream" id="wasm-base64">${wasm}</script>\n<script type="application/octet-stream" data-model-file="ner.bin">${nerModel}</script>\n<template id="sample-text">${escapeHtml(sample)}</template>\n</body>`);
writeFileSync(join(dist, 'nutshell.html'), html);

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`dist/site/            ${readdirSync(site).length - 1 + PKG_FILES.length + LANGUAGE_MODELS.length} files`);
console.log(`dist/nutshell.html    ${kb(Buffer.byteLength(html))}`);
