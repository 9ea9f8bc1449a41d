// Browser smoke tests of the packed package, run by scripts/test-js.sh inside the
// temporary project: an esbuild bundle, a Vite build, a plain page importing the package's
// files unbundled, and a module Web Worker, each loaded in headless Chromium
// (playwright-core driving /usr/bin/chromium). The page writes its result to
// window.result; the test compares it with the Node result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyze } from 'nutshell-summarizer';
import { launchChromium } from './chromium.mjs';
import { serve, fileUnder } from './serve.mjs';

const root = process.env.NUTSHELL_ROOT;
const tools = createRequire(join(root, 'package.json'));
// The test tools are the repository's dev dependencies, not the consumer project's.
const esbuild = tools('esbuild');
const { chromium } = tools('playwright-core');
const vite = tools('vite');

const sample = readFileSync(join(root, 'www/sample.txt'), 'utf8');
const site = join(process.cwd(), 'site');
let server;
let browser;
let base;

// What every page computes; `lib` is the imported package.
const check = `
  const text = await (await fetch('/sample.txt')).text();
  const a = lib.analyze(text, { sentences: 3 });
  const sliced = a.summary.every((s) => text.slice(s.start, s.end) === s.text);
  const kp = await (await lib.Summarizer.create({ type: 'key-points', length: 'short' })).summarize(text);
  let error = null;
  try { lib.summarize(text, { sentences: -3 }); } catch (e) { error = e instanceof Error && e.message; }
  return { summary: a.summary, keywords: a.keywords, sliced, bullets: kp.split('\\n').length, error };
`;

// The spec rejects calls from a window that is not fully active with an InvalidStateError of
// that window's realm; without the check they would never settle (its timers no longer fire).
const detachedCheck = `
  const iframe = document.createElement('iframe');
  const ready = new Promise((r) => (window.onmessage = r));
  iframe.src = 'frame.html';
  document.body.append(iframe);
  await ready;
  const w = iframe.contentWindow;
  const S = w.Summarizer;
  const FrameDOMException = w.DOMException;
  const s = await S.create();
  const attached = (await s.summarize('The crab writes Rust every day. The crab likes the web.')).length > 0;
  iframe.remove();
  const outcome = async (call) => {
    try {
      await call();
      return 'resolved';
    } catch (e) {
      return (e instanceof FrameDOMException ? 'frame ' : 'other ') + e.name;
    }
  };
  window.result = {
    attached,
    create: await outcome(() => S.create()),
    availability: await outcome(() => S.availability()),
    summarize: await outcome(() => s.summarize('The crab writes Rust.')),
    measureInputUsage: await outcome(() => s.measureInputUsage('The crab writes Rust.')),
    summarizeStreaming: await outcome(() => s.summarizeStreaming('The crab writes Rust.')),
  };
`;

before(async () => {
  mkdirSync(join(site, 'bundle'), { recursive: true });
  writeFileSync(join(site, 'sample.txt'), sample);
  // 1. esbuild bundle of a tiny consumer; esbuild leaves new URL('nutshell_bg.wasm', import.meta.url)
  //    alone, so the module is copied next to the bundle (as the README says).
  writeFileSync(join(site, 'consumer.js'), `import init, * as lib from 'nutshell-summarizer';\nawait init();\nwindow.result = await (async () => {${check}})();\n`);
  await esbuild.build({ entryPoints: [join(site, 'consumer.js')], bundle: true, format: 'esm', platform: 'browser', outfile: join(site, 'bundle/app.js'), logLevel: 'error' });
  cpSync(join(process.cwd(), 'node_modules/nutshell-summarizer/wasm/nutshell_bg.wasm'), join(site, 'bundle/nutshell_bg.wasm'));
  writeFileSync(join(site, 'bundle/index.html'), '<!doctype html><script type="module" src="app.js"></script>');
  // 2. A Vite production build: Vite turns new URL('nutshell_bg.wasm', import.meta.url)
  //    into an emitted asset by itself.
  const viteRoot = join(process.cwd(), 'vite-app');
  mkdirSync(viteRoot, { recursive: true });
  writeFileSync(join(viteRoot, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(join(viteRoot, 'main.js'), `import init, * as lib from 'nutshell-summarizer';\nawait init();\nwindow.result = await (async () => {${check}})();\n`);
  await vite.build({ root: viteRoot, base: '/vite/', logLevel: 'error', configFile: false, build: { outDir: join(site, 'vite'), target: 'es2022' } });
  // 3. A plain page importing the package's own files, no bundler.
  cpSync(join(process.cwd(), 'node_modules/nutshell-summarizer'), join(site, 'nutshell'), { recursive: true });
  writeFileSync(join(site, 'plain.html'), `<!doctype html><script type="module">import init, * as lib from './nutshell/index.js';\nawait init();\nwindow.result = await (async () => {${check}})();</script>`);
  // 4. A module worker using the package's files.
  writeFileSync(join(site, 'worker.js'), `import init, * as lib from './nutshell/index.js';\nawait init();\npostMessage(await (async () => {${check}})());\n`);
  // 5. The facade imported by an iframe's own page, then the iframe removed (not fully active).
  writeFileSync(join(site, 'frame.html'), `<!doctype html><script type="module">import { Summarizer } from './nutshell/index.js';\nself.Summarizer = Summarizer;\nparent.postMessage('ready', '*');</script>`);
  writeFileSync(join(site, 'detached.html'), `<!doctype html><script type="module">${detachedCheck}</script>`);
  writeFileSync(join(site, 'worker.html'), `<!doctype html><script type="module">const w = new Worker('./worker.js', { type: 'module' });\nw.onmessage = (e) => { window.result = e.data; };\nw.onerror = (e) => { window.result = { failed: String(e.message) }; };</script>`);

  ({ server, base } = await serve((path) => fileUnder(site, path)));
  browser = await launchChromium(chromium);
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function resultOf(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + path);
  await page.waitForFunction(() => window.result !== undefined, null, { timeout: 20000 }).catch(() => {});
  const result = await page.evaluate(() => window.result);
  await page.close();
  assert.deepEqual(errors, []);
  return result;
}

const expected = analyze(sample, { sentences: 3 });

for (const [name, path] of [['esbuild bundle', '/bundle/index.html'], ['Vite build', '/vite/index.html'], ['plain page, no bundler', '/plain.html'], ['module Web Worker', '/worker.html']]) {
  test(`${name} in headless Chromium`, async () => {
    const r = await resultOf(path);
    assert.ok(r, 'the page produced a result');
    assert.equal(r.failed, undefined);
    assert.equal(r.sliced, true);
    assert.deepEqual(r.summary, expected.summary);
    assert.deepEqual(r.keywords, expected.keywords);
    assert.equal(r.bullets, 3);
    assert.equal(r.error, 'options.sentences must be a positive integer, got -3');
  });
}

test('Summarizer facade in an iframe removed from its page: calls reject with an InvalidStateError', async () => {
  const r = await resultOf('/detached.html');
  assert.deepEqual(r, {
    attached: true,
    create: 'frame InvalidStateError',
    availability: 'frame InvalidStateError',
    summarize: 'frame InvalidStateError',
    measureInputUsage: 'frame InvalidStateError',
    summarizeStreaming: 'frame InvalidStateError',
  });
});
