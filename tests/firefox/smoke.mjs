// Firefox smoke test of the extension and the page, through Firefox's built-in WebDriver BiDi
// (its Remote Agent: no geckodriver needed; npm's geckodriver downloads a binary from GitHub at
// first run, which this machine cannot reach). Debian's firefox-esr (scripts/setup-firefox.sh).
// Run: `make test-firefox` (node --experimental-websocket: Node 20 has no WebSocket by default).
//
// What it checks:
//  1. the Firefox build of the extension (dist/extension-firefox) installs as a temporary add-on
//     (its popup cannot be opened from BiDi: see the test);
//  2. the page (dist/site) works in Firefox: the sample is summarized, and each real-layout page of
//     tests/pages/ pasted as source gives exactly its expected text (Gecko's DOMParser + the same
//     extractor), with no console error;
//  3. the npm package's highlight() in Gecko (target/npm-package, `make package`): on
//     tests/highlight/inline.html every range's text is the text it marks, the DOM is unchanged, and
//     removal leaves no nutshell highlight (tests/js/highlight.test.mjs checks far more in Chromium).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cases } from '../pages/cases.mjs';
import { serve, fileUnder } from '../js/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const UUID = '0e6bd2b1-5a0b-4c1e-9d55-6f0a8e1c2b3d'; // the extension's moz-extension:// host, fixed by a pref
const EXT_ID = 'nutshell@nutshell-summarizer';

let firefox;
let profile;
let ws;
let server;
let base;
let seq = 0;
const waiting = new Map();
const logs = [];

function send(method, params = {}) {
  const id = ++seq;
  ws.send(JSON.stringify({ id, method, params }));
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject, method }));
}

before(async () => {
  const site = join(root, 'dist/site');
  // The staged npm package (scripts/package.sh) and the highlight fixtures, for highlight() in Gecko.
  const mounts = [['/npm-package/', join(root, 'target/npm-package')], ['/fixtures/', join(root, 'tests/highlight')], ['/', site]];
  ({ server, base } = await serve((path) => {
    const [prefix, dir] = mounts.find(([m]) => path.startsWith(m));
    return fileUnder(dir, path.slice(prefix.length - 1));
  }));

  profile = mkdtempSync(join(tmpdir(), 'nutshell-ff-'));
  writeFileSync(join(profile, 'user.js'), [
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [EXT_ID]: UUID }))});`,
    'user_pref("browser.shell.checkDefaultBrowser", false);',
    'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
    'user_pref("app.update.enabled", false);',
    'user_pref("network.proxy.type", 0);',
  ].join('\n'));
  const port = 9300 + Math.floor(Math.random() * 500);
  firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  firefox.stderr.on('data', (d) => { stderr += d; });
  for (let i = 0; i < 100 && !stderr.includes('WebDriver BiDi listening'); i++) await new Promise((r) => setTimeout(r, 200));
  assert.match(stderr, /WebDriver BiDi listening/, `Firefox did not start its BiDi server: ${stderr.slice(-500)}`);
  ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });
  ws.onmessage = ({ data }) => {
    const m = JSON.parse(data);
    if (m.id && waiting.has(m.id)) {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.type === 'error') w.reject(new Error(`${w.method}: ${m.error}: ${m.message}`));
      else w.resolve(m.result);
    } else if (m.method === 'log.entryAdded') {
      logs.push(m.params);
    }
  };
  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['log.entryAdded'] });
});

after(async () => {
  try { await send('session.end'); } catch { /* closing anyway */ }
  ws?.close();
  firefox?.kill();
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function newTab(url) {
  const { context } = await send('browsingContext.create', { type: 'tab' });
  await send('browsingContext.navigate', { context, url, wait: 'complete' });
  return context;
}

async function evaluate(context, expression) {
  const r = await send('script.evaluate', { target: { context }, expression, awaitPromise: true, resultOwnership: 'none' });
  if (r.type === 'exception') throw new Error(r.exceptionDetails.text);
  return r.result.value;
}

async function until(context, expression, timeout = 30_000) {
  for (const end = Date.now() + timeout; Date.now() < end;) {
    if (await evaluate(context, expression)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: ${expression}`);
}

