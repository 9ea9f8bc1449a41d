// Turning pasted or dropped page source and Markdown into plain article text.
//
// HTML is parsed with DOMParser into an inert document: it has no browsing
// context, so its scripts never run and its images never load, and nothing
// from it is ever inserted into the live page. Only text comes out.

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

const DROP = 'script,style,img,picture,video,audio,source,noscript,template,iframe,object,embed,svg,canvas,math,form,button,select,textarea,input,nav,footer,aside,dialog,[hidden],[aria-hidden="true"],[role="navigation"],[role="contentinfo"],[role="complementary"],[role="banner"]';
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'CAPTION']);

/** Article text from HTML source: the <article> (or <main>, or body) as paragraphs separated by blank lines. */
export function htmlToText(html) {
  // The parsed document is inert (no scripts run, nothing loads), but Chromium still checks inline
  // <style> and on* handlers against the page's CSP and logs them as blocked. Defuse them first.
  let defused = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  for (let before = ''; before !== defused;) {
    before = defused;
    defused = defused.replace(/(<[^>]*?\s)((?:on[a-z]+|style)\s*=)/gi, '$1data-defused-$2');
  }
  const doc = new DOMParser().parseFromString(defused, 'text/html');
  for (const el of doc.querySelectorAll(DROP)) el.remove();
  const root = pickRoot(doc);
  // Site headers (logo, menu) sit outside the article; inside it a <header> holds the title, so keep those.
  if (root === doc.body) for (const el of root.querySelectorAll('body > header')) if (!el.querySelector('h1')) el.remove();
  const paragraphs = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\f\r\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (t) paragraphs.push(t);
    line = '';
  };
  const walk = (node, pre) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        line += pre ? n.data : n.data.replace(/\s+/g, ' ');
      } else if (n.nodeType === 1) {
        const tag = n.tagName;
        if (tag === 'BR') { line += '\n'; continue; }
        if (tag === 'IMG') { continue; }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(n, pre || tag === 'PRE');
        if (block) flush();
      }
    }
  };
  walk(root, false);
  flush();
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const hasHeading = root.querySelector('h1') !== null;
  if (title && !hasHeading && !paragraphs.some((p) => p === title)) paragraphs.unshift(title);
  return paragraphs.join('\n\n');
}

function pickRoot(doc) {
  // The longest <article> (pages list teasers as articles too), else <main>, else the body.
  let best = null;
  let bestLength = 0;
  for (const a of doc.querySelectorAll('article, [itemprop="articleBody"]')) {
    const n = a.textContent.length;
    if (n > bestLength) { best = a; bestLength = n; }
  }
  if (best && bestLength > 200) return best;
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

/** Plain text from Markdown: headings, emphasis, links, images, code fences and list markers reduced to their text. */
export function markdownToText(md) {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/^```.*\n([\s\S]*?)^```[ \t]*$/gm, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$/gm, '');
}
