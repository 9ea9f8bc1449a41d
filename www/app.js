// The page: reads the text box, asks the engine (a worker) for an analysis, and shows it.
// This file wires the pieces; each lives in its own module:
//   engine.js        the worker bridge (one promise per call, cancellation, model loading, restarts)
//   views/*.js       status and notices, the length control, inputs (paste, files), highlights, chips
//   ui/*.js          the UI kit shared with the extension's popup (chips, entity types, formats, export)
//   extract/*.js     page source and Markdown → text (loaded when HTML arrives)
// Everything the user typed or pasted reaches the document only through textContent / text
// nodes, never as HTML.
import { Engine, Cancelled } from './engine.js';
import { LengthControl } from './views/length.js';
import { wireInput } from './views/input.js';
import { setState, setBusy, showNotice, announce } from './views/status.js';
import { paintMirror, clearMirror, scrollToRange, selectInText, flashSentence } from './views/mirror.js';
import { renderFacets, hideFacets } from './views/facets.js';
import { wireJump, updateJump } from './views/jump.js';
import { plural, summaryWords, secondsSaved, formatDuration, languageName, unsupportedParts, unsupportedNote, noNamesNote, formatBytes, whyPicked } from './ui/format.js';
import { summaryFileName, download, copyText } from './ui/export.js';
import { entityTypeTable } from './ui/entity-types.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const editor = $('editor');
const resultBox = $('result');
const summaryList = $('summary');

/** The core's input limit when the engine has not said yet (UTF-8 bytes; wasm `defaultMaxInputBytes`). */
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

let shown = null; // { result, rendered, text } of the analysis on screen
let asked = null; // { text, options } of the newest request
let activeChip = null; // data-key of the pressed keyword/entity chip
let activeMentions = [];
let busyTimer = 0;
let lastSignature = '';
// Requests made so far (#result[data-requests]) and the one on screen (data-analyzed-request): a test
// knows the newest request is shown, whatever its options, and not an older one that arrived late.
let requests = 0;

// ---------------------------------------------------------------- the engine

/** Analyses the newest text again: a model or the language module arrived (or failed). */
function again() {
  if (asked && asked.text === input.value) request(asked.text, length.options());
}

const engine = new Engine({
  // Now with names, places and organizations (or to say they failed).
  onModelSettled: again,
  // Now with the language's own sentence rules, stop words and stemmer (keywords, the CLI's summary).
  onLanguagesSettled: again,
  // Now with entities: the first module has none, the lite module after it has the rules and the tagger.
  onEntitiesSettled: again,
  // Test hooks and a trace for the curious: which worker runs (a new one after a large text) and its memory.
  onWorker({ generation, module, memory }) {
    resultBox.dataset.engineGeneration = String(generation);
    resultBox.dataset.engineModule = module;
    resultBox.dataset.engineMemory = String(memory);
  },
  onReady() {
    if (!$('busy').hidden) setBusy(true, 'Summarizing…');
  },
  onFatal(message) {
    clearTimeout(busyTimer);
    setBusy(false);
    setState('error');
    showNotice(`Sorry: ${message}. Reload the page to try again.`, 'error');
  },
});

function request(text, options) {
  asked = { text, options };
  const id = ++requests;
  resultBox.dataset.requests = String(id);
  setState('busy');
  performance.mark('nutshell:request');
  clearTimeout(busyTimer);
  busyTimer = setTimeout(() => setBusy(true, engine.info ? 'Summarizing…' : 'Starting the summarizer…'), 150);
  engine.analyze(text, options).then(
    ({ result, rendered, model }) => {
      settle();
      performance.mark('nutshell:render-start');
      // The fetch starts now but nothing waits for it: the first summary in a language never waits
      // for its model.
      const modelState = engine.modelFor(model);
      const languagesState = engine.languagesFor(result.language);
      resultBox.dataset.languages = languagesState;
      // After `languagesFor`: a text that needs the language module goes straight to it (it has entities).
      resultBox.dataset.entities = engine.entitiesFor(result.language);
      render(result, rendered, text, modelState, languagesState);
      resultBox.dataset.analyzedRequest = String(id);
      showModelState(modelState, result.language);
      performance.mark('nutshell:render-end');
      setState('ready');
    },
    (error) => {
      if (error instanceof Cancelled) return;
      settle();
      setState('error');
      showNotice(`nutshell could not summarize this text: ${error.message}.`, 'error');
    },
  );
}

function settle() {
  clearTimeout(busyTimer);
  setBusy(false);
}

/**
 * The entity model of the shown text's language, as `#result[data-model]` (builtin · loaded · loading ·
 * failed · none) and a muted line in the entities panel.
 */
