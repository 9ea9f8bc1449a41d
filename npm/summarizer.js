// A facade shaped like the browser's built-in Summarizer API
// (https://webmachinelearning.github.io/writing-assistance-apis/#summarizer-api),
// answered by nutshell's extractive summarizer: every word of the output is
// the article's own. This file does the API's lifecycle (options, languages,
// abort signals, destroy, progress events) and the formatting; choosing
// sentences is the core's.
import * as core from './core.js';

const TYPES = ['key-points', 'tldr', 'teaser', 'headline'];
const FORMATS = ['markdown', 'plain-text'];
const LENGTHS = ['short', 'medium', 'long'];
const PREFERENCES = ['auto', 'speed', 'capability'];

// How much of the article each type/length asks for (the spec's guidance: key-points at most
// 3/5/7 bullets; tldr and teaser 1 sentence / 1 short paragraph / 1 paragraph; headline 12/17/22 words).
const SENTENCES = {
  'key-points': { short: 3, medium: 5, long: 7 },
  tldr: { short: 1, medium: 3, long: 5 },
  teaser: { short: 1, medium: 3, long: 5 },
};
const HEADLINE_WORDS = { short: 12, medium: 17, long: 22 };
// A headline is the best of this many central sentences that fits the word limit.
const HEADLINE_CANDIDATES = 5;

// ---- WebIDL-style conversion of arguments (what the browser does before the method runs) ----

/** A dictionary argument: undefined and null are `{}`, other non-objects a TypeError. */
function dictionary(value, name) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new TypeError(`Failed to convert ${name}: the value is not an object.`);
  }
  return value;
}

function enumMember(options, key, allowed, fallback, enumName) {
  const v = options[key];
  if (v === undefined) return fallback;
  const s = String(v);
  if (!allowed.includes(s)) {
    throw new TypeError(`The provided value '${s}' is not a valid enum value of type ${enumName} (expected ${allowed.map((a) => `'${a}'`).join(', ')}).`);
  }
  return s;
}

function signalMember(options) {
  const s = options.signal;
  if (s === undefined) return undefined;
  // Duck-typed rather than `instanceof`, so that signals from another realm (an iframe) work too.
  if (s === null || typeof s !== 'object' || typeof s.aborted !== 'boolean' || typeof s.addEventListener !== 'function') {
    throw new TypeError("Failed to read the 'signal' property: the value is not an AbortSignal.");
  }
  return s;
}

/** One BCP 47 tag, validated and canonicalized as the spec says (malformed → RangeError). */
function canonicalTag(tag, name) {
  try {
    return Intl.getCanonicalLocales(String(tag))[0];
  } catch {
    throw new RangeError(`${name}: '${String(tag)}' is not a valid BCP 47 language tag.`);
  }
}

/** A list of tags: canonicalized, duplicates dropped; undefined when the option is absent. */
function canonicalTags(list, name) {
  if (list === undefined) return undefined;
  if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw new TypeError(`${name} must be a sequence of language tags.`);
  }
  return [...new Set(Array.from(list, (tag) => canonicalTag(tag, name)))];
}

/** The create/availability options (SummarizerCreateCoreOptions), languages still as given. */
function coreOptions(options) {
  return {
    type: enumMember(options, 'type', TYPES, 'key-points', 'SummarizerType'),
    format: enumMember(options, 'format', FORMATS, 'markdown', 'SummarizerFormat'),
    length: enumMember(options, 'length', LENGTHS, 'short', 'SummarizerLength'),
    preference: enumMember(options, 'preference', PREFERENCES, 'auto', 'PerformancePreference'),
    expectedInputLanguages: options.expectedInputLanguages,
    expectedContextLanguages: options.expectedContextLanguages,
    outputLanguage: options.outputLanguage === undefined ? undefined : String(options.outputLanguage),
  };
}

