// Pasted or dropped page source → article text, with the extractor the extension uses.
//
// The source is parsed with DOMParser into an inert document: it has no browsing context,
// so its scripts never run and its images never load, and nothing from it is ever inserted
// into the live page. Only text comes out.
import { extractArticle } from './article.js';

/** True when the text is HTML source (a whole page or a fragment of markup), not prose. */
export function looksLikeHtml(text) {
  const head = text.slice(0, 2000).trimStart();
  if (/^(<!-{2}[\s\S]*?-{2}>\s*)*<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  if (!head.startsWith('<')) return false;
  // A fragment: starts with a tag and is mostly markup-structured (several block tags).
  const sample = text.slice(0, 200000);
  const blocks = sample.match(/<\/?(p|div|article|main|section|h[1-6]|ul|ol|li|body|head|meta|span|a|br|table)\b[^>]*>/gi);
  return !!blocks && blocks.length >= 3;
}

/**
 * Parses page source into an inert document. The document runs nothing, but Chromium still
 * checks inline <style> and on* handlers against the page's CSP and logs them as blocked:
 * those are defused first (style= is kept under another name: the extractor reads
 * display:none from it).
 */
export function parseHtml(html) {
  let defused = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  for (let before = ''; before !== defused;) {
    before = defused;
    defused = defused.replace(/(<[^>]*?\s)((?:on[a-z]+|style)\s*=)/gi, '$1data-defused-$2');
  }
  return new DOMParser().parseFromString(defused, 'text/html');
}

/** The article's text (title first), or the page's text when it holds no article. */
export function htmlToText(html) {
  return extractArticle(parseHtml(html)).text;
}
