// The popup: reads the active tab (or the selection) through the content script,
// analyzes the text here with the wasm module, and shows the result. Everything
// stays in this page's memory; nothing is sent anywhere. Page text only ever
// reaches the DOM through textContent.
// The chips, entity groups, counts, reading speed and export wording are the page's UI kit
// (www/ui/), bundled in; copy uses the core's renderSummary, like the page and the CLI.
import init, * as nutshell from '../../pkg/nutshell.js';
import { keywordChip, chipList, entityGroups } from '../../www/ui/chips.js';
import { entityTypeTable, coreEntityTypes } from '../../www/ui/entity-types.js';
import { sentenceLadder, nearestIndex } from '../../www/ui/length.js';
import { plural, summaryWords, secondsSaved, formatDuration, languageName, unsupportedParts, unsupportedNote, noNamesNote } from '../../www/ui/format.js';
import { copyText } from '../../www/ui/export.js';
import { HIGHLIGHT_CSS } from '../../npm/highlight-styles.js';

const { analyze, renderSummary } = nutshell;
const MAX_CHARS = 4_000_000;

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------- where to read from

/**
 * Which tab, frame and source. `?tab=…` when the background opened this page as a window
 * (no toolbar popup possible); `?source=selection&frame=…` when the context menu pointed
 * the tab's toolbar popup here; plain popup.html for the toolbar button and the shortcut.
 */
