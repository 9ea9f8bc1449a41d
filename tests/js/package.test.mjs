// Tests of the packed npm package, run by scripts/test-js.sh with Node's test
// runner inside a temporary project where dist/nutshell-summarizer-<version>.tgz is installed
// (so `import 'nutshell-summarizer'` resolves exactly as it will for a user).
// NUTSHELL_ROOT points at the repository (fixtures and the native CLI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import init, { analyze, summarize, sentences, keywords, entities, entityTypes, languages, hasEntityModel, hasEntityModelFor, entityModelLanguages, entityModelFile, loadModel, isReady, initSync, defaultMaxInputBytes, Analyzer, renderSummary, escapeMarkdown } from 'nutshell-summarizer';

const root = process.env.NUTSHELL_ROOT;
assert.ok(root, 'NUTSHELL_ROOT must name the repository');
const sample = readFileSync(join(root, 'www/sample.txt'), 'utf8');

/** Asserts item.text === text.slice(item.start, item.end). */
function assertSlice(text, item) {
  assert.equal(text.slice(item.start, item.end), item.text, `span ${item.start}..${item.end}`);
}

test('ready on import in Node; init() resolves; initSync is harmless', async () => {
  assert.equal(isReady(), true);
  await init();
  initSync(new Uint8Array(0)); // already initialized: ignored
  assert.equal(defaultMaxInputBytes(), 20 * 1024 * 1024);
});

test('summarizes the seed article with exact spans and the CLI field names', () => {
  const a = analyze(sample, { sentences: 3 });
  assert.deepEqual(Object.keys(a), ['language', 'unsupported', 'title', 'sentence_count', 'word_count', 'summary', 'keywords', 'entities']);
  assert.equal(a.language, 'en');
  assert.equal(a.title.text, 'Microsoft Decides Against Using $12 Billion Coreweave Option');
  assertSlice(sample, a.title);
  assert.equal(a.summary.length, 3);
  for (const s of a.summary) {
    assert.deepEqual(Object.keys(s), ['index', 'text', 'start', 'end', 'score', 'rank', 'reasons']);
    assert.deepEqual(Object.keys(s.reasons), ['position', 'centrality_rank', 'candidates', 'title_words', 'key_terms']);
    assert.ok(s.score >= 0 && s.score <= 1 && s.rank < 3);
    assertSlice(sample, s);
  }
  assert.ok(a.keywords.length > 0);
  for (const k of a.keywords) {
    assert.deepEqual(Object.keys(k), ['text', 'score', 'spans']);
    for (const sp of k.spans) assert.deepEqual(Object.keys(sp), ['start', 'end']);
  }
  assert.deepEqual(summarize(sample, { sentences: 3 }), a.summary);
  const all = sentences(sample);
  assert.equal(all.length, a.sentence_count);
  for (const s of all) assertSlice(sample, s);
  assert.deepEqual(keywords(sample, { keywords: 4 }), a.keywords.slice(0, 4));
});

test('offsets are UTF-16 code units, also with emoji and astral characters', () => {
  const text =
    'Crabs 🦀 Take Over the Web\n\n' +
    'The 🦀 crab 😀 likes 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters and WebAssembly. The crab 🦀 writes Rust every day for the web. ' +
    'Émile wrote 中文 text about the crab 🦀 and WebAssembly. Family emoji 👨‍👩‍👧 count as one word here.';
  const a = analyze(text, { sentences: 2 });
  assertSlice(text, a.title);
  for (const s of a.summary) assertSlice(text, s);
  for (const s of sentences(text)) assertSlice(text, s);
  const crab = a.keywords.find((k) => k.text.toLowerCase() === 'crab');
  assert.ok(crab, 'crab is a keyword');
  for (const sp of crab.spans) assert.match(text.slice(sp.start, sp.end), /^[Cc]rabs?$/); // 'Crabs' in the title too
});

test('entities: mentions slice in UTF-16, entities as in analyze', () => {
  const text = 'Émile 😀 paid $12 billion to the 🦀 Rust Foundation on Monday, March 3, 2025. Write to crab@example.com for 25% more.';
  const found = entities(text);
  assert.deepEqual(Object.keys(found), ['mentions', 'entities']);
  const types = found.mentions.map((m) => m.type);
  for (const t of ['MONEY', 'DATE', 'EMAIL', 'PERCENT']) assert.ok(types.includes(t), `${t} in ${types}`);
  for (const m of found.mentions) assertSlice(text, m);
  for (const e of found.entities) for (const sp of e.mentions) assert.ok(text.slice(sp.start, sp.end).length > 0);
  assert.deepEqual(analyze(text).entities, found.entities);
  assert.equal(typeof hasEntityModel(), 'boolean');
});

