// Builds the browser extension from extension/ and pkg/ (run `make wasm` first;
// `make extension` does both):
//   dist/extension/                      Chromium: loads unpacked (manifest.json at its root)
//   dist/nutshell-extension.zip          the same files, for the Chrome Web Store / Edge Add-ons
//   dist/extension-firefox/              Firefox: the same files, its manifest variant
//   dist/nutshell-extension-firefox.zip  for addons.mozilla.org
// The zips have fixed timestamps: the same input gives the same bytes.
// extension/manifest.json names both background forms; each browser's copy keeps its own
// (Chromium warns about background.scripts in MV3, Firefox has no background service worker).
// popup.js and content.js are bundled with esbuild: content.js carries the page's article extractor
// (www/extract/, with @mozilla/readability), popup.js the page's UI kit (www/ui/);
// nothing is minified, so store reviewers read what runs.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'extension');
const out = join(root, 'dist', 'extension');
const zipPath = join(root, 'dist', 'nutshell-extension.zip');
const outFirefox = join(root, 'dist', 'extension-firefox');
const zipFirefox = join(root, 'dist', 'nutshell-extension-firefox.zip');

for (const f of ['pkg/nutshell.js', 'pkg/nutshell_bg.wasm']) {
  if (!existsSync(join(root, f))) throw new Error(`missing ${f}: run make wasm`);
}

rmSync(out, { recursive: true, force: true });
rmSync(outFirefox, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const readabilityLicense = 'node_modules/@mozilla/readability/LICENSE.md';
const common = {
  absWorkingDir: root,
  bundle: true,
  minify: false,
  legalComments: 'inline',
  charset: 'utf8',
  target: ['chrome127', 'firefox128'],
  logLevel: 'warning',
  // The popup reads the core's entityTypes() when the module exports it (see www/ui/entity-types.js).
  logOverride: { 'import-is-undefined': 'silent' },
};
await esbuild.build({ ...common, entryPoints: ['extension/src/popup.js'], outfile: join(out, 'popup.js'), format: 'esm' });
await esbuild.build({
  ...common,
  entryPoints: ['extension/src/content.js'],
  outfile: join(out, 'content.js'),
  format: 'iife',
  banner: { js: '// Includes @mozilla/readability (Apache License 2.0, see licenses/readability-LICENSE.md).' },
});
// The popup's style, with the page's UI kit (www/ui/kit.css) inlined.
await esbuild.build({ ...common, entryPoints: ['extension/popup.css'], outfile: join(out, 'popup.css') });
// The background is a classic script (a service worker in Chromium, a background script in Firefox).
await esbuild.build({ ...common, bundle: false, entryPoints: ['extension/src/background.js'], outfile: join(out, 'background.js') });

for (const f of ['manifest.json', 'popup.html', 'icons']) cpSync(join(src, f), join(out, f), { recursive: true });
cpSync(join(root, 'pkg/nutshell_bg.wasm'), join(out, 'nutshell_bg.wasm'));
// The English model is in the module; the other languages' models (ner-de.bin…, the names wasm
// `entityModelFile` gives) are files the popup loads when a text in their language arrives.
for (const f of readdirSync(join(root, 'models')).filter((f) => /^ner-[a-z]{2,3}\.bin$/.test(f)).sort()) {
  cpSync(join(root, 'models', f), join(out, f));
}
mkdirSync(join(out, 'licenses'));
cpSync(join(root, readabilityLicense), join(out, 'licenses', 'readability-LICENSE.md'));

// The manifest's version follows the crate's.
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];
const manifest = JSON.parse(readFileSync(join(src, 'manifest.json'), 'utf8'));
manifest.version = version.replace(/[-+].*$/, '');
cpSync(out, outFirefox, { recursive: true });
const chromium = structuredClone(manifest);
delete chromium.background.scripts;
delete chromium.browser_specific_settings;
const firefox = structuredClone(manifest);
delete firefox.background.service_worker;
delete firefox.minimum_chrome_version;
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(chromium, null, 2)}\n`);
writeFileSync(join(outFirefox, 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);

// ---------------------------------------------------------------- the zip (deterministic)

function files(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function zip(paths, base) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (2020 - 1980) << 9 | 1 << 5 | 1; // 2020-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const p of paths) {
    const name = Buffer.from(relative(base, p).split('\\').join('/'), 'utf8');
    const data = readFileSync(p);
    const packed = deflateRawSync(data, { level: 9 });
    const [method, body] = packed.length < data.length ? [8, packed] : [0, data];
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(paths.length, 8);
  end.writeUInt16LE(paths.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function pack(dir, zipFile) {
  const all = files(dir);
  const archive = zip(all, dir);
  writeFileSync(zipFile, archive);
  const total = all.reduce((n, p) => n + statSync(p).size, 0);
  const sha = createHash('sha256').update(archive).digest('hex').slice(0, 16);
  console.log(`${`${relative(root, dir)}/ (unpacked, ${all.length} files)`.padEnd(48)} ${String(total).padStart(9)} bytes`);
  console.log(`${relative(root, zipFile).padEnd(48)} ${String(archive.length).padStart(9)} bytes  sha256 ${sha}…`);
}

for (const p of files(out)) console.log(`${relative(root, p).padEnd(48)} ${String(statSync(p).size).padStart(9)} bytes`);
pack(out, zipPath);
pack(outFirefox, zipFirefox);
