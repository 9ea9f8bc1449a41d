// The page: reads the text box, asks the worker for an analysis, and shows it.
// Everything the user typed or pasted reaches the document only through
// textContent / text nodes, never as HTML.
import { looksLikeHtml, htmlToText, markdownToText } from './textconv.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const mirror = $('mirror');
const editor = $('editor');
const resultBox = $('result');
const summaryList = $('summary');
const amount = $('amount');
const amountOut = $('amount-out');
const unit = $('unit');
const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

const WORDS_PER_MINUTE = 238;
/** A stale analysis of at least this many characters is killed (worker restarted) rather than waited for. */
const RESTART_CHARS = 200_000;
/**
 * Longer texts get no highlight layer: laying out a second copy of a long text costs the main
 * thread hundreds of milliseconds. Jumps then select the sentence in the text box instead.
 */
const HIGHLIGHT_LIMIT = 150_000;
const ENTITY_GROUPS = [
  ['PERSON', 'People'], ['ORG', 'Organizations'], ['LOCATION', 'Places'], ['MONEY', 'Money'],
  ['PERCENT', 'Percentages'], ['DATE', 'Dates'], ['TIME', 'Times'], ['QUANTITY', 'Quantities'],
  ['EMAIL', 'E-mail addresses'], ['URL', 'Links'], ['MISC', 'Other names'],
];

// ---------------------------------------------------------------- the engine (a Web Worker)

// The module is compiled once here and handed to every worker, so restarting one is cheap.
// The single-file build inlines the wasm (base64) and the worker's code; the site loads both by URL.
const wasmModule = compileModule();
let worker = null;
let seq = 0;
let latest = 0; // id of the newest request; older results are ignored
let outstanding = null; // { id, size } of the newest request not answered yet
let job = null; // { text, options } of the newest request
let busyTimer = 0;
// The entity model: the page's module has none built in; it is fetched (or, in the single file,
// decoded) after the first result, so the first summary never waits for it.
// model.state: idle · loading · loaded · builtin (the module has one) · failed
const model = { state: 'idle', bytes: null };

function compileModule() {
  const inline = document.getElementById('wasm-base64');
  if (inline) return WebAssembly.compile(base64ToBytes(inline.textContent.trim()));
  const url = new URL('./pkg/nutshell_bg.wasm', import.meta.url);
  return WebAssembly.compileStreaming(fetch(url)).catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()));
}

function base64ToBytes(b64) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

function startWorker() {
  const inline = document.getElementById('worker-source');
  if (inline) {
    const url = URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' }));
    // The single-file build: a classic worker (module workers from blob: URLs fail under file://).
    worker = new Worker(url, { name: 'nutshell' });
  } else {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'nutshell' });
  }
  worker.onmessage = onWorkerMessage;
  worker.onerror = (e) => {
    e.preventDefault?.();
    fail(`The summarizer stopped unexpectedly${e.message ? `: ${e.message}` : ''}. Reload the page to try again.`);
  };
  wasmModule.then(
    (module) => {
      worker.postMessage({ type: 'init', module });
      // A restarted worker gets the model right away (it loads before any analysis).
      if (model.bytes) worker.postMessage({ type: 'model', bytes: model.bytes });
    },
    (error) => fail(`The summarizer could not start: ${error.message}`),
  );
}

function request(text, options) {
  if (outstanding && outstanding.size >= RESTART_CHARS) {
    // A long analysis of text that is already out of date: stop it instead of waiting.
    worker.terminate();
    startWorker();
  }
  const id = ++seq;
  latest = id;
  outstanding = { id, size: text.length };
  job = { text, options };
  setState('busy');
  performance.mark('nutshell:request');
  worker.postMessage({ type: 'analyze', id, text, options });
  clearTimeout(busyTimer);
  busyTimer = setTimeout(() => setBusy(true), 150);
}