const MODEL_FAILED = 'People, organizations and places could not be loaded; the figures above are still found.';
const ENTITIES_FAILED = 'Names, places and figures could not be loaded.';

function showModelState(state, language) {
  resultBox.dataset.model = state;
  resultBox.dataset.modelLanguage = language ?? '';
  $('entities-loading').hidden = state !== 'loading';
  const failed = $('entities-failed');
  failed.hidden = state !== 'failed';
  // On the first module (the entity module failed to load) the rules are missing too: no figures either.
  failed.textContent = engine.hasEntities ? MODEL_FAILED : ENTITIES_FAILED;
  const none = $('entities-none');
  none.textContent = state === 'none' ? noNamesNote(language) : '';
  none.hidden = state !== 'none';
}

// ---------------------------------------------------------------- input

let debounce = 0;

function onInput() {
  clearTimeout(debounce);
  markStale();
  updateInputMeta();
  setState('pending');
  const n = input.value.length;
  debounce = setTimeout(analyzeNow, n > 200_000 ? 700 : n > 20_000 ? 400 : 250);
}

/** UTF-8 length of a string (what the core's limit counts), without encoding it. */
function utf8Length(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1; // surrogates: 2 units → 4 bytes
  }
  return n;
}

/** Analyses the text now; `explicit` when the reader asked (button, Ctrl+Enter), so an empty box gets an answer. */
function analyzeNow(explicit = false) {
  clearTimeout(debounce);
  const text = input.value;
  if (!/\S/.test(text)) {
    engine.cancel();
    asked = null;
    clearTimeout(busyTimer);
    setBusy(false);
    clearResult();
    setState('idle');
    if (explicit) {
      showNotice(text.length === 0
        ? 'Paste or type an article first: its summary appears here as you type.'
        : 'The text box holds only spaces and line breaks: there is nothing to summarize yet.', 'info');
      input.focus();
    } else {
      showNotice('');
    }
    return;
  }
  const limit = engine.info?.maxInputBytes ?? DEFAULT_MAX_BYTES;
  if (text.length * 3 > limit) {
    const bytes = utf8Length(text);
    if (bytes > limit) {
      engine.cancel();
      asked = null;
      clearTimeout(busyTimer);
      setBusy(false);
      clearResult();
      setState('error');
      showNotice(`This text is ${formatBytes(bytes)}: nutshell summarizes up to ${formatBytes(limit)} at a time. Paste a part of it.`);
      return;
    }
  }
  request(text, length.options());
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
  $('input-count').textContent = n === 0 ? 'Empty' : plural(n, 'character');
}

input.addEventListener('input', onInput);
input.addEventListener('scroll', () => { const m = $('mirror'); m.scrollTop = input.scrollTop; m.scrollLeft = input.scrollLeft; }, { passive: true });
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    analyzeNow(true);
  }
});
$('run').addEventListener('click', () => analyzeNow(true));
$('clear').addEventListener('click', () => {
  setText('', 'Cleared.');
  input.focus();
});
wireInput({ setText, onInput });
const length = new LengthControl(() => analyzeNow());
wireJump();

// ---------------------------------------------------------------- rendering

function clearResult() {
  shown = null;
  activeChip = null;
  activeMentions = [];
  summaryList.replaceChildren();
  summaryList.hidden = true;
  $('empty').hidden = false;
  $('actions').hidden = true;
  $('stats').hidden = true;
  hideFacets();
  resultBox.removeAttribute('data-analyzed-length');
  repaint();
  updateInputMeta();
  updateJump(null);
}

