// The summary-length slider's scale. A slider from 1 to the sentence count is useless for a
// long text (a 1 MB article has ~10,000 sentences: one pixel is dozens of sentences, and the
// handle of a 5-sentence summary sits pinned at the left). The slider's positions are a
// ladder instead: every count up to 10, then "nice" steps growing about 25 % each (12, 15,
// 20, 25, 30, 40, 50, 60, 80, 100, 120, 150 …), up to the sentence count — a log scale
// whose every stop is a round number. Percentages get a ladder too, finer at the low end.

const NICE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8];

/** Sentence counts a slider offers for a text of `total` sentences (at least 1…5). */
export function sentenceLadder(total) {
  const max = Math.max(5, Math.trunc(total) || 0);
  const ladder = [];
  for (let n = 1; n <= Math.min(10, max); n++) ladder.push(n);
  for (let scale = 10; ladder.at(-1) < max; scale *= 10) {
    for (const f of NICE) {
      const n = Math.round(f * scale);
      if (n > ladder.at(-1) && n < max) ladder.push(n);
    }
    if (scale > max) break;
  }
  if (ladder.at(-1) !== max) ladder.push(max);
  return ladder;
}

/** Percent stops: 1-5 one by one, then every 5 up to 100. */
export const PERCENT_LADDER = [1, 2, 3, 4, ...Array.from({ length: 20 }, (_, i) => 5 * (i + 1))];

/** The ladder index whose value is closest to `value` (ties go to the smaller). */
export function nearestIndex(ladder, value) {
  let best = 0;
  for (let i = 1; i < ladder.length; i++) if (Math.abs(ladder[i] - value) < Math.abs(ladder[best] - value)) best = i;
  return best;
}
