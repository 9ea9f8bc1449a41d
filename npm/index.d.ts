// Type declarations for nutshell (hand-written; they mirror src/wasm.rs and the
// Rust result types). All offsets are UTF-16 code units: `text.slice(start, end)`.

/** How long a summary should be, by preset. */
export type Length = 'short' | 'medium' | 'long';

/**
 * The summary budget: at most one of `sentences`, `words`, `ratio` and `length`
 * (none: the default preset). Giving two is an error.
 */
export type Budget =
  | { sentences: number; words?: undefined; ratio?: undefined; length?: undefined }
  | { sentences?: undefined; words: number; ratio?: undefined; length?: undefined }
  | { sentences?: undefined; words?: undefined; ratio: number; length?: undefined }
  | { sentences?: undefined; words?: undefined; ratio?: undefined; length: Length }
  | { sentences?: undefined; words?: undefined; ratio?: undefined; length?: undefined };

/** Options shared by every function (one object can be reused; keys a function does not use are ignored). */
export type Options = Budget & {
  /** `'auto'` (the default) detects; otherwise an ISO 639-1/639-3 code or English name: `'en'`, `'fra'`, `'German'`. */
  language?: string;
  /** How many keywords `analyze` and `keywords` return (default 10; 0 for none). */
  keywords?: number;
  /** Longer inputs (in UTF-8 bytes) are refused with an Error (default 20 MiB). */
  maxInputBytes?: number;
  /** Whether `analyze` tags entities (default true; false skips the costliest analysis). */
  entities?: boolean;
};

/** A half-open range of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of the text: `text === input.slice(start, end)`. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** One sentence of a summary. */
export interface SummarySentence {
  /** Index of the sentence in the text (as in `sentences(text)`). */
  index: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /**
   * How likely, in [0, 1], the sentence is to belong in a short summary of the text (a model fitted
   * on news highlights). The same whatever length is asked for.
   */
  score: number;
  /**
   * Place in the text's one ranking, from 0: every length is a cut of it, so a summary of k
   * sentences is the sentences of rank below k, and a longer summary only adds sentences.
   */
  rank: number;
  /** Why the sentence was picked. */
  reasons: SummaryReasons;
}

/** What made a summary sentence stand out. */
export interface SummaryReasons {
  /** Place among the text's candidate (body) sentences, from 0 (the lead). */
  position: number;
  /** Place when the candidates are ordered by centrality, from 0 (the most central). */
  centrality_rank: number;
  /** Number of candidate sentences; `position` and `centrality_rank` count within it. */
  candidates: number;
  /** Words the sentence shares with the title, as written in the sentence (empty without a title). */
  title_words: string[];
  /** The text's key terms (its most widespread content words) the sentence holds, as written in it. */
  key_terms: string[];
}

/** One keyword or keyphrase. */
export interface Keyword {
  /** The phrase as it is most often written in the text. */
  text: string;
  /** Relative importance in (0, 1]; the best keyword scores 1. */
  score: number;
  /** Every occurrence, in text order. */
  spans: Span[];
}

/** What an entity is: names from the tagger's model, the rest from rules (rows of `entityTypes()`, in its order). */
export type EntityType =
  | 'PERSON'
  | 'ORG'
  | 'LOCATION'
  | 'MONEY'
  | 'PERCENT'
  | 'DATE'
  | 'TIME'
  | 'QUANTITY'
  | 'EMAIL'
  | 'URL'
  | 'MISC';

/** One row of `entityTypes()`: how front ends show a type. */
export interface EntityTypeInfo {
  /** The `type` of entities and mentions. */
  code: EntityType;
  /** The heading of the type's chips ("People"). */
  label: string;
  /** What the type covers, in one line. */
  description: string;
  /** What finds it: the learned model (names) or the rules (always on). */
  source: 'model' | 'rules';
  group: 'names' | 'figures' | 'contacts';
  /** The CSS custom property that colours it (`--c-person`). */
  color: string;
}

/** One occurrence of an entity: `text === input.slice(start, end)`. */
export interface Mention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

