// The one article extractor, shared by the page (pasted or dropped page source, parsed
// into an inert document) and the extension (a clone of the live page): the same
// document gives the same text in both, because every decision here reads the DOM's
// structure only (tags, attributes, text), never its layout or computed styles.
//
// Steps: read the title (<h1>, og:title, <title>) before anything is removed; prune what
// is never article text (scripts, hidden and aria-hidden nodes, navigation, forms, cookie
// and newsletter boxes…); let Readability (Mozilla's Reader View) pick the article; prune
// what Readability keeps but a summary must not read (captions, photo credits, bylines,
// datelines, "Read more" links, sign-up prompts); write blocks as paragraphs.
// Pages that are not articles (front pages, fragments) get the pruned body's text.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { blockText, squash } from './blocks.js';

/** Never article text, wherever it is. */
const ALWAYS_DROP = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math', 'video', 'audio',
  'form', 'button', 'select', 'textarea', 'input', 'label', 'dialog', 'nav', 'aside', 'footer', 'figure', 'figcaption', 'picture',
  '[hidden]', '[aria-hidden="true"]', '[aria-modal="true"]',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]',
  '[role="alertdialog"]', '[role="search"]', '[role="menu"]', '[role="menubar"]',
].join(',');

/**
 * Class or id words of page furniture. Matched as whole words of the class/id (split at
 * spaces, "-" and "_"), so "ad" matches "ad-slot" but not "headline".
 */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'adslot', 'sponsor', 'sponsored', 'promo', 'promotion', 'outbrain', 'taboola',
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'newsletters', 'signup', 'subscribe', 'subscription', 'paywall',
  'regwall', 'piano', 'related', 'recirc', 'recirculation', 'trending', 'popular', 'mostread', 'recommended', 'readmore',
  'share', 'sharing', 'social', 'comments', 'comment', 'caption', 'captions', 'credit', 'credits', 'byline', 'bylines',
  'dateline', 'timestamp', 'author', 'authors', 'bio', 'breadcrumb', 'breadcrumbs', 'tags', 'toolbar', 'modal', 'popup',
  'overlay', 'masthead', 'sidebar', 'rail', 'login', 'signin', 'disclaimer', 'copyright', 'print', 'skip', 'kicker', 'eyebrow',
  'disclosure', 'boilerplate', 'meta', 'pullquote', 'footnote', 'footnotes', 'rating', 'ratings', 'nutrition', 'footer',
]);
/** Pairs written as two words ("most-read", "sign-up", "read-more"). */
const FURNITURE_PAIRS = new Set(['pull quote', 'side bar', 'most read', 'most popular', 'sign up', 'read more', 'more stories', 'read next', 'see also', 'ad slot', 'log in', 'sign in', 'you may like', 'also read']);

/** Phrases that mark a short block as a prompt, not prose (English; other languages rely on the markup). */
const PROMPT = /\b(sign up|signing up|newsletter|subscribe|subscriber|subscription|privacy (policy|notice)|terms (of|and) (use|service|conditions)|your inbox|unsubscribe|forgot your password|log ?in to|create an account|already have an account|cookies?\b.*\b(accept|agree|consent)|advertisement|read more|read next|related:|more on this story|see also|follow us|share this|all rights reserved|email (us|our reporters)|edited for (length|clarity)|editorial (standards|guidelines|policy)|become a member|(support|fund) (independent|our) journalism|funded by (its|our) readers|have a (question|tip|story)\b.*\?)\b/i;
/** A photo credit: "Name/Agency", "Photograph: …", "© …", "Image: …". */
const CREDIT = /^(photo(graph)?s?|image|picture|illustration|credit|source|media caption|image caption|image source)\s*:|^©|\b(getty images|afp|reuters|associated press|ap photo|epa|shutterstock|alamy)\s*$|^[\p{L}.' -]{3,60}\/(getty|afp|reuters|ap|epa|pa|shutterstock|alamy)\b/iu;
const BYLINE = /^(by|words by|written by|story by|reporting by|reported by|von|par|por|di)\s+\p{Lu}/u;
const MONTHS = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
/** A numeric date first: 2026-12-05, 2026/12/05, 2026年12月5日, 05.12.2026. */
const NUMERIC_DATE = /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})/;
const DATE_WORDS = /\b(published|updated|posted|last (updated|modified)|min(ute)?s? read|\d+ (hours?|minutes?|days?) ago)\b/i;