function render(result, rendered, text, modelState, languagesState) {
  const first = shown === null;
  shown = { result, rendered, text };
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
    button.title = whyPicked(s); // the core's reasons, on hover
    button.addEventListener('click', () => jumpTo(i));
    li.append(button);
    return li;
  });
  summaryList.replaceChildren(...items);
  summaryList.hidden = items.length === 0;
  $('actions').hidden = items.length === 0;

  // What the reader should know about this text, if anything.
  // The core answers for the models it has; names still on their way are not "unsupported", nor are
  // keywords and figures while the language module (its word lists) loads.
  const loadingLists = languagesState === 'loading';
  // The first module has no entities in any language: that says nothing about this language.
  const firstModule = engine.moduleName === 'first';
  const unsupported = unsupportedParts(result).filter((part) => !loadingLists && !(part === 'entities' && (modelState === 'loading' || firstModule)));
  if (loadingLists) showNotice(`Loading the ${languageName(result.language)} word lists: keywords and a better summary follow in a moment.`, 'info');
  else if (items.length === 0 && result.sentence_count > 1) showNotice(`nutshell cannot summarize ${languageName(result.language)} text yet: it found ${plural(result.sentence_count, 'sentence')} but could not rank them.`, 'info');
  else if (items.length === 0) showNotice('nutshell found no sentence to pick in this text. Paste a longer text.', 'info');
  else if (result.sentence_count === 1) showNotice('This text is a single sentence, so the summary is that sentence. Paste a longer text to get a real summary.', 'info');
  else if (unsupported.length > 0) showNotice(unsupportedNote({ ...result, unsupported }), 'info');
  else showNotice('');

  // Stats.
  const wordsOut = summaryWords(result.summary);
  $('stat-words').textContent = `${result.word_count.toLocaleString('en')} → ${wordsOut.toLocaleString('en')}`;
  $('stat-saved').textContent = formatDuration(secondsSaved(result.word_count, wordsOut));
  $('stat-lang').textContent = languageName(result.language);
  $('stats').hidden = false;
  $('input-count').textContent = `${plural(result.word_count, 'word')} · ${plural(result.sentence_count, 'sentence')}`;

  renderFacets(result, {
    onChip: wireChip,
    table: entityTypeTable(engine.info?.entityTypes),
    showKeywords: !unsupported.includes('keywords') && !loadingLists,
    showEntities: !unsupported.includes('entities'),
  });
  length.sync(result);

  // Keep a pressed chip pressed when its entity or keyword is still there.
  activeMentions = [];
  if (activeChip) {
    const again = [...document.querySelectorAll('.chip')].find((c) => c.dataset.key === activeChip);
    if (again) pressChip(again);
    else activeChip = null;
  }
  repaint();
  resultBox.dataset.analyzedLength = String(text.length);
  updateJump(items.length);
  // Announce a new or changed summary, not every identical re-analysis while typing.
  const signature = result.summary.map((s) => s.start).join(',');
  if (first || signature !== lastSignature) {
    announce(`${first ? 'Summary ready' : 'Summary updated'}: ${plural(items.length, 'sentence')}, ${wordsOut} of ${result.word_count} words.`);
  }
  lastSignature = signature;
}

/** Makes a chip a toggle: pressing it highlights its mentions in the text. */
function wireChip(button, spans, name) {
  button._spans = spans;
  button.addEventListener('click', () => {
    if (activeChip === button.dataset.key) {
      activeChip = null;
      activeMentions = [];
      button.setAttribute('aria-pressed', 'false');
      repaint();
      announce(`Highlights of ${name} removed.`);
    } else {
      pressChip(button);
      repaint();
      scrollToRange(activeMentions[0]);
      announce(`${name}: ${plural(activeMentions.length, 'mention')} highlighted in the article.`);
    }
  });
}

function pressChip(button) {
  for (const c of document.querySelectorAll('.chip[aria-pressed="true"]')) c.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', 'true');
  activeChip = button.dataset.key;
  activeMentions = [...button._spans].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- highlights in the text

function markStale() {
  editor.classList.toggle('stale', !shown || input.value !== shown.text);
}

function repaint() {
  if (!shown || input.value !== shown.text) {
    clearMirror();
    markStale();
    return;
  }
  const mirrored = paintMirror(shown.text, shown.result.summary, activeMentions);
  $('highlight-note').hidden = mirrored;
  editor.classList.remove('stale');
}

function jumpTo(i) {
  const s = shown?.result.summary[i];
  if (!s) return;
  if (input.value !== shown.text) { announce('The text changed; the summary is being updated.'); return; }
  if (!$('mirror').firstChild) { selectInText(s); return; }
  scrollToRange(s);
  flashSentence(i);
  announce(`Sentence ${i + 1} shown in the article.`);
}

// ---------------------------------------------------------------- copy and download (the core's rendering)

function flashButton(id, label) {
  const button = $(id);
  const before = button.dataset.label ?? button.textContent;
  button.dataset.label = before;
  button.textContent = label;
  setTimeout(() => { button.textContent = before; }, 1400);
}

async function copy(format) {
  if (!shown) return;
  const what = format === 'markdown' ? 'Markdown' : 'plain text';
  try {
    await copyText(shown.rendered[format]);
    announce(`Copied the summary as ${what}.`);
    flashButton(format === 'markdown' ? 'copy-md' : 'copy-text', 'Copied');
  } catch (error) {
    showNotice(`Could not copy the summary: ${error.message}. Select the sentences and copy them instead.`, 'error');
  }
}

$('copy-text').addEventListener('click', () => copy('text'));
$('copy-md').addEventListener('click', () => copy('markdown'));
$('download').addEventListener('click', () => {
  if (!shown) return;
  download(shown.rendered.markdown, summaryFileName(shown.result.title?.text));
  announce('Downloaded the summary as Markdown.');
});

// ---------------------------------------------------------------- start

updateInputMeta();
if (input.value.trim()) analyzeNow(); // text the browser restored after a reload