async function target() {
  const params = new URLSearchParams(location.search);
  const selection = params.get('source') === 'selection';
  const frameId = positiveInt(params.get('frame') ?? '0') ?? 0;
  const explicit = params.get('tab');
  if (explicit !== null) {
    // popup.html?tab=… is opened only by the extension itself (windows.create); pages cannot
    // open extension pages (no web_accessible_resources), and reading still needs activeTab.
    document.body.classList.add('wide');
    return { tabId: positiveInt(explicit), frameId, source: selection ? 'selection' : 'page' };
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const tabId = tab && Number.isInteger(tab.id) ? tab.id : null;
  if (selection && tabId !== null) {
    // Give the toolbar button its own popup back.
    await chrome.action.setPopup({ tabId, popup: 'popup.html' });
  }
  return { tabId, frameId: selection ? frameId : 0, source: selection ? 'selection' : 'page' };
}

/** A tab or frame id from the URL (Chromium's tab ids can have ten digits). */
function positiveInt(s) {
  return /^\d{1,15}$/.test(s) && Number.isSafeInteger(Number(s)) ? Number(s) : null;
}

/**
 * Injects the content script into the tab and asks it for text. The answer comes
 * from a page we do not trust: only the expected shape is accepted.
 */
async function extract({ tabId, frameId, source }) {
  const where = { tabId, frameIds: [frameId] };
  await chrome.scripting.executeScript({ target: where, files: ['content.js'] });
  const [injection] = await chrome.scripting.executeScript({
    target: where,
    func: (mode) => globalThis.nutshellExtract(mode),
    args: [source],
  });
  return validExtract(injection?.result);
}

function validExtract(r) {
  const kinds = ['article', 'visible', 'selection'];
  if (r === null || typeof r !== 'object' || !kinds.includes(r.kind) || typeof r.text !== 'string'
    || typeof r.title !== 'string' || !Number.isFinite(r.selection)) {
    throw new Error('The page answered with something unexpected.');
  }
  return { kind: r.kind, title: r.title.slice(0, 500), text: r.text.slice(0, MAX_CHARS), selection: r.selection };
}

// ---------------------------------------------------------------- state and options

let source = null; // { kind, title, text }
let result = null;
let where = null; // the tab and frame read
// In-page highlights: while on, `source` is the content script's walk of the live article (the
// text highlighted is the text analyzed) and `pageSource` the extraction it replaced.
let highlighting = false;
let pageSource = null;
let painting = Promise.resolve(); // the last paint(), awaited before scrolling to a sentence

function preset() {
  return document.querySelector('input[name="preset"]:checked').value;
}

function currentOptions() {
  const p = preset();
  return p === 'custom' ? { sentences: sentencesChosen() } : { length: p };
}

function run() {
  result = analyze(source.text, currentOptions());
  render();
  if (highlighting) painting = paint().catch(highlightFailed);
}

// ---------------------------------------------------------------- entity models per language

// The module has the English model built in; the other languages' models (ner-de.bin…) are files of
// the extension, loaded the first time a text in their language is shown (once each: file → state).
const models = new Map();

/** The state of the model for `language` ('builtin' · 'loading' · 'loaded' · 'failed' · 'none'), loading it if needed. */
function modelFor(language) {
  const file = nutshell.entityModelFile(language);
  if (!file) return 'none';
  if (nutshell.hasEntityModelFor(language)) return models.has(file) ? 'loaded' : 'builtin';
  if (models.has(file)) return models.get(file);
  models.set(file, 'loading');
  fetch(new URL(file, import.meta.url))
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((bytes) => {
      nutshell.loadModel(new Uint8Array(bytes));
      models.set(file, 'loaded');
    })
    .catch(() => models.set(file, 'failed'))
    .then(() => { if (result?.language === language) rerun(); }); // names now (or the note why not)
  return 'loading';
}

/** The muted line under the entities: names still loading, not found for this language, or failed. */
function showModelState(language) {
  const state = modelFor(language);
  $('main').dataset.model = state; // a test hook, like the page's #result[data-model]
  const note = {
    loading: 'Looking for people, organizations and places…',
    failed: 'People, organizations and places could not be loaded; the figures above are still found.',
    none: noNamesNote(language),
  }[state];
  $('entities-note').textContent = note ?? '';
  $('entities-note').hidden = !note;
}

/** `run` for the controls: an error shows as a notice instead of escaping. */
function rerun() {
  try {
    run();
  } catch (e) {
    showNotice(`Could not summarize this text: ${e instanceof Error ? e.message : String(e)}`, true);
  }
}

// ---------------------------------------------------------------- rendering

function render() {
  const r = result;
  const kicker = { article: 'Article summary', visible: 'Page summary', selection: 'Selection summary' }[source.kind];
  $('source-kind').textContent = kicker;
  $('page-title').textContent = r.title ? r.title.text : source.title;
  const wordsOut = summaryWords(r.summary);
  const saved = secondsSaved(r.word_count, wordsOut);
  $('stats').textContent = [
    plural(r.word_count, 'word'),
    `${r.summary.length} of ${plural(r.sentence_count, 'sentence')}`,
    saved >= 60 ? `≈ ${formatDuration(saved)} saved` : null,
    languageName(r.language),
  ].filter(Boolean).join(' · ');

  const items = r.summary.map((s, i) => {
    const li = document.createElement('li');
    li.dataset.role = 'summary-sentence';
    li.textContent = s.text;
    if (source.kind !== 'selection') {
      // A click (or Enter) scrolls the page to the sentence, highlighting it first.
      li.tabIndex = 0;
      li.title = 'Show in the page';
      const go = () => showInPage(`nutshell-summary#${i}`, s.text).catch(highlightFailed);
      li.addEventListener('click', go);
      li.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
    }
    return li;
  });
  if (items.length === 0) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = r.sentence_count > 1
      ? `nutshell cannot summarize ${languageName(r.language)} text yet.`
      : 'Not enough text to summarize.';
    items.push(li);
  }
  $('summary').replaceChildren(...items);
  $('highlight').hidden = source.kind === 'selection';
  syncSlider();

  const unsupported = unsupportedParts(r);
  const note = unsupportedNote(r);
  $('language-note').textContent = note;
  $('language-note').hidden = !note;
  const keywords = unsupported.includes('keywords') ? [] : r.keywords;
  $('keywords').replaceChildren(...chipList(keywords.map((k) => keywordChip(k))).children);
  $('keywords-panel').hidden = keywords.length === 0;
  const showEntities = !unsupported.includes('entities');
  $('entities-panel').hidden = !showEntities;
  $('entities').replaceChildren(...entityGroups(Array.isArray(r.entities) ? r.entities : [], { table: entityTable(), headingLevel: 3, idPrefix: 'popup-entities' }));
  showModelState(r.language);

  // The text nutshell read, for the reader to check (a closed disclosure; also a test hook).
  $('source-text').value = source.text;
  $('source-words').textContent = plural(r.word_count, 'word');

  $('loading').hidden = true;
  $('result').hidden = false;
  $('main').setAttribute('aria-busy', 'false');
  $('live').textContent = `Summary: ${plural(r.summary.length, 'sentence')} of ${r.sentence_count}.`;
  // How long the reader waited (ms since the popup opened); the tests report it.
  if (performance.getEntriesByName('nutshell:first-render').length === 0) performance.mark('nutshell:first-render');
}

/** The core's entity types when the module exports them (once it has one), else the UI kit's table. */
function entityTable() {
  return entityTypeTable(coreEntityTypes(nutshell));
}

/** The slider's stops: the page's ladder (every count to 10, then round steps up to the sentence count). */
let ladder = sentenceLadder(20);

