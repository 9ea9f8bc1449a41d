// The browser extension, loaded unpacked into headless Chromium (Debian's /usr/bin/chromium)
// and driven the way a reader uses it: the toolbar button is clicked with the DevTools
// protocol's Extensions.triggerAction (which, like a real click, grants activeTab), and the
// popup Chromium opens is read through the protocol. Fixture pages are served on 127.0.0.1.
//
// Run: `make test-extension` (builds dist/extension first). NUTSHELL_EXTENSION_DIR overrides
// the directory; the popup's screenshot goes to target/artifacts/extension-popup.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../js/chromium.mjs';
import { PAGES, cases, checkText, bodyShare, shareReport } from '../pages/cases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = process.env.NUTSHELL_EXTENSION_DIR ?? join(root, 'dist', 'extension');
const FIXTURES = join(root, 'tests', 'extension', 'fixtures');
const ARTIFACTS = join(root, 'target', 'artifacts');

// The core's glue in Node, for what the popup must show (its one rendering of a summary).
const glue = await import(pathToFileURL(join(root, 'pkg', 'nutshell.js')));
glue.initSync({ module: readFileSync(join(DIR, 'nutshell_bg.wasm')) });

// Names that appear only in the page's clutter (navigation, cookie banner, related links, comments).
const CLUTTER = ['Marco Bellini', 'Zentrix', 'Gary Pembrook', 'Moira Stenhouse', 'Kira Vance', 'Tony Gallacher',
  'Brennan Park', 'Brightline', 'Glasshouse', 'Lisbon', 'Paris', 'Coastal Ledger', 'cookies', 'Subscribe'];

let server;
let origin;
const served = [];
let ctx;
let profile;
let netlog;
let extId;
let sw;
let cdp;
let devPage;
const requests = [];

before(async () => {
  assert.ok(existsSync(join(DIR, 'manifest.json')), `no extension in ${DIR}: run make extension`);
  server = createServer((req, res) => {
    // (Images, styles and scripts that the real-layout pages ask for are theirs, not the extension's.)
    if (!/\/pages\/[a-z0-9-]+\/$/.test(req.headers.referer ?? '')) served.push(req.url);
    const name = new URL(req.url, 'http://x').pathname.slice(1);
    // The real-layout pages shared with the page's test: /pages/<case>/ is tests/pages/<case>/page.html.
    const pageCase = /^pages\/([a-z0-9-]+)\/$/.exec(name);
    if (pageCase && existsSync(join(PAGES, pageCase[1], 'page.html'))) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(join(PAGES, pageCase[1], 'page.html')));
      return;
    }
    const types = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };
    const ext = name.split('.').pop();
    // /strictcsp.html is the article under a hostile Content-Security-Policy, sent as sites send it:
    // no style of any origin may load (its <style> is blocked); the extension's highlights must still
    // show (scripting.insertCSS).
    const strict = name === 'strictcsp.html';
    const file = strict ? 'article.html' : name;
    if (!/^[a-z]+\.(html|js)$/.test(file) || !existsSync(join(FIXTURES, file))) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers = { 'content-type': types[ext], 'cache-control': 'no-store' };
    if (strict) headers['content-security-policy'] = "default-src 'none'; style-src 'none'";
    res.writeHead(200, headers).end(readFileSync(join(FIXTURES, file)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;

  profile = mkdtempSync(join(tmpdir(), 'nutshell-ext-'));
  netlog = join(profile, 'netlog.json');
  ctx = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: CHROMIUM,
    headless: true, // Playwright passes --headless: Chromium's new headless mode, which runs extensions
    args: [
      `--disable-extensions-except=${DIR}`,
      `--load-extension=${DIR}`,
      ...CHROMIUM_FLAGS,
      // Every request the browser makes, whoever makes it (popup, service worker, content script).
      `--log-net-log=${netlog}`,
      // Nothing can leave the machine even if something tried: only 127.0.0.1 resolves.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  ctx.on('request', (r) => requests.push(r.url()));
  sw = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await ctx.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 });
  extId = new URL(sw.url()).host;
  // Developer mode makes Chromium collect the extension's manifest warnings and runtime errors
  // (the last test reads them); the reload re-reads the manifest with it on.
  devPage = await ctx.newPage();
  await devPage.goto('chrome://extensions');
  await devPage.evaluate(() => new Promise((r) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, r)));
  const restarted = ctx.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${extId}/`), timeout: 15_000 });
  await devPage.evaluate((id) => new Promise((r) => chrome.developerPrivate.reload(id, { failQuietly: true }, r)), extId);
  sw = await restarted;
  cdp = await ctx.browser().newBrowserCDPSession();
  cdp.on('Target.receivedMessageFromTarget', onTargetMessage);
});

after(async () => {
  await ctx?.close().catch(() => {});
  await new Promise((resolve) => server?.close(resolve));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// ---------------------------------------------------------------- helpers

/** Opens a fixture in a new tab and brings it to the front. */
async function openFixture(name) {
  const page = await ctx.newPage();
  await page.goto(`${origin}/${name}`);
  await page.bringToFront();
  return page;
}

async function targets(type) {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type }] });
  return targetInfos;
}

/** Clicks the extension's toolbar button for the tab showing `page`. */
async function clickAction(page) {
  await page.bringToFront();
  const tab = (await targets('tab')).find((t) => t.url === page.url());
  assert.ok(tab, `no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: extId, targetId: tab.targetId });
}

