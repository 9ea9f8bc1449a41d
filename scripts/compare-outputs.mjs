// Checks that wasm builds give the same outputs: the fixture inputs, tests/real_text/*.txt, www/sample.txt and
// 1 MB of them joined, each through analyze, summarize, keywords and sentences with three option sets, plus
// hostile option values, entities() on a few texts, languages() and entityTypes(), hashed per build. Values
// JSON.stringify would blur are told apart: −0, NaN, ±Infinity and undefined (docs/wasm.md, "Round 10"). Used for size work (docs/wasm.md, "Round 8").
//   node scripts/compare-outputs.mjs DIR DIR…   (each DIR holds nutshell.js and nutshell_bg.wasm, e.g. pkg-first)
// Prints one hash per build and SAME or DIFFER (exit status 1).
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const dirs = process.argv.slice(2).map((d) => resolve(d));
const texts = readdirSync(`${root}tests/fixtures`).map((d) => readFileSync(`${root}tests/fixtures/${d}/input.txt`, 'utf8'));
for (const f of readdirSync(`${root}tests/real_text`).filter((f) => f.endsWith('.txt'))) {
  texts.push(readFileSync(`${root}tests/real_text/${f}`, 'utf8'));
}
texts.push(readFileSync(`${root}www/sample.txt`, 'utf8'));
let big = '';
for (let i = 0; big.length < 1_000_000; i++) big += texts[i % texts.length] + '\n\n';
texts.push(big);

const hostile = [null, 5, 'x', [], { ratio: 7 }, { language: 'xx' }, new Proxy({}, { ownKeys() { throw new Error('trap'); } })];
// Numbers JSON would write as null or 0, and undefined (dropped from objects), as tagged strings.
const exact = (_, v) =>
  v === undefined || (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) ? `\u0000${Object.is(v, -0) ? '-0' : String(v)}` : v;
const hashes = [];
for (const dir of dirs) {
  const lib = await import(`${pathToFileURL(`${dir}/nutshell.js`).href}?${hashes.length}`);
  lib.initSync({ module: readFileSync(`${dir}/nutshell_bg.wasm`) });
  const hash = createHash('sha256');
  const call = (f) => {
    try {
      hash.update(JSON.stringify(f(), exact));
    } catch (e) {
      hash.update(`error ${e.message}`);
    }
  };
  for (const text of texts) {
    for (const options of [undefined, { ratio: 0.3 }, { language: 'en' }]) {
      for (const fn of ['analyze', 'summarize', 'keywords', 'sentences']) call(() => lib[fn](text, options));
    }
  }
  for (const options of hostile) call(() => lib.analyze('Hello world. Again here.', options));
  for (const text of texts.slice(0, 8)) call(() => lib.entities(text));
  call(() => lib.languages());
  call(() => lib.entityTypes());
  hashes.push(hash.digest('hex'));
  console.log(`${dir}: ${hashes.at(-1)} (${texts.length} texts)`);
}
const same = new Set(hashes).size === 1;
console.log(same ? 'SAME' : 'DIFFER');
process.exit(same ? 0 : 1);