/** Fetches (site) or decodes (single file) the entity model and hands it to the worker, once. */
function loadEntityModel() {
  if (model.state !== 'idle') return;
  setModelState('loading');
  const inline = document.getElementById('model-base64');
  const bytes = inline
    ? new Promise((resolve) => setTimeout(resolve, 0)).then(() => base64ToBytes(inline.textContent.trim()))
    : fetch(new URL('./pkg/ner.bin', import.meta.url)).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    });
  bytes.then(
    (b) => {
      model.bytes = b;
      worker.postMessage({ type: 'model', bytes: b });
    },
    (error) => modelFailed(error.message),
  );
}

function modelFailed(message) {
  // Not alarming: the rule-based entities (money, dates…) stay; only names are missing.
  console.warn(`nutshell: the entity model could not be loaded (${message}); names are not tagged.`);
  setModelState('failed');
}

function setModelState(state) {
  model.state = state;
  $('result').dataset.model = state;
  $('entities-loading').hidden = state !== 'loading';
}

function onWorkerMessage({ data }) {
  if (data.type === 'ready') {
    if (data.hasEntityModel && model.state === 'idle') setModelState('builtin');
    return;
  }
  if (data.type === 'fatal') return fail(`The summarizer could not start: ${data.message}`);
  if (data.type === 'model-error') return modelFailed(data.message);
  if (data.type === 'model-loaded') {
    if (model.state !== 'loading') return; // a restarted worker: the newest request already uses it
    setModelState('loaded');
    // Analyse the newest text again, now with names, places and organizations.
    if (job) request(job.text, job.options);
    return;
  }
  loadEntityModel(); // after the first result (or error), so the first summary never waits for it
  if (data.id !== latest) return; // stale
  outstanding = null;
  clearTimeout(busyTimer);
  setBusy(false);
  if (data.type === 'error') {
    showNotice(data.message);
    setState('error');
    return;
  }
  showNotice('');
  performance.mark('nutshell:render-start');
  render(data.result, job.text, job.options);
  performance.mark('nutshell:render-end');
  setState('ready');
}

/** idle (no text) · pending (a change waits for the debounce) · busy (the worker is on it) · ready · error */
function setState(state) {
  resultBox.dataset.state = state;
}

function setBusy(on) {
  $('busy').hidden = !on;
  resultBox.setAttribute('aria-busy', String(on));
}

function fail(message) {
  setBusy(false);
  setState('error');
  showNotice(message);
}

function showNotice(message) {
  const notice = $('notice');
  notice.textContent = message;
  notice.hidden = !message;
}

// ---------------------------------------------------------------- input

let debounce = 0;

function onInput() {
  clearTimeout(debounce);
  markStale();
  updateInputMeta();
  setState('pending');
  const n = input.value.length;
  debounce = setTimeout(analyzeNow, n > RESTART_CHARS ? 700 : n > 20_000 ? 400 : 250);
}

function analyzeNow() {
  clearTimeout(debounce);
  const text = input.value;
  if (!/\S/.test(text)) {
    latest = ++seq; // drop anything in flight
    outstanding = null;
    clearTimeout(busyTimer);
    setBusy(false);
    clearResult();
    setState('idle');
    return;
  }
  request(text, currentOptions());
}

function setText(text, message) {
  input.value = text;
  input.scrollTop = 0;
  markStale();
  updateInputMeta();
  analyzeNow();
  if (message) announce(message);
}

function updateInputMeta() {
  const n = input.value.length;
  $('clear').disabled = n === 0;
  $('input-count').textContent = n === 0 ? 'Empty' : `${n.toLocaleString('en')} characters`;
}