function sentencesChosen() {
  return ladder[Math.min(ladder.length - 1, Number($('amount').value) || 0)];
}

function syncSlider() {
  const amount = $('amount');
  const keep = preset() === 'custom' ? sentencesChosen() : Math.max(1, result.summary.length);
  ladder = sentenceLadder(result.sentence_count);
  amount.min = '0';
  amount.max = String(ladder.length - 1);
  amount.value = String(nearestIndex(ladder, keep));
  showAmount();
}

function showAmount() {
  const n = sentencesChosen();
  $('amount-out').textContent = n.toLocaleString('en');
  $('amount').setAttribute('aria-valuetext', plural(n, 'sentence'));
}

/** Shows a notice; `action` ({ label, run }) adds a button after the text. */
function showNotice(text, error = false, action = null) {
  const notice = $('notice');
  notice.replaceChildren(text);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-btn';
    button.textContent = action.label;
    button.addEventListener('click', action.run, { once: true });
    notice.append(' ', button);
  }
  notice.classList.toggle('error', error);
  notice.hidden = false;
}

function hideNotice() {
  $('notice').hidden = true;
}

function fail(text) {
  $('source-kind').textContent = 'Nothing to summarize';
  $('loading').hidden = true;
  $('main').setAttribute('aria-busy', 'false');
  showNotice(text, true);
}

// ---------------------------------------------------------------- copy

/** The core's rendering of the summary (the CLI's --format text|markdown). */
function rendered(format) {
  const title = result.title ? result.title.text : source.title || undefined;
  return renderSummary(format, title, result.summary.map((s) => s.text), result.keywords.map((k) => k.text));
}

async function copy(button, text, what) {
  await copyText(text);
  const label = button.querySelector('span');
  const before = label.dataset.label ?? label.textContent;
  label.dataset.label = before;
  label.textContent = 'Copied';
  button.classList.add('done');
  $('live').textContent = `Copied the summary as ${what}.`;
  setTimeout(() => {
    label.textContent = before;
    button.classList.remove('done');
  }, 1400);
}

// ---------------------------------------------------------------- start

function wire() {
  for (const radio of document.querySelectorAll('input[name="preset"]')) radio.addEventListener('change', rerun);
  $('amount').addEventListener('input', () => {
    document.querySelector('input[name="preset"][value="custom"]').checked = true;
    showAmount();
    rerun();
  });
  $('copy-text').addEventListener('click', (e) => copy(e.currentTarget, rendered('text'), 'plain text').catch(copyFailed));
  $('copy-md').addEventListener('click', (e) => copy(e.currentTarget, rendered('markdown'), 'Markdown').catch(copyFailed));
  $('highlight').addEventListener('click', () => setHighlighting(!highlighting).catch(highlightFailed));
  $('entities').addEventListener('click', onEntityClick);
}

// ---------------------------------------------------------------- in-page highlights

/** Runs `func(...args)` in the content script's world of the tab read; its result. */
async function inTab(func, args = []) {
  const [injection] = await chrome.scripting.executeScript({ target: { tabId: where.tabId, frameIds: [where.frameId] }, func, args });
  return injection?.result;
}

/** What to mark: the summary sentences and every entity mention (one highlight per type). */
function spansToMark() {
  const summary = result.summary.map((s, i) => ({ name: 'nutshell-summary', key: `nutshell-summary#${i}`, start: s.start, end: s.end }));
  const mentions = (Array.isArray(result.entities) ? result.entities : []).flatMap((e, i) => {
    const name = `nutshell-${String(e.type).toLowerCase()}`;
    return e.mentions.map((m) => ({ name, key: `${name}#${i}`, start: m.start, end: m.end }));
  });
  return [...summary, ...mentions];
}

/** Sends the current result's spans to the page. */
async function paint() {
  const painted = await inTab((spans) => globalThis.nutshellHighlight(spans), [spansToMark()]);
  $('main').dataset.highlighted = String(painted?.ranges ?? 0); // a test hook
  if (painted && !painted.supported) showNotice('This browser cannot highlight text in pages (no CSS Custom Highlight API).', true);
}

/**
 * Turns the highlights on (walks the live article, analyzes that text, adds the styles, which
 * scripting.insertCSS adds even where the page's CSP forbids styles) or off (removes both).
 */
