// Builds the page for hosting (run by `make site`; `make wasm-first wasm-lite wasm-languages` first):
//   dist/site/       the static site: index.html at its root; app.js and style.css bundled by esbuild
//                    (the page's modules, the UI kit), the HTML extractor (Readability) as a chunk
//                    loaded only when page source is pasted or dropped; worker.js as it is; pkg/ (the
//                    first module from pkg-first/: no entity code, summary and keywords; its glue;
//                    nutshell-entities_bg.wasm, the lite module from pkg-lite/ (entities, no model
//                    inside; same glue), which the worker switches to right after the first result;
//                    the entity models: ner.bin and
//                    models/ner-*.bin (ner-de.bin…), which the page fetches after the first result in
//                    their language and hands to loadModel; nutshell-languages_bg.wasm, the language
//                    module from pkg-languages/ (same glue), which the worker switches to for a text
//                    in a language whose lists or stemmer the lite module lacks: docs/page.md)
//   dist/nutshell.html  ONE self-contained file: style, app, worker code, the lite wasm and the English model
//                    (base64) and the sample inlined, with a CSP of hashes; works from file:// with no
//                    server. The other languages' models stay out (≈ 1.7 MB, 2.3 MB as base64): there the
//                    page says it finds no names in those languages. The language module stays out too
//                    (≈ 322 KB gzipped): German, French… get the lite module's summary there, and the
//                    page says it finds no keywords in them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const www = join(root, 'www');
const pkg = join(root, process.env.NUTSHELL_PKG ?? 'pkg-first');
const entitiesPkg = join(root, process.env.NUTSHELL_ENTITIES_PKG ?? 'pkg-lite');
const dist = join(root, 'dist');
const site = join(dist, 'site');
const languagesPkg = join(root, process.env.NUTSHELL_LANGUAGES_PKG ?? 'pkg-languages');
const COPIED = ['index.html', 'worker.js', 'sample.txt'];
/** The language module's name in dist/site/pkg/ (it shares the lite module's glue, nutshell.js). */
const LANGUAGE_WASM = 'nutshell-languages_bg.wasm';
/** The lite module's name in dist/site/pkg/ (entities without a model; the same glue too). */
const ENTITIES_WASM = 'nutshell-entities_bg.wasm';

const PKG_FILES = ['nutshell.js', 'nutshell_bg.wasm'];
for (const f of PKG_FILES) {
  try { statSync(join(pkg, f)); } catch { throw new Error(`missing ${join(pkg, f)}: run make wasm-first first`); }
}
for (const f of ['nutshell.js', 'nutshell_bg.wasm', 'ner.bin']) {
  try { statSync(join(entitiesPkg, f)); } catch { throw new Error(`missing ${join(entitiesPkg, f)}: run make wasm-lite first`); }
}
for (const f of ['nutshell.js', 'nutshell_bg.wasm']) {
  try { statSync(join(languagesPkg, f)); } catch { throw new Error(`missing ${join(languagesPkg, f)}: run make wasm-languages first`); }
}

/**
 * The languages the language module analyses differently from the lite one: those whose file names a
 * Snowball stemmer, and those the modules' `languages()` disagree on (keywords, entities). English is
 * in both. The worker loads the language module for these only; the build fails if the two modules
 * cannot share one glue (the worker imports the glue once and instantiates either module with it).
 */
async function languageModuleCodes() {
  for (const other of [entitiesPkg, languagesPkg]) {
    if (!readFileSync(join(pkg, 'nutshell.js')).equals(readFileSync(join(other, 'nutshell.js')))) {
      throw new Error(`${other}/nutshell.js differs from ${pkg}/nutshell.js: the page's worker needs one glue for its three modules`);
    }
  }
  const support = async (dir, instance) => {
    // A query string makes Node load a second instance of the same glue file.
    const glue = await import(`${pathToFileURL(join(dir, 'nutshell.js')).href}?${instance}`);
    glue.initSync({ module: readFileSync(join(dir, 'nutshell_bg.wasm')) });
    // What each module does for a language, and the entity model file it names for it (the lite module
    // names none for Spanish, Italian and Portuguese: it cannot load their language-independent model).
    return new Map(glue.languages().map((l) => [l.code, `${l.keywords} ${l.entities} ${glue.entityModelFile(l.code) ?? '-'}`]));
  };
  const lite = await support(entitiesPkg, 'lite');
  const first = await support(pkg, 'first');
  if ([...first.values()].some((v) => !v.endsWith(' false -'))) {
    throw new Error(`${pkg} has entities (built with the cargo feature \`entities\`?): the page's first module must have none`);
  }
  const full = await support(languagesPkg, 'languages');
  const stemmed = readdirSync(join(root, 'languages'))
    .filter((f) => /^stemmer\s*=/m.test(readFileSync(join(root, 'languages', f), 'utf8')))
    .map((f) => f.replace(/\.toml$/, ''));
  const codes = [...full.keys()].filter((code) => code !== 'en' && (stemmed.includes(code) || full.get(code) !== lite.get(code)));
  // The languages whose entity model only the language module names (and loads).
  const model = (m, code) => m.get(code).split(' ')[2];
  const models = codes.filter((code) => model(full, code) !== model(lite, code));
  // The model file the lite module names for each language it serves (fetched with that module).
  const liteModels = Object.fromEntries([...lite.keys()].filter((code) => !codes.includes(code) && model(lite, code) !== '-').map((code) => [code, model(lite, code)]));
  return { codes: codes.sort(), models: models.sort(), liteModels };
}
const { codes: languageCodes, models: languageModels, liteModels } = await languageModuleCodes();

