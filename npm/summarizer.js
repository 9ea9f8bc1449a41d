// A facade shaped like the browser's built-in Summarizer API
// (https://webmachinelearning.github.io/writing-assistance-apis/#summarizer-api),
// answered by nutshell's extractive summarizer: every word of the output is
// the article's own. Only formatting lives here; choosing sentences is the core's.
import { init, analyze, summarize, defaultMaxInputBytes, languageCode } from './core.js';

const TYPES = ['key-points', 'tldr', 'teaser', 'headline'];
const FORMATS = ['markdown', 'plain-text'];
const LENGTHS = ['short', 'medium', 'long'];

// How much of the article each type/length asks for (as in Chrome's documentation:
// key-points 3/5/7 bullets, tldr and teaser 1/3/5 sentences, headline 12/17/22 words).
const SENTENCES = {
  'key-points': { short: 3, medium: 5, long: 7 },
  tldr: { short: 1, medium: 3, long: 5 },
  teaser: { short: 1, medium: 3, long: 5 },
};
const HEADLINE_WORDS = { short: 12, medium: 17, long: 22 };

function enumValue(options, key, allowed, fallback) {
  const v = options[key] ?? fallback;
  if (!allowed.includes(v)) {
    throw new TypeError(`The provided value '${v}' is not a valid enum value of type Summarizer${key[0].toUpperCase()}${key.slice(1)} (expected ${allowed.map((a) => `'${a}'`).join(', ')})`);
  }
  return v;
}

function languages(list, name) {
  if (list === undefined || list === null) return null;
  if (!Array.isArray(list)) throw new TypeError(`${name} must be an array of language tags`);
  return list.map((tag) => {
    try {
      // BCP 47 tags such as 'en-US': nutshell knows languages, not regions.
      return languageCode(String(tag).split('-')[0]);
    } catch {
      throw new DOMException(`nutshell cannot summarize language '${tag}'`, 'NotSupportedError');
    }
  });
}

function settings(options = {}) {
  const type = enumValue(options, 'type', TYPES, 'key-points');
  const format = enumValue(options, 'format', FORMATS, 'markdown');
  const length = enumValue(options, 'length', LENGTHS, 'short');
  const input = languages(options.expectedInputLanguages, 'expectedInputLanguages');
  const context = languages(options.expectedContextLanguages, 'expectedContextLanguages');
  const output = options.outputLanguage == null ? null : languages([options.outputLanguage], 'outputLanguage')[0];
  return { type, format, length, input, context, output };
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const escapeMarkdown = (s) => s.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/^(#+|\d+\.|[-+])(?=\s)/, '\\$1');

export class Summarizer {
  #s;
  #quota;
  #destroyed = false;
  #sharedContext;

  constructor(key, s, sharedContext, quota) {
    if (key !== Summarizer.#key) throw new TypeError('Illegal constructor: use Summarizer.create()');
    this.#s = s;
    this.#sharedContext = sharedContext;
    this.#quota = quota;
  }

  static #key = Symbol('Summarizer');

  /** 'available' for options nutshell can serve, 'unavailable' otherwise (never 'downloadable': nothing to download). */
  static async availability(options = {}) {
    await init();
    try {
      settings(options);
      return 'available';
    } catch (e) {
      if (e instanceof TypeError) throw e; // invalid enum values reject, as in the browser
      return 'unavailable';
    }
  }

  static async create(options = {}) {
    throwIfAborted(options.signal);
    await init();
    throwIfAborted(options.signal);
    const s = settings(options);
    if (typeof options.monitor === 'function') {
      // Nothing to download: report the whole "model" as loaded at once.
      const monitor = new EventTarget();
      options.monitor(monitor);
      const event = new Event('downloadprogress');
      Object.defineProperties(event, { loaded: { value: 1 }, total: { value: 1 } });
      monitor.dispatchEvent(event);
    }
    return new Summarizer(Summarizer.#key, s, String(options.sharedContext ?? ''), defaultMaxInputBytes());
  }

  get type() { return this.#s.type; }
  get format() { return this.#s.format; }
  get length() { return this.#s.length; }
  get sharedContext() { return this.#sharedContext; }
  get expectedInputLanguages() { return this.#s.input && Object.freeze([...this.#s.input]); }
  get expectedContextLanguages() { return this.#s.context && Object.freeze([...this.#s.context]); }
  get outputLanguage() { return this.#s.output; }
  /** The largest input, in UTF-8 bytes (the browser's API counts tokens). */
  get inputQuota() { return this.#quota; }

  /** The input's size in the unit of `inputQuota` (UTF-8 bytes). */
  async measureInputUsage(input, options = {}) {
    this.#check(options.signal);
    return new TextEncoder().encode(String(input)).length;
  }

  async summarize(input, options = {}) {
    return this.#pieces(input, options).join(this.#separator());
  }

  summarizeStreaming(input, options = {}) {
    let pieces;
    let i = 0;
    const sep = this.#separator();
    return new ReadableStream({
      pull: (controller) => {
        try {
          pieces ??= this.#pieces(input, options);
          this.#check(options.signal);
        } catch (e) {
          controller.error(e);
          return;
        }
        if (i < pieces.length) {
          controller.enqueue((i > 0 ? sep : '') + pieces[i]);
          i += 1;
        } else {
          controller.close();
        }
      },
    });
  }

  destroy() {
    this.#destroyed = true;
  }

  #check(signal) {
    if (this.#destroyed) throw new DOMException('The summarizer has been destroyed.', 'InvalidStateError');
    throwIfAborted(signal);
  }

  #separator() {
    return this.#s.type === 'key-points' ? '\n' : ' ';
  }

  /** The output as pieces (bullets or sentences); `context` cannot steer an extractive summary and is ignored. */
  #pieces(input, options) {
    this.#check(options.signal);
    const text = String(input);
    if (text.trim() === '') return [];
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > this.#quota) {
      throw new DOMException(`The input is ${bytes} bytes, more than the quota of ${this.#quota}.`, 'QuotaExceededError');
    }
    const { type, format, length, input: langs } = this.#s;
    const base = { language: langs && langs.length === 1 ? langs[0] : 'auto', maxInputBytes: this.#quota };
    const md = format === 'markdown';
    const show = (s) => (md ? escapeMarkdown(oneLine(s)) : oneLine(s));
    if (type === 'headline') {
      const a = analyze(text, { ...base, sentences: 1, keywords: 0 });
      const source = a.title?.text ?? a.summary[0]?.text ?? text;
      return [show(headline(oneLine(source), HEADLINE_WORDS[length]))];
    }
    const n = SENTENCES[type][length];
    if (type === 'teaser') {
      // The earliest of the 2n most central sentences: the opening that draws the reader in.
      const picked = summarize(text, { ...base, sentences: 2 * n }).slice(0, n);
      return picked.map((s) => show(s.text));
    }
    const picked = summarize(text, { ...base, sentences: n });
    if (type === 'key-points') return picked.map((s) => (md ? '- ' : '• ') + show(s.text));
    return picked.map((s) => show(s.text));
  }
}

/** A headline of at most `max` words, cut at a word boundary, without a closing full stop. */
function headline(sentence, max) {
  const words = sentence.split(' ');
  if (words.length <= max) return sentence.replace(/\.$/, '');
  return words.slice(0, max).join(' ').replace(/[\s,;:–—-]+$/, '') + '…';
}