const popupPrefix = () => `chrome-extension://${extId}/popup.html`;

async function popupTargets() {
  return (await targets('page')).filter((t) => t.url.startsWith(popupPrefix()));
}

// Messages of non-flat sessions (the popup is not a page Playwright attaches to).
let seq = 0;
const waiting = new Map();
function onTargetMessage({ message }) {
  const m = JSON.parse(message);
  if (waiting.has(m.id)) {
    waiting.get(m.id)(m);
    waiting.delete(m.id);
  }
}

/** Waits for a popup page not in `known`, attaches to it and waits until it has rendered. */
async function nextPopup(known) {
  let info;
  for (let i = 0; i < 200 && !info; i++) {
    info = (await popupTargets()).find((t) => !known.has(t.targetId));
    if (!info) await sleep(50);
  }
  assert.ok(info, 'the extension opened no popup');
  const { call, evaluate } = await attach(info.targetId);
  for (let i = 0; i < 400; i++) {
    if (await evaluate(`document.readyState === 'complete' && document.getElementById('main')?.getAttribute('aria-busy') === 'false'`).catch(() => false)) break;
    await sleep(50);
  }
  const popup = {
    targetId: info.targetId,
    url: info.url,
    call,
    evaluate,
    state: () => evaluate(`(${popupState})()`),
    close: () => cdp.send('Target.closeTarget', { targetId: info.targetId }).catch(() => {}),
  };
  return popup;
}

