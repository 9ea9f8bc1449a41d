// Tests of the Summarizer facade in the packed package (run by scripts/test-js.sh with Node's test
// runner, like package.test.mjs): the output of each type and format, and the lifecycle the
// Summarizer API specifies — calls settle in a later task, abort signals, destroy(), create()'s
// monitor and signal, language tags, the input quota. The API's own web-platform-tests run in
// Chromium too (tests/wpt/run.mjs); these cover what they do not, and run in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, Summarizer } from 'nutshell-summarizer';

const root = process.env.NUTSHELL_ROOT;
assert.ok(root, 'NUTSHELL_ROOT must name the repository');
const sample = readFileSync(join(root, 'www/sample.txt'), 'utf8');
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const unescape = (s) => s.replace(/\\(.)/g, '$1');
/** Every chunk of a stream (Node 20 has no Array.fromAsync). */
async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}
const words = (s) => [...new Intl.Segmenter('en', { granularity: 'word' }).segment(s)].filter((w) => w.isWordLike);

/** Rejects with a DOMException named `name` (the facade's errors are the platform's). */
async function rejectsDom(promise, name) {
  await assert.rejects(promise, (e) => {
    assert.ok(e instanceof DOMException, `a DOMException, got ${e}`);
    assert.equal(e.name, name);
    return true;
  });
}

test('output: each type and format, from the core’s own sentences', async () => {
  const kp = await Summarizer.create({ type: 'key-points', format: 'markdown', length: 'medium', sharedContext: 'tech news' });
  assert.equal(kp.sharedContext, 'tech news');
  const bullets = (await kp.summarize(sample, { context: 'for investors' })).split('\n');
  const chosen = summarize(sample, { sentences: 5 }).map((s) => oneLine(s.text));
  assert.deepEqual(bullets.map((b) => unescape(b.slice(2))), chosen);
  for (const b of bullets) assert.ok(b.startsWith('- '), b);

  const plain = await Summarizer.create({ type: 'key-points', format: 'plain-text' });
  assert.deepEqual((await plain.summarize(sample)).split('\n'), summarize(sample, { sentences: 3 }).map((s) => '• ' + oneLine(s.text)));

  for (const [length, n] of [['short', 1], ['medium', 3], ['long', 5]]) {
    const tldr = await Summarizer.create({ type: 'tldr', length, format: 'plain-text' });
    assert.equal(await tldr.summarize(sample), summarize(sample, { sentences: n }).map((s) => oneLine(s.text)).join(' '));
    // A teaser: the earliest n of the 2n most central sentences.
    const teaser = await Summarizer.create({ type: 'teaser', length, format: 'plain-text' });
    assert.equal(await teaser.summarize(sample), summarize(sample, { sentences: 2 * n }).slice(0, n).map((s) => oneLine(s.text)).join(' '));
  }

  const h = await Summarizer.create({ type: 'headline', format: 'plain-text' });
  assert.equal(await h.summarize(sample), 'Microsoft Decides Against Using $12 Billion Coreweave Option');
  const md = await Summarizer.create({ type: 'tldr', format: 'markdown' });
  assert.equal(await md.summarize('*Stars* and _underscores_ are [markdown] but stay text here.'), '\\*Stars\\* and \\_underscores\\_ are \\[markdown\\] but stay text here.');
});