/** One entity: its mentions merged. */
export interface Entity {
  /** The canonical name: the fullest, most frequent spelling. */
  name: string;
  type: EntityType;
  /** Number of mentions. */
  count: number;
  /** The spans of its mentions, in text order. */
  mentions: Span[];
}

/** What `entities()` returns (as the CLI's `entities --format json`). */
export interface Entities {
  /** Every mention, in text order. */
  mentions: Mention[];
  /** The resolved entities, most mentioned first. */
  entities: Entity[];
}

/** Everything nutshell finds in one text (field names as in the CLI's JSON). */
export interface Analysis {
  /** ISO 639-1 code of the text's language (detected or as given). */
  language: string;
  /**
   * The analyses nutshell does not do for this language (their lists are empty): `'keywords'` without
   * its stop words, `'entities'` when neither the rules nor the model know it. Empty when all are supported.
   */
  unsupported: Capability[];
  /** The title line, if the text starts with one. */
  title: TextSpan | null;
  sentence_count: number;
  word_count: number;
  /** The chosen sentences, in text order. */
  summary: SummarySentence[];
  /** Best first. */
  keywords: Keyword[];
  /** The resolved entities, most mentioned first. */
  entities: Entity[];
}

/** What `init` accepts: the module's bytes, a compiled module, or where to fetch it from. */
export type InitInput = BufferSource | WebAssembly.Module | URL | string | Request | Response;

/**
 * Instantiates the WebAssembly module. Without an argument it fetches
 * `wasm/nutshell_bg.wasm` next to the package's JS (`new URL(…, import.meta.url)`).
 * Resolves immediately when already done (always, in Node).
 */
export function init(input?: InitInput | Promise<InitInput>): Promise<void>;
export default init;
/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;
/** True once the module is instantiated. */
export function isReady(): boolean;

/** Everything in one pass. Throws an Error for empty or oversized input and invalid options. */
export function analyze(text: string, options?: Options): Analysis;
/** The summary sentences, in text order. */
export function summarize(text: string, options?: Options): SummarySentence[];
/** Every sentence of the text (titles and headings included), in order. */
export function sentences(text: string, options?: Options): TextSpan[];
/** The keywords and keyphrases, best first. */
export function keywords(text: string, options?: Options): Keyword[];
/** Every entity mention and the resolved entities. */
export function entities(text: string, options?: Options): Entities;
/** True when the tagger has a model, built in or given to `loadModel` (without one, only rule-based types: money, dates …). */
export function hasEntityModel(): boolean;
/** True when a model tags names in `language` (a code such as 'de'); false for a code nutshell does not know. */
export function hasEntityModelFor(language: string): boolean;
/** The codes of the languages whose names a model tags (e.g. ['en']); texts in the others get rule-based types only. */
export function entityModelLanguages(): string[];
/** The file in models/ whose model tags names in `language` ('ner.bin', 'ner-de.bin' …), or undefined when none does. */
export function entityModelFile(language: string): string | undefined;
/**
 * Gives the module-level functions' entity tagger a model (the bytes of a file in models/: ner.bin for
 * English, ner-de.bin for German …): it tags the languages its header names, replacing and freeing the
 * model that tagged them; other languages keep theirs. This package's module has the English model built
 * in. Throws an Error (keeping the current models) when the bytes are not a valid model.
 */
export function loadModel(bytes: Uint8Array | ArrayBuffer | ArrayBufferView): void;

/**
 * Runs the analyses with one set of options (checked by the constructor, which throws an Error naming
 * a bad option) and one entity model (model bytes; by default the module's current model).
 */
export declare class Analyzer {
  constructor(options?: Options, model?: Uint8Array | ArrayBuffer | ArrayBufferView);
  analyze(text: string): Analysis;
  summarize(text: string): SummarySentence[];
  sentences(text: string): TextSpan[];
  keywords(text: string): Keyword[];
  entities(text: string): Entities;
  /** True when entity names come from a model (else only the rule-based types). */
  readonly hasEntityModel: boolean;
  /** The codes of the languages whose names a model tags. */
  readonly entityModelLanguages: string[];
  /** True when a model tags names in `language` (a code such as 'de'). */
  hasEntityModelFor(language: string): boolean;
  /** Releases the instance's memory now (later calls throw). */
  free(): void;
}

