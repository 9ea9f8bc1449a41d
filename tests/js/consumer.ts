// Type check of a small consumer (scripts/test-js.sh runs `tsc --noEmit` on it
// inside a project where the packed package is installed). The @ts-expect-error
// lines prove that the declarations reject mistakes, so this check can fail.
import init, { analyze, summarize, sentences, keywords, entities, hasEntityModel, loadModel, initSync, Summarizer, Analyzer, renderSummary } from 'nutshell-summarizer';
import type { Analysis, Entities, EntityType, Keyword, Options, SummarySentence, TextSpan, Span, SummarizerType } from 'nutshell-summarizer';

export async function demo(text: string, bytes: Uint8Array): Promise<string> {
  await init();
  await init(new URL('https://example.com/nutshell_bg.wasm'));
  initSync(bytes);
  if (!hasEntityModel()) loadModel(bytes);
  loadModel(new ArrayBuffer(8));
  // @ts-expect-error the model is bytes, not a URL
  loadModel('ner.bin');

  const ents: Entities = entities(text);
  const a: Analysis = analyze(text, { sentences: 3, language: 'en', keywords: 5, maxInputBytes: 1_000_000 });
  const lang: string = a.language;
  const title: TextSpan | null = a.title;
  const n: number = a.sentence_count + a.word_count;
  const first: SummarySentence | undefined = a.summary[0];
  const score: number | undefined = first?.score;
  const spans: Span[] = a.keywords.flatMap((k: Keyword) => k.spans);
  const s: SummarySentence[] = summarize(text, { length: 'short' });
  const all: TextSpan[] = sentences(text);
  const k: Keyword[] = keywords(text, { keywords: 3 });
  const opts: Options = { ratio: 0.2 };
  const kinds: EntityType[] = ents.mentions.map((m) => m.type).concat(a.entities.map((e) => e.type));
  // @ts-expect-error entity types are a closed set
  const badKind: EntityType = 'ANIMAL';

  // @ts-expect-error the budget options are alternatives
  summarize(text, { sentences: 3, words: 40 });
  // @ts-expect-error length is one of three presets
  summarize(text, { length: 'huge' });
  // @ts-expect-error unknown option keys are rejected
  summarize(text, { sentense: 3 });
  // @ts-expect-error results are typed, not any
  const wrong: string = a.sentence_count;
  // @ts-expect-error title may be null
  const t: TextSpan = a.title;

  const analyzer = new Analyzer({ sentences: 2, entities: false }, bytes);
  const md: string = renderSummary(analyzer.analyze(text), 'markdown');
  const hasModel: boolean = analyzer.hasEntityModel;
  // @ts-expect-error an Analyzer's options are fixed: its methods take only the text
  analyzer.summarize(text, { sentences: 3 });
  // @ts-expect-error two formats only
  renderSummary(a, 'html');
  analyzer.free();

  const type: SummarizerType = 'tldr';
  if ((await Summarizer.availability({ type })) === 'unavailable') return '';
  const summarizer = await Summarizer.create({ type: 'key-points', format: 'markdown', length: 'long', sharedContext: 'news' });
  const out: string = await summarizer.summarize(text, { context: 'for a newsletter' });
  const stream: ReadableStream<string> = summarizer.summarizeStreaming(text);
  const usage: number = await summarizer.measureInputUsage(text);
  const quota: number = summarizer.inputQuota;
  // @ts-expect-error not a Summarizer type
  await Summarizer.create({ type: 'poem' });
  summarizer.destroy();
  return [md, hasModel, lang, title?.text, n, score, spans.length, s.length, all.length, k.length, opts, out, stream, usage, quota, wrong, t, kinds.length, badKind].join();
}

// In-page highlights (DOM types from lib "dom").
import { highlight, removeHighlights, HIGHLIGHT_CSS } from 'nutshell-summarizer';
import type { Highlights, HighlightOptions, HighlightedSpan } from 'nutshell-summarizer';

export function highlightDemo(article: Element): number {
  const options: HighlightOptions = { sentences: 2, mentions: ['PERSON', 'ORG'], fallback: 'mark', styles: false };
  const h: Highlights = highlight(article, options);
  const ranges: Range[] = h.highlights.flatMap((s: HighlightedSpan) => s.ranges);
  const mode: 'highlight' | 'mark' | 'none' = h.mode;
  // @ts-expect-error entity types are a closed set
  highlight(article, { mentions: ['ANIMAL'] });
  // @ts-expect-error the fallback is 'mark' or false
  highlight(article, { fallback: 'span' });
  h.remove();
  removeHighlights();
  return ranges.length + mode.length + HIGHLIGHT_CSS.length + h.analysis.summary.length;
}