test('headline: a whole central sentence that fits, else the best one cut at a word boundary', async () => {
  // No title line. The second sentence is the most central but too long for a short headline.
  const text =
    'Rain is expected tomorrow in the city. ' +
    'The council approved the new budget for schools, roads, parks, the bus lanes, the new bridge and the cost of policing in the city centre after a long debate on Monday. ' +
    'The council said the budget for schools and roads would grow. The council will meet again in May about the budget.';
  const ranked = summarize(text, { sentences: 5 }).sort((a, b) => b.score - a.score).map((s) => oneLine(s.text));
  for (const [length, max] of [['short', 12], ['medium', 17], ['long', 22]]) {
    const line = await (await Summarizer.create({ type: 'headline', length, format: 'plain-text' })).summarize(text);
    const fits = ranked.find((s) => words(s).length <= max);
    assert.equal(line, (fits ?? ranked[0]).replace(/\.$/, ''), length);
    assert.ok(words(line).length <= max);
  }
  // Every sentence too long: the best one, cut.
  const long =
    'The council approved the new budget on Monday after a long debate about schools, roads, parks and the cost of policing in the city centre. ' +
    'Members of the council argued for hours about the price of the new bridge, the bus lanes and the parking fees that shops had asked them to cut.';
  const best = oneLine(summarize(long, { sentences: 5 }).sort((a, b) => b.score - a.score)[0].text);
  const cut = await (await Summarizer.create({ type: 'headline', format: 'plain-text' })).summarize(long);
  assert.equal(cut, best.slice(0, words(best)[12].index).trimEnd().replace(/[,;:]$/, '') + '…');
  // Words are counted by Intl.Segmenter, so text without spaces is cut too.
  const ja = 'これは非常に長い日本語の文章であり、東京の新しい予算について市議会が月曜日に長い議論の末に承認したことを説明しています。';
  const jaLine = await (await Summarizer.create({ type: 'headline', format: 'plain-text', expectedInputLanguages: ['ja'] })).summarize(ja);
  assert.ok(jaLine.endsWith('…') && jaLine.length < ja.length, jaLine);
});

test('summarizeStreaming: one bullet or sentence per chunk, in every type and format', async () => {
  for (const type of ['key-points', 'tldr', 'teaser', 'headline']) {
    for (const format of ['markdown', 'plain-text']) {
      const s = await Summarizer.create({ type, format, length: 'medium' });
      const chunks = await collect(s.summarizeStreaming(sample));
      assert.equal(chunks.join(''), await s.summarize(sample), `${type} ${format}`);
      const expected = { 'key-points': 5, tldr: 3, teaser: 3, headline: 1 }[type];
      assert.equal(chunks.length, expected, `${type} ${format}: ${JSON.stringify(chunks)}`);
      chunks.slice(1).forEach((c) => assert.ok(c.startsWith(type === 'key-points' ? '\n' : ' '), 'each chunk is a delta'));
    }
  }
  const s = await Summarizer.create();
  assert.deepEqual(await collect(s.summarizeStreaming('')), []);
  assert.deepEqual(await collect(s.summarizeStreaming(' \n\t ')), []);
  assert.equal(await s.summarize(' '), '');
});

test('every call settles in a later task: a signal aborted right after the call rejects it', async () => {
  const s = await Summarizer.create();
  for (const call of [(signal) => s.summarize(sample, { signal }), (signal) => s.measureInputUsage(sample, { signal }), (signal) => Summarizer.create({ signal })]) {
    const a = new AbortController();
    const p = call(a.signal);
    a.abort();
    await rejectsDom(p, 'AbortError');
    const custom = new Error('mine');
    const b = new AbortController();
    const q = call(b.signal);
    b.abort(custom);
    await assert.rejects(q, (e) => e === custom);
    // An already aborted signal rejects with its reason too.
    await assert.rejects(call(b.signal), (e) => e === custom);
  }
  // The summarizer is still usable after an aborted call.
  assert.ok((await s.summarize(sample)).length > 0);
  // Streaming: an aborted signal throws at once; an abort right after the call errors the stream.
  const a = new AbortController();
  a.abort(new Error('before'));
  assert.throws(() => s.summarizeStreaming(sample, { signal: a.signal }), { message: 'before' });
  const b = new AbortController();
  const stream = s.summarizeStreaming(sample, { signal: b.signal });
  b.abort();
  await rejectsDom(collect(stream), 'AbortError');
  // Aborting after the stream was read to the end is harmless.
  const c = new AbortController();
  assert.ok((await collect(s.summarizeStreaming(sample, { signal: c.signal }))).length > 0);
  c.abort();
  // Bad arguments reject (or throw, for the stream) with a TypeError, as WebIDL conversion does.
  await assert.rejects(s.summarize(), TypeError);
  await assert.rejects(s.summarize(sample, { signal: 'stop' }), TypeError);
  assert.throws(() => s.summarizeStreaming(), TypeError);
});

