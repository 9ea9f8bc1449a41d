// The popup: reads the active tab (or the selection) through the content script,
// analyzes the text here with the wasm module, and shows the result. Everything
// stays in this page's memory; nothing is sent anywhere. Page text only ever
// reaches the DOM through textContent.
import init, { analyze } from '../../pkg/nutshell.js';

const ENTITY_GROUPS = [
  ['PERSON', 'People'], ['ORG', 'Organizations'], ['LOCATION', 'Places'], ['MONEY', 'Money'],
  ['PERCENT', 'Percentages'], ['DATE', 'Dates'], ['TIME', 'Times'], ['QUANTITY', 'Quantities'],
  ['EMAIL', 'E-mail addresses'], ['URL', 'Links'], ['MISC', 'Other names'],
];
const KNOWN_TYPES = new Set(ENTITY_GROUPS.map(([t]) => t));
const MAX_CHARS = 4_000_000;
const WORDS_PER_MINUTE = 230;

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

function preset() {
  return document.querySelector('input[name="preset"]:checked').value;
}

function currentOptions() {
  const p = preset();
  return p === 'custom' ? { sentences: Number($('amount').value) } : { length: p };
}

function run() {
  result = analyze(source.text, currentOptions());
  render();
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
  const minutes = Math.max(0, Math.round((r.word_count - words(r.summary)) / WORDS_PER_MINUTE));
  $('stats').textContent = [
    `${r.word_count.toLocaleString('en')} words`,
    `${r.summary.length} of ${r.sentence_count} sentences`,
    minutes >= 1 ? `≈ ${minutes} min saved` : null,
    r.language,
  ].filter(Boolean).join(' · ');

  const list = $('summary');
  const items = r.summary.map((s) => {
    const li = document.createElement('li');
    li.textContent = s.text;
    return li;
  });
  if (items.length === 0) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'Not enough text to summarize.';
    items.push(li);
  }
  list.replaceChildren(...items);
  syncSlider();

  const keywords = r.keywords.map((k) => {
    const li = document.createElement('li');
    li.append(chip(k.text, k.spans.length, 'keyword'));
    return li;
  });
  $('keywords').replaceChildren(...keywords);
  $('keywords-panel').hidden = keywords.length === 0;
  renderEntities(Array.isArray(r.entities) ? r.entities : []);

  $('loading').hidden = true;
  $('result').hidden = false;
  $('main').setAttribute('aria-busy', 'false');
  $('live').textContent = `Summary: ${r.summary.length} sentences of ${r.sentence_count}.`;
  // How long the reader waited (ms since the popup opened); the tests report it.
  if (performance.getEntriesByName('nutshell:first-render').length === 0) performance.mark('nutshell:first-render');
}

function words(summary) {
  return summary.reduce((n, s) => n + (s.text.match(/\S+/g)?.length ?? 0), 0);
}

function renderEntities(entities) {
  const types = [...ENTITY_GROUPS, ...[...new Set(entities.map((e) => e.type))].filter((t) => !KNOWN_TYPES.has(t)).map((t) => [t, t])];
  const groups = [];
  for (const [type, label] of types) {
    const members = entities.filter((e) => e.type === type);
    if (members.length === 0) continue;
    const group = document.createElement('div');
    group.className = 'entity-group';
    group.dataset.type = type;
    const heading = document.createElement('h3');
    heading.textContent = label;
    const list = document.createElement('ul');
    list.className = 'chips';
    for (const e of members) {
      const li = document.createElement('li');
      li.append(chip(e.name, e.count ?? e.mentions?.length ?? 0, `t-${String(type).toLowerCase()}`));
      list.append(li);
    }
    group.append(heading, list);
    groups.push(group);
  }
  if (groups.length === 0) {
    const p = document.createElement('p');
    p.className = 'muted none';
    p.textContent = 'No names, places or figures found.';
    groups.push(p);
  }
  $('entities').replaceChildren(...groups);
}

function chip(name, count, cls) {
  const span = document.createElement('span');
  span.className = `chip ${cls}`;
  span.title = `${name}: ${count} mention${count === 1 ? '' : 's'}`;
  const label = document.createElement('span');
  label.className = 'chip-name';
  label.textContent = name;
  const n = document.createElement('span');
  n.className = 'chip-count';
  n.textContent = String(count);
  span.append(label, n);
  return span;
}

function syncSlider() {
  const amount = $('amount');
  amount.max = String(Math.max(5, Math.min(40, result.sentence_count)));
  if (preset() !== 'custom') amount.value = String(Math.max(1, result.summary.length));
  $('amount-out').textContent = amount.value;
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

function summaryText() {
  const lines = result.summary.map((s) => s.text.replace(/\s+/g, ' '));
  const title = result.title ? result.title.text : source.title;
  return (title ? `${title}\n\n` : '') + lines.join('\n\n') + '\n';
}

function summaryMarkdown() {
  const escape = (s) => s.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1').replace(/\s+/g, ' ');
  const title = result.title ? result.title.text : source.title;
  return `${title ? `# ${escape(title)}\n\n` : ''}${result.summary.map((s) => `- ${escape(s.text)}`).join('\n')}\n`;
}

async function copy(button, text, what) {
  await navigator.clipboard.writeText(text);
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
    $('amount-out').textContent = $('amount').value;
    rerun();
  });
  $('copy-text').addEventListener('click', (e) => copy(e.currentTarget, summaryText(), 'plain text').catch(copyFailed));
  $('copy-md').addEventListener('click', (e) => copy(e.currentTarget, summaryMarkdown(), 'Markdown').catch(copyFailed));
}

function copyFailed() {
  showNotice('Could not copy to the clipboard.', true);
}

async function main() {
  wire();
  // The module is the extension's own file; instantiating it needs 'wasm-unsafe-eval' only.
  const ready = init({ module_or_path: new URL('nutshell_bg.wasm', import.meta.url) });
  ready.catch(() => {}); // awaited below; no unhandled rejection when the page cannot be read first
  const where = await target();
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