// 1. The static site: the app and its style bundled; the extractor apart, loaded on demand.
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'pkg'), { recursive: true });
for (const f of COPIED) cpSync(join(www, f), join(site, f));
for (const f of PKG_FILES) cpSync(join(pkg, f), join(site, 'pkg', f));
cpSync(join(entitiesPkg, 'ner.bin'), join(site, 'pkg', 'ner.bin'));
cpSync(join(entitiesPkg, 'nutshell_bg.wasm'), join(site, 'pkg', ENTITIES_WASM));
// One model per language beyond English, under the name wasm `entityModelFile(code)` gives.
const LANGUAGE_MODELS = readdirSync(join(root, 'models')).filter((f) => /^ner-[a-z]{2,3}\.bin$/.test(f)).sort();
for (const f of LANGUAGE_MODELS) cpSync(join(root, 'models', f), join(site, 'pkg', f));
cpSync(join(languagesPkg, 'nutshell_bg.wasm'), join(site, 'pkg', LANGUAGE_WASM));
const common = { bundle: true, platform: 'browser', target: 'es2022', minify: true, logLevel: 'error', legalComments: 'none', absWorkingDir: root };
// The glue the worker imports, minified (its exports keep their names): wasm-bindgen's output carries
// every doc comment and long local names, 5.9 KB gzipped of the first module's download, 3.4 KB minified.
await build({ ...common, bundle: false, format: 'esm', entryPoints: [join(pkg, 'nutshell.js')], outfile: join(site, 'pkg', 'nutshell.js') });
// The extractor is its own bundle, extract.js, imported dynamically (esbuild's code splitting
// would put its CommonJS helpers in a chunk that app.js loads up front).
const lazyExtractor = {
  name: 'lazy-extractor',
  setup(b) {
    b.onResolve({ filter: /\/extract\/html\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './extract.js', external: true } : undefined));
  },
};
// The engine learns where the language module is and which languages need it, and where the lite module
// (entities) is, which it switches to after the first result (null: no such module, start on the lite one).
const modules = (languages, entities) => ({
  'globalThis.NUTSHELL_LANGUAGE_MODULE': JSON.stringify(languages),
  'globalThis.NUTSHELL_ENTITY_MODULE': JSON.stringify(entities),
});
await build({ ...common, entryPoints: [join(www, 'app.js')], outfile: join(site, 'app.js'), format: 'esm', plugins: [lazyExtractor], define: modules({ file: LANGUAGE_WASM, codes: languageCodes, models: languageModels }, { file: ENTITIES_WASM, models: liteModels }) });
await build({ ...common, entryPoints: [join(www, 'extract/html.js')], outfile: join(site, 'extract.js'), format: 'esm' });
await build({ ...common, entryPoints: [join(www, 'style.css')], outfile: join(site, 'style.css') });

// 2. The single file. esbuild bundles the app (every module, the extractor included) and the
//    worker (worker.js + the wasm-bindgen glue) into one script each; the page finds the inlined
//    pieces by id.
async function bundle(entry, format, define = {}) {
  const out = await build({ ...common, entryPoints: [entry], format, define, logOverride: { 'empty-import-meta': 'silent' }, write: false });
  const code = out.outputFiles[0].text.trim();
  if (/<\/script|<!--/i.test(code)) throw new Error(`${entry}: bundle contains </script or <!--, cannot inline`);
  return code;
}
// One module there (the lite one: entities at once), no language module.
const app = await bundle(join(www, 'app.js'), 'esm', modules(null, null));
// A classic worker: Chromium refuses a module worker from a blob: URL of a file:// page (opaque origin).
// The glue's default wasm URL (import.meta.url) is never used: the page hands the worker a compiled module.
const workerCode = await bundle(join(site, 'worker.js'), 'iife');
const css = readFileSync(join(site, 'style.css'), 'utf8').trim();
if (/<\/style/i.test(css)) throw new Error('style.css contains </style');
const wasm = readFileSync(join(entitiesPkg, 'nutshell_bg.wasm')).toString('base64');
const nerModel = readFileSync(join(entitiesPkg, 'ner.bin')).toString('base64');
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
console.log(`dist/site/            ${readdirSync(site).length - 1 + PKG_FILES.length + 2 + LANGUAGE_MODELS.length + 1} files`);
console.log(`entity module         ${ENTITIES_WASM} after the first result (with ${Object.entries(liteModels).map(([c, f]) => `${c}:${f}`).join(' ')})`);
console.log(`language module       ${LANGUAGE_WASM} for ${languageCodes.join(' ')} (entity models for ${languageModels.join(' ') || 'none'})`);
console.log(`dist/nutshell.html    ${kb(Buffer.byteLength(html))}`);