/** The spec's "validate and canonicalize summarizer options" (RangeError for a malformed tag). */
function canonicalLanguages(o) {
  return {
    ...o,
    expectedInputLanguages: canonicalTags(o.expectedInputLanguages, 'expectedInputLanguages'),
    expectedContextLanguages: canonicalTags(o.expectedContextLanguages, 'expectedContextLanguages'),
    outputLanguage: o.outputLanguage === undefined ? undefined : canonicalTag(o.outputLanguage, 'outputLanguage'),
  };
}

// ---- Languages ----

/** The languages nutshell summarizes, ISO 639-1 and 639-3 code → 639-1 (read once the module is ready). */
let summaryLanguages = null;

function summaryLanguageCodes() {
  if (!summaryLanguages) {
    summaryLanguages = new Map();
    for (const l of core.languages()) {
      if (!l.summary) continue;
      summaryLanguages.set(l.code, l.code);
      summaryLanguages.set(l.code3, l.code);
    }
  }
  return summaryLanguages;
}

/**
 * The language nutshell summarizes for a canonical tag (its best-fit match: 'en-GB' → 'en'),
 * or null when nutshell does not summarize the language (core.languages() lists those it does).
 */
function summaryLanguage(tag) {
  return summaryLanguageCodes().get(tag.split('-')[0]) ?? null;
}

/**
 * Matches every requested language to nutshell's; null when one of them is not supported.
 * An extractive summary is in the input's language, so an output language must also be
 * the language of every expected input.
 */
function matchLanguages(o) {
  const match = (tags) => {
    if (tags === undefined) return undefined;
    const codes = tags.map(summaryLanguage);
    return codes.includes(null) ? null : [...new Set(codes)];
  };
  const input = match(o.expectedInputLanguages);
  const context = match(o.expectedContextLanguages);
  const output = match(o.outputLanguage === undefined ? undefined : [o.outputLanguage]);
  if (input === null || context === null || output === null) return null;
  if (output && input && input.some((code) => code !== output[0])) return null;
  return { input, context, output: output?.[0] };
}

// ---- Scheduling and abort signals ----

/** Resolves in a later task: results and progress events never arrive in the caller's turn. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const abortError = (message) => new DOMException(message, 'AbortError');
const reasonOf = (signal) => signal.reason ?? abortError('The operation was aborted.');

/** Calls `onAbort(reason)` when the first of `signals` aborts; returns a function that stops listening. */
function whenAborted(signals, onAbort) {
  const listeners = signals.map((signal) => {
    const listener = () => onAbort(reasonOf(signal));
    signal.addEventListener('abort', listener, { once: true });
    return [signal, listener];
  });
  return () => listeners.forEach(([signal, listener]) => signal.removeEventListener('abort', listener));
}

// ---- Checks and errors ----

/**
 * True in a window whose document is not fully active: an iframe removed from its page (its
 * `parent` is null). The spec rejects such calls with an InvalidStateError; timers would never
 * fire there, so the calls would otherwise never settle.
 */
const detached = () => typeof window !== 'undefined' && globalThis === window && window.parent === null;

function checkActive() {
  if (detached()) throw new DOMException('The document is not fully active.', 'InvalidStateError');
}

const CHUNK = 1 << 14;
let encoder = null;
let scratch = null;
/**
 * The UTF-8 length of a string, as the module counts it (a lone surrogate is U+FFFD, 3 bytes):
 * encoded natively a slice at a time into one small buffer, so a huge input costs no memory.
 */
function utf8Length(s) {
  encoder ??= new TextEncoder();
  scratch ??= new Uint8Array(3 * CHUNK + 3);
  let n = 0;
  for (let i = 0; i < s.length; ) {
    let end = Math.min(i + CHUNK, s.length);
    // Keep a surrogate pair together.
    if (end < s.length && (s.charCodeAt(end - 1) & 0xfc00) === 0xd800) end += 1;
    n += encoder.encodeInto(s.slice(i, end), scratch).written;
    i = end;
  }
  return n;
}

