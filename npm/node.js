// Entry for Node (and Deno through npm:): the module is instantiated on import
// from the bytes next to this file, so the functions can be called at once.
// `init()` is still exported (it resolves immediately) for code shared with browsers.
import { readFileSync } from 'node:fs';
import * as core from './core.js';
import { Summarizer as S } from './summarizer.js';

core.initSync(readFileSync(new URL('./wasm/nutshell_bg.wasm', import.meta.url)));

// Local bindings (not `export … from`), so that a bundler keeping this file's
// exports also keeps the initialization above.
export const init = core.init;
export default init;
export const initSync = core.initSync;
export const isReady = core.isReady;
export const analyze = core.analyze;
export const summarize = core.summarize;
export const sentences = core.sentences;
export const keywords = core.keywords;
export const entities = core.entities;
export const hasEntityModel = core.hasEntityModel;
export const loadModel = core.loadModel;
export const hasEntityModelFor = core.hasEntityModelFor;
export const entityModelLanguages = core.entityModelLanguages;
export const entityModelFile = core.entityModelFile;
export const defaultMaxInputBytes = core.defaultMaxInputBytes;
export const languageCode = core.languageCode;
export const entityTypes = core.entityTypes;
export const languages = core.languages;
export const Analyzer = core.Analyzer;
export const renderSummary = core.renderSummary;
export const escapeMarkdown = core.escapeMarkdown;
export const highlight = core.highlight;
export const removeHighlights = core.removeHighlights;
export { HIGHLIGHT_CSS } from './highlight-styles.js';
export const Summarizer = S;