/** What `renderSummary` reads: an `Analysis`, or any object with these fields. */
export interface SummaryParts {
  title?: { text: string } | null;
  summary?: ReadonlyArray<{ text: string }>;
  keywords?: ReadonlyArray<{ text: string }>;
}

/**
 * The summary as `'text'` (one sentence a line) or `'markdown'` (title heading, bullets, keywords, every
 * piece escaped): the same rendering as the CLI's `--format text|markdown`.
 */
export function renderSummary(analysis: SummaryParts, format?: 'text' | 'markdown'): string;
/** Escapes one piece of text for Markdown, on one line. */
export function escapeMarkdown(text: string): string;
/** The input limit in UTF-8 bytes when `maxInputBytes` is not given. */
export function defaultMaxInputBytes(): number;
/** The entity types in display order (the core's table). */
export function entityTypes(): EntityTypeInfo[];

// ---------------------------------------------------------------- in-page highlights

/** Options of highlight(): those of analyze(), plus what to mark and how. */
export type HighlightOptions = Options & {
  /** Also mark entity mentions: `true` for every type, or a list of types (`['PERSON', 'ORG']`). Default: none. */
  mentions?: boolean | EntityType[];
  /** Where the browser has no CSS Custom Highlight API: `'mark'` wraps the text in `<mark data-nutshell>` (changes the DOM); default `false` (nothing is marked, the ranges are still returned). */
  fallback?: 'mark' | false;
  /** `false`: do not add the default `::highlight(nutshell-…)` styles (an adopted style sheet in the cascade layer `nutshell`). */
  styles?: boolean;
};

/** One marked sentence or entity mention. */
export interface HighlightedSpan {
  /** The highlight's name: `nutshell-summary` or `nutshell-<type>` (`nutshell-person` …), as in `::highlight(…)`. */
  name: string;
  kind: 'summary' | 'entity';
  /** The entity's type; `null` for a summary sentence. */
  type: EntityType | null;
  /** The sentence's index in `analysis.summary`, or the entity's in `analysis.entities`. */
  index: number;
  /** UTF-16 offsets into `text`. */
  start: number;
  end: number;
  text: string;
  /** The DOM ranges that cover it (more than one where hidden content or a line break cuts it). */
  ranges: Range[];
}

/** What highlight() returns. */
export interface Highlights {
  /** The text walked from the element and analyzed. */
  text: string;
  analysis: Analysis;
  /** `'highlight'`: CSS Custom Highlight API; `'mark'`: the `<mark>` fallback; `'none'`: neither available. */
  mode: 'highlight' | 'mark' | 'none';
  highlights: HighlightedSpan[];
  /** The `<mark>` elements added (fallback only). */
  marks: Element[];
  /** Removes this call's highlights (and marks). */
  remove(): void;
}

/** Analyzes the text under `element` and highlights its summary in the page (main thread only). */
export function highlight(element: Element, options?: HighlightOptions): Highlights;
/** Removes every highlight and mark nutshell put in the page. */
export function removeHighlights(): void;
/** The default highlight styles (CSS), e.g. for a page that adds them itself. */
export const HIGHLIGHT_CSS: string;
/** The ISO 639-1 code for a language value, `'auto'` for detection; throws an Error for unknown languages. */
export function languageCode(value: string): string;

/** An analysis that may be unavailable for a language. */
export type Capability = 'keywords' | 'entities';
/** What nutshell does for one language. */
export interface LanguageSupport {
  /** ISO 639-1 (`'de'`). */
  code: string;
  /** ISO 639-3 (`'deu'`). */
  code3: string;
  /** English name (`'German'`). */
  name: string;
  /** The language's own name (`'Deutsch'`). */
  nativeName: string;
  /** Always true: every language nutshell knows is summarized. */
  summary: boolean;
  keywords: boolean;
  /** Follows the current model (it can change after `loadModel`). */
  entities: boolean;
}
/** Every language nutshell knows and what the module-level functions do for it. */
export function languages(): LanguageSupport[];

