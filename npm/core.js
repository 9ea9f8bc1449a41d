// The functions of nutshell over the WebAssembly module, for every runtime.
// The module must be instantiated once, by `init()` (browsers, workers,
// bundlers: it fetches wasm/nutshell_bg.wasm next to this file), `init(bytes)`
// or `initSync(bytes)` (extensions, Deno, anything that loads the bytes
// itself). The Node entry (node.js) does it on import.
import initGlue, * as glue from './wasm/nutshell.js';
import { HIGHLIGHT_CSS } from './highlight-styles.js';

let ready = false;
let pending = null;

/**
 * Instantiates the WebAssembly module; resolves when the functions can be called.
 * Calling it again is harmless (it returns the first call's promise).
 */
export function init(input) {
  if (ready) return Promise.resolve();
  if (!pending) {
    pending = (async () => {
      const source = await input;
      await initGlue(source === undefined ? undefined : { module_or_path: source });
      ready = true;
    })();
    pending.catch(() => {
      pending = null; // allow a retry, e.g. with other bytes
    });
  }
  return pending;
}

/** Instantiates the module synchronously from its bytes or a compiled WebAssembly.Module. */
export function initSync(module) {
  if (ready) return;
  glue.initSync({ module });
  ready = true;
}

/** True once the module is instantiated. */
export function isReady() {
  return ready;
}

function need() {
  if (!ready) {
    throw new Error("nutshell is not initialized: call `await init()` first (Node's entry does it on import)");
  }
}

/** Everything in one pass: language, title, counts, summary and keywords. */
export function analyze(text, options) {
  need();
  return glue.analyze(text, options);
}

/** The summary sentences, in text order. */
export function summarize(text, options) {
  need();
  return glue.summarize(text, options);
}

/** Every sentence of the text, in order (options: only `maxInputBytes` applies). */
export function sentences(text, options) {
  need();
  return glue.sentences(text, options);
}

/** The keywords and keyphrases, best first. */
export function keywords(text, options) {
  need();
  return glue.keywords(text, options);
}

/** The entities: every mention, in text order, and the resolved entities, most mentioned first. */
export function entities(text, options) {
  need();
  return glue.entities(text, options);
}

/**
 * The entity types in display order: `{ code, label, description, source, group, color }` each
 * (`code` is an entity's `type`; `source` "model" or "rules"; `color` a CSS custom property).
 */
export function entityTypes() {
  need();
  return glue.entityTypes();
}

/**
 * Gives the module-level functions' entity tagger a model (the bytes of a file in models/: ner.bin for
 * English, ner-de.bin …): it tags the languages its header names, replacing (and freeing) the model that
 * tagged them; the other languages keep theirs. Throws an Error for bytes that are not a valid model.
 */
export function loadModel(bytes) {
  need();
  glue.loadModel(modelBytes(bytes));
}

/** A model as the bindings take it: a Uint8Array (an ArrayBuffer or a view is copied into one). */
function modelBytes(bytes) {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  throw new TypeError('the model must be a Uint8Array or an ArrayBuffer');
}

/**
 * Runs the analyses with one set of options (checked once, here) and one entity model (the bytes
 * of models/ner.bin; by default the module's current model). `free()` releases it at once; the
 * garbage collector does it otherwise.
 */
