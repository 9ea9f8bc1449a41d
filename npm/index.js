// Entry for browsers, Web Workers and bundlers: `await init()` once, then call
// the functions. See README.md.
export { init, init as default, initSync, isReady, analyze, summarize, sentences, keywords, entities, hasEntityModel, hasEntityModelFor, entityModelLanguages, entityModelFile, loadModel, defaultMaxInputBytes, languageCode, entityTypes, languages, Analyzer, renderSummary, escapeMarkdown } from './core.js';
export { Summarizer } from './summarizer.js';