test('entityTypes: the core table, one row per type an entity can have', () => {
  const table = entityTypes();
  assert.deepEqual(table.map((t) => t.code), ['PERSON', 'ORG', 'LOCATION', 'MONEY', 'PERCENT', 'DATE', 'TIME', 'QUANTITY', 'EMAIL', 'URL', 'MISC']);
  for (const t of table) {
    assert.deepEqual(Object.keys(t), ['code', 'label', 'description', 'source', 'group', 'color']);
    assert.ok(['model', 'rules'].includes(t.source) && ['names', 'figures', 'contacts'].includes(t.group), t.code);
  }
  const codes = new Set(table.map((t) => t.code));
  const text = 'Jensen Huang of Nvidia paid $12 billion in Berlin on Monday at 10:30 a.m., up 25%, for 5 km. See https://example.com or crab@example.com.';
  for (const m of entities(text).mentions) assert.ok(codes.has(m.type), m.type);
});

test('loadModel: bad bytes throw an Error and keep the model; the package has its model built in', () => {
  assert.equal(hasEntityModel(), true, 'the default package embeds the model');
  const text = 'Jensen Huang, the chief executive of Nvidia, spoke in Berlin on Monday.';
  const before = entities(text);
  assert.throws(() => loadModel(new TextEncoder().encode('definitely not a nutshell model')), { name: 'Error', message: /^invalid model: / });
  assert.throws(() => loadModel(new ArrayBuffer(3)), /invalid model: the model is truncated/);
  assert.equal(hasEntityModel(), true);
  assert.deepEqual(entities(text), before, 'the model in use is unchanged');
});

test('entity models are per language: the package tags English names; a model file per language', () => {
  assert.ok(entityModelLanguages().includes('en'), String(entityModelLanguages()));
  assert.equal(hasEntityModelFor('en'), true);
  assert.equal(hasEntityModelFor('English'), true);
  assert.equal(hasEntityModelFor('klingon'), false);
  assert.equal(entityModelFile('en'), 'ner.bin');
  assert.equal(entityModelFile('klingon'), undefined);
  const two = new Analyzer({});
  assert.deepEqual(two.entityModelLanguages, entityModelLanguages());
  assert.equal(two.hasEntityModelFor('en'), true);
  two.free();
});

test('lone surrogates do not crash and offsets still line up', () => {
  const text = 'A \uD800 first sentence here. Second sentence \uDC00 here. Third 😀 one \uDBFF.';
  for (const s of sentences(text)) {
    // The module reads a lone surrogate as U+FFFD: same length, same place.
    assert.equal(text.slice(s.start, s.end).toWellFormed(), s.text);
  }
  assert.doesNotThrow(() => analyze(text));
  assert.doesNotThrow(() => keywords('\uD800'.repeat(50) + ' word word word'));
});

test('errors are Errors with clear messages; the module survives them', () => {
  const cases = [
    [{ sentences: -3 }, 'options.sentences must be a positive integer, got -3'],
    [{ sentense: 3 }, "unknown option 'sentense'"],
    [{ foo: 1, bar: 2 }, "unknown options 'foo', 'bar'"],
    [{ words: 0 }, 'options.words must be a positive integer, got 0'],
    [{ ratio: 0 }, 'options.ratio must be a number greater than 0 and at most 1, got 0'],
    [{ length: 'huge' }, "options.length must be 'short', 'medium' or 'long', got 'huge'"],
    [{ language: 'xx' }, "options.language is not a language nutshell knows: 'xx' (try 'auto' or a code such as 'en')"],
    [{ sentences: 2, ratio: 0.5 }, 'options.sentences, options.words, options.ratio and options.length are alternatives: give at most one of them'],
    [{ sentences: NaN }, 'options.sentences must be a positive integer, got NaN'],
    [{ sentences: '3' }, "options.sentences must be a number, got '3'"],
    [{ keywords: -1 }, 'options.keywords must be a non-negative integer, got -1'],
    [{ maxInputBytes: 10 }, /^the input is \d+ bytes, more than the maximum of 10 bytes/],
    [[1, 2], 'options must be an object, got an array'],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => summarize(sample, options), (e) => {
      assert.ok(e instanceof Error, 'a real Error');
      if (message instanceof RegExp) assert.match(e.message, message);
      else assert.equal(e.message, message);
      return true;
    });
  }
  assert.throws(() => sentences(42), { message: 'text must be a string, got 42' });
  assert.throws(() => summarize(undefined), { message: 'text must be a string, got undefined' });
  assert.throws(() => analyze(' \n\t'), { message: 'the input is empty: there is no text to analyse' });
  assert.equal(summarize(sample, { sentences: 1 }).length, 1, 'still usable');
});

