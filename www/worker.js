// The analysis runs here, off the main thread, so typing stays smooth with megabytes of
// text. Protocol (every message is a plain object; www/engine.js is the other side):
//   page → worker  { type: 'init', module }                 a compiled WebAssembly.Module: the first one (no
//                                                           entities), the lite one (entities), or the language
//                                                           module (same glue, every language's lists)
//                  { type: 'model', file, bytes }           an entity model (models/ner.bin, ner-de.bin…), for loadModel
//                  { type: 'analyze', id, text, options }
//   worker → page  { type: 'ready', hasEntityModel, maxInputBytes, entityTypes, memory } | { type: 'fatal', message }
//                  { type: 'model-loaded', file, languages, memory } | { type: 'model-error', file, message }
//                  { type: 'result', id, result, rendered: { text, markdown }, ms,
//                    model: { language, file, loaded },    the entity model for the text's language:
//                                                          its file (null: no model for that language) and whether it is loaded
//                    memory: { bytes, grown } }            the wasm memory now, and how much the analyses (not
//                                                          the models) made it grow: it never shrinks, so the
//                                                          page replaces a worker that grew a lot
//                  { type: 'error', id, message } | { type: 'skipped', id }
// The page's first module has no entities at all (make wasm-first): its results list `entities` as
// unsupported, and it is sent no model. The lite and language modules have entities but no model
// inside: their first results have only the rule-based entities (money, dates…); the page sends the
// model for the text's language (ner.bin for English, ner-de.bin for German…).
// Only the newest queued request is analysed: requests that arrive while a long analysis runs
// replace each other (the replaced ones are answered 'skipped').
import init, * as nutshell from './pkg/nutshell.js';

const { analyze, hasEntityModel, loadModel, renderSummary, defaultMaxInputBytes } = nutshell;
// Settles once the module is instantiated (true) or failed to (false); analyses wait for it.
let markReady;
const ready = new Promise((resolve) => { markReady = resolve; });
let pending = null;
let scheduled = false;
let memory = null; // the module's WebAssembly.Memory
let grown = 0; // bytes the analyses added to it

const memoryBytes = () => memory?.buffer.byteLength ?? 0;

self.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    init({ module_or_path: message.module }).then(
      (exports) => {
        memory = exports.memory ?? null;
        analyze('Warming up. This sentence makes the first real request fast.', { length: 'short' });
        self.postMessage({
          type: 'ready',
          hasEntityModel: hasEntityModel(),
          maxInputBytes: defaultMaxInputBytes?.() ?? null,
          // The core's table of entity types, once the module exports one (the page has a fallback).
          entityTypes: nutshell.entityTypes?.() ?? null,
          memory: memoryBytes(),
        });
        markReady(true);
      },
      (error) => {
        self.postMessage({ type: 'fatal', message: String(error?.message ?? error) });
        markReady(false);
      },
    );
    return;
  }
  if (message.type === 'model') {
    // Chained on `ready` before any later analysis (run() awaits the same promise).
    ready.then((ok) => {
      if (!ok) return;
      try {
        loadModel(message.bytes); // adds (or replaces) the model for the languages the file names
        self.postMessage({ type: 'model-loaded', file: message.file, languages: nutshell.entityModelLanguages?.() ?? [], memory: memoryBytes() });
      } catch (error) {
        self.postMessage({ type: 'model-error', file: message.file, message: String(error?.message ?? error) });
      }
    });
    return;
  }
  if (message.type === 'analyze') {
    if (pending) self.postMessage({ type: 'skipped', id: pending.id });
    pending = message;
    if (!scheduled) {
      scheduled = true;
      // Let every already-queued message arrive first, so only the newest runs.
      setTimeout(run, 0);
    }
  }
};

/** The core's one rendering of the summary (the CLI's --format text|markdown), for copy and download. */
function rendered(result) {
  const title = result.title ? result.title.text : undefined;
  const sentences = result.summary.map((s) => s.text);
  const keywords = (result.keywords ?? []).map((k) => k.text);
  return { text: renderSummary('text', title, sentences, keywords), markdown: renderSummary('markdown', title, sentences, keywords) };
}

/** Which model file tags names in `language` (null: none exists), and whether it is loaded. */
function modelFor(language) {
  return { language, file: nutshell.entityModelFile(language) ?? null, loaded: nutshell.hasEntityModelFor(language) };
}

async function run() {
  const ok = await ready;
  scheduled = false;
  const job = pending;
  pending = null;
  if (!job || !ok) return; // not started: the page has the 'fatal' message
  const started = performance.now();
  const before = memoryBytes();
  try {
    const result = analyze(job.text, job.options);
    const out = rendered(result);
    grown += memoryBytes() - before;
    self.postMessage({ type: 'result', id: job.id, result, rendered: out, ms: performance.now() - started, model: modelFor(result.language), memory: { bytes: memoryBytes(), grown } });
  } catch (error) {
    grown += memoryBytes() - before;
    self.postMessage({ type: 'error', id: job.id, message: String(error?.message ?? error), memory: { bytes: memoryBytes(), grown } });
  }
}
