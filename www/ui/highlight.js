// The highlight layer as a pure function: which pieces of the text are summary sentences
// and which are mentions of the pressed chip. Offsets are UTF-16 code units (what the
// engine returns and String.prototype.slice takes). The page turns the pieces into text
// nodes and <mark>s; the tests check them without a browser.

/**
 * Cuts [0, length) into consecutive pieces at every sentence and mention edge.
 * @param {number} length  the text's length
 * @param {{start: number, end: number}[]} sentences  summary sentences (their index is the piece's `sentence`)
 * @param {{start: number, end: number}[]} mentions  ranges to mark as mentions (may overlap sentences)
 * @returns {{start: number, end: number, sentence: number, mention: boolean}[]}  `sentence` is -1 outside sentences
 */
export function highlightPieces(length, sentences = [], mentions = []) {
  const clamp = (x) => Math.max(0, Math.min(length, Math.trunc(Number(x)) || 0));
  const edges = new Set([0, length]);
  const spans = [];
  sentences.forEach((s, i) => {
    const start = clamp(s.start);
    const end = clamp(s.end);
    if (end > start) { spans.push({ start, end, sentence: i }); edges.add(start); edges.add(end); }
  });
  const marks = [];
  for (const m of mentions) {
    const start = clamp(m.start);
    const end = clamp(m.end);
    if (end > start) { marks.push({ start, end }); edges.add(start); edges.add(end); }
  }
  const cuts = [...edges].sort((a, b) => a - b);
  spans.sort((a, b) => a.start - b.start);
  marks.sort((a, b) => a.start - b.start);
  const pieces = [];
  let si = 0;
  let mi = 0;
  const open = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k];
    const end = cuts[k + 1];
    while (si < spans.length && spans[si].end <= start) si++;
    // Mentions covering [start, end): keep a small window of candidates (ranges are sorted by start).
    while (mi < marks.length && marks[mi].start <= start) open.push(marks[mi++]);
    for (let j = open.length - 1; j >= 0; j--) if (open[j].end <= start) open.splice(j, 1);
    let sentence = -1;
    for (let j = si; j < spans.length && spans[j].start <= start; j++) {
      if (spans[j].end > start) { sentence = spans[j].sentence; break; }
    }
    const mention = open.length > 0;
    const last = pieces.at(-1);
    if (last && last.sentence === sentence && last.mention === mention) last.end = end;
    else pieces.push({ start, end, sentence, mention });
  }
  return pieces;
}