/** A session on any target: the DevTools protocol's `call`, and `evaluate` of an expression. */
async function attach(targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const call = (method, params = {}) => new Promise((resolve, reject) => {
    const id = ++seq;
    waiting.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
  });
  const evaluate = async (expression) => {
    const r = await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`popup: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  };
  return { call, evaluate };
}

/** What the popup shows, read from its DOM (runs inside the popup). */
function popupState() {
  const text = (id) => document.getElementById(id)?.textContent.trim() ?? '';
  const notice = document.getElementById('notice');
  return {
    kind: text('source-kind'),
    title: text('page-title'),
    stats: text('stats'),
    notice: notice.hidden ? null : notice.textContent,
    // The page's hooks (data-role), the same in the popup.
    summary: [...document.querySelectorAll('[data-role="summary-sentence"]')].map((li) => li.textContent),
    keywords: [...document.querySelectorAll('[data-role="keyword"] .chip-name')].map((c) => c.textContent),
    entities: [...document.querySelectorAll('[data-role="entity"]')].map((c) => ({
      type: c.dataset.type, name: c.querySelector('.chip-name').textContent, count: Number(c.querySelector('.chip-count').textContent),
    })),
    source: document.querySelector('[data-role="source"]')?.value ?? null,
    languageNote: document.getElementById('language-note')?.hidden === false ? document.getElementById('language-note').textContent : null,
    markup: document.querySelectorAll('#main img, #main script, #main iframe, #main object').length,
    pwned: typeof window.__pwned,
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The story's own text (the <article>'s paragraphs), as the reader sees it. */
async function storyText(page, selector = 'article p:not(.byline)') {
  return squash((await page.$$eval(selector, (ps) => ps.map((p) => p.textContent))).join(' '));
}

/** Saves a PNG of the whole popup (beyond its scroll viewport) in target/artifacts/. */
async function screenshot(popup, name) {
  const { cssContentSize } = await popup.call('Page.getLayoutMetrics');
  const shot = await popup.call('Page.captureScreenshot', {
    format: 'png', captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: Math.ceil(cssContentSize.width), height: Math.ceil(cssContentSize.height), scale: 1 },
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, name), Buffer.from(shot.data, 'base64'));
}

/** Clicks the toolbar button on `page` and returns the popup it opened, rendered. */
async function summarizeWithButton(page) {
  const known = new Set((await popupTargets()).map((t) => t.targetId));
  await clickAction(page);
  return nextPopup(known);
}

// ---------------------------------------------------------------- tests

test('both manifests ask for no more than the features need', () => {
  const chromiumManifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
  const firefoxDir = process.env.NUTSHELL_EXTENSION_FIREFOX_DIR ?? join(root, 'dist', 'extension-firefox');
  const firefoxManifest = JSON.parse(readFileSync(join(firefoxDir, 'manifest.json'), 'utf8'));
  for (const m of [chromiumManifest, firefoxManifest]) {
    assert.equal(m.manifest_version, 3);
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'contextMenus', 'scripting']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts',
      'web_accessible_resources', 'externally_connectable', 'update_url']) {
      assert.equal(m[key], undefined, `manifest has ${key}`);
    }
    assert.deepEqual(m.content_security_policy, { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" });
    assert.equal(m.commands._execute_action.suggested_key.default, 'Alt+Shift+S');
  }
  assert.deepEqual(chromiumManifest.background, { service_worker: 'background.js' });
  assert.deepEqual(firefoxManifest.background, { scripts: ['background.js'] });
  assert.equal(firefoxManifest.browser_specific_settings.gecko.id, 'nutshell@nutshell-summarizer');
  // Every script the extension runs is one of its own files (no remote code, nothing evaluated from strings).
  for (const f of ['popup.js', 'content.js', 'background.js']) {
    const code = readFileSync(join(DIR, f), 'utf8');
    assert.doesNotMatch(code, /\bimportScripts\(|\beval\(|new Function\(|https?:\/\/[^\s'"`]*\.js\b/, f);
  }
});

test('the keyboard shortcut is registered as the toolbar action', async () => {
  const commands = await sw.evaluate(() => chrome.commands.getAll());
  const action = commands.find((c) => c.name === '_execute_action');
  assert.ok(action, JSON.stringify(commands));
  assert.equal(action.shortcut.replace(/\s/g, ''), 'Alt+Shift+S');
});