test('a text too large for the memory left gets the size error, not a trap; the module survives', () => {
  // 48 MB with the limit raised: more than a 4 GB wasm32 memory could analyse in the worst case,
  // so it is refused up front (before: `RuntimeError: unreachable` once memory ran out).
  const text = 'The council met again and voted on it. '.repeat(Math.ceil((48 << 20) / 39));
  assert.throws(() => analyze(text, { maxInputBytes: 64 << 20 }), (e) => {
    assert.ok(e instanceof Error && !(e instanceof WebAssembly.RuntimeError), 'a plain Error');
    assert.match(e.message, /^the input is \d+ bytes, too large for the memory left to analyse it/);
    return true;
  });
  assert.equal(summarize(sample, { sentences: 1 }).length, 1, 'still usable');
});

test('Analyzer: options checked once, its own model, free()', () => {
  const two = new Analyzer({ sentences: 2, keywords: 3 });
  assert.equal(two.summarize(sample).length, 2);
  const a = two.analyze(sample);
  assert.equal(a.summary.length, 2);
  assert.equal(a.keywords.length, 3);
  assert.deepEqual(a.summary, summarize(sample, { sentences: 2 }));
  assert.equal(two.hasEntityModel, true);
  assert.throws(() => new Analyzer({ ratio: 2 }), { message: 'options.ratio must be a number greater than 0 and at most 1, got 2' });
  assert.throws(() => new Analyzer({}, new Uint8Array([1, 2, 3])), /invalid model/);
  const model = readFileSync(join(root, 'models/ner.bin'));
  const own = new Analyzer({ entities: true }, model.buffer.slice(model.byteOffset, model.byteOffset + model.byteLength));
  assert.ok(own.entities(sample).entities.some((e) => e.name === 'Jensen Huang'));
  own.free();
  assert.throws(() => own.summarize(sample));
  two.free();
  assert.equal(summarize(sample, { sentences: 1 }).length, 1, 'the module functions are unaffected');
});

test('hostile options give an Error, never kill the module', () => {
  const trap = () => { throw new Error('trap'); };
  const proxy = new Proxy({}, { ownKeys: trap, get: trap, getOwnPropertyDescriptor: trap });
  const getter = Object.defineProperty({}, 'sentences', { get: trap, enumerable: true });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const hostile = [proxy, getter, revoked];
  for (let i = 0; i < 10000; i++) {
    assert.throws(() => summarize('One sentence. Another one.', hostile[i % 3]), /could not be read/);
  }
  assert.throws(() => new Analyzer(proxy), /could not be read/);
  assert.equal(summarize(sample, { sentences: 3 }).length, 3);
});

test('renderSummary: the one text and Markdown rendering', () => {
  const a = analyze(sample, { sentences: 2, keywords: 2 });
  const md = renderSummary(a, 'markdown');
  assert.ok(md.startsWith('# Microsoft Decides Against Using $12 Billion Coreweave Option\n\n- '), md);
  assert.equal(md.split('\n').filter((l) => l.startsWith('- ')).length, 2);
  assert.match(md, /\*\*Keywords:\*\* /);
  assert.equal(renderSummary(a, 'text'), a.summary.map((s) => s.text.replace(/\s+/g, ' ').trim() + '\n').join(''));
  assert.equal(escapeMarkdown('*a* [b]\n- c'), '\\*a\\* \\[b\\] - c');
  assert.throws(() => renderSummary(a, 'html'), /format must be 'text' or 'markdown'/);
});

test('options: undefined/null values mean the default; a budget per call', () => {
  assert.deepEqual(summarize(sample, { sentences: undefined, language: null }), summarize(sample));
  assert.equal(summarize(sample, { sentences: 5 }).length, 5);
  assert.ok(summarize(sample, { words: 40 }).reduce((n, s) => n + s.text.split(/\s+/).length, 0) <= 40);
  assert.equal(analyze(sample, { keywords: 0 }).keywords.length, 0);
  assert.equal(analyze('Ceci est un texte. Il parle de la France et des Français.', { language: 'fr' }).language, 'fr');
});