async function setHighlighting(on) {
  if (on === highlighting || !where) return;
  const target = { tabId: where.tabId, frameIds: [where.frameId] };
  if (on) {
    const walked = await inTab(() => globalThis.nutshellWalk());
    if (!walked || typeof walked.text !== 'string' || walked.text.trim() === '') {
      showNotice('Nothing on this page to highlight.', true);
      return;
    }
    await chrome.scripting.insertCSS({ target, css: HIGHLIGHT_CSS });
    pageSource = source;
    source = { kind: source.kind, title: source.title, text: walked.text.slice(0, MAX_CHARS) };
    highlighting = true;
  } else {
    highlighting = false;
    await inTab(() => globalThis.nutshellUnhighlight());
    await chrome.scripting.removeCSS({ target, css: HIGHLIGHT_CSS }).catch(() => {});
    source = pageSource ?? source;
    delete $('main').dataset.highlighted;
  }
  $('highlight').setAttribute('aria-pressed', String(highlighting));
  $('highlight').querySelector('span').textContent = highlighting ? 'Remove highlights' : 'Highlight in page';
  rerun();
  await painting;
}

/** Scrolls the page to `key` (turning the highlights on first; `text` finds the sentence in the new result). */
async function showInPage(key, text) {
  if (!highlighting) {
    await setHighlighting(true);
    const at = result.summary.findIndex((s) => s.text.replace(/\s+/g, ' ') === text.replace(/\s+/g, ' '));
    if (key.startsWith('nutshell-summary#')) key = at >= 0 ? `nutshell-summary#${at}` : null;
  }
  if (key) await inTab((k) => globalThis.nutshellScrollTo(k), [key]);
}

/** A chip in the popup: scroll to the entity's first mention. */
function onEntityClick(event) {
  const chip = event.target.closest?.('[data-role="entity"]');
  if (!chip || source?.kind === 'selection') return;
  const name = chip.querySelector('.chip-name')?.textContent;
  const type = chip.dataset.type;
  const find = () => (result.entities ?? []).findIndex((e) => e.type === type && e.name === name);
  (async () => {
    if (!highlighting) await setHighlighting(true);
    const i = find();
    if (i >= 0) await inTab((k) => globalThis.nutshellScrollTo(k), [`nutshell-${type.toLowerCase()}#${i}`]);
  })().catch(highlightFailed);
}

function highlightFailed(e) {
  showNotice(`Could not highlight this page: ${e instanceof Error ? e.message : String(e)}`, true);
}

function copyFailed() {
  showNotice('Could not copy to the clipboard.', true);
}

async function main() {
  wire();
  // The module is the extension's own file; instantiating it needs 'wasm-unsafe-eval' only.
  const ready = init({ module_or_path: new URL('nutshell_bg.wasm', import.meta.url) });
  ready.catch(() => {}); // awaited below; no unhandled rejection when the page cannot be read first
  where = await target();
  if (where.tabId === null) {
    fail('No tab to read.');
    return;
  }
  let got;
  try {
    got = await extract(where);
  } catch {
    fail('nutshell cannot read this page. Browser pages, the extension stores and some built-in viewers are off limits to extensions.');
    return;
  }
  if (got.text.trim().length === 0) {
    fail(got.kind === 'selection' ? 'The selection is empty: select some text and try again.' : 'This page has no text to summarize.');
    return;
  }
  source = got;
  pageNotice(where, got);
  await ready;
  try {
    run();
  } catch (e) {
    fail(`Could not summarize this text: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The notice for a whole-page result; with text selected, a button to summarize just that. */
function pageNotice(where, page) {
  const toSelection = page.selection > 0 ? { label: 'Summarize the selection', run: () => useSelection(where, page) } : null;
  if (page.kind === 'visible') {
    showNotice('No article found on this page, so this summarizes all of its visible text: menus, ads or comments may show up.', false, toSelection);
  } else if (toSelection) {
    showNotice('You have text selected on this page.', false, toSelection);
  } else {
    hideNotice();
  }
}

async function useSelection(where, page) {
  if (highlighting) {
    await setHighlighting(false).catch(highlightFailed);
    page = source;
  }
  let got;
  try {
    got = await extract({ ...where, source: 'selection' });
  } catch {
    got = null;
  }
  if (!got || got.text.trim().length === 0) {
    showNotice('The selection is gone: select some text on the page and try again.', true);
    return;
  }
  source = got;
  rerun();
  showNotice('Summarizing only your selection.', false, {
    label: 'Summarize the whole page',
    run: () => {
      source = page;
      rerun();
      pageNotice(where, page);
    },
  });
}

main().catch((e) => fail(`Something went wrong: ${e instanceof Error ? e.message : String(e)}`));