test('a settled call leaves no listener on its signal', async () => {
  const s = await Summarizer.create();
  const signal = new AbortController().signal;
  const live = new Set();
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = (type, listener, options) => (live.add(listener), add(type, listener, options));
  signal.removeEventListener = (type, listener, options) => (live.delete(listener), remove(type, listener, options));
  await s.summarize(sample, { signal });
  await s.measureInputUsage(sample, { signal });
  await collect(s.summarizeStreaming(sample, { signal }));
  const reader = s.summarizeStreaming(sample, { signal }).getReader();
  await reader.read();
  await reader.cancel();
  assert.equal(live.size, 0);
});

test('destroy(): calls in flight and every later call reject with an AbortError', async () => {
  const s = await Summarizer.create();
  const inFlight = [s.summarize(sample), s.measureInputUsage(sample)];
  const stream = s.summarizeStreaming(sample);
  s.destroy();
  for (const p of [...inFlight, s.summarize(sample), s.measureInputUsage(sample)]) await rejectsDom(p, 'AbortError');
  await rejectsDom(collect(stream), 'AbortError');
  assert.throws(() => s.summarizeStreaming(sample), (e) => e instanceof DOMException && e.name === 'AbortError');
  s.destroy(); // twice is harmless
});

test("create()'s signal: aborting it after creation destroys the summarizer with its reason", async () => {
  const controller = new AbortController();
  const s = await Summarizer.create({ signal: controller.signal });
  const inFlight = s.summarize(sample);
  const reason = new Error('page closed');
  controller.abort(reason);
  for (const p of [inFlight, s.summarize(sample), s.measureInputUsage('x')]) await assert.rejects(p, (e) => e === reason);
});

test('monitor: downloadprogress events 0 then 1 (of 1) before create() resolves', async () => {
  const events = [];
  let handled = 0;
  let created = false;
  const s = await Summarizer.create({
    monitor(m) {
      m.addEventListener('downloadprogress', (e) => {
        assert.equal(created, false, 'no event after create() resolved');
        events.push(e);
      });
      m.ondownloadprogress = () => (handled += 1);
    },
  });
  created = true;
  assert.ok(s instanceof Summarizer);
  assert.deepEqual(events.map((e) => [e.type, e.loaded, e.total, e.lengthComputable]), [['downloadprogress', 0, 1, true], ['downloadprogress', 1, 1, true]]);
  assert.equal(handled, 2, 'the ondownloadprogress handler sees them too');

  // Aborted after the first event: create() rejects with the reason and no event follows.
  const controller = new AbortController();
  const seen = [];
  const reason = new Error('cancelled');
  const p = Summarizer.create({
    signal: controller.signal,
    monitor: (m) => m.addEventListener('downloadprogress', (e) => {
      seen.push(e.loaded);
      controller.abort(reason);
    }),
  });
  await assert.rejects(p, (e) => e === reason);
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(seen, [0]);

  // A monitor that throws rejects create() with that error.
  const thrown = new Error('monitor failed');
  await assert.rejects(Summarizer.create({ monitor: () => { throw thrown; } }), (e) => e === thrown);
  await assert.rejects(Summarizer.create({ monitor: 'yes' }), TypeError);
});

