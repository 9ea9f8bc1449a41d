// Counts, plurals, durations and language names, worded the same way in the page and the popup.

/** Silent reading speed of adults for non-fiction, words a minute (Brysbaert 2019: 238). */
export const WORDS_PER_MINUTE = 238;

/** "1 sentence", "2,345 sentences". */
export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

let segmenter;
/** Words in a text (word-like segments: works for scripts without spaces too). */
export function countWords(text) {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  if (!segmenter) return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** Words of the summary sentences. */
export function summaryWords(summary) {
  return summary.reduce((n, s) => n + countWords(s.text), 0);
}

/** Reading time saved, in seconds, by reading `wordsOut` words instead of `wordsIn`. */
export function secondsSaved(wordsIn, wordsOut) {
  return Math.max(0, ((wordsIn - wordsOut) / WORDS_PER_MINUTE) * 60);
}

/** "15 s", "4 min", "1 h 5 min". */
export function formatDuration(seconds) {
  if (seconds < 45) return `${Math.max(0, Math.round(seconds / 5) * 5)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
}

/** "812 KB", "1.4 MB", "22 MB" (KB = 1,024 bytes, as the core states its 20 MB limit). */
export function formatBytes(n) {
  const mb = n / 1048576;
  if (mb < 1) return `${Math.max(1, Math.round(n / 1024))} KB`;
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}

let languageNames = null;
/** "English" for "en"; the code itself when the browser has no name for it. */
export function languageName(code) {
  if (!code || code === 'und') return 'Unknown';
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** What the analysis could not do for its language (the core's `unsupported`; absent = everything). */
export function unsupportedParts(analysis) {
  return Array.isArray(analysis?.unsupported) ? analysis.unsupported.filter((s) => typeof s === 'string') : [];
}

/** A sentence for the reader about what is missing for this language, or '' when nothing is. */
export function unsupportedNote(analysis) {
  const parts = unsupportedParts(analysis);
  if (parts.length === 0) return '';
  const names = { keywords: 'keywords', entities: 'names, places and figures' };
  const what = parts.map((p) => names[p] ?? p);
  const list = what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1)}` : what[0];
  return `${languageName(analysis.language)} text: nutshell summarizes it, but cannot find ${list} in it yet.`;
}

/** The muted line under the entities of a text whose language no entity model covers (rules only). */
export function noNamesNote(language) {
  const name = language && language !== 'und' ? `${languageName(language)} text` : 'this language';
  return `nutshell does not find names of people, organizations and places in ${name} yet; sums, dates and other figures are still found.`;
}

/** 1st, 2nd, 3rd, 4th… */
function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' })[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Why the core picked a summary sentence, from its `reasons`, in one line (its hover text); '' without reasons. */
export function whyPicked(sentence) {
  const r = sentence?.reasons;
  if (!r || !Number.isInteger(r.position) || !Number.isInteger(r.centrality_rank)) return '';
  const parts = [
    `${ordinal(r.position + 1)} of ${r.candidates} sentences`,
    r.centrality_rank === 0 ? 'the most central' : `${ordinal(r.centrality_rank + 1)} most central`,
  ];
  const list = (words) => words.slice(0, 5).join(', ') + (words.length > 5 ? '…' : '');
  if (r.title_words?.length) parts.push(`shares ${list(r.title_words)} with the title`);
  if (r.key_terms?.length) parts.push(`holds ${list(r.key_terms)}`);
  return `Why this sentence: ${parts.join('; ')}.`;
}