test('random input never crashes and every span lines up', () => {
  let seed = 12345;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ['word', 'The', 'Mr.', 'U.S.', ' ', ' ', '\n', '\n\n', '.', '!', '?', '"', '😀', '🦀', 'é', '中文', '\uD800', '\uDC00', '\u0301', '3.5', '$12', '-', '\t', '\u00A0', '\u2028', '\0', 'Ω'];
  for (let i = 0; i < 300; i++) {
    let text = '';
    const n = rand(400);
    for (let j = 0; j < n; j++) text += pieces[rand(pieces.length)];
    let a;
    try {
      a = analyze(text, { sentences: 1 + rand(5) });
    } catch (e) {
      assert.equal(e.message, 'the input is empty: there is no text to analyse', JSON.stringify(text));
      continue;
    }
    const wf = (s) => s.toWellFormed();
    for (const s of a.summary) assert.equal(wf(text.slice(s.start, s.end)), s.text);
    for (const s of sentences(text)) assert.equal(wf(text.slice(s.start, s.end)), s.text);
    for (const k of a.keywords) for (const sp of k.spans) assert.ok(0 <= sp.start && sp.start < sp.end && sp.end <= text.length);
    for (const m of entities(text).mentions) assert.equal(wf(text.slice(m.start, m.end)), m.text);
  }
});

// Determinism: the module and the native CLI give the same answers.
function utf16Offsets(text) {
  // byte offset → UTF-16 offset, for every char boundary
  const map = new Map();
  let bytes = 0;
  let units = 0;
  for (const ch of text) {
    map.set(bytes, units);
    bytes += Buffer.byteLength(ch);
    units += ch.length;
  }
  map.set(bytes, units);
  return (b) => {
    assert.ok(map.has(b), `byte offset ${b} is a char boundary`);
    return map.get(b);
  };
}

function fixtures() {
  const files = [join(root, 'www/sample.txt')];
  const dir = join(root, 'tests/fixtures');
  if (existsSync(dir)) {
    for (const d of readdirSync(dir)) if (existsSync(join(dir, d, 'input.txt'))) files.push(join(dir, d, 'input.txt'));
  }
  const extra = mkdtempSync(join(tmpdir(), 'nutshell-fixture-'));
  const unicode = join(extra, 'unicode.txt');
  writeFileSync(
    unicode,
    'Crabs 🦀 Take Over the Web\n\nThe 🦀 crab 😀 likes 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters and WebAssembly. ' +
      'The crab 🦀 writes Rust every day for the web. Émile wrote 中文 text about the crab 🦀.\n\n' +
      'Later, the crab moved to Zürich — and kept writing Rust for the web. ' + sample,
  );
  files.push(unicode);
  return files;
}

const closeScore = (a, b) => Math.abs(a - b) <= 1e-5 * Math.max(1, Math.abs(a));

test('the JS results equal the native CLI JSON (after converting offsets)', () => {
  const cli = join(root, 'target/release/nutshell');
  assert.ok(existsSync(cli), 'the native CLI is built (make cli)');
  // The CLI embeds every language's entity model (the all-models feature); the package embeds
  // English's and loads the others as the page does.
  for (const name of readdirSync(join(root, 'models')).filter((n) => /^ner-[a-z]{2}\.bin$/.test(n))) {
    loadModel(readFileSync(join(root, 'models', name)));
  }
  for (const file of fixtures()) {
    const text = readFileSync(file, 'utf8');
    const u = utf16Offsets(text);
    const native = JSON.parse(execFileSync(cli, ['summarize', '--format', 'json', file], { encoding: 'utf8' }));
    const js = analyze(text);
    assert.equal(js.language, native.language, file);
    // The package has every language's lists (make wasm's features), like the CLI.
    assert.deepEqual(js.unsupported, native.unsupported, file);
    assert.equal(js.sentence_count, native.sentence_count, file);
    assert.equal(js.word_count, native.word_count, file);
    assert.deepEqual(js.title, native.title && { ...native.title, start: u(native.title.start), end: u(native.title.end) }, file);
    assert.deepEqual(
      js.summary.map(({ score, ...s }) => s),
      native.summary.map(({ score, ...s }) => ({ ...s, start: u(s.start), end: u(s.end) })),
      file,
    );
    js.summary.forEach((s, i) => assert.ok(closeScore(s.score, native.summary[i].score), `${file}: score ${s.score} vs ${native.summary[i].score}`));
    assert.deepEqual(
      js.keywords.map(({ score, ...k }) => k),
      native.keywords.map(({ score, ...k }) => ({ ...k, spans: k.spans.map((sp) => ({ start: u(sp.start), end: u(sp.end) })) })),
      file,
    );
    // The CLI always has the tagger's model; the module only when built with it.
    if (hasEntityModel()) {
      const spans = (list) => list.map((sp) => ({ start: u(sp.start), end: u(sp.end) }));
      assert.deepEqual(js.entities, native.entities.map((e) => ({ ...e, mentions: spans(e.mentions) })), file);
    }
    const nativeSentences = JSON.parse(execFileSync(cli, ['sentences', '--format', 'json', file], { encoding: 'utf8' }));
    assert.deepEqual(sentences(text), nativeSentences.map((s) => ({ ...s, start: u(s.start), end: u(s.end) })), file);
  }
});

