// In-page highlights (highlight() of the npm package) in headless Chromium, on the fixture pages of
// tests/highlight/ (sentences split across inline elements, links, emphasis, footnote markers, hidden
// nodes, scripts and form fields inside sentences, right-to-left and emoji text), on the seed article
// and on every real-layout page of tests/pages/. For every highlighted sentence and entity mention:
// the text of its ranges is the text it marks (whitespace aside, the walker collapses it); the DOM is
// byte-identical before, during and after; removal leaves no nutshell highlight registered. The
// opt-in <mark> fallback is checked with the Highlight API taken away. The extension's JavaScript
// copy of the walk (extension/src/walk.js) must give the same text and the same ranges.
// Run by scripts/test-js.sh on the packed package (NUTSHELL_PACKAGE: the installed package's folder),
// or alone: scripts/test-highlight.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serve, fileUnder, TYPES } from './serve.mjs';

const root = process.env.NUTSHELL_ROOT ?? process.cwd();
const pkg = process.env.NUTSHELL_PACKAGE ?? join(process.cwd(), 'node_modules/nutshell-summarizer');
const { chromium } = createRequire(join(root, 'package.json'))('playwright-core');

/** The seed article (www/sample.txt) as a page: title, then one paragraph per block. */
function seedPage() {
  const [title, ...rest] = readFileSync(join(root, 'www/sample.txt'), 'utf8').split('\n');
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && p !== '/Article');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>body { font: 17px/1.6 Georgia, serif; max-width: 760px; margin: 24px auto; color: #222 }</style></head><body><article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article></body></html>`;
}

const pages = readdirSync(join(root, 'tests/pages')).filter((d) => existsSync(join(root, 'tests/pages', d, 'page.html')));
let server;
let browser;
let base;

