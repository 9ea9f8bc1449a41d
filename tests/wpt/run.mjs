// Runs the vendored web-platform-tests of the Summarizer API (tests/wpt/ai/summarizer/) in headless
// Chromium against nutshell's facade, and compares every subtest's result with
// tests/wpt/expectations.json. Exit status 1 on any unexpected result (a pass that was expected to
// fail counts too: the expectations file must then be updated).
//
//   node tests/wpt/run.mjs [--package DIR] [--filter TEXT] [--json FILE]
//
// --package: the npm package to test, as installed or staged (default target/npm-package, which
// scripts/package.sh stages; scripts/test-js.sh passes the installed tarball). Every page gets the
// facade as globalThis.Summarizer from a module script that runs before the test scripts, with
// the browser's own Summarizer switched off (--disable-features=AISummarizationAPI).
//
// The server plays wptserve's part: it wraps each .window.js test in the page wptserve would
// generate (its META scripts, testharness.js, testharnessreport.js), serves the vendored files,
// and fills in what the vendored copy lacks from tests/wpt/harness/ (testdriver stand-in,
// result collector, get-host-info). Pages are served on 127.0.0.1; localhost is the
// cross-site origin for the iframe tests.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS } from '../js/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const packageDir = resolve(option('--package', join(root, 'target/npm-package')));
const filter = option('--filter', '');
const jsonOut = option('--json', join(root, 'target/wpt-results.json'));
const { chromium } = createRequire(join(root, 'package.json'))('playwright-core');