input.addEventListener('input', onInput);
input.addEventListener('scroll', () => { mirror.scrollTop = input.scrollTop; mirror.scrollLeft = input.scrollLeft; }, { passive: true });
input.addEventListener('paste', (event) => {
  // "Copy page source" pastes markup: keep the article's text and paragraphs instead.
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!text || !looksLikeHtml(text)) return; // an ordinary paste
  event.preventDefault();
  const converted = htmlToText(text);
  input.setRangeText(converted, input.selectionStart, input.selectionEnd, 'end');
  onInput();
  announce('Pasted page source: kept the article text, dropped the markup.');
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    analyzeNow();
  }
});
$('run').addEventListener('click', analyzeNow);
$('clear').addEventListener('click', () => {
  setText('', 'Cleared.');
  input.focus();
});
$('load-sample').addEventListener('click', async () => {
  const inline = document.getElementById('sample-text');
  try {
    const text = inline ? inline.content.textContent : await (await fetch(new URL('./sample.txt', import.meta.url))).text();
    setText(text, 'Loaded the sample article.');
  } catch (error) {
    showNotice(`Could not load the sample: ${error.message}`);
  }
});
$('open-file').addEventListener('click', () => $('file-input').click());
$('file-input').addEventListener('change', (event) => {
  const file = event.target.files?.[0];
  if (file) openFile(file);
  event.target.value = '';
});

// Drag and drop anywhere on the page.
let dragDepth = 0;
const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
document.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth++;
  editor.classList.add('dropping');
});
document.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('dragleave', (event) => {
  if (!hasFiles(event)) return;
  if (--dragDepth <= 0) { dragDepth = 0; editor.classList.remove('dropping'); }
});
document.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  editor.classList.remove('dropping');
  const file = event.dataTransfer.files[0];
  if (file) openFile(file);
});

async function openFile(file) {
  const name = file.name.toLowerCase();
  const kind = /\.html?$/.test(name) || file.type === 'text/html' ? 'html'
    : /\.(md|markdown)$/.test(name) || file.type === 'text/markdown' ? 'md'
    : /\.txt$/.test(name) || file.type.startsWith('text/') ? 'txt' : null;
  if (!kind) {
    showNotice(`nutshell opens .txt, .md and .html files; “${file.name}” is not one of them.`);
    return;
  }
  let text = await file.text();
  if (kind === 'html' || looksLikeHtml(text)) text = htmlToText(text);
  else if (kind === 'md') text = markdownToText(text);
  setText(text, `Opened ${file.name}.`);
}

// ---------------------------------------------------------------- length control

function preset() {
  return document.querySelector('input[name="preset"]:checked').value;
}

function currentOptions() {
  const p = preset();
  if (p !== 'custom') return { length: p };
  const n = Number(amount.value);
  return unit.value === 'percent' ? { ratio: n / 100 } : { sentences: n };
}

function configureSlider() {
  if (unit.value === 'percent') {
    amount.min = '5';
    amount.max = '100';
    amount.step = '5';
  } else {
    amount.min = '1';
    amount.max = String(Math.max(5, last?.result.sentence_count ?? 20));
    amount.step = '1';
  }
  updateAmountLabel();
}

function updateAmountLabel() {
  const n = Number(amount.value);
  amountOut.textContent = unit.value === 'percent' ? `${n}%` : String(n);
  amount.setAttribute('aria-valuetext', unit.value === 'percent' ? `${n} percent of the article` : `${n} sentence${n === 1 ? '' : 's'}`);
}

/** Moves the slider to show what a preset produced. */
function syncSlider(result) {
  configureSlider();
  if (preset() === 'custom') return;
  const chosen = result.summary.length;
  const value = unit.value === 'percent'
    ? Math.min(100, Math.max(5, Math.round((100 * chosen) / Math.max(1, result.sentence_count) / 5) * 5))
    : chosen;
  amount.value = String(value);
  updateAmountLabel();
}

let sliderTimer = 0;
amount.addEventListener('input', () => {
  document.querySelector('input[name="preset"][value="custom"]').checked = true;
  updateAmountLabel();
  setState('pending');
  clearTimeout(sliderTimer);
  sliderTimer = setTimeout(analyzeNow, 60);
});
unit.addEventListener('change', () => {
  const before = last?.result;
  configureSlider();
  if (before) {
    const chosen = before.summary.length;
    amount.value = unit.value === 'percent'
      ? String(Math.min(100, Math.max(5, Math.round((100 * chosen) / Math.max(1, before.sentence_count) / 5) * 5)))
      : String(chosen);
  }
  updateAmountLabel();
  if (preset() === 'custom') analyzeNow();
});
for (const radio of document.querySelectorAll('input[name="preset"]')) {
  radio.addEventListener('change', analyzeNow);
}

