// Injected on demand by the popup (activeTab + scripting.executeScript), into the
// extension's isolated world: the page's scripts cannot see or call anything here.
// It defines one function the popup calls right after injecting this file; it reads
// the page and returns plain strings (never HTML). It sends no messages and listens
// to none.
import { extractArticle } from '../../www/extract/article.js';
import { tidy } from '../../www/extract/blocks.js';

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

// A property of the isolated world's global object: invisible to the page.
globalThis.nutshellExtract = nutshellExtract;