test('the toolbar button summarizes the story, not the navigation, cookie banner, related links or comments', async (t) => {
  const page = await openFixture('article.html');
  const story = await storyText(page);
  const popup = await summarizeWithButton(page);
  const s = await popup.state();
  // A figure, not a test: from the popup's navigation start to its first rendered summary.
  const ms = await popup.evaluate(`Math.round(performance.getEntriesByName('nutshell:first-render')[0]?.startTime ?? -1)`);
  t.diagnostic(`popup opened → summary rendered: ${ms} ms`);

  assert.equal(s.kind, 'Article summary');
  assert.equal(s.notice, null);
  assert.equal(s.title, 'Harbor town bets on tidal power as council approves pilot turbines');
  assert.equal(s.summary.length, 5, 'medium = 5 sentences');
  for (const sentence of s.summary) {
    assert.ok(story.includes(squash(sentence)), `summary sentence not from the story: ${sentence}`);
  }
  // In article order.
  const at = s.summary.map((x) => story.indexOf(squash(x)));
  assert.deepEqual(at, [...at].sort((a, b) => a - b));

  const names = s.entities.map((e) => e.name);
  for (const expected of ['Marrowick', 'Tidewright Energy', 'Helen Ashcombe', 'Duncan Fairlie', 'Samuel Okafor']) {
    assert.ok(names.some((n) => n.includes(expected)), `missing entity ${expected}: ${names.join(', ')}`);
  }
  const everything = JSON.stringify([s.summary, s.entities, s.keywords]);
  for (const junk of CLUTTER) assert.ok(!everything.includes(junk), `clutter in the result: ${junk}`);
  for (const e of s.entities) {
    assert.ok(['PERSON', 'ORG', 'LOCATION', 'MISC', 'MONEY', 'PERCENT', 'DATE', 'TIME', 'QUANTITY', 'EMAIL', 'URL'].includes(e.type));
    assert.ok(Number.isInteger(e.count) && e.count >= 1);
  }
  assert.ok(s.entities.some((e) => e.type === 'MONEY' && e.name.includes('18 million')), 'the £18 million');
  assert.ok(s.keywords.length > 0 && s.keywords.some((k) => /turbine|tid/i.test(k)), `keywords: ${s.keywords}`);
  assert.match(s.stats, /words · 5 of \d+ sentences/);

  // The screenshots: the whole popup, as Chromium renders it, light and dark.
  await screenshot(popup, 'extension-popup.png');
  await popup.call('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
  await sleep(400); // the buttons' colour transitions
  await screenshot(popup, 'extension-popup-dark.png');
  await popup.call('Emulation.setEmulatedMedia', { features: [] });

  // The length control: presets and the sentence slider re-run the analysis in place.
  const choose = (value) => popup.evaluate(`(() => { const r = document.querySelector('input[name="preset"][value="${value}"]');
    r.checked = true; r.dispatchEvent(new Event('change', { bubbles: true })); })()`);
  await choose('short');
  assert.equal((await popup.state()).summary.length, 3);
  await choose('long');
  assert.equal((await popup.state()).summary.length, 7);
  // The slider's stops are the page's ladder (1, 2, 3 … 10, 12, 15 …): stop 1 is two sentences.
  await popup.evaluate(`(() => { const a = document.getElementById('amount'); a.value = '1'; a.dispatchEvent(new Event('input', { bubbles: true })); })()`);
  assert.equal(await popup.evaluate(`document.getElementById('amount-out').textContent`), '2');
  const custom = await popup.state();
  assert.equal(custom.summary.length, 2);
  assert.equal(await popup.evaluate(`document.querySelector('input[name="preset"]:checked').value`), 'custom');

  // Copy: the core's rendering (renderSummary, the CLI's --format markdown|text), as in the page.
  // (Headless Chromium lets no test read an extension page's clipboard back, so the clipboard's
  // writeText is watched instead.)
  await popup.evaluate(`navigator.clipboard.writeText = (t) => { window.__copied = t; return Promise.resolve(); }`);
  await popup.evaluate(`document.getElementById('copy-md').click()`);
  const md = await popup.evaluate('window.__copied');
  const parts = ['Harbor town bets on tidal power as council approves pilot turbines', custom.summary, custom.keywords];
  assert.equal(md, glue.renderSummary('markdown', ...parts));
  assert.equal(md.split('\n')[0], '# Harbor town bets on tidal power as council approves pilot turbines');
  await popup.evaluate(`document.getElementById('copy-text').click()`);
  assert.equal(await popup.evaluate('window.__copied'), glue.renderSummary('text', ...parts));
  assert.equal(await popup.evaluate(`document.querySelector('#copy-text span').textContent`), 'Copied');
  await popup.close();
  await page.close();
});

test('"Summarize selection" summarizes only the selected text', async () => {
  const page = await openFixture('article.html');
  const selected = await page.evaluate(() => {
    const ps = [...document.querySelectorAll('article p')].filter((p) => /Samuel Okafor|Engineers still face/.test(p.textContent));
    const range = document.createRange();
    range.setStartBefore(ps[0]);
    range.setEndAfter(ps[ps.length - 1]);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return getSelection().toString();
  });
  const fromSelection = (s) => s.summary.length >= 1 && s.summary.every((x) => squash(selected).includes(squash(x)));

  // The toolbar button with text selected: the whole article, and a button for just the selection.
  const first = await summarizeWithButton(page);
  let s = await first.state();
  assert.equal(s.kind, 'Article summary');
  assert.equal(s.notice, 'You have text selected on this page. Summarize the selection');
  await first.evaluate(`document.querySelector('#notice .link-btn').click()`);
  for (let i = 0; i < 100 && (await first.state()).kind !== 'Selection summary'; i++) await sleep(50);
  s = await first.state();
  assert.equal(s.kind, 'Selection summary');
  assert.ok(fromSelection(s), JSON.stringify(s.summary));
  assert.equal(s.notice, 'Summarizing only your selection. Summarize the whole page');
  await screenshot(first, 'extension-popup-selection.png');
  await first.evaluate(`document.querySelector('#notice .link-btn').click()`);
  s = await first.state();
  assert.equal(s.kind, 'Article summary');
  assert.equal(s.summary.length, 5);
  await first.close();

  const known = new Set((await popupTargets()).map((t) => t.targetId));
  // The context menu's click handler, called as Chromium calls it.
  await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    // eslint-disable-next-line no-undef
    await onMenuClicked({ menuItemId: 'nutshell-summarize-selection', frameId: 0, selectionText: '' }, tab);
  });
  const popup = await nextPopup(known);
  s = await popup.state();
  assert.equal(s.kind, 'Selection summary');
  assert.ok(fromSelection(s), JSON.stringify(s.summary));
  const names = s.entities.map((e) => e.name);
  assert.ok(names.some((n) => n.includes('Samuel Okafor')), names.join(', '));
  assert.ok(!names.some((n) => n.includes('Helen Ashcombe')), 'an entity from outside the selection');
  // The toolbar button has its own popup again.
  assert.equal(await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getPopup({ tabId: tab.id });
  }), `chrome-extension://${extId}/popup.html`);
  await popup.close();
  await page.close();
});