export class Analyzer {
  #inner;
  constructor(options, model) {
    need();
    this.#inner = new glue.Analyzer(options, model === undefined || model === null ? undefined : modelBytes(model));
  }
  analyze(text) { return this.#inner.analyze(text); }
  summarize(text) { return this.#inner.summarize(text); }
  sentences(text) { return this.#inner.sentences(text); }
  keywords(text) { return this.#inner.keywords(text); }
  entities(text) { return this.#inner.entities(text); }
  get hasEntityModel() { return this.#inner.hasEntityModel; }
  get entityModelLanguages() { return this.#inner.entityModelLanguages; }
  hasEntityModelFor(language) { return this.#inner.hasEntityModelFor(String(language)); }
  free() { this.#inner?.free(); this.#inner = undefined; }
}

/**
 * The summary as text (one sentence a line) or Markdown (title, bullets, keywords, every piece
 * escaped): the same rendering as the CLI's `--format text|markdown`.
 */
export function renderSummary(analysis, format = 'markdown') {
  need();
  const title = analysis?.title ? String(analysis.title.text) : undefined;
  const sentences = Array.from(analysis?.summary ?? [], (s) => String(s.text));
  const keywords = Array.from(analysis?.keywords ?? [], (k) => String(k.text));
  return glue.renderSummary(format, title, sentences, keywords);
}

/** Escapes one piece of text for Markdown, on one line (the rule `renderSummary` uses). */
export function escapeMarkdown(text) {
  need();
  return glue.escapeMarkdown(text);
}

/** True when the tagger has a model: built into the module or given to loadModel (else entities come from the rules only). */
export function hasEntityModel() {
  need();
  return glue.hasEntityModel();
}

/** True when a model tags names in `language` (a code such as 'de'); false for an unknown code. */
export function hasEntityModelFor(language) {
  need();
  return glue.hasEntityModelFor(String(language));
}

/** The codes of the languages whose names a model tags; texts in the others get rule entities only. */
export function entityModelLanguages() {
  need();
  return glue.entityModelLanguages();
}

/** The model file (in models/) that tags names in `language`, e.g. 'ner-de.bin', or undefined. */
export function entityModelFile(language) {
  need();
  return glue.entityModelFile(String(language));
}

/** The input limit (UTF-8 bytes) when `maxInputBytes` is not given. */
export function defaultMaxInputBytes() {
  need();
  return glue.defaultMaxInputBytes();
}

/** Every language nutshell knows and what the module-level functions do for it (summary, keywords, entities). */
export function languages() {
  need();
  return glue.languages();
}

/** The ISO 639-1 code for a language value ('en', 'fra', 'German'), 'auto' for detection; throws if unknown. */
export function languageCode(value) {
  need();
  return glue.languageCode(value);
}

/**
 * Highlights the summary of the text under `element` in the page itself (main thread only): the
 * text nodes are walked as the page shows them (scripts, styles, hidden and aria-hidden subtrees and
 * form fields left out), analyzed with `options` (the options of analyze()), and the summary
 * sentences (plus, with `mentions: true` or a list of entity types, the entity mentions) are marked with the
 * CSS Custom Highlight API: `::highlight(nutshell-summary)`, `::highlight(nutshell-person)` … The DOM
 * is not changed; the default styles (in the cascade layer `nutshell`, which any rule of the site
 * overrides) are added as an adopted style sheet unless `styles: false`. Where the browser has no
 * Highlight API, `fallback: 'mark'` wraps the text in `<mark data-nutshell="…">` elements instead.
 * Returns `{ text, analysis, mode, highlights, marks, remove() }`.
 */
export function highlight(element, options) {
  need();
  let analyzerOptions = options;
  let types = [];
  let mark = false;
  if (options !== null && typeof options === 'object') {
    const { mentions: wanted, fallback, styles, ...rest } = options;
    analyzerOptions = rest;
    if (wanted === true) types = glue.entityTypes().map((t) => t.code);
    else if (wanted !== undefined && wanted !== false) types = Array.from(wanted, String);
    if (fallback !== undefined && fallback !== false && fallback !== 'mark') {
      throw new TypeError(`options.fallback must be 'mark' or false, got ${String(fallback)}`);
    }
    mark = fallback === 'mark';
    if (styles !== false) addDefaultStyles(element?.ownerDocument);
  } else if (options === undefined || options === null) {
    addDefaultStyles(element?.ownerDocument);
  }
  const result = glue.highlight(element, analyzerOptions, types, mark);
  result.remove = () => glue.removeHighlights(result);
  return result;
}

/** Removes every highlight and mark nutshell put in the page. */
export function removeHighlights() {
  need();
  glue.removeHighlights(undefined);
}

const styled = new WeakSet();

/** The default highlight styles, once per document, as an adopted (constructed) style sheet. */
function addDefaultStyles(document) {
  if (!document || styled.has(document) || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
  styled.add(document);
}
