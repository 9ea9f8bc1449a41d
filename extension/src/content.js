// Injected on demand by the popup (activeTab + scripting.executeScript), into the
// extension's isolated world: the page's scripts cannot see or call anything here.
// It defines one function the popup calls right after injecting this file; it reads
// the page and returns plain strings (never HTML). It sends no messages and listens
// to none.
import { Readability, isProbablyReaderable } from '@mozilla/readability';

/** Longest text handed back (characters): the core refuses more than 20 MB anyway. */
const MAX_CHARS = 4_000_000;

/** Elements after which a text line ends. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** The text of an element with one blank line between blocks (Readability's own textContent glues paragraphs). */
function blockText(root) {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.nodeValue.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || SKIP.has(node.nodeName.toUpperCase())) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) parts.push('\n\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return tidy(parts.join(''));
}

function tidy(text) {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function clip(text) {
  return text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
}

function selectionText() {
  const sel = window.getSelection();
  // toString() of a selection keeps the line breaks the reader sees.
  return sel ? tidy(String(sel.toString())) : '';
}

/** The main article (Readability on a clone), else the visible text of the page. */
function pageText() {
  const title = typeof document.title === 'string' ? document.title.trim() : '';
  let article = null;
  try {
    // The test behind Firefox's Reader View button: pages without article-like
    // paragraphs (front pages, listings, apps) are not worth parsing.
    if (!isProbablyReaderable(document)) throw new Error('not an article');
    // parse() rewrites the DOM it is given: a clone leaves the page untouched.
    article = new Readability(document.cloneNode(true), { serializer: (el) => el }).parse();
  } catch {
    article = null;
  }
  if (article && article.content) {
    const body = blockText(article.content);
    if (body.length >= 200) {
      const heading = (article.title || title || '').trim();
      // The title as the first line, which the core recognizes as the title.
      const text = heading && !body.startsWith(heading) ? `${heading}\n\n${body}` : body;
      return { kind: 'article', title: heading, text: clip(text) };
    }
  }
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