test('a page Readability cannot parse falls back to the visible text, with a notice', async () => {
  const page = await openFixture('index.html');
  const popup = await summarizeWithButton(page);
  const s = await popup.state();
  assert.equal(s.kind, 'Page summary');
  assert.match(s.notice ?? '', /No article found on this page/);
  assert.ok(s.summary.length >= 1);
  const visible = squash(await page.evaluate(() => document.body.innerText));
  for (const sentence of s.summary) assert.ok(visible.includes(squash(sentence)), `not visible text: ${sentence}`);
  assert.ok(!JSON.stringify(s).includes('INVISIBLE'), 'hidden text reached the summary');
  await popup.close();
  await page.close();
});

test('a German article: German names once the popup has loaded its model file', { skip: glue.entityModelFile?.('de') ? false : 'this module has no per-language entity models' }, async () => {
  const file = glue.entityModelFile('de');
  assert.ok(existsSync(join(DIR, file)), `${file} ships with the extension`);
  const page = await openFixture('german.html');
  const popup = await summarizeWithButton(page);
  let model;
  for (let i = 0; i < 400; i++) {
    model = await popup.evaluate(`document.getElementById('main').dataset.model`);
    if (model === 'loaded' || model === 'failed') break;
    await sleep(50);
  }
  assert.equal(model, 'loaded', 'the German model loaded');
  const s = await popup.state();
  assert.match(s.stats, /German/);
  assert.ok(s.entities.some((e) => e.type === 'PERSON' && e.name === 'Richard Lutz'), `a PERSON chip: ${JSON.stringify(s.entities)}`);
  assert.ok(s.summary.length >= 1);
  await screenshot(popup, 'extension-popup-german.png');
  await popup.close();
  await page.close();
});

