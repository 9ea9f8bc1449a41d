// The engine: the wasm module in a Web Worker, behind one promise per call.
//
// - The module is compiled once on the main thread and handed to each worker, so starting a
//   new worker is cheap: a stale analysis of a long text is stopped by terminating its worker
//   (wasm cannot be interrupted), and a worker whose analyses grew its wasm memory by
//   RECYCLE_BYTES is replaced as soon as it is idle (wasm memory never shrinks; the new worker
//   gets the module and every loaded model again). `generation` counts the workers started.
// - Three modules, one glue: the first module (English lists and stemmer, no entity code at all:
//   summary and keywords) starts; right after the first result the engine fetches the lite module
//   (the same plus entities: rules, resolution, the tagger) once and restarts the worker on it
//   (`entitiesFor`). The first result in a language the language module covers (German, French…: its
//   lists and Snowball stemmer) fetches that module instead (it has entities too), and the engine
//   restarts the worker on it, for every later text too (it is a superset: English gives the same
//   result). English alone never fetches it. The single file has the lite module only.
// - `analyze()` supersedes the previous call: that promise rejects with `Cancelled`.
// - The entity models are not in the page's module: each result names the model file for its
//   language (ner.bin for English, ner-de.bin for German…); `modelFor()` fetches (or, in the
//   single-file build, decodes) a file once, the first time a text in its language is analysed,
//   and hands it to the worker; restarted workers get every loaded model right away.
// The single-file build inlines the wasm (base64), the worker's code and the model; the site
// loads them by URL.

/** A stale analysis of at least this many characters is killed (worker restarted) rather than waited for. */
export const RESTART_CHARS = 200_000;
/**
 * A worker whose analyses grew its wasm memory by this much is replaced once idle (wasm memory never
 * shrinks). A 1 MB article grows it by ≈ 25 MB; a fresh worker with two models holds ≈ 10 MB.
 */
export const RECYCLE_BYTES = 16 * 1024 * 1024;

/**
 * Where the language module is and the languages it is needed for ({ file, codes, models }: `models`, the
 * languages whose entity model only it can load: Spanish, Italian and Portuguese, whose language-independent
 * model the lite module is built without), written into the bundle by scripts/build-site.mjs; null where
 * the build has none (the single file).
 */
const LANGUAGE_MODULE = globalThis.NUTSHELL_LANGUAGE_MODULE ?? null;

/**
 * Where the lite module (entities) is, when the page starts on the first module (no entities), and the
 * entity model file it names for each language it serves ({ file, models: { en: 'ner.bin', … } }: fetched
 * together with the module), written into the bundle by scripts/build-site.mjs; null where the build starts
 * on the lite module (the single file).
 */
const ENTITY_MODULE = globalThis.NUTSHELL_ENTITY_MODULE ?? null;

/** The reason a superseded or cancelled call rejects with. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** An error the engine reported for one text (the core's message, e.g. an option or size error). */
export class EngineError extends Error {
  constructor(message) {
    super(message);
    this.name = 'EngineError';
  }
}

export function base64ToBytes(b64) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

export class Engine {
  /**
   * @param {object} hooks
   * @param {(file: string) => void} [hooks.onModelSettled]  an entity model arrived (or failed): re-analyse to show names
   * @param {(message: string) => void} [hooks.onFatal]  the engine cannot run at all
   * @param {(info: object) => void} [hooks.onReady]  { hasEntityModel, maxInputBytes, entityTypes }
   * @param {() => void} [hooks.onLanguagesSettled]  the language module is in use (or failed): re-analyse
   * @param {() => void} [hooks.onEntitiesSettled]  the lite module (entities) is in use (or failed): re-analyse
   * @param {(worker: { generation: number, module: string, memory: number }) => void} [hooks.onWorker]
   *   a worker started, or reported its memory
   */
  constructor(hooks = {}) {
    this.hooks = hooks;
    this.module = compileModule();
    this.worker = null;
    this.seq = 0;
    this.calls = new Map(); // id → { resolve, reject, size }
    this.current = 0; // id of the analyze call that is not superseded
    this.models = new Map(); // model file → { state: 'loading' | 'loaded' | 'failed', bytes }
    this.info = null; // from the worker's 'ready'
    this.recycleDue = false;
    this.generation = 0; // workers started so far
    // Which module the workers run: 'first' (no entities) | 'lite' | 'languages'.
    this.moduleName = ENTITY_MODULE ? 'first' : 'lite';
    this.languages = null; // the language module: null (not asked for) · 'loading' · 'loaded' · 'failed'
    this.entities = null; // the lite module, from the first: null (not asked for) · 'loading' · 'loaded' · 'failed'
    this.start();
  }

