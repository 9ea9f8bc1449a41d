// web-ext lint (Mozilla's addons-linter, the check addons.mozilla.org runs) on the Firefox build,
// from the pinned devDependency. Fails on any error or notice, and on any warning but the two
// known ones inside Readability: `page.innerHTML = pageCacheHtml` and `tmp.innerHTML =
// noscript.innerHTML` run on the extension's inert clone of the page (no browsing context: no
// script runs, nothing loads), in Mozilla's own library.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, process.argv[2] ?? 'dist/extension-firefox');
const bin = join(root, 'node_modules/.bin/web-ext');
let out;
try {
  out = execFileSync(bin, ['lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (e) {
  out = e.stdout; // errors make web-ext exit non-zero; the JSON says which
}
const report = JSON.parse(out);
const known = (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && m.file === 'content.js'
  && /\b(page\.innerHTML = pageCacheHtml|tmp\.innerHTML = noscript\.innerHTML)/.test(readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '');
const unexpected = [...report.errors, ...report.notices, ...report.warnings.filter((m) => !known(m))];
console.log(`web-ext lint ${dir}: ${report.summary.errors} errors, ${report.summary.notices} notices, ${report.summary.warnings} warnings (${report.warnings.filter(known).length} known, in Readability)`);
for (const m of unexpected) console.log(`  ${m._type ?? ''} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
process.exit(unexpected.length ? 1 : 0);