/** The text of a document's head and body, once: { title, kind: 'article' | 'page', text }. */
export function extractArticle(doc) {
  const title = pageTitle(doc);
  pruneFurniture(doc);
  const fallback = doc.cloneNode(true); // Readability rewrites the document it is given
  let article = null;
  // Readability's thresholds count characters; a Chinese or Japanese character carries about as
  // much as a word, so paragraphs of those scripts are judged with lower ones.
  const dense = isDenseScript(doc);
  try {
    if (doc.body && isProbablyReaderable(doc, dense ? { minContentLength: 50, minScore: 10 } : {})) {
      article = new Readability(doc, { serializer: (el) => el, keepClasses: true, charThreshold: dense ? 120 : 300 }).parse();
    }
  } catch {
    article = null; // a document Readability cannot handle: the fallback below
  }
  if (article?.content) {
    pruneArticle(article.content);
    const body = blockText(article.content);
    if (body.length >= 200) {
      const heading = title || squash(article.title ?? '');
      return { kind: 'article', title: heading, text: withTitle(heading, body) };
    }
  }
  const root = fallback.body ?? fallback.documentElement;
  if (!root) return { kind: 'page', title, text: '' };
  for (const header of root.querySelectorAll('header')) if (!header.querySelector('h1')) header.remove();
  pruneArticle(root);
  const body = blockText(root);
  return { kind: 'page', title, text: root.querySelector('h1') ? body : withTitle(title, body) };
}

/** True when most letters of the body are Han, kana or hangul. */
function isDenseScript(doc) {
  const sample = (doc.body?.textContent ?? '').slice(0, 20_000);
  const dense = sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && dense / letters > 0.5;
}

/** The title as the first line (the core reads a short first line as the title). */
function withTitle(title, body) {
  if (!title) return body;
  // A heading that repeats the title further down (a recipe card, a print header) goes.
  const paragraphs = body.split('\n\n');
  body = paragraphs.filter((p, i) => i === 0 || p !== title).join('\n\n');
  const first = body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n'));
  return first === title ? body : `${title}\n\n${body}`;
}

/**
 * The headline: the page's <h1> when it agrees with og:title or <title> (or there is only
 * one <h1>), else og:title, else <title> without its " | Site" part.
 */
export function pageTitle(doc) {
  const meta = (sel) => squash(doc.querySelector(sel)?.getAttribute('content') ?? '');
  const og = meta('meta[property="og:title"]') || meta('meta[name="twitter:title"]');
  const titleTag = stripSiteName(squash(doc.querySelector('title')?.textContent ?? ''));
  const h1s = [...doc.querySelectorAll('h1')].filter((h) => !isHidden(h)).map((h) => squash(h.textContent)).filter((t) => t.length >= 3 && t.length <= 300);
  const known = [og, titleTag].filter(Boolean).map((t) => t.toLowerCase());
  const agreeing = h1s.find((h) => known.some((k) => k.includes(h.toLowerCase()) || h.toLowerCase().includes(k)));
  if (agreeing) return agreeing;
  if (h1s.length === 1) return h1s[0];
  return stripSiteName(og) || titleTag;
}

/** "Story headline | Site name" → "Story headline" (the longest part, when a separator splits it). */
function stripSiteName(title) {
  const parts = title.split(/\s+[|–—·•»:-]\s+/);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 3 ? longest : title;
}

function isHidden(el) {
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true' || hiddenByStyle(n)) return true;
  }
  return false;
}