test('a hostile page cannot trigger the extension, forge its input, inject markup or reach other tabs', async () => {
  const tabIds = () => sw.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const before = new Set(await tabIds());
  const other = await openFixture('article.html'); // never clicked: no activeTab grant
  const otherTabs = (await tabIds()).filter((id) => !before.has(id));
  assert.equal(otherTabs.length, 1);
  const [otherTab] = otherTabs;
  const knownBefore = new Set((await popupTargets()).map((t) => t.targetId));
  const page = await ctx.newPage();
  await page.goto(`${origin}/hostile.html#id=${extId}`);
  await page.bringToFront();
  await page.waitForFunction(() => window.__attempts.some((a) => a.what === 'iframe popup') && window.__attempts.length >= 7, null, { timeout: 10_000 })
    .catch(() => {});
  const attempts = await page.evaluate(() => window.__attempts);
  const outcome = (what) => attempts.find((a) => a.what === what)?.outcome ?? '(none)';
  assert.equal(outcome('runtime.sendMessage'), 'no chrome.runtime in the page');
  assert.match(outcome('fetch manifest'), /^failed/);
  assert.match(outcome('fetch popup'), /^failed/);
  assert.doesNotMatch(outcome('iframe popup'), /^readable: \S/);

  // Nothing ran: no popup, no extension page with our code in it.
  await sleep(300);
  // window.open of a non-web-accessible extension page: the tab keeps the URL it asked for,
  // but what loaded in it is Chromium's error page, without the popup's code or chrome.* APIs.
  const opened = (await popupTargets()).filter((t) => !knownBefore.has(t.targetId));
  assert.ok(opened.length <= 1, JSON.stringify(opened));
  for (const t of opened) {
    const { evaluate } = await attach(t.targetId);
    const seen = await evaluate(`JSON.stringify({ href: location.href, main: !!document.getElementById('main'),
      api: typeof chrome !== 'undefined' && !!chrome.runtime?.id })`);
    assert.deepEqual(JSON.parse(seen), { href: 'chrome-error://chromewebdata/', main: false, api: false });
  }
  const urls = ctx.pages().map((p) => p.url());
  assert.ok(!urls.some((u) => u.startsWith(`chrome-extension://${extId}/`)), `an extension page loaded: ${urls}`);

  // The reader clicks the button: the page's forged extractor and markup do not matter.
  const popup = await summarizeWithButton(page);
  await popup.evaluate(`(() => { const a = document.getElementById('amount'); a.value = a.max; a.dispatchEvent(new Event('input', { bubbles: true })); })()`);
  const s = await popup.state();
  assert.equal(s.title, 'Lighthouse keepers return to Skerrin Rock after automation fails');
  assert.ok(!JSON.stringify(s).includes('FORGED'), 'the page forged the extractor');
  assert.ok(s.summary.some((x) => x.includes('<img src=x onerror="window.__pwned = 1">')), 'the markup shows as text');
  assert.equal(s.markup, 0, 'page text became markup in the popup');
  assert.equal(s.pwned, 'undefined');
  assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
  await popup.close();

  // Another tab, never clicked: the extension itself cannot read it.
  const viewer = await ctx.newPage();
  await viewer.goto(`${popupPrefix()}?tab=${otherTab}&source=page`);
  await viewer.waitForFunction(() => document.getElementById('main').getAttribute('aria-busy') === 'false');
  assert.equal(await viewer.evaluate(() => document.getElementById('source-kind').textContent), 'Nothing to summarize');
  assert.match(await viewer.evaluate(() => document.getElementById('notice').textContent), /cannot read this page/);
  await viewer.close();
  await other.close();
  await page.close();
});

// The pages of tests/pages/, each opened in a tab and summarized with the toolbar button: the
// popup must have read exactly the text the page's paste of the same source gives (both use
// www/extract/), and its summary sentences come from the article body.
const NO_SUMMARY_YET = new Set([]); // as in tests/js/pages.test.mjs
/** Waits until the popup has painted its highlights (its data-highlighted hook); their number. */
async function highlighted(popup) {
  for (let i = 0; i < 200; i++) {
    const n = await popup.evaluate(`document.getElementById('main').dataset.highlighted ?? null`);
    if (n !== null) return Number(n);
    await sleep(50);
  }
  assert.fail('the popup never highlighted the page');
}

/** The page's highlights as its own scripts see them (CSS.highlights is the document's, in every world). */
function pageHighlights(page) {
  return page.evaluate(() => ({
    names: [...CSS.highlights.keys()],
    summary: CSS.highlights.has('nutshell-summary') ? [...CSS.highlights.get('nutshell-summary')].map((r) => r.toString()) : [],
    html: document.documentElement.outerHTML,
    scrollY: window.scrollY,
  }));
}

const noSpace = (s) => s.replace(/\s+/g, '');