// ---------------------------------------------------------------- rendering

let last = null; // { result, text }
let activeChip = null; // the pressed keyword/entity chip
let activeMentions = [];

function clearResult() {
  last = null;
  activeChip = null;
  activeMentions = [];
  summaryList.replaceChildren();
  summaryList.hidden = true;
  $('empty').hidden = false;
  $('actions').hidden = true;
  $('stats').hidden = true;
  $('keywords-panel').hidden = true;
  $('entities-panel').hidden = true;
  resultBox.removeAttribute('data-analyzed-length');
  paintMirror();
  updateInputMeta();
}

let lastSignature = '';
function render(result, text) {
  const first = last === null;
  last = { result, text };
  $('empty').hidden = true;

  // Summary sentences, in article order.
  const items = result.summary.map((s, i) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sentence';
    button.dataset.role = 'summary-sentence';
    button.dataset.index = String(i);
    button.textContent = s.text;
    button.addEventListener('click', () => jumpTo(i));
    li.append(button);
    return li;
  });
  summaryList.replaceChildren(...items);
  summaryList.hidden = items.length === 0;
  $('actions').hidden = items.length === 0;
  if (items.length === 0) showNotice('No sentences to summarize yet: paste a longer text.');

  // Stats.
  const wordsOut = result.summary.reduce((n, s) => n + countWords(s.text), 0);
  $('stat-words').textContent = `${result.word_count.toLocaleString('en')} → ${wordsOut.toLocaleString('en')}`;
  $('stat-saved').textContent = formatDuration(((result.word_count - wordsOut) / WORDS_PER_MINUTE) * 60);
  $('stat-lang').textContent = languageName(result.language);
  $('stats').hidden = false;
  $('input-count').textContent = `${result.word_count.toLocaleString('en')} words · ${result.sentence_count.toLocaleString('en')} sentences`;

  renderKeywords(result.keywords ?? []);
  renderEntities(result.entities);
  syncSlider(result);

  // Keep a pressed chip pressed when its entity or keyword is still there.
  activeMentions = [];
  if (activeChip) {
    const again = [...document.querySelectorAll('.chip')].find((c) => c.dataset.key === activeChip);
    if (again) pressChip(again, false);
    else activeChip = null;
  }
  paintMirror();
  resultBox.dataset.analyzedLength = String(text.length);
  // Announce a new or changed summary, not every identical re-analysis while typing.
  const signature = result.summary.map((s) => s.start).join(',');
  if (first || signature !== lastSignature) announce(`${first ? 'Summary ready' : 'Summary updated'}: ${items.length} sentence${items.length === 1 ? '' : 's'}, ${wordsOut} of ${result.word_count} words.`);
  lastSignature = signature;
}

function renderKeywords(keywords) {
  const list = $('keywords');
  list.replaceChildren(...keywords.map((k) => {
    const li = document.createElement('li');
    li.append(chip({ role: 'keyword', key: `k:${k.text}`, name: k.text, count: k.spans.length, spans: k.spans }));
    return li;
  }));
  $('keywords-panel').hidden = keywords.length === 0;
}

function renderEntities(entities) {
  const panel = $('entities-panel');
  if (!Array.isArray(entities)) {
    // This build of the engine has no entity tagger: no panel at all.
    panel.hidden = true;
    return;
  }
  const box = $('entities');
  const groups = [];
  const known = new Set(ENTITY_GROUPS.map(([t]) => t));
  const types = [...ENTITY_GROUPS, ...[...new Set(entities.map((e) => e.type))].filter((t) => !known.has(t)).map((t) => [t, t])];
  for (const [type, label] of types) {
    const members = entities.filter((e) => e.type === type);
    if (members.length === 0) continue;
    const group = document.createElement('div');
    group.className = 'entity-group';
    const heading = document.createElement('h4');
    heading.textContent = label;
    heading.id = `entities-${type.toLowerCase()}`;
    const list = document.createElement('ul');
    list.className = 'chips';
    list.setAttribute('aria-labelledby', heading.id);
    for (const e of members) {
      const li = document.createElement('li');
      li.append(chip({ role: 'entity', type, key: `e:${type}:${e.name}`, name: e.name, count: e.count ?? e.mentions?.length ?? 0, spans: e.mentions ?? [] }));
      list.append(li);
    }
    group.append(heading, list);
    groups.push(group);
  }
  if (groups.length === 0) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = 'No names, places or figures found.';
    groups.push(p);
  }
  box.replaceChildren(...groups);
  panel.hidden = false;
}