/** Inline display:none / visibility:hidden (the page renames style= before parsing; both spellings count). */
function hiddenByStyle(el) {
  const style = `${el.getAttribute('style') ?? ''};${el.getAttribute('data-defused-style') ?? ''}`;
  return /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Class and id words of an element: "c-ad-slot most_read" → ["c", "ad", "slot", "most", "read"]. */
function words(el) {
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  return `${cls} ${el.id ?? ''}`.toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

function isFurniture(el) {
  const w = words(el);
  if (w.some((x) => FURNITURE_WORDS.has(x))) return true;
  for (let i = 0; i + 1 < w.length; i++) if (FURNITURE_PAIRS.has(`${w[i]} ${w[i + 1]}`)) return true;
  return false;
}

/** Paragraph text inside an element: a furniture-named wrapper around the story itself is kept. */
function proseLength(el) {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += p.textContent.length;
  return n;
}

/** Removes what is never article text, before Readability looks (same in page and extension). */
function pruneFurniture(doc) {
  for (const el of doc.querySelectorAll(ALWAYS_DROP)) el.remove();
  for (const el of [...doc.querySelectorAll('[style]'), ...doc.querySelectorAll('[data-defused-style]')]) {
    if (!el.isConnected) continue;
    if (hiddenByStyle(el)) el.remove();
    else { el.removeAttribute('style'); el.removeAttribute('data-defused-style'); }
  }
  const body = doc.body;
  if (!body) return;
  // Outermost first: a removed element takes its furniture-named children with it.
  for (const el of body.querySelectorAll('[class], [id]')) {
    if (!el.isConnected || el.tagName === 'BODY' || el.tagName === 'MAIN' || el.tagName === 'ARTICLE') continue;
    if (!isFurniture(el)) continue;
    // A paywalled or oddly named wrapper of the story itself is not furniture.
    if (el.querySelector('h1') || proseLength(el) > 1200) continue;
    el.remove();
  }
}

/** Blocks judged as a whole (inline elements are judged with their paragraph). */
const BLOCKS = 'p, div, li, section, address, header, h2, h3, h4, h5, h6, dd, dt, ul, ol, table';

/** Removes what Readability keeps but is not the story's prose. */
function pruneArticle(root) {
  for (const el of root.querySelectorAll(ALWAYS_DROP)) el.remove();
  for (const el of root.querySelectorAll('[class], [id]')) {
    if (root.contains(el) && isFurniture(el) && !el.querySelector('h1') && proseLength(el) <= 1200) el.remove();
  }
  // (Readability's result is detached from any document: `root.contains`, not `isConnected`.)
  for (const el of [...root.querySelectorAll(BLOCKS)].reverse()) {
    if (!root.contains(el)) continue;
    const text = squash(el.textContent);
    if (!text) { if (!el.querySelector('img')) el.remove(); continue; }
    if (isClutter(el, text)) el.remove();
  }
}

/** A short block that is a prompt, a credit, a byline, a dateline or a list of links. */
export function isClutter(el, text) {
  if (text.length > 300) return false;
  if (PROMPT.test(text) && text.length < 220) return true;
  if (CREDIT.test(text) && text.length < 160) return true;
  const sentence = /[.!?]["”’]?$/.test(text.replace(/\b[ap]\.m\.$/i, 'am'));
  if (BYLINE.test(text) && text.length < 120 && (!sentence || DATE_WORDS.test(text) || text.includes('|'))) return true;
  if (text.length < 90 && !sentence && (DATE_WORDS.test(text) || NUMERIC_DATE.test(text) || (MONTHS.test(text) && /\d/.test(text) && text.split(/\s+/).length <= 8) || /^\d{1,2}[:.]\d{2}\b/.test(text.replace(/^(updated|published)\s*/i, '')) && text.split(/\s+/).length <= 6)) return true;
  // Mostly link text ("Read more: …", a row of related headlines), unless it is a sentence with a link in it.
  const links = [...el.querySelectorAll('a')].reduce((n, a) => n + squash(a.textContent).length, 0);
  if (links > 0 && links / text.length > 0.7 && !(el.tagName === 'P' && /[.!?]["”’]?$/.test(text) && text.length > 120)) return true;
  return false;
}