test('language tags: validated (RangeError), canonicalized, matched to nutshell’s languages', async () => {
  await assert.rejects(Summarizer.create({ expectedInputLanguages: ['en-abc-invalid'] }), RangeError);
  await assert.rejects(Summarizer.availability({ outputLanguage: 'not a tag' }), RangeError);
  await assert.rejects(Summarizer.availability({ expectedContextLanguages: 'en' }), TypeError, 'a sequence, not a string');

  const s = await Summarizer.create({ expectedInputLanguages: ['EN', 'en-GB', 'en'], expectedContextLanguages: ['de-CH'], outputLanguage: 'en-US' });
  assert.deepEqual(s.expectedInputLanguages, ['en'], 'best-fit matches, without duplicates');
  assert.ok(Object.isFrozen(s.expectedInputLanguages));
  assert.deepEqual(s.expectedContextLanguages, ['de']);
  assert.equal(s.outputLanguage, 'en');
  const plain = await Summarizer.create({ expectedInputLanguages: [] });
  assert.deepEqual([plain.expectedInputLanguages, plain.expectedContextLanguages, plain.outputLanguage], [null, null, null]);

  assert.equal(await Summarizer.availability(), 'available');
  assert.equal(await Summarizer.availability({ expectedInputLanguages: ['fr-CA', 'de'] }), 'available');
  for (const options of [
    { expectedInputLanguages: ['zu'] },
    { expectedInputLanguages: ['en', 'tlh'] },
    { expectedContextLanguages: ['jp'] },
    { outputLanguage: 'zu' },
    // Extractive: the summary is in the input's language, so it cannot be asked for in another.
    { expectedInputLanguages: ['en'], outputLanguage: 'fr' },
  ]) {
    assert.equal(await Summarizer.availability(options), 'unavailable', JSON.stringify(options));
    await rejectsDom(Summarizer.create(options), 'NotSupportedError');
  }
  // One expected input language is the core's language hint.
  const fr = 'Le conseil municipal a voté le budget lundi. Les écoles recevront plus d’argent. La ville construira un pont.';
  const hinted = await Summarizer.create({ type: 'tldr', format: 'plain-text', expectedInputLanguages: ['fr'] });
  assert.equal(await hinted.summarize(fr), oneLine(summarize(fr, { sentences: 1, language: 'fr' })[0].text));
});

test('options are checked as the browser checks them', async () => {
  for (const bad of [{ type: 'poem' }, { format: 'html' }, { length: 'huge' }, { preference: 'quality' }, 42]) {
    await assert.rejects(Summarizer.create(bad), TypeError, JSON.stringify(bad));
    await assert.rejects(Summarizer.availability(bad), TypeError, JSON.stringify(bad));
  }
  const s = await Summarizer.create({ preference: 'speed', type: 'tldr' });
  assert.deepEqual([s.type, s.format, s.length, s.sharedContext], ['tldr', 'markdown', 'short', '']);
  const defaults = await Summarizer.create(null);
  assert.deepEqual([defaults.type, defaults.format, defaults.length], ['key-points', 'markdown', 'short']);
  assert.throws(() => new Summarizer(), TypeError);
  assert.equal(Object.prototype.toString.call(s), '[object Summarizer]');
  // The static methods work unbound, as the platform's do.
  const { create, availability } = Summarizer;
  assert.ok((await create()) instanceof Summarizer);
  assert.equal(await availability(), 'available');
});

test('inputQuota and measureInputUsage count UTF-8 bytes, as the core’s maxInputBytes does', async () => {
  const s = await Summarizer.create();
  assert.equal(s.inputQuota, 20 * 1024 * 1024);
  for (const text of ['', 'héllo', '😀 crab 🦀', '中文', 'lone \uD800 surrogate \uDC00 here', 'x'.repeat(1000)]) {
    // A lone surrogate is U+FFFD (3 bytes) for the module and for Buffer alike.
    assert.equal(await s.measureInputUsage(text), Buffer.byteLength(text), JSON.stringify(text).slice(0, 40));
  }
  const over = 'x'.repeat(s.inputQuota - 3) + '😀';
  assert.equal(await s.measureInputUsage(over), s.inputQuota + 1);
  for (const call of [() => s.summarize(over), () => collect(s.summarizeStreaming(over))]) {
    await assert.rejects(call(), (e) => {
      assert.equal(e.name, 'QuotaExceededError');
      assert.deepEqual([e.requested, e.quota], [s.inputQuota + 1, s.inputQuota]);
      return true;
    });
  }
  // The core's maxInputBytes (which the facade passes as the quota) counts the same bytes:
  // at the measured size it accepts the text, one byte less and it refuses it.
  for (const text of ['Crabs 😀 write Rust. The crab 🦀 likes the web.', 'A lone \uD800 surrogate. And \uDC00 another one here.', 'Émile wrote 中文 text. It was short.']) {
    const usage = await s.measureInputUsage(text);
    assert.ok(summarize(text, { sentences: 1, maxInputBytes: usage }).length > 0);
    assert.throws(() => summarize(text, { sentences: 1, maxInputBytes: usage - 1 }), new RegExp(`^Error: the input is ${usage} bytes`));
  }
});