/** A toggle chip whose text starts with the name; pressing it highlights the mentions. */
function chip({ role, type, key, name, count, spans }) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `chip${type ? ` t-${type.toLowerCase()}` : ''}`;
  button.dataset.role = role;
  if (type) button.dataset.type = type;
  button.dataset.key = key;
  button.setAttribute('aria-pressed', 'false');
  const label = document.createElement('span');
  label.className = 'chip-name';
  label.textContent = name;
  const sep = document.createElement('span');
  sep.className = 'visually-hidden';
  sep.textContent = ', mentions: ';
  const badge = document.createElement('span');
  badge.className = 'chip-count';
  badge.textContent = String(count);
  button.append(label, sep, badge);
  button.addEventListener('click', () => {
    if (activeChip === key) {
      activeChip = null;
      activeMentions = [];
      button.setAttribute('aria-pressed', 'false');
      paintMirror();
      announce(`Highlights of ${name} removed.`);
    } else {
      pressChip(button, true);
      paintMirror();
      scrollToRange(activeMentions[0]);
      announce(`${name}: ${activeMentions.length} mention${activeMentions.length === 1 ? '' : 's'} highlighted in the article.`);
    }
  });
  button._spans = spans;
  return button;
}

function pressChip(button) {
  for (const c of document.querySelectorAll('.chip[aria-pressed="true"]')) c.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', 'true');
  activeChip = button.dataset.key;
  activeMentions = [...button._spans].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- highlights in the text

function markStale() {
  editor.classList.toggle('stale', !last || input.value !== last.text);
}

/**
 * Draws the highlights: a copy of the text behind the (transparent) text box,
 * with <mark>s for the summary sentences and the pressed chip's mentions.
 * Offsets are UTF-16 code units, like String.prototype.slice.
 */
function paintMirror() {
  if (!last || input.value !== last.text) {
    mirror.replaceChildren();
    markStale();
    return;
  }
  const text = last.text;
  const tooLong = text.length > HIGHLIGHT_LIMIT;
  $('highlight-note').hidden = !tooLong;
  if (tooLong) {
    mirror.replaceChildren();
    editor.classList.remove('stale');
    return;
  }
  const events = [];
  last.result.summary.forEach((s, i) => { events.push([s.start, 1, i], [s.end, -1, i]); });
  for (const m of activeMentions) events.push([m.start, 2, 0], [m.end, -2, 0]);
  events.sort((a, b) => a[0] - b[0]);
  const nodes = [];
  let pos = 0;
  let sentence = -1;
  let depth = 0;
  const emit = (end) => {
    if (end <= pos) return;
    const piece = text.slice(pos, end);
    if (sentence < 0 && depth === 0) {
      nodes.push(document.createTextNode(piece));
    } else {
      const mark = document.createElement('mark');
      mark.textContent = piece;
      if (sentence >= 0) { mark.className = 'hl'; mark.dataset.s = String(sentence); }
      if (depth > 0) mark.classList.add('mention');
      nodes.push(mark);
    }
    pos = end;
  };
  for (const [at, kind, i] of events) {
    emit(Math.min(at, text.length));
    if (kind === 1) sentence = i;
    else if (kind === -1 && sentence === i) sentence = -1;
    else if (kind === 2) depth++;
    else if (kind === -2) depth--;
  }
  emit(text.length);
  nodes.push(document.createTextNode('\u200b')); // a final newline takes a line in a textarea too
  mirror.replaceChildren(...nodes);
  mirror.scrollTop = input.scrollTop;
  editor.classList.remove('stale');
}

let flashTimer = 0;
function jumpTo(i) {
  const s = last?.result.summary[i];
  if (!s) return;
  if (input.value !== last.text) { announce('The text changed; the summary is being updated.'); return; }
  if (!mirror.firstChild) { selectInText(s); return; }
  scrollToRange(s);
  const marks = mirror.querySelectorAll(`mark[data-s="${i}"]`);
  for (const m of marks) {
    m.classList.remove('flash');
    void m.offsetWidth; // restart the animation
    m.classList.add('flash');
  }
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => { for (const m of marks) m.classList.remove('flash'); }, 1700);
  announce(`Sentence ${i + 1} shown in the article.`);
}