for (const [fixture, what] of [['article.html', 'an ordinary page'], ['strictcsp.html', "a page whose CSP forbids every style (style-src 'none')"]]) {
  test(`the popup's toggle highlights the summary and names in ${what}; a sentence click scrolls to it; the toggle removes them`, async () => {
    const page = await openFixture(fixture);
    // The page's own <style> (body margin 0) applies on the ordinary page and is blocked under the CSP.
    const margin = await page.evaluate(() => getComputedStyle(document.body).marginTop);
    assert.equal(margin, fixture === 'strictcsp.html' ? '8px' : '0px', `the page's own style ${fixture === 'strictcsp.html' ? 'is blocked by its CSP' : 'applies'}`);
    const popup = await summarizeWithButton(page);
    const shotBefore = await page.screenshot();
    // (After the screenshot: taking one gives the page's <textarea> an empty style attribute.)
    const before = await pageHighlights(page);
    await popup.evaluate(`document.getElementById('highlight').click()`);
    const ranges = await highlighted(popup);
    const s = await popup.state();
    const on = await pageHighlights(page);
    assert.ok(ranges >= s.summary.length && s.summary.length > 0, `ranges: ${ranges}`);
    assert.ok(on.names.includes('nutshell-summary'), `registered: ${on.names}`);
    assert.ok(on.names.some((n) => n === 'nutshell-person' || n === 'nutshell-org'), `names highlighted by type: ${on.names}`);
    // The popup now shows the analysis of the text it highlights: the same sentences, exactly.
    assert.equal(noSpace(on.summary.join('')), noSpace(s.summary.join('')));
    assert.equal(on.html, before.html, 'the DOM is not changed');
    // The styles reach the page even under its CSP: the highlighted page looks different.
    const shotOn = await page.screenshot();
    assert.ok(!shotOn.equals(shotBefore), 'the highlights are painted');
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `extension-highlights-${fixture.replace('.html', '')}.png`), shotOn);
    // The story's first paragraphs, small (docs/highlight-extension.png is this one, looked at).
    if (fixture === 'article.html') writeFileSync(join(ARTIFACTS, 'extension-highlights-story.png'), await page.screenshot({ clip: { x: 80, y: 90, width: 820, height: 400 } }));

    // A click on the last summary sentence scrolls the page to it.
    await popup.evaluate(`[...document.querySelectorAll('[data-role="summary-sentence"]')].at(-1).click()`);
    let scrolled = 0;
    for (let i = 0; i < 60 && scrolled === 0; i++) {
      await sleep(50);
      scrolled = (await pageHighlights(page)).scrollY;
    }
    assert.ok(scrolled > 0, 'the page scrolled to the sentence');

    await popup.evaluate(`document.getElementById('highlight').click()`);
    for (let i = 0; i < 100 && (await pageHighlights(page)).names.some((n) => n.startsWith('nutshell-')); i++) await sleep(50);
    const off = await pageHighlights(page);
    assert.deepEqual(off.names.filter((n) => n.startsWith('nutshell-')), [], 'no highlight left');
    assert.equal(off.html, before.html);
    await popup.close();
    await page.close();
  });
}

test('a click on a name chip highlights the page and scrolls to the name; highlights go away when the page navigates', async () => {
  const page = await openFixture('article.html');
  const popup = await summarizeWithButton(page);
  // Samuel Okafor is named far down the story: the page must scroll to him.
  const clicked = await popup.evaluate(`(() => {
    const chip = [...document.querySelectorAll('[data-role="entity"]')].find((c) => c.querySelector('.chip-name').textContent.includes('Okafor'));
    chip?.click();
    return Boolean(chip);
  })()`);
  assert.ok(clicked, 'a chip for Samuel Okafor');
  await highlighted(popup);
  let scrolled = 0;
  for (let i = 0; i < 60 && scrolled === 0; i++) {
    await sleep(50);
    scrolled = (await pageHighlights(page)).scrollY;
  }
  assert.ok(scrolled > 0, 'the page scrolled to the name');
  const on = await pageHighlights(page);
  assert.ok(on.names.includes('nutshell-summary') && on.names.includes('nutshell-person'), `registered: ${on.names}`);
  assert.equal(await popup.evaluate(`document.getElementById('highlight').getAttribute('aria-pressed')`), 'true');
  await page.goto(`${origin}/index.html`);
  assert.deepEqual((await pageHighlights(page)).names, []);
  await popup.close();
  await page.close();
});