before(async () => {
  ({ server, base } = await serve((path) => {
    if (path === '/seed.html') return { body: seedPage(), type: TYPES['.html'] };
    if (path === '/blank.html') return { body: '<!doctype html><title>blank</title>', type: TYPES['.html'] };
    if (path === '/walk.js') return join(root, 'extension/src/walk.js');
    if (path.startsWith('/pkg/')) return fileUnder(pkg, path.slice(5));
    if (path.startsWith('/fixtures/')) return fileUnder(join(root, 'tests/highlight'), path.slice(10));
    if (path.startsWith('/pages/')) return fileUnder(join(root, 'tests/pages'), path.slice(7));
    return null;
  }));
  browser = await launchChromium(chromium);
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens `path`, highlights `selector`'s element (the body by default) with `options`, checks it in the
 * page and removes the highlights. `withoutApi` takes the Highlight API away first.
 */
async function highlightIn(path, { selector = null, options = {}, withoutApi = false, removeAll = false, screenshot = null } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + path);
  if (screenshot) {
    // Highlight once for a picture (target/artifacts/; docs/highlight-module.png is one, looked at).
    await page.evaluate(async (options) => {
      const lib = await import('/pkg/index.js');
      await lib.init();
      lib.highlight(document.body, options);
    }, options);
    mkdirSync(join(root, 'target/artifacts'), { recursive: true });
    writeFileSync(join(root, 'target/artifacts', screenshot), await page.screenshot({ clip: { x: 250, y: 0, width: 780, height: 480 } }));
    await page.evaluate(async () => (await import('/pkg/index.js')).removeHighlights());
  }
  const r = await page.evaluate(async ({ selector, options, withoutApi, removeAll }) => {
    const lib = await import('/pkg/index.js');
    await lib.init();
    if (withoutApi) Object.defineProperty(CSS, 'highlights', { value: undefined });
    // A highlight of the site's own, which nutshell must leave alone.
    if (!withoutApi) CSS.highlights.set('site-own', new Highlight(document.createRange()));
    const element = selector ? document.querySelector(selector) : document.body;
    const html = () => document.documentElement.outerHTML;
    const before = html();
    // The extension's copy of the walk (extension/src/walk.js), before anything is marked.
    const { walkText } = await import('/walk.js');
    const jsWalk = walkText(element);
    const h = lib.highlight(element, options);
    const during = html();
    const squash = (s) => s.replace(/\s+/g, '');
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const failures = [];
    let ranges = 0;
    for (const item of h.highlights) {
      const texts = item.ranges.map((range) => range.toString());
      ranges += texts.length;
      const where = `${item.name} #${item.index} ${JSON.stringify(item.text)} → ${JSON.stringify(texts)}`;
      if (h.text.slice(item.start, item.end) !== item.text) failures.push(`offsets: ${where}`);
      if (texts.length === 0) failures.push(`no range: ${where}`);
      if (squash(texts.join('')) !== squash(item.text)) failures.push(`text: ${where}`);
      if (texts.length === 1 && norm(texts[0]) !== norm(item.text)) failures.push(`whitespace: ${where}`);
      if (h.mode === 'highlight') {
        const jsTexts = jsWalk.pieces(item.start, item.end).map((p) => {
          const range = document.createRange();
          range.setStart(p.startNode, p.startOffset);
          range.setEnd(p.endNode, p.endOffset);
          return range.toString();
        });
        if (JSON.stringify(jsTexts) !== JSON.stringify(texts)) failures.push(`extension walk: ${where} vs ${JSON.stringify(jsTexts)}`);
      }
    }
    if (jsWalk.text !== h.text) failures.push(`extension walk text differs: ${JSON.stringify(jsWalk.text.slice(0, 200))}`);
    const registry = withoutApi ? null : CSS.highlights;
    const registered = registry ? Object.fromEntries([...registry.keys()].map((k) => [k, registry.get(k).size])) : null;
    const marks = document.querySelectorAll('mark[data-nutshell]').length;
    if (removeAll) lib.removeHighlights();
    else h.remove();
    const left = registry ? [...registry.keys()] : null;
    const markText = h.marks.map((m) => m.textContent);
    return {
      mode: h.mode, text: h.text, summary: h.analysis.summary.map((s) => s.text), items: h.highlights.length, ranges,
      types: [...new Set(h.highlights.map((i) => i.type).filter(Boolean))], failures, registered, marks, markText,
      left, unchangedDuring: before === during, restored: before === html(),
      marksLeft: document.querySelectorAll('mark[data-nutshell]').length,
    };
  }, { selector, options, withoutApi, removeAll });
  await page.close();
  assert.deepEqual(errors, []);
  return r;
}

/** What every highlighted page must satisfy. */
function assertClean(r, what) {
  assert.deepEqual(r.failures, [], `${what}: every range's text is the text it marks`);
  assert.ok(r.summary.length > 0, `${what}: a summary`);
  assert.equal(r.unchangedDuring, true, `${what}: the DOM is not changed by highlighting`);
  assert.equal(r.restored, true, `${what}: the DOM is byte-identical after removal`);
  assert.deepEqual(r.left, ['site-own'], `${what}: no nutshell highlight left, the site's own kept`);
  const summaryRanges = r.registered['nutshell-summary'];
  assert.ok(summaryRanges >= r.summary.length, `${what}: every summary sentence registered`);
}

test('inline markup, links, footnote markers, hidden nodes, scripts and form fields: exact ranges, DOM untouched', async () => {
  const r = await highlightIn('/fixtures/inline.html', { selector: 'article', options: { sentences: 50, mentions: true } });
  assertClean(r, 'inline.html');
  assert.equal(r.mode, 'highlight');
  for (const hidden of ['HIDDENWORD', 'SRONLYWORD', 'SCRIPTTEXT', 'ARIAHIDDEN', 'INPUTVALUE', 'TEXTAREATEXT', 'INVISIBLETEXT', 'NOSCRIPTTEXT', 'TEMPLATETEXT', 'Menu Home']) {
    assert.ok(!r.text.includes(hidden), `${hidden} is not in the walked text`);
  }
  // Sentences across <a>, <strong>, <em>, the footnote marker and a hidden node read as the page shows them.
  assert.match(r.text, /^The harbour bridge opens to traffic\n\nThe new harbour bridge in Lisbon opened on Monday after six years of work\.\[1\] Engineers from Tejo Works said the deck carries four lanes/);
  assert.ok(r.text.includes('Mayor Ana Costa called it “a bridge for everyone” and thanked the workers who built it.'));
  assert.ok(r.text.includes('€2.50 per car\nand €1 for bicycles'));
  assert.ok(r.text.includes('🚢 service'));
  assert.ok(r.summary.length >= 6, `every sentence highlighted: ${JSON.stringify(r.summary)}`);
  assert.ok(r.types.includes('PERSON') || r.types.includes('LOCATION'), `entity mentions highlighted: ${r.types}`);
  assert.ok(Object.keys(r.registered).some((k) => k !== 'nutshell-summary' && k.startsWith('nutshell-')), 'entity highlights registered by type');
});

test('right-to-left and emoji text: exact ranges', async () => {
  const r = await highlightIn('/fixtures/rtl.html', { selector: 'article', options: { sentences: 50, mentions: true } });
  assertClean(r, 'rtl.html');
  assert.ok(r.text.includes('🚲') && r.text.includes('👨‍👩‍👧'));
  assert.ok(!r.text.includes('מוסתר'), 'aria-hidden Hebrew word left out');
});

test('the seed article: the summary is highlighted, removeHighlights() clears everything', async () => {
  const r = await highlightIn('/seed.html', { options: { sentences: 3, mentions: ['PERSON', 'ORG'] }, removeAll: true, screenshot: 'highlight-module.png' });
  assertClean(r, 'seed');
  assert.equal(r.summary.length, 3);
  assert.deepEqual(r.types.filter((t) => !['PERSON', 'ORG'].includes(t)), [], 'only the asked entity types');
});

test('opt-in <mark> fallback where the Highlight API is missing; nothing without opt-in', async () => {
  const none = await highlightIn('/fixtures/inline.html', { selector: 'article', options: { sentences: 50 }, withoutApi: true });
  assert.equal(none.mode, 'none');
  assert.equal(none.marks, 0);
  assert.equal(none.unchangedDuring, true);
  assert.deepEqual(none.failures, []);
  const r = await highlightIn('/fixtures/inline.html', { selector: 'article', options: { sentences: 50, mentions: true, fallback: 'mark' }, withoutApi: true });
  assert.equal(r.mode, 'mark');
  assert.ok(r.marks > 0);
  assert.equal(r.unchangedDuring, false, 'marks change the DOM (that is why they are opt-in)');
  assert.deepEqual(r.failures, []);
  assert.equal(r.marksLeft, 0);
  assert.equal(r.restored, true, 'the DOM is byte-identical after removal');
});

test('bad arguments throw clear errors', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/blank.html`);
  const messages = await page.evaluate(async () => {
    const lib = await import('/pkg/index.js');
    await lib.init();
    const out = [];
    for (const call of [
      () => lib.highlight('not an element'),
      () => lib.highlight(document.body, { mentions: ['ANIMAL'] }),
      () => lib.highlight(document.body, { fallback: 'span' }),
      () => lib.highlight(document.body, { sentences: -1 }),
      () => lib.highlight(document.body),
    ]) {
      try {
        call();
        out.push('no error');
      } catch (e) {
        out.push(e instanceof Error ? e.message : String(e));
      }
    }
    return out;
  });
  await page.close();
  assert.match(messages[0], /element.*DOM Element/);
  assert.match(messages[1], /options\.mentions.*ANIMAL/);
  assert.match(messages[2], /fallback/);
  assert.match(messages[3], /sentences/);
  assert.notEqual(messages[4], 'no error', 'an empty page is an error, not a silent nothing');
});

for (const name of pages) {
  test(`real-layout page ${name}: exact ranges, DOM untouched`, async () => {
    const r = await highlightIn(`/pages/${name}/page.html`, { options: { mentions: true } });
    assertClean(r, name);
  });
}