if (!existsSync(join(packageDir, 'index.js'))) {
  console.error(`no package at ${packageDir}: run make package (or pass --package)`);
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

// Runs before any test script (module scripts and deferred scripts run in document order).
const INSTALL = `import { Summarizer } from '/nutshell/index.js';
self.__nutshellInstall = { builtin: 'Summarizer' in self };
self.Summarizer = Summarizer;
`;
const INSTALL_TAG = '<script type="module" src="/__install.js"></script>';

/** The page wptserve generates for a .window.js test (scripts deferred so the facade is installed first). */
function windowWrapper(testPath, source) {
  const meta = [...source.matchAll(/^\/\/ META: *(\w+)=(.*)$/gm)].map(([, key, value]) => [key, value.trim()]);
  const title = meta.find(([k]) => k === 'title')?.[1] ?? testPath;
  const timeout = meta.some(([k, v]) => k === 'timeout' && v === 'long') ? '<meta name="timeout" content="long">\n' : '';
  const scripts = meta.filter(([k]) => k === 'script').map(([, src]) => `<script defer src="${src}"></script>`);
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<meta charset="utf-8">
${timeout}<title>${escape(title)}</title>
${INSTALL_TAG}
<script defer src="/resources/testharness.js"></script>
<script defer src="/resources/testharnessreport.js"></script>
${scripts.join('\n')}
<div id="log"></div>
<script defer src="${testPath.split('/').pop().replace(/\.html$/, '.js')}"></script>
`;
}

/** `path` inside `base`, or null when the request tries to leave it. */
function inside(base, path) {
  const full = resolve(base, '.' + path);
  return full === base || full.startsWith(base + sep) ? full : null;
}

function serve(req, res) {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const send = (body, type) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (path === '/__install.js') return send(INSTALL, TYPES['.js']);
  let file = null;
  if (path.startsWith('/nutshell/')) file = inside(packageDir, path.slice('/nutshell'.length));
  else if (path.endsWith('.window.html')) {
    const test = inside(here, path.replace(/\.html$/, '.js'));
    if (test && existsSync(test)) return send(windowWrapper(path, readFileSync(test, 'utf8')), TYPES['.html']);
  } else {
    // The runner's own pieces first (the vendored copy does not have them), then the vendored files.
    file = [inside(join(here, 'harness'), path), inside(here, path)].find((f) => f && existsSync(f) && statSync(f).isFile()) ?? null;
  }
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404);
    return res.end();
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (extname(file) === '.html' && file.startsWith(here + sep)) {
    // A vendored HTML test or helper page: the facade goes in before its own scripts.
    return send(readFileSync(file, 'utf8').replace(/^(<!doctype html>)?/i, (doctype) => `${doctype}\n${INSTALL_TAG}`), type);
  }
  send(readFileSync(file), type);
}

/** Every test file under ai/summarizer (resources/ holds helpers, not tests). */
function testFiles() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'resources') walk(full);
      } else if (name.endsWith('.window.js') || name.endsWith('.html')) {
        out.push(relative(here, full).split(sep).join('/'));
      }
    }
  };
  walk(join(here, 'ai/summarizer'));
  return out.filter((f) => f.includes(filter));
}

const expectations = JSON.parse(readFileSync(join(here, 'expectations.json'), 'utf8')).files;

async function main() {
  const server = createServer(serve);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', ...CHROMIUM_FLAGS, '--disable-features=AISummarizationAPI,AISummarizationAPIForWorkers', '--js-flags=--expose-gc'],
  });
  const results = [];
  let unexpected = 0;
  let passed = 0;
  let expectedOther = 0;
  let total = 0;
  try {
    for (const file of testFiles()) {
      const url = `http://127.0.0.1:${port}/${file.replace(/\.window\.js$/, '.window.html')}`;
      const context = await browser.newContext();
      const page = await context.newPage();
      const console_ = [];
      page.on('pageerror', (e) => console_.push(`pageerror: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && console_.push(`console: ${m.text()}`));
      let run;
      try {
        await page.goto(url);
        await page.waitForFunction(() => self.__wptResults, null, { timeout: 90_000, polling: 100 });
        run = await page.evaluate(() => ({ ...self.__wptResults, install: self.__nutshellInstall ?? null }));
      } catch (e) {
        run = { status: 'RUNNER_ERROR', message: e.message, tests: [], install: null };
      }
      await context.close();

      const expected = expectations[file];
      const problems = [];
      if (!expected) problems.push('this file is not in tests/wpt/expectations.json');
      if (!run.install) problems.push('the facade was not installed');
      else if (run.install.builtin) problems.push("the browser's built-in Summarizer was not switched off");
      const wantHarness = expected?.harness ?? 'OK';
      if (run.status !== wantHarness) problems.push(`harness status ${run.status} (expected ${wantHarness})${run.message ? `: ${run.message}` : ''}`);
      if (expected && run.tests.length !== expected.subtests) problems.push(`${run.tests.length} subtests ran, expected ${expected.subtests}`);
      const lines = [];
      for (const t of run.tests) {
        const want = expected?.expected?.[t.name];
        const wantStatus = want?.status ?? 'PASS';
        total += 1;
        if (t.status === wantStatus) {
          if (t.status === 'PASS') passed += 1;
          else expectedOther += 1;
          lines.push(`    ${t.status.padEnd(19)} ${t.name}${want ? `  [expected: ${want.reason}]` : ''}`);
        } else {
          unexpected += 1;
          lines.push(`  ✗ ${t.status.padEnd(19)} ${t.name}  UNEXPECTED (expected ${wantStatus})${t.message ? `: ${t.message}` : ''}`);
        }
      }
      for (const name of Object.keys(expected?.expected ?? {})) {
        if (!run.tests.some((t) => t.name === name)) problems.push(`subtest did not run: ${name}`);
      }
      unexpected += problems.length;
      const pass = run.tests.filter((t) => t.status === 'PASS').length;
      const mark = problems.length || lines.some((l) => l.startsWith('  ✗')) ? '✗' : '✓';
      console.log(`${mark} ${String(pass).padStart(2)}/${String(run.tests.length).padEnd(2)} pass  ${run.status.padEnd(8)} ${file}`);
      for (const l of lines) console.log(l);
      for (const p of problems) console.log(`  ✗ ${p}`);
      if (mark === '✗') for (const c of console_) console.log(`      ${c}`);
      results.push({ file, harness: run.status, message: run.message, tests: run.tests, problems });
    }
  } finally {
    await browser.close();
    server.close();
  }
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, JSON.stringify({ results }, null, 1) + '\n');
  console.log(
    `\nWPT ai/summarizer: ${passed} of ${total} subtests pass in ${results.length} files; ${expectedOther} other results as expected ` +
      `(tests/wpt/expectations.json); ${unexpected} unexpected. Details: ${jsonOut}`,
  );
  process.exit(unexpected ? 1 : 0);
}

await main();