test('real-layout pages: the toolbar button reads the same article text as the page, and summarizes its body', async (t) => {
  const rows = [];
  for (const c of cases().filter((x) => !x.fragment)) {
    const page = await openFixture(`pages/${c.name}/`);
    const popup = await summarizeWithButton(page);
    const s = await popup.state();
    await popup.close();
    await page.close();
    assert.equal(s.kind, 'Article summary', `${c.name}: ${s.notice}`);
    checkText(c, s.source, 'extension');
    if (NO_SUMMARY_YET.has(c.name)) {
      assert.deepEqual(s.summary, [], `${c.name} has a summary now: take it off NO_SUMMARY_YET`);
      continue;
    }
    assert.ok(s.summary.length > 0, `${c.name}: a summary`);
    rows.push({ name: c.name, ...bodyShare(c, s.summary) });
  }
  const report = shareReport('extension (toolbar button)', rows);
  mkdirSync(join(root, 'target', 'page-artifacts'), { recursive: true });
  writeFileSync(join(root, 'target', 'page-artifacts', 'pages-extension.json'), JSON.stringify({ ...report, rows }, null, 2));
  for (const line of report.text.split('\n')) t.diagnostic(line);
});

test('Chromium recorded no manifest warning and no error of the extension', async () => {
  const [info] = await devPage.evaluate((id) => new Promise((r) => chrome.developerPrivate.getExtensionsInfo({ includeDisabled: true }, (all) => r(all.filter((e) => e.id === id)))), extId);
  assert.ok(info, 'the extension is installed');
  assert.equal(info.state, 'ENABLED');
  assert.deepEqual(info.installWarnings, []);
  assert.deepEqual(info.manifestErrors.map((e) => e.message), []);
  assert.deepEqual(info.runtimeErrors.map((e) => `${e.source}: ${e.message}`), []);
});

test('the extension makes no network requests', async () => {
  // chrome-extension://invalid/ is where Chromium sends the hostile page's loads of the
  // extension's files (not web-accessible): blocked, and the page's own doing.
  const extensionRequests = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith(`chrome-extension://${extId}/`)
    && u !== 'chrome-extension://invalid/' && !u.startsWith('chrome://'));  // chrome:// = the test's chrome://extensions page
  assert.deepEqual(extensionRequests, [], 'requests seen by Playwright');
  await ctx.close(); // writes the net log
  ctx = null;
  // The net log holds every URL request of the browser with its initiator: the extension's would
  // say chrome-extension://<id>. Chromium's own services (update checks, account and autofill
  // lookups, initiator "not an origin") show up too; they are the browser's, made without the
  // extension, and fail anyway (--host-resolver-rules).
  const log = JSON.parse(readFileSync(netlog, 'utf8'));
  const START = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const started = log.events.filter((e) => e.type === START && e.params?.url).map((e) => e.params);
  assert.ok(started.some((r) => r.url.startsWith(`${origin}/article.html`)), 'the net log recorded the fixture pages');
  const byExtension = started.filter((r) => String(r.initiator).startsWith('chrome-extension://'));
  assert.deepEqual(byExtension.map((r) => r.url), [], 'requests made by the extension');
  const external = started.filter((r) => !r.url.startsWith(`${origin}/`));
  for (const r of external) {
    assert.equal(r.initiator, 'not an origin', `a page or extension request left 127.0.0.1: ${r.url}`);
    assert.match(new URL(r.url).hostname, /(^|\.)(google\.com|googleapis\.com)$/, `not one of Chromium's own services: ${r.url}`);
  }
  // The fixture server saw only the pages the tests opened (the hostile page's tricks hit nothing here).
  assert.deepEqual([...new Set(served)].filter((u) => u !== '/favicon.ico' && !/^\/pages\/[a-z0-9-]+\/$/.test(u)).sort(), ['/article.html', '/german.html', '/hostile.html', '/hostile.js', '/index.html', '/strictcsp.html']);
});