function quotaExceeded(requested, quota) {
  const message = `The input is ${requested} bytes, more than the quota of ${quota}.`;
  // Newer browsers have QuotaExceededError as its own DOMException subclass with these fields.
  if (typeof globalThis.QuotaExceededError === 'function') {
    return new globalThis.QuotaExceededError(message, { quota, requested });
  }
  const e = new DOMException(message, 'QuotaExceededError');
  Object.defineProperties(e, { quota: { value: quota, enumerable: true }, requested: { value: requested, enumerable: true } });
  return e;
}

// ---- The monitor given to create()'s `monitor` callback ----

class CreateMonitor extends EventTarget {
  #handler = null;
  #listening = false;

  /** An event handler attribute, as on the browser's CreateMonitor. */
  get ondownloadprogress() {
    return this.#handler;
  }

  set ondownloadprogress(handler) {
    if (!this.#listening) {
      this.addEventListener('downloadprogress', (e) => this.#handler?.call(this, e));
      this.#listening = true;
    }
    this.#handler = typeof handler === 'function' ? handler : null;
  }
}

function progressEvent(loaded) {
  const init = { loaded, total: 1, lengthComputable: true };
  if (typeof ProgressEvent === 'function') return new ProgressEvent('downloadprogress', init);
  const e = new Event('downloadprogress'); // Node has no ProgressEvent
  for (const [key, value] of Object.entries(init)) Object.defineProperty(e, key, { value, enumerable: true });
  return e;
}

// ---- Formatting ----

const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const escapeMarkdown = (s) => s.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/^(#+|\d+\.|[-+])(?=\s)/, '\\$1');

const segmenters = new Map();
/** The words of `s` with where each starts (Intl.Segmenter where it exists: CJK has no spaces). */
function words(s, language) {
  if (typeof Intl.Segmenter !== 'function') {
    return [...s.matchAll(/\S+/g)].map((m) => m.index);
  }
  const key = language ?? '';
  if (!segmenters.has(key)) segmenters.set(key, new Intl.Segmenter(language, { granularity: 'word' }));
  const starts = [];
  for (const seg of segmenters.get(key).segment(s)) if (seg.isWordLike) starts.push(seg.index);
  return starts;
}

/** `s` as a headline of at most `max` words: cut at a word boundary (+ '…'), without a closing full stop. */
function headline(s, max, language) {
  const starts = words(s, language);
  if (starts.length <= max) return s.replace(/[.。]$/u, '');
  return s.slice(0, starts[max]).replace(/[\s,;:–—-]+$/u, '') + '…';
}

// ---- The facade ----

export class Summarizer {
  static #key = Symbol('Summarizer');
  #options;
  #sharedContext;
  #quota;
  #language;
  // Aborted by destroy() (or by create()'s signal): every call in flight and every later call rejects.
  #destruction = new AbortController();

  constructor(key, options, sharedContext, languages) {
    if (key !== Summarizer.#key) throw new TypeError('Illegal constructor: use Summarizer.create()');
    this.#options = options;
    this.#sharedContext = sharedContext;
    this.#quota = core.defaultMaxInputBytes();
    // One expected input language is a hint for the core; otherwise it detects the language.
    this.#language = languages.input?.length === 1 ? languages.input[0] : 'auto';
  }

  /**
   * 'available' for options nutshell can serve, 'unavailable' for languages it does not know
   * (never 'downloadable': nothing is downloaded but the module itself, without user activation).
   */
  static async availability(options = {}) {
    checkActive();
    const o = canonicalLanguages(coreOptions(dictionary(options, 'options')));
    try {
      await core.init();
    } catch (e) {
      throw new DOMException(`nutshell's module could not be loaded: ${e?.message ?? e}`, 'UnknownError');
    }
    return matchLanguages(o) ? 'available' : 'unavailable';
  }

  static async create(options = {}) {
    checkActive();
    const dict = dictionary(options, 'options');
    const given = coreOptions(dict);
    const signal = signalMember(dict);
    const callback = dict.monitor;
    if (callback !== undefined && typeof callback !== 'function') throw new TypeError("Failed to read the 'monitor' property: the value is not a function.");
    const sharedContext = dict.sharedContext === undefined ? '' : String(dict.sharedContext);
    if (signal?.aborted) throw reasonOf(signal);
    const o = canonicalLanguages(given);
    let monitor = null;
    if (callback) {
      monitor = new CreateMonitor();
      callback(monitor); // an exception rejects create()
    }

    return new Promise((resolve, reject) => {
      let settled = false;
      let stop = () => {};
      const settle = (then, value) => {
        if (settled) return;
        settled = true;
        stop();
        then(value);
      };
      const fail = (error) => settle(reject, error);
      if (signal) stop = whenAborted([signal], fail);
      (async () => {
        try {
          await core.init();
        } catch (e) {
          return fail(new DOMException(`nutshell's module could not be loaded: ${e?.message ?? e}`, 'OperationError'));
        }
        const languages = matchLanguages(o);
        if (!languages) return fail(new DOMException('nutshell cannot summarize in the requested languages.', 'NotSupportedError'));
        // The module is ready, so there is nothing left to download: 0, then all of it.
        for (const loaded of [0, 1]) {
          await nextTask();
          if (settled) return;
          monitor?.dispatchEvent(progressEvent(loaded));
        }
        await nextTask();
        if (settled) return;
        const options = {
          type: o.type,
          format: o.format,
          length: o.length,
          preference: o.preference,
          // The best-fit matches, as the spec's availability algorithm rewrites them ('en-GB' → 'en').
          expectedInputLanguages: languages.input?.length ? Object.freeze(languages.input) : null,
          expectedContextLanguages: languages.context?.length ? Object.freeze(languages.context) : null,
          outputLanguage: languages.output ?? null,
        };
        const summarizer = new Summarizer(Summarizer.#key, options, sharedContext, languages);
        // Aborting create()'s signal after creation destroys the summarizer, with the signal's reason.
        signal?.addEventListener('abort', () => summarizer.#destroy(reasonOf(signal)), { once: true });
        settle(resolve, summarizer);
      })().catch(fail);
    });
  }

  get type() { return this.#options.type; }
  get format() { return this.#options.format; }
  get length() { return this.#options.length; }
  get sharedContext() { return this.#sharedContext; }
  get expectedInputLanguages() { return this.#options.expectedInputLanguages; }
  get expectedContextLanguages() { return this.#options.expectedContextLanguages; }
  get outputLanguage() { return this.#options.outputLanguage; }
  /** The largest input, in UTF-8 bytes (the browser's API counts tokens). */
  get inputQuota() { return this.#quota; }

  /** The input's size in the unit of `inputQuota` (UTF-8 bytes). */
  measureInputUsage(input, options = {}) {
    return this.#operation(arguments.length, options, () => utf8Length(String(input)));
  }

  summarize(input, options = {}) {
    return this.#operation(arguments.length, options, () => this.#pieces(String(input)).join(this.#separator()));
  }

  /** A stream of deltas: one bullet or sentence per chunk (their concatenation is what summarize() gives). */
  summarizeStreaming(input, options = {}) {
    if (arguments.length < 1) throw new TypeError("Failed to execute 'summarizeStreaming': 1 argument required.");
    checkActive();
    const text = String(input);
    const signals = this.#signals(summarizeOptions(options));
    const aborted = signals.find((s) => s.aborted);
    if (aborted) throw reasonOf(aborted);
    const separator = this.#separator();
    let pieces = null;
    let next = 0;
    let finished = false;
    let stop = () => {};
    return new ReadableStream({
      start: (controller) => {
        stop = whenAborted(signals, (reason) => {
          if (finished) return;
          finished = true;
          stop();
          controller.error(reason);
        });
      },
      pull: async (controller) => {
        await nextTask();
        if (finished) return;
        try {
          pieces ??= this.#pieces(text);
        } catch (e) {
          finished = true;
          stop();
          controller.error(e);
          return;
        }
        if (next < pieces.length) {
          controller.enqueue((next > 0 ? separator : '') + pieces[next]);
          next += 1;
        }
        if (next >= pieces.length) {
          finished = true;
          stop();
          controller.close();
        }
      },
      cancel: () => {
        finished = true;
        stop();
      },
    });
  }

  destroy() {
    this.#destroy(abortError('The summarizer has been destroyed.'));
  }

  #destroy(reason) {
    if (!this.#destruction.signal.aborted) this.#destruction.abort(reason);
  }

  #signals(options) {
    return options.signal ? [this.#destruction.signal, options.signal] : [this.#destruction.signal];
  }

  /**
   * Runs `work` in a later task, as the browser runs a model: the promise rejects at once when
   * the call's signal or destroy() aborts it (the result of work already begun is dropped).
   */
  #operation(argumentCount, options, work) {
    return new Promise((resolve, reject) => {
      if (argumentCount < 1) throw new TypeError('1 argument required.');
      checkActive();
      const signals = this.#signals(summarizeOptions(options));
      const aborted = signals.find((s) => s.aborted);
      if (aborted) throw reasonOf(aborted);
      let settled = false;
      const stop = whenAborted(signals, (reason) => {
        settled = true;
        stop();
        reject(reason);
      });
      setTimeout(() => {
        if (settled) return;
        settled = true;
        stop();
        try {
          resolve(work());
        } catch (e) {
          reject(e);
        }
      }, 0);
    });
  }

  #separator() {
    return this.#options.type === 'key-points' ? '\n' : ' ';
  }

  /** The output as pieces (bullets or sentences); `context` cannot steer an extractive summary and is ignored. */
  #pieces(text) {
    if (text.trim() === '') return [];
    const requested = utf8Length(text);
    if (requested > this.#quota) throw quotaExceeded(requested, this.#quota);
    const { type, format, length } = this.#options;
    const base = { language: this.#language, maxInputBytes: this.#quota };
    const show = format === 'markdown' ? (s) => escapeMarkdown(oneLine(s)) : oneLine;
    let picked;
    try {
      if (type === 'headline') return [show(this.#headline(text, base, HEADLINE_WORDS[length]))];
      const n = SENTENCES[type][length];
      // A teaser: the earliest of the 2n most central sentences, the opening that draws the reader in.
      picked = type === 'teaser' ? core.summarize(text, { ...base, sentences: 2 * n }).slice(0, n) : core.summarize(text, { ...base, sentences: n });
    } catch (e) {
      // Text with nothing to summarize (no words) gives an empty summary, as the spec says.
      if (/^the input is empty/.test(e?.message)) return [];
      throw new DOMException(`nutshell could not summarize the input: ${e?.message ?? e}`, 'UnknownError');
    }
    if (type === 'key-points') return picked.map((s) => (format === 'markdown' ? '- ' : '• ') + show(s.text));
    return picked.map((s) => show(s.text));
  }

  /** The title; else the most central of the best few sentences that fits `max` words; else the best one, cut. */
  #headline(text, base, max) {
    const a = core.analyze(text, { ...base, sentences: HEADLINE_CANDIDATES, keywords: 0 });
    const language = a.language;
    if (a.title) return headline(oneLine(a.title.text), max, language);
    const ranked = [...a.summary].sort((x, y) => y.score - x.score).map((s) => oneLine(s.text));
    const fits = ranked.find((s) => words(s, language).length <= max);
    return headline(fits ?? ranked[0] ?? oneLine(text), max, language);
  }
}

Object.defineProperty(Summarizer.prototype, Symbol.toStringTag, { value: 'Summarizer', configurable: true });
Object.defineProperty(CreateMonitor.prototype, Symbol.toStringTag, { value: 'CreateMonitor', configurable: true });

/** The summarize options (SummarizerSummarizeOptions): `signal` checked, `context` read and ignored. */
function summarizeOptions(options) {
  const dict = dictionary(options, 'options');
  const signal = signalMember(dict);
  if (dict.context !== undefined) String(dict.context);
  return { signal };
}