test('languages(): what each language supports, as the CLI lists it', () => {
  const native = JSON.parse(execFileSync(join(root, 'target/release/nutshell'), ['languages', '--format', 'json'], { encoding: 'utf8' }));
  assert.deepEqual(languages(), native);
  const de = languages().find((l) => l.code === 'de');
  assert.deepEqual(de, { code: 'de', code3: 'deu', name: 'German', nativeName: 'Deutsch', summary: true, keywords: true, entities: true });
});

test('require() works where Node can require ES modules', { skip: !process.features.require_module && 'this Node cannot require ES modules' }, () => {
  const require = createRequire(join(process.cwd(), 'index.cjs'));
  const n = require('nutshell-summarizer');
  assert.equal(n.summarize(sample, { sentences: 2 }).length, 2);
});

test('the tarball: its name, its files and every entry point it declares', () => {
  const tgz = process.env.NUTSHELL_TGZ;
  assert.ok(tgz && existsSync(tgz), 'NUTSHELL_TGZ names the packed tarball');
  const version = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"/m)[1];
  assert.equal(tgz.split('/').pop(), `nutshell-summarizer-${version}.tgz`);
  const files = execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
  assert.deepEqual(files, ['README.md', 'core.js', 'highlight-styles.js', 'index.d.ts', 'index.js', 'node.js', 'package.json', 'summarizer.js', 'wasm/nutshell.js', 'wasm/nutshell_bg.wasm']);
  const pkg = JSON.parse(execFileSync('tar', ['-xzOf', tgz, 'package/package.json'], { encoding: 'utf8' }));
  assert.equal(pkg.name, 'nutshell-summarizer');
  assert.equal(pkg.version, version);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.sideEffects, false);
  assert.deepEqual(pkg.exports, {
    '.': { types: './index.d.ts', node: './node.js', browser: './index.js', default: './index.js' },
    './nutshell_bg.wasm': './wasm/nutshell_bg.wasm',
    './package.json': './package.json',
  });
  assert.deepEqual([pkg.main, pkg.module, pkg.browser, pkg.types], ['./node.js', './index.js', './index.js', './index.d.ts']);
  // Every entry point names a file that is in the tarball.
  const targets = [pkg.main, pkg.module, pkg.browser, pkg.types, ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))];
  for (const t of targets) assert.ok(files.includes(t.replace(/^\.\//, '')), `${t} is in the tarball`);
  // As installed: the bare name resolves through the exports map (Node takes the node condition).
  const require = createRequire(join(process.cwd(), 'index.cjs'));
  assert.equal(require.resolve('nutshell-summarizer/package.json'), join(process.cwd(), 'node_modules/nutshell-summarizer/package.json'));
  assert.equal(import.meta.resolve('nutshell-summarizer'), pathToFileURL(join(process.cwd(), 'node_modules/nutshell-summarizer/node.js')).href);
  assert.equal(import.meta.resolve('nutshell-summarizer/nutshell_bg.wasm'), pathToFileURL(join(process.cwd(), 'node_modules/nutshell-summarizer/wasm/nutshell_bg.wasm')).href);
  assert.ok(readFileSync(join(process.cwd(), 'node_modules/nutshell-summarizer/README.md'), 'utf8').includes('npm install nutshell-summarizer'));
});
