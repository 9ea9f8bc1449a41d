// The highlight layer: a copy of the text behind the (transparent) text box, with <mark>s for
// the summary sentences and the pressed chip's mentions. The pieces come from the pure
// highlightPieces(); this file only turns them into nodes and scrolls to them.
import { highlightPieces } from '../ui/highlight.js';

/**
 * Longer texts get no highlight layer: laying out a second copy of a long text costs the main
 * thread hundreds of milliseconds. Jumps then select the sentence in the text box instead.
 */
export const HIGHLIGHT_LIMIT = 150_000;

const input = () => document.getElementById('input');
const mirror = () => document.getElementById('mirror');
const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** Draws `text` with its highlights; returns false when the text is too long to mirror. */
export function paintMirror(text, summary, mentions) {
  const m = mirror();
  if (text.length > HIGHLIGHT_LIMIT) {
    m.replaceChildren();
    return false;
  }
  const nodes = highlightPieces(text.length, summary, mentions).map(({ start, end, sentence, mention }) => {
    const piece = text.slice(start, end);
    if (sentence < 0 && !mention) return document.createTextNode(piece);
    const mark = document.createElement('mark');
    mark.textContent = piece;
    if (sentence >= 0) { mark.className = 'hl'; mark.dataset.s = String(sentence); }
    if (mention) mark.classList.add('mention');
    return mark;
  });
  nodes.push(document.createTextNode('\u200b')); // a final newline takes a line in a textarea too
  m.replaceChildren(...nodes);
  m.scrollTop = input().scrollTop;
  return true;
}

export function clearMirror() {
  mirror().replaceChildren();
}

/** Without highlights (a long text): select the range in the text box, which scrolls it into view. */
export function selectInText(range) {
  const t = input();
  t.focus({ preventScroll: true });
  t.setSelectionRange(range.start, range.start);
  t.blur();
  t.focus();
  t.setSelectionRange(range.start, range.end);
}

/** Scrolls the text box (and the page, if needed) so that `range` is in view. */
export function scrollToRange(range) {
  if (!range) return;
  const m = mirror();
  if (!m.firstChild) { selectInText(range); return; }
  const behavior = reduceMotion.matches ? 'auto' : 'smooth';
  // The first node that reaches the range's start: its offsetTop is its place in the text.
  let top = null;
  let offset = 0;
  for (const node of m.childNodes) {
    const length = node.textContent.length;
    if (offset + length > range.start) { top = node.nodeType === 1 ? node.offsetTop : null; break; }
    offset += length;
  }
  if (top === null) return;
  const t = input();
  t.scrollTo({ top: Math.max(0, top - t.clientHeight / 4), behavior });
  const editor = document.getElementById('editor');
  const box = editor.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) editor.scrollIntoView({ block: 'nearest', behavior });
}

let flashTimer = 0;
/** Flashes the marks of summary sentence `i` (a static highlight with reduced motion). */
export function flashSentence(i) {
  const marks = mirror().querySelectorAll(`mark[data-s="${i}"]`);
  for (const mk of marks) {
    mk.classList.remove('flash');
    void mk.offsetWidth; // restart the animation
    mk.classList.add('flash');
  }
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => { for (const mk of marks) mk.classList.remove('flash'); }, 1700);
}
