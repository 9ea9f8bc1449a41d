// Injected on demand by the popup (activeTab + scripting.executeScript), into the
// extension's isolated world: the page's scripts cannot see or call anything here.
// It defines the functions the popup calls right after injecting this file; they read
// the page and return plain strings and numbers (never HTML). It sends no messages and
// listens to none. The highlight functions mark the summary in the live page with the
// CSS Custom Highlight API (no DOM change); the text they analyze and the ranges they
// mark come from one walk of the page (walk.js).
import { extractArticle } from '../../www/extract/article.js';
import { tidy } from '../../www/extract/blocks.js';
import { walkText } from './walk.js';

/** Longest text handed back (characters): the core refuses more than 20 MB anyway. */
const MAX_CHARS = 4_000_000;

function clip(text) {
  return text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
}

function selectionText() {
  const sel = window.getSelection();
  // toString() of a selection keeps the line breaks the reader sees.
  return sel ? tidy(String(sel.toString())) : '';
}

/**
 * The main article, by the extractor the page uses on pasted source (so both give the same
 * text for the same page), run on a clone: it rewrites the document it is given. A page
 * with no article gives what the reader sees instead.
 */
function pageText() {
  let got = null;
  try {
    got = extractArticle(document.cloneNode(true));
  } catch {
    got = null;
  }
  const title = got?.title || (typeof document.title === 'string' ? document.title.trim() : '');
  if (got?.kind === 'article') return { kind: 'article', title, text: clip(got.text) };
  // Fallback: what the reader sees (innerText skips hidden elements and keeps line breaks).
  const visible = document.body ? tidy(String(document.body.innerText || '')) : '';
  return { kind: 'visible', title, text: clip(visible) };
}

/**
 * What the popup asks for: 'page' (article or visible text) or 'selection'.
 * @returns {{ kind: 'article'|'visible'|'selection', title: string, text: string, selection: number }}
 */
function nutshellExtract(mode) {
  if (mode === 'selection') {
    return { kind: 'selection', title: document.title || '', text: clip(selectionText()), selection: 0 };
  }
  const result = pageText();
  // Tell the popup whether there is a selection it could summarize instead.
  result.selection = selectionText().length;
  return result;
}

// ---------------------------------------------------------------- in-page highlights

// Kept on the isolated world's global object: the popup injects this file again each time it
// opens, and the walk must outlive that (the page's scripts cannot see it).
const state = (globalThis.nutshellHighlightState ??= { walk: null, first: new Map() });

/** The element the highlights walk: the page's longest <article>, else its main region, else the body. */
function articleRoot() {
  const articles = [...document.querySelectorAll('article')];
  if (articles.length > 0) return articles.reduce((a, b) => (b.textContent.length > a.textContent.length ? b : a));
  return document.querySelector('main, [role="main"]') ?? document.body;
}

/** Walks the live article and keeps the walk; returns the text to analyze. */
function nutshellWalk() {
  const root = articleRoot();
  state.walk = root ? walkText(root) : null;
  return { text: clip(state.walk?.text ?? '') };
}

/**
 * Marks `spans` ({ name: 'nutshell-summary' | 'nutshell-<type>', key, start, end }, UTF-16 offsets
 * into the walked text) in place of any earlier nutshell highlights. Returns how many ranges it made.
 */
function nutshellHighlight(spans) {
  nutshellUnhighlight();
  if (!state.walk || typeof Highlight !== 'function' || !globalThis.CSS?.highlights) return { ranges: 0, supported: false };
  const byName = new Map();
  let count = 0;
  for (const s of Array.isArray(spans) ? spans : []) {
    if (!s || !/^nutshell-[a-z]{1,20}$/.test(s.name) || !Number.isSafeInteger(s.start) || !Number.isSafeInteger(s.end)) continue;
    for (const p of state.walk.pieces(s.start, s.end)) {
      const range = document.createRange();
      range.setStart(p.startNode, p.startOffset);
      range.setEnd(p.endNode, p.endOffset);
      if (!byName.has(s.name)) byName.set(s.name, []);
      byName.get(s.name).push(range);
      if (typeof s.key === 'string' && !state.first.has(s.key)) state.first.set(s.key, range);
      count++;
    }
  }
  for (const [name, ranges] of byName) {
    const highlight = new Highlight(...ranges);
    highlight.priority = name === 'nutshell-summary' ? 0 : 1; // names paint over the sentence they sit in
    CSS.highlights.set(name, highlight);
  }
  return { ranges: count, supported: true };
}

/** Removes every nutshell highlight from the page. */
function nutshellUnhighlight() {
  state.first.clear();
  const registry = globalThis.CSS?.highlights;
  if (!registry) return;
  for (const name of [...registry.keys()]) if (name.startsWith('nutshell-')) registry.delete(name);
}

/** Scrolls the page to the first range marked under `key`; false when there is none. */
function nutshellScrollTo(key) {
  const range = state.first.get(key);
  const element = range?.startContainer?.parentElement;
  if (!element) return false;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

// Properties of the isolated world's global object: invisible to the page.
globalThis.nutshellExtract = nutshellExtract;
globalThis.nutshellWalk = nutshellWalk;
globalThis.nutshellHighlight = nutshellHighlight;
globalThis.nutshellUnhighlight = nutshellUnhighlight;
globalThis.nutshellScrollTo = nutshellScrollTo;
