// One measurement of one JavaScript tool on one text, as one process (so /usr/bin/time -v gives
// its peak memory). Prints one JSON line: {load_ms, first_ms, times_ms, out}.
//
//   node bench/peers/js_peers.mjs TOOL FILE RUNS [--pkg DIR]
//
// TOOL: nutshell-analyze | nutshell-summarize | nutshell-sentences (the wasm module through pkg/nutshell.js),
//       compromise | wink (entities), lexrank | node-summarizer-rank | node-summarizer-freq (summaries).
// Peers are loaded from bench/.peers/node_modules (make bench installs them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = resolve(new URL('.', import.meta.url).pathname);
const root = resolve(here, '../..');
const peers = createRequire(join(root, 'bench/.peers/package.json'));
const [tool, file, runsArg, ...rest] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const pkg = rest[0] === '--pkg' ? resolve(rest[1]) : join(root, 'pkg');
const text = readFileSync(file, 'utf8');
const K = 5; // summary sentences, the same for every summarizer

const now = () => performance.now();
let t0 = now();
let run;
switch (tool) {
  case 'nutshell-analyze':
  case 'nutshell-summarize':
  case 'nutshell-sentences': {
    const lib = await import(pathToFileURL(join(pkg, 'nutshell.js')).href);
    lib.initSync({ module: readFileSync(join(pkg, 'nutshell_bg.wasm')) });
    const opts = { sentences: K };
    run = tool === 'nutshell-analyze'
      ? () => { const a = lib.analyze(text, opts); return { summary: a.summary.length, entities: a.entities?.length ?? 0 }; }
      : tool === 'nutshell-summarize'
        ? () => ({ summary: lib.summarize(text, opts).length })
        : () => ({ sentences: lib.sentences(text).length });
    break;
  }
  case 'compromise': {
    const nlp = (await import(pathToFileURL(peers.resolve('compromise')).href)).default;
    run = () => {
      const doc = nlp(text);
      return {
        people: doc.people().out('array').length,
        organizations: doc.organizations().out('array').length,
        places: doc.places().out('array').length,
        money: doc.money().out('array').length,
      };
    };
    break;
  }
  case 'wink': {
    const winkNLP = peers('wink-nlp');
    const model = peers('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const its = nlp.its;
    run = () => {
      const doc = nlp.readDoc(text);
      return { entities: doc.entities().out(its.detail).length, sentences: doc.sentences().length() };
    };
    break;
  }
  case 'lexrank': {
    const lexrank = peers('lexrank');
    run = () => {
      let n = 0;
      lexrank.summarize(text, K, (err, top) => {
        if (err) throw err;
        n = top.length;
      });
      return { summary: n };
    };
    break;
  }
  case 'node-summarizer-rank':
  case 'node-summarizer-freq': {
    const { SummarizerManager } = peers('node-summarizer');
    run = async () => {
      const m = new SummarizerManager(text, K);
      const s = tool.endsWith('rank') ? await m.getSummaryByRank() : m.getSummaryByFrequency();
      if (s instanceof Error) throw s;
      return { summary: s.sentence_list?.length ?? null };
    };
    break;
  }
  default:
    throw new Error(`unknown tool ${tool}`);
}
const load = now() - t0;
t0 = now();
let out = await run();
const first = now() - t0;
const times = [];
// BENCH_BUDGET_MS: stop adding runs once this much time has gone into them.
const budget = Number(process.env.BENCH_BUDGET_MS ?? Infinity);
let spent = first;
for (let i = 0; i < runs && spent < budget; i++) {
  t0 = now();
  out = await run();
  times.push(now() - t0);
  spent += times.at(-1);
}
console.log(JSON.stringify({ load_ms: load, first_ms: first, times_ms: times, out }));