  start() {
    this.generation += 1;
    this.hooks.onWorker?.({ generation: this.generation, module: this.moduleName, memory: 0 });
    const inline = document.getElementById('worker-source');
    if (inline) {
      const url = URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' }));
      // The single-file build: a classic worker (module workers from blob: URLs fail under file://).
      this.worker = new Worker(url, { name: 'nutshell' });
    } else {
      this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'nutshell' });
    }
    const worker = this.worker;
    worker.onmessage = (event) => this.receive(worker, event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (worker !== this.worker) return;
      this.fatal(`the summarizer stopped unexpectedly${event.message ? ` (${event.message})` : ''}`);
    };
    // Every later message to this worker is posted after these (`this.started`), so a restarted worker
    // gets the module and every loaded model before any analysis: an analysis asked for in the same
    // task as the restart (the language module arrived) would otherwise run without the models.
    // The first module gets none: it cannot load them (a model fetched early waits for the lite module).
    const withModels = this.moduleName !== 'first';
    this.started = this.module.then(
      (module) => {
        if (worker !== this.worker) return;
        worker.postMessage({ type: 'init', module });
        if (withModels) for (const [file, model] of this.models) if (model.bytes) worker.postMessage({ type: 'model', file, bytes: model.bytes });
      },
      (error) => this.fatal(`the summarizer could not start (${error.message})`),
    );
  }

  /** Posts `message` to the current worker once it has its module and models (see start). */
  post(message) {
    const worker = this.worker;
    this.started.then(() => { if (worker === this.worker) worker.postMessage(message); });
  }

  restart() {
    this.worker.terminate();
    for (const [id, call] of this.calls) {
      call.reject(new Cancelled());
      this.calls.delete(id);
    }
    this.recycleDue = false;
    this.start();
  }

  fatal(message) {
    for (const call of this.calls.values()) call.reject(new EngineError(message));
    this.calls.clear();
    this.hooks.onFatal?.(message);
  }

  /**
   * Analyses `text`; resolves { result, rendered: { text, markdown }, ms, model }, where `model` is
   * { language, file, loaded }: the entity model for the text's language (see modelFor). Supersedes the previous call.
   */
  analyze(text, options) {
    const previous = this.calls.get(this.current);
    if (previous && previous.size >= RESTART_CHARS) {
      // A long analysis of text that is already out of date: stop it instead of waiting.
      this.restart();
    } else if (previous) {
      this.calls.delete(this.current);
      previous.reject(new Cancelled());
    } else if (this.recycleDue) {
      this.restart();
    }
    const id = ++this.seq;
    this.current = id;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject, size: text.length });
      this.post({ type: 'analyze', id, text, options });
    });
  }

  /** Drops the current analysis (its promise rejects with Cancelled). */
  cancel() {
    const call = this.calls.get(this.current);
    if (!call) return;
    if (call.size >= RESTART_CHARS) this.restart();
    else {
      this.calls.delete(this.current);
      call.reject(new Cancelled());
    }
  }

  receive(worker, data) {
    if (worker !== this.worker) return; // a terminated worker's last words
    switch (data.type) {
      case 'ready':
        this.info = { hasEntityModel: !!data.hasEntityModel, maxInputBytes: data.maxInputBytes, entityTypes: data.entityTypes };
        this.hooks.onReady?.(this.info);
        this.hooks.onWorker?.({ generation: this.generation, module: this.moduleName, memory: data.memory ?? 0 });
        return;
      case 'fatal':
        this.fatal(`the summarizer could not start (${data.message})`);
        return;
      case 'model-loaded': {
        this.hooks.onWorker?.({ generation: this.generation, module: this.moduleName, memory: data.memory ?? 0 });
        const model = this.models.get(data.file);
        if (!model || model.state !== 'loading') return; // a restarted worker: the newest request already uses it
        model.state = 'loaded';
        this.hooks.onModelSettled?.(data.file);
        return;
      }
      case 'model-error': {
        const model = this.models.get(data.file);
        if (model) Object.assign(model, { state: 'failed', bytes: null });
        this.hooks.onModelSettled?.(data.file); // re-analyse: the page says the names could not be loaded
        return;
      }
      default:
    }
    if (data.memory) {
      if (data.memory.grown >= RECYCLE_BYTES) this.recycleDue = true;
      this.hooks.onWorker?.({ generation: this.generation, module: this.moduleName, memory: data.memory.bytes });
    }
    const call = this.calls.get(data.id);
    if (call) {
      this.calls.delete(data.id);
      if (data.type === 'result') {
        call.resolve({ result: data.result, rendered: data.rendered, ms: data.ms, model: data.model });
      } else if (data.type === 'error') {
        call.reject(new EngineError(data.message));
      } else {
        call.reject(new Cancelled());
      }
    }
    // Give the memory back now, not at the next text: a fresh worker (module and models sent again)
    // is ready long before the reader has changed the text. In a task of its own, after the result is drawn.
    if (this.recycleDue && this.calls.size === 0) setTimeout(() => { if (this.recycleDue && this.calls.size === 0) this.restart(); }, 50);
  }

  /**
   * Whether the module in use has the lists and stemmer of `language`, loading the language module the
   * first time a text needs it (once per page load; a failed fetch is not retried):
   * 'builtin' (the lite module has them: English; or no module has more for this language) · 'loading' ·
   * 'loaded' (the workers run the language module) · 'failed' · 'none' (this build has no language module).
   */
  languagesFor(language) {
    if (!language || language === 'en') return 'builtin';
    if (this.languages === 'loaded') return 'loaded';
    if (!LANGUAGE_MODULE) return 'none';
    if (!LANGUAGE_MODULE.codes.includes(language)) return 'builtin';
    if (this.languages) return this.languages;
    // A superset of the lite module: the lite one is not needed any more.
    return this.switchModule('languages', LANGUAGE_MODULE.file, () => true, () => this.hooks.onLanguagesSettled?.());
  }

  /**
   * Whether the module in use has entities, switching from the first module to the lite module after the
   * first result (once per page load; a failed fetch is not retried; not while the language module, which
   * has them too, is on its way). Fetches the entity model of `language` at the same time, so that the lite
   * module's first result already has its names. Call it after `languagesFor`:
   * 'builtin' (the module in use has entities) · 'loading' · 'failed'.
   */
  entitiesFor(language) {
    if (this.moduleName !== 'first') return 'builtin';
    if (this.languages === 'loading') return 'loading';
    if (this.entities) return this.entities;
    const file = ENTITY_MODULE.models?.[language];
    if (file && !this.models.has(file)) this.loadModelFile(file);
    // The workers stay on the language module if it came first.
    return this.switchModule('lite', ENTITY_MODULE.file, () => this.moduleName === 'first', () => this.hooks.onEntitiesSettled?.());
  }

  /** Whether the module in use has entities (rules and tagger): every module but the first. */
  get hasEntities() {
    return this.moduleName !== 'first';
  }

  /**
   * Fetches and compiles pkg/`file` once, keeping its state ('loading' · 'loaded' · 'failed') in
   * `this.languages` or `this.entities`, and restarts the workers on it as module `name` if `wanted()` still
   * says so when it arrives: the newest text is analysed again on the new worker (the app asks for it on
   * `settled`, which is also called when the fetch fails). Returns 'loading'.
   */
  switchModule(name, file, wanted, settled) {
    const state = name === 'languages' ? 'languages' : 'entities';
    this[state] = 'loading';
    compileModule(file).then(
      (module) => {
        this[state] = 'loaded';
        if (!wanted()) return;
        this.moduleName = name;
        this.module = Promise.resolve(module);
        this.restart();
        settled();
      },
      () => {
        this[state] = 'failed';
        settled();
      },
    );
    return 'loading';
  }

  /**
   * The state of the entity model for a result's language, loading it the first time (once per file;
   * a file that failed is not asked for again):
   * 'builtin' (in the module) · 'loaded' · 'loading' · 'failed' · 'none' (no model tags this language,
   * or this build does not carry it: names are not found, the rules still find money, dates…).
   * On the lite module a Spanish, Italian or Portuguese result names no file (that module cannot load their
   * model): 'loading' while the language module can still come, whose results name it (ner-xx.bin).
   * @param {{ language: string, file: string | null, loaded: boolean }} [model]  from analyze()
   */
  modelFor(model) {
    // The first module names no model (it has no entities): the lite or language module comes next.
    if (this.moduleName === 'first') return this.entities === 'failed' && this.languages !== 'loading' ? 'failed' : 'loading';
    if (!model?.file) {
      const later = this.moduleName === 'lite' && this.languages !== 'failed' && !!LANGUAGE_MODULE?.models?.includes(model?.language);
      return later ? 'loading' : 'none';
    }
    const known = this.models.get(model.file);
    if (model.loaded) return known ? 'loaded' : 'builtin';
    if (known) return known.state;
    return this.loadModelFile(model.file) ? 'loading' : 'none';
  }

  /**
   * Fetches a model file once and hands it to the worker (on the first module: to the next worker, see
   * start); false when this build does not carry it.
   */
  loadModelFile(file) {
    const bytes = this.fetchModel(file);
    if (!bytes) return false;
    const entry = { state: 'loading', bytes: null };
    this.models.set(file, entry);
    bytes.then(
      (b) => {
        entry.bytes = b;
        if (this.moduleName !== 'first') this.post({ type: 'model', file, bytes: b });
      },
      () => {
        entry.state = 'failed';
        this.hooks.onModelSettled?.(file);
      },
    );
    return true;
  }

  /**
   * The bytes of a model file: fetched from pkg/ beside the module (site), or decoded from its inline
   * block (single file: `<script type="application/octet-stream" data-model-file="ner.bin">`); null when
   * the single file does not carry it (it may fetch nothing: `connect-src 'none'`).
   */
  fetchModel(file) {
    if (document.getElementById('wasm-base64')) {
      const inline = [...document.querySelectorAll('script[data-model-file]')].find((el) => el.dataset.modelFile === file);
      if (!inline) return null;
      return new Promise((resolve) => setTimeout(resolve, 0)).then(() => base64ToBytes(inline.textContent.trim()));
    }
    return fetch(new URL(`./pkg/${encodeURIComponent(file)}`, import.meta.url)).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    });
  }
}

/**
 * Compiles the page's first module (inline in the single file: the lite module; else pkg/nutshell_bg.wasm,
 * the first module) or pkg/`file` (the lite or the language module).
 */
function compileModule(file) {
  const inline = document.getElementById('wasm-base64');
  if (inline && !file) return WebAssembly.compile(base64ToBytes(inline.textContent.trim()));
  const url = new URL(`./pkg/${file ?? 'nutshell_bg.wasm'}`, import.meta.url);
  return WebAssembly.compileStreaming(fetch(url)).catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()));
}