/** Without highlights (a long text): select the range in the text box, which scrolls it into view. */
function selectInText(range) {
  input.focus({ preventScroll: true });
  input.setSelectionRange(range.start, range.start);
  input.blur();
  input.focus();
  input.setSelectionRange(range.start, range.end);
}

function scrollToRange(range) {
  if (!range) return;
  if (!mirror.firstChild) { selectInText(range); return; }
  const behavior = reduceMotion.matches ? 'auto' : 'smooth';
  // Find the first mark that starts the range: its offsetTop is its place in the text.
  let top = null;
  let offset = 0;
  for (const node of mirror.childNodes) {
    const length = node.textContent.length;
    if (offset + length > range.start) { top = node.nodeType === 1 ? node.offsetTop : null; break; }
    offset += length;
  }
  if (top === null) return;
  input.scrollTo({ top: Math.max(0, top - input.clientHeight / 4), behavior });
  const box = editor.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) editor.scrollIntoView({ block: 'nearest', behavior });
}

// ---------------------------------------------------------------- copy and download

function summaryText() {
  const r = last.result;
  const lines = r.summary.map((s) => s.text);
  return (r.title ? `${r.title.text}\n\n` : '') + lines.join('\n\n') + '\n';
}

function summaryMarkdown() {
  const r = last.result;
  const escape = (s) => s.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1').replace(/\s+/g, ' ');
  const title = r.title ? `# ${escape(r.title.text)}\n\n` : '';
  return `${title}${r.summary.map((s) => `- ${escape(s.text)}`).join('\n')}\n`;
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  announce(`Copied the summary as ${what}.`);
  flashButton(what === 'Markdown' ? 'copy-md' : 'copy-text', 'Copied');
}

function flashButton(id, label) {
  const button = $(id);
  const before = button.dataset.label ?? button.textContent;
  button.dataset.label = before;
  button.textContent = label;
  setTimeout(() => { button.textContent = before; }, 1400);
}

$('copy-text').addEventListener('click', () => last && copy(summaryText(), 'plain text'));
$('copy-md').addEventListener('click', () => last && copy(summaryMarkdown(), 'Markdown'));
$('download').addEventListener('click', () => {
  if (!last) return;
  const blob = new Blob([summaryMarkdown()], { type: 'text/markdown;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  const slug = (last.result.title?.text ?? 'article').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article';
  a.download = `${slug}-summary.md`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  announce('Downloaded the summary as Markdown.');
});

// ---------------------------------------------------------------- helpers

let announceTimer = 0;
function announce(message) {
  // Re-set after a tick so a repeated message is read again.
  clearTimeout(announceTimer);
  const live = $('live');
  live.textContent = '';
  announceTimer = setTimeout(() => { live.textContent = message; }, 50);
}

function countWords(s) {
  const m = s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

function formatDuration(seconds) {
  if (seconds < 45) return `${Math.max(0, Math.round(seconds / 5) * 5)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

let languageNames = null;
function languageName(code) {
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

// ---------------------------------------------------------------- start

startWorker();
configureSlider();
updateInputMeta();
if (input.value.trim()) analyzeNow(); // text the browser restored after a reload
