// Unit tests of the page's pure pieces (www/ui/): the highlight layer, the length ladder, the
// entity groups, counts and wording. Node's test runner, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightPieces } from '../../www/ui/highlight.js';
import { sentenceLadder, PERCENT_LADDER, nearestIndex } from '../../www/ui/length.js';
import { groupEntities, entityTypeTable, ENTITY_TYPES } from '../../www/ui/entity-types.js';
import { plural, countWords, secondsSaved, formatDuration, formatBytes, unsupportedParts, unsupportedNote, WORDS_PER_MINUTE } from '../../www/ui/format.js';
import { summaryFileName } from '../../www/ui/export.js';

/** The pieces as [text, sentence, mention] triples, and a check that they tile the text. */
function cut(text, sentences, mentions) {
  const pieces = highlightPieces(text.length, sentences, mentions);
  let at = 0;
  for (const p of pieces) {
    assert.equal(p.start, at, 'pieces are consecutive');
    assert.ok(p.end > p.start, 'no empty piece');
    at = p.end;
  }
  assert.equal(at, text.length, 'pieces cover the text');
  return pieces.map((p) => [text.slice(p.start, p.end), p.sentence, p.mention]);
}

test('highlight pieces: every case, each piece slices back to its text', () => {
  const text = 'Alpha beta. Gamma delta. Epsilon.';
  const s = (a, b) => ({ start: text.indexOf(a), end: text.indexOf(b) + b.length });
  const table = [
    ['nothing marked', [], [], [['Alpha beta. Gamma delta. Epsilon.', -1, false]]],
    ['one sentence', [s('Gamma', 'delta.')], [], [['Alpha beta. ', -1, false], ['Gamma delta.', 0, false], [' Epsilon.', -1, false]]],
    ['two sentences keep their index', [s('Alpha', 'beta.'), s('Epsilon', 'Epsilon.')], [],
      [['Alpha beta.', 0, false], [' Gamma delta. ', -1, false], ['Epsilon.', 1, false]]],
    ['a mention inside a sentence', [s('Gamma', 'delta.')], [s('delta', 'delta')],
      [['Alpha beta. ', -1, false], ['Gamma ', 0, false], ['delta', 0, true], ['.', 0, false], [' Epsilon.', -1, false]]],
    ['a mention outside sentences', [], [s('beta', 'beta')], [['Alpha ', -1, false], ['beta', -1, true], ['. Gamma delta. Epsilon.', -1, false]]],
    ['a mention across a sentence edge', [s('Gamma', 'delta.')], [{ start: 6, end: 17 }],
      [['Alpha ', -1, false], ['beta. ', -1, true], ['Gamma', 0, true], [' delta.', 0, false], [' Epsilon.', -1, false]]],
    ['overlapping mentions merge', [], [{ start: 0, end: 5 }, { start: 3, end: 10 }], [['Alpha beta', -1, true], ['. Gamma delta. Epsilon.', -1, false]]],
    ['ranges past the end are clamped', [{ start: 25, end: 999 }], [], [['Alpha beta. Gamma delta. ', -1, false], ['Epsilon.', 0, false]]],
    ['empty and reversed ranges are ignored', [{ start: 5, end: 5 }, { start: 9, end: 3 }], [{ start: -4, end: 0 }], [['Alpha beta. Gamma delta. Epsilon.', -1, false]]],
    ['the whole text', [{ start: 0, end: text.length }], [], [[text, 0, false]]],
  ];
  const failures = [];
  for (const [name, sentences, mentions, want] of table) {
    const got = cut(text, sentences, mentions);
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${name}: ${JSON.stringify(got)}`);
  }
  assert.deepEqual(failures, []);
});

test('highlight pieces: UTF-16 offsets (emoji, RTL, CJK) slice whole characters', () => {
  const text = 'Hi 👋🏽 there. مرحبا بالعالم. 你好世界。';
  const sentences = [{ start: 0, end: text.indexOf('.') + 1 }, { start: text.indexOf('你'), end: text.length }];
  const mentions = [{ start: text.indexOf('👋'), end: text.indexOf('👋') + '👋🏽'.length }, { start: text.indexOf('بالعالم'), end: text.indexOf('بالعالم') + 7 }];
  const got = cut(text, sentences, mentions);
  assert.deepEqual(got.filter(([, , m]) => m).map(([t]) => t), ['👋🏽', 'بالعالم']);
  assert.deepEqual(got.filter(([, si]) => si === 1).map(([t]) => t).join(''), '你好世界。');
  assert.equal(got.map(([t]) => t).join(''), text);
});

test('highlight pieces: linear in the number of ranges (10,000 sentences, 10,000 mentions)', () => {
  const n = 10_000;
  const sentences = Array.from({ length: n }, (_, i) => ({ start: i * 100, end: i * 100 + 60 }));
  const mentions = Array.from({ length: n }, (_, i) => ({ start: i * 100 + 50, end: i * 100 + 70 }));
  const pieces = highlightPieces(n * 100, sentences, mentions);
  assert.equal(pieces.length, 4 * n); // each sentence: plain, sentence, sentence+mention, mention after it
  assert.equal(pieces.filter((p) => p.mention && p.sentence >= 0).length, n);
});

test('length ladder: every count up to 10, then round steps, up to the sentence count', () => {
  assert.deepEqual(sentenceLadder(3), [1, 2, 3, 4, 5]);
  assert.deepEqual(sentenceLadder(14), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14]);
  const big = sentenceLadder(9_731);
  assert.deepEqual(big.slice(0, 14), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25]);
  assert.equal(big.at(-1), 9_731);
  assert.ok(big.length < 50, `a 1 MB text's slider has few stops: ${big.length}`);
  for (let i = 1; i < big.length; i++) assert.ok(big[i] > big[i - 1] && big[i] / big[i - 1] <= 2, `${big[i - 1]} → ${big[i]}`);
  assert.equal(nearestIndex(big, 5), 4);
  assert.equal(big[nearestIndex(big, 130)], 120);
  assert.deepEqual(PERCENT_LADDER.slice(0, 6), [1, 2, 3, 4, 5, 10]);
  assert.equal(PERCENT_LADDER.at(-1), 100);
});

test('entity groups: table order, unknown types last under their code, empty groups dropped', () => {
  const entities = [
    { name: 'Berlin', type: 'LOCATION' }, { name: 'Ada', type: 'PERSON' }, { name: 'x', type: 'NEWTYPE' }, { name: '5%', type: 'PERCENT' },
  ];
  assert.deepEqual(groupEntities(entities).map((g) => [g.code, g.label, g.entities.length]),
    [['PERSON', 'People', 1], ['LOCATION', 'Places', 1], ['PERCENT', 'Percentages', 1], ['NEWTYPE', 'NEWTYPE', 1]]);
  assert.deepEqual(groupEntities([]), []);
  // The core's table, once exported, replaces the fallback (objects or [code, label, group] rows).
  const core = [['ORG', 'Companies', 'names'], ['PERSON', 'Persons', 'names']];
  assert.deepEqual(entityTypeTable(core).map((t) => t.label), ['Companies', 'Persons']);
  assert.equal(entityTypeTable(null), ENTITY_TYPES);
  assert.equal(entityTypeTable([{ nope: 1 }]), ENTITY_TYPES);
});

test('counts, plurals, reading time and sizes', () => {
  assert.equal(plural(1, 'word'), '1 word');
  assert.equal(plural(0, 'sentence'), '0 sentences');
  assert.equal(plural(12345, 'word'), '12,345 words');
  assert.equal(countWords('The cat’s 3.5 mats are done!'), 6);
  assert.ok(countWords('你好世界。我们走吧。') >= 2, 'scripts without spaces have words too');
  assert.equal(WORDS_PER_MINUTE, 238);
  assert.equal(secondsSaved(238, 0), 60);
  assert.equal(secondsSaved(10, 20), 0);
  assert.deepEqual([10, 44, 46, 3599, 3660].map(formatDuration), ['10 s', '45 s', '1 min', '1 h', '1 h 1 min']);
  assert.deepEqual([800, 1_500_000, 20 * 1048576, 23_400_000].map(formatBytes), ['1 KB', '1.4 MB', '20 MB', '22 MB']);
  assert.equal(summaryFileName('Microsoft Decides Against Using $12 Billion Coreweave Option'), 'microsoft-decides-against-using-12-billion-coreweave-option-summary.md');
  assert.equal(summaryFileName(undefined), 'article-summary.md');
});

test('unsupported languages: the note names what is missing; no field means everything works', () => {
  assert.deepEqual(unsupportedParts({ language: 'en' }), []);
  assert.equal(unsupportedNote({ language: 'en' }), '');
  const de = { language: 'de', unsupported: ['keywords', 'entities'] };
  assert.deepEqual(unsupportedParts(de), ['keywords', 'entities']);
  assert.equal(unsupportedNote(de), 'German text: nutshell summarizes it, but cannot find keywords and names, places and figures in it yet.');
  assert.equal(unsupportedNote({ language: 'fr', unsupported: ['entities'] }), 'French text: nutshell summarizes it, but cannot find names, places and figures in it yet.');
});