// The Summarizer API facade: the browser's built-in Summarizer API
// (https://webmachinelearning.github.io/writing-assistance-apis/#summarizer-api), shaped so that
// code typed with @types/dom-chromium-ai type-checks against it (tests/js/platform-types.ts).

export type SummarizerType = 'key-points' | 'tldr' | 'teaser' | 'headline';
export type SummarizerFormat = 'markdown' | 'plain-text';
export type SummarizerLength = Length;
/** Accepted for compatibility: nutshell is always the fast option. */
export type PerformancePreference = 'auto' | 'speed' | 'capability';
export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerCreateCoreOptions {
  type?: SummarizerType;
  format?: SummarizerFormat;
  length?: SummarizerLength;
  preference?: PerformancePreference;
  /**
   * BCP 47 tags (a malformed tag is a RangeError). Every language must be one nutshell
   * summarizes, else the options are 'unavailable'; one language is passed to the core as a hint.
   */
  expectedInputLanguages?: ReadonlyArray<string>;
  /** As `expectedInputLanguages`; the context itself cannot steer an extractive summary. */
  expectedContextLanguages?: ReadonlyArray<string>;
  /** An extractive summary is in the input's language: it must be the language of every expected input. */
  outputLanguage?: string;
}

/** A `downloadprogress` event: `loaded` 0 then 1 (of `total` 1) before create() resolves. */
export interface DownloadProgressEvent extends Event {
  readonly loaded: number;
  readonly total: number;
  readonly lengthComputable: boolean;
}

export interface CreateMonitorEventMap {
  downloadprogress: DownloadProgressEvent;
}

/** What create()'s `monitor` callback receives. */
export interface CreateMonitor extends EventTarget {
  ondownloadprogress: ((this: CreateMonitor, ev: DownloadProgressEvent) => any) | null;
  addEventListener<K extends keyof CreateMonitorEventMap>(
    type: K,
    listener: (this: CreateMonitor, ev: CreateMonitorEventMap[K]) => any,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CreateMonitorEventMap>(
    type: K,
    listener: (this: CreateMonitor, ev: CreateMonitorEventMap[K]) => any,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export type CreateMonitorCallback = (monitor: CreateMonitor) => void;

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  /** Aborting it rejects create(); after creation, it destroys the summarizer (with the signal's reason). */
  signal?: AbortSignal;
  monitor?: CreateMonitorCallback;
  /** Kept and reported back; an extractive summary cannot use it. */
  sharedContext?: string;
}

export interface SummarizerSummarizeOptions {
  /** Aborting it rejects the call (or errors the stream) with the signal's reason. */
  signal?: AbortSignal;
  /** Accepted and ignored: an extractive summary cannot use it. */
  context?: string;
}
/** @deprecated The platform's name is SummarizerSummarizeOptions. */
export type SummarizeOptions = SummarizerSummarizeOptions;

/**
 * The facade. Every call settles in a later task; destroy() rejects the calls in flight and
 * every later one with an AbortError. `new Summarizer()` throws: use `Summarizer.create()`.
 */
export declare abstract class Summarizer {
  static availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  static create(options?: SummarizerCreateOptions): Promise<Summarizer>;
  summarize(input: string, options?: SummarizerSummarizeOptions): Promise<string>;
  /** Yields the output piece by piece (one bullet or sentence per chunk, each a delta). */
  summarizeStreaming(input: string, options?: SummarizerSummarizeOptions): ReadableStream<string>;
  /** The input's size in UTF-8 bytes (the unit of `inputQuota`). */
  measureInputUsage(input: string, options?: SummarizerSummarizeOptions): Promise<number>;
  /** The largest input in UTF-8 bytes (the browser's API counts tokens); more rejects with a QuotaExceededError. */
  readonly inputQuota: number;
  readonly type: SummarizerType;
  readonly format: SummarizerFormat;
  readonly length: SummarizerLength;
  readonly sharedContext: string;
  /** The languages nutshell matched ('en-GB' → 'en'); null when none were given. */
  readonly expectedInputLanguages: ReadonlyArray<string> | null;
  readonly expectedContextLanguages: ReadonlyArray<string> | null;
  readonly outputLanguage: string | null;
  destroy(): void;
}
