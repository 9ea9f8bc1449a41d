// Entry for browsers, Web Workers and bundlers: `await init()` once, then call
// the functions. See README.md.
export { init, init as default, initSync, isReady, analyze, summarize, sentences, keywords, entities, hasEntityModel, hasEntityModelFor, entityModelLanguages, entityModelFile, loadModel, defaultMaxInputBytes, languageCode, entityTypes, languages, Analyzer, renderSummary, escapeMarkdown, highlight, removeHighlights } from './core.js';
export { HIGHLIGHT_CSS } from './highlight-styles.js';
export { Summarizer } from './summarizer.js';
