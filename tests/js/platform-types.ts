// nutshell's Summarizer against the platform's declarations (@types/dom-chromium-ai, a pinned dev
// dependency): scripts/test-js.sh runs `tsc --noEmit` on this file with those types loaded, so
// code written for the browser's built-in API type-checks against the facade. The global
// `Summarizer`, `SummarizerCreateOptions` … below are the platform's; the facade is `Nutshell`.
import { Summarizer as Nutshell } from 'nutshell-summarizer';
import type {
  SummarizerCreateCoreOptions as NutshellCoreOptions,
  SummarizerCreateOptions as NutshellCreateOptions,
  SummarizerSummarizeOptions as NutshellSummarizeOptions,
} from 'nutshell-summarizer';

// The one difference: the spec (FrozenArray<DOMString>?, DOMString?) and Chromium give null for
// these attributes when the option was not given, and the facade does the same (the WPT subtest
// "Summarizer optional attributes return null" checks it); @types/dom-chromium-ai 0.0.17
// declares them optional (undefined). Everything else must match as declared.
type Nullable = 'expectedInputLanguages' | 'expectedContextLanguages' | 'outputLanguage';
type AsSpecified<T> = Omit<T, Nullable> & { readonly [K in Nullable & keyof T]: T[K] | null };
type PlatformSummarizer = AsSpecified<Summarizer>;

// Every option the platform has, the facade has too (a missing one would not be caught by the
// assignments below: an object with more properties is still assignable).
type Missing<Theirs, Ours> = Exclude<keyof Theirs, keyof Ours>;
type None<Keys> = [Keys] extends [never] ? true : Keys;
export const coreOptions: None<Missing<SummarizerCreateCoreOptions, NutshellCoreOptions>> = true;
export const createOptions: None<Missing<SummarizerCreateOptions, NutshellCreateOptions>> = true;
export const summarizeOptions: None<Missing<SummarizerSummarizeOptions, NutshellSummarizeOptions>> = true;

// The static side: every options object the platform accepts, and the platform's results.
export const availability: typeof Summarizer.availability = Nutshell.availability;
export const create: (options?: SummarizerCreateOptions) => Promise<PlatformSummarizer> = Nutshell.create;
// The class: abstract (only create() makes one), instances are the platform's.
export const constructor: abstract new () => PlatformSummarizer = Nutshell;
export const instance = (s: Nutshell): PlatformSummarizer => s;
// Without the adjustment above the assignment fails, on those attributes alone (when
// @types/dom-chromium-ai declares them as the spec does, this line fails and can go).
// @ts-expect-error null (spec, Chromium, nutshell) is not undefined (@types/dom-chromium-ai)
export const raw: typeof Summarizer = Nutshell;

// Code as written for the browser (the style of Chrome's documentation), with the platform's
// option types, run on the facade.
export async function summarizeArticle(text: string, signal: AbortSignal): Promise<string[]> {
  const options: SummarizerCreateOptions = {
    type: 'key-points',
    format: 'markdown',
    length: 'medium',
    preference: 'speed',
    expectedInputLanguages: ['en-GB'],
    expectedContextLanguages: ['en'],
    outputLanguage: 'en',
    sharedContext: 'Articles from a technology news site',
    signal,
    monitor(m: CreateMonitor) {
      m.addEventListener('downloadprogress', (e: ProgressEvent) => console.log(`Downloaded ${e.loaded * 100}%`));
      m.ondownloadprogress = (e) => console.log(e.lengthComputable, e.total);
    },
  };
  const availability: Availability = await Nutshell.availability(options);
  if (availability === 'unavailable') return [];
  const summarizer = await Nutshell.create(options);
  const callOptions: SummarizerSummarizeOptions = { context: 'For a newsletter', signal };
  if ((await summarizer.measureInputUsage(text, callOptions)) > summarizer.inputQuota) return [];
  const chunks: string[] = [];
  for await (const chunk of summarizer.summarizeStreaming(text, callOptions)) chunks.push(chunk);
  const whole: string = await summarizer.summarize(text, callOptions);
  const type: SummarizerType = summarizer.type;
  const format: SummarizerFormat = summarizer.format;
  const length: SummarizerLength = summarizer.length;
  const languages = summarizer.expectedInputLanguages?.join(', ') ?? summarizer.outputLanguage ?? '';
  summarizer.destroy();
  return [...chunks, whole, type, format, length, languages, summarizer.sharedContext];
}