test('the Firefox build of the extension installs as a temporary add-on', async () => {
  // Gecko validates the manifest (MV3, background.scripts, gecko id, data_collection_permissions)
  // and starts the background script; an invalid add-on is refused here with its reason.
  const { extension } = await send('webExtension.install', { extensionData: { type: 'path', path: join(root, 'dist/extension-firefox') } });
  assert.equal(extension, EXT_ID);
  // Its pages cannot be driven from here: BiDi refuses to navigate a tab to moz-extension://
  // ("not allowed in this context") and has no way to press a toolbar button, which is what
  // grants activeTab. The extractor the content script runs is the page's, checked below in Gecko.
  await send('webExtension.uninstall', { extension });
});

test('the page in Firefox: the sample summarized; each real-layout page pasted gives its expected text', async (t) => {
  const page = await newTab(`${base}/`);
  await evaluate(page, `document.getElementById('load-sample').click()`);
  await until(page, `document.getElementById('result').dataset.state === 'ready' && document.querySelectorAll('[data-role="summary-sentence"]').length === 5`);
  const failures = [];
  for (const c of cases()) {
    const text = await evaluate(page, `(async () => { const m = await import('./extract.js'); return m.htmlToText(${JSON.stringify(c.html)}); })()`);
    if (text !== c.expected) failures.push(c.name);
  }
  t.diagnostic(`${cases().length - failures.length}/${cases().length} pages give the expected text in Firefox`);
  assert.deepEqual(failures, []);
  const errors = logs.filter((l) => l.level === 'error').map((l) => l.text);
  assert.deepEqual(errors, [], 'no console error');
});

test('highlight() of the npm package in Firefox: exact ranges, DOM untouched, nothing left after removal', async () => {
  const page = await newTab(`${base}/fixtures/inline.html`);
  const r = JSON.parse(await evaluate(page, `(async () => {
    const lib = await import('/npm-package/index.js');
    await lib.init();
    const element = document.querySelector('article');
    const before = document.documentElement.outerHTML;
    const h = lib.highlight(element, { sentences: 50, mentions: true });
    const during = document.documentElement.outerHTML;
    const squash = (s) => s.replace(/\\s+/g, '');
    const failures = [];
    for (const item of h.highlights) {
      const texts = item.ranges.map((range) => range.toString());
      if (texts.length === 0 || squash(texts.join('')) !== squash(item.text)) failures.push(item.name + ' ' + JSON.stringify(item.text) + ' -> ' + JSON.stringify(texts));
    }
    const registered = [...CSS.highlights.keys()];
    h.remove();
    return JSON.stringify({
      mode: h.mode, summary: h.analysis.summary.length, items: h.highlights.length, failures, registered,
      left: [...CSS.highlights.keys()], unchanged: before === during, restored: before === document.documentElement.outerHTML,
    });
  })()`));
  assert.equal(r.mode, 'highlight', 'Gecko has the CSS Custom Highlight API');
  assert.ok(r.summary > 0 && r.items >= r.summary, `a summary is marked: ${JSON.stringify(r)}`);
  assert.deepEqual(r.failures, [], 'every range reads as the text it marks');
  assert.ok(r.registered.includes('nutshell-summary'), `registered: ${r.registered}`);
  assert.equal(r.unchanged, true, 'the DOM is not changed by highlighting');
  assert.equal(r.restored, true, 'the DOM is byte-identical after removal');
  assert.deepEqual(r.left, [], 'no highlight left after removal');
  const errors = logs.filter((l) => l.level === 'error').map((l) => l.text);
  assert.deepEqual(errors, [], 'no console error');
});
