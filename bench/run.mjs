// `make bench`: nutshell beside the tools people use today, on the same texts, in one run.
// Writes bench/results/latest.{json,md} and bench/results/growth.svg. A benchmark, not a test.
//
//   node bench/run.mjs [--quick] [--texts seed,100k,1m,10m] [--budget SECONDS] [--quality FILE.json]
//
// Needs `make cli wasm` and the peers that `make bench` installs into bench/.peers/.
// Every tool runs as its own process under /usr/bin/time -v (peak memory = max RSS of that
// process); times are medians of in-process runs (peers: after loading; the nutshell CLI: the
// whole process, start included, which only favours the peers).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { spawnSync, execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { startup } from './startup.mjs';
import { growthSvg } from './chart.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const quick = args.includes('--quick');
const budget = Number(opt('--budget', quick ? 20 : 90)) * 1000; // per tool and text, ms
const peers = join(root, 'bench/.peers');
const py = join(peers, 'venv/bin/python');
const cli = join(root, 'target/release/nutshell');
const sentencex = join(root, 'bench/sentencex/target/release/sentencex-bench');
const raw = join(root, 'bench/results/raw');
mkdirSync(raw, { recursive: true });

// Texts: the same construction as benches/pipeline.rs.
const seed = readFileSync(join(root, 'www/sample.txt'), 'utf8');
const alice = readFileSync(join(root, 'bench/data/alice29.txt'), 'utf8');
const lcet = readFileSync(join(root, 'bench/data/lcet10.txt'), 'utf8');
const cutAtLine = (s, len) => s.slice(0, s.slice(0, len).lastIndexOf('\n'));
function prose(len) {
  let s = '';
  while (s.length < len) s += alice + lcet;
  return cutAtLine(s, len);
}
const texts = [
  { id: 'seed', label: 'seed article', text: seed },
  { id: '100k', label: '100 KB', text: cutAtLine(alice, 100_000) },
  { id: '1m', label: '1 MB', text: prose(1_000_000) },
  { id: '10m', label: '10 MB', text: prose(10_000_000) },
].filter((t) => (opt('--texts') ? opt('--texts').split(',').includes(t.id) : !quick || t.id !== '10m'));
for (const t of texts) {
  t.file = join(raw, `text-${t.id}.txt`);
  writeFileSync(t.file, t.text);
  t.bytes = Buffer.byteLength(t.text);
  t.words = t.text.split(/\s+/).filter(Boolean).length;
}

// Tools: `cli: true` = one process per run; `must`: texts a target of issue 7 needs, never capped there.
const node = process.execPath;
const js = join(root, 'bench/peers/js_peers.mjs');
const pyd = join(root, 'bench/peers/py_peers.py');
const tools = [
  { id: 'nutshell-cli-summarize', task: 'summarize', label: 'nutshell CLI (native; summary + keywords)', nutshell: true, cli: true, argv: (f) => [cli, 'summarize', '--sentences', '5', f] },
  { id: 'nutshell-node-summarize', task: 'summarize', label: 'nutshell in Node (wasm summarize)', nutshell: true, js: true, argv: (f, n) => [node, js, 'nutshell-summarize', f, n] },
  { id: 'nutshell-node-analyze', task: 'summarize', label: 'nutshell in Node (wasm analyze: summary + keywords + entities)', nutshell: true, js: true, argv: (f, n) => [node, js, 'nutshell-analyze', f, n] },
  { id: 'sumy-lexrank', must: ['100k'], task: 'summarize', label: 'sumy LexRank (Python)', argv: (f, n) => [py, pyd, 'sumy-lexrank', f, n] },
  { id: 'sumy-textrank', task: 'summarize', label: 'sumy TextRank (Python)', argv: (f, n) => [py, pyd, 'sumy-textrank', f, n] },
  { id: 'lexrank', must: ['100k'], task: 'summarize', label: 'npm lexrank (Node)', js: true, argv: (f, n) => [node, js, 'lexrank', f, n] },
  { id: 'node-summarizer-rank', task: 'summarize', label: 'npm node-summarizer, by rank (Node)', js: true, argv: (f, n) => [node, js, 'node-summarizer-rank', f, n] },
  { id: 'nutshell-cli-entities', task: 'entities', label: 'nutshell CLI (native) entities', nutshell: true, cli: true, argv: (f) => [cli, 'entities', f] },
  { id: 'compromise', must: ['1m'], task: 'entities', label: 'compromise people/orgs/places/money (Node)', js: true, argv: (f, n) => [node, js, 'compromise', f, n] },
  { id: 'spacy', must: ['1m'], task: 'entities', label: 'spaCy en_core_web_sm, tok2vec + ner (Python)', argv: (f, n) => [py, pyd, 'spacy', f, n] },
  { id: 'wink', task: 'entities', label: 'wink-nlp + wink-eng-lite-web-model (Node)', js: true, argv: (f, n) => [node, js, 'wink', f, n] },
  { id: 'nutshell-cli-sentences', task: 'sentences', label: 'nutshell CLI (native) sentences', nutshell: true, cli: true, argv: (f) => [cli, 'sentences', f] },
  { id: 'nutshell-node-sentences', task: 'sentences', label: 'nutshell in Node (wasm sentences)', nutshell: true, js: true, argv: (f, n) => [node, js, 'nutshell-sentences', f, n] },
  { id: 'sentencex', task: 'sentences', label: 'sentencex (Rust crate, in-process)', argv: (f, n) => [sentencex, f, n] },
  { id: 'pysbd', must: ['1m'], task: 'sentences', label: 'pySBD (Python)', argv: (f, n) => [py, pyd, 'pysbd', f, n] },
];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
function timed(argv, timeoutMs) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', ...argv.map(String)], { encoding: 'utf8', timeout: Math.round(timeoutMs), maxBuffer: 1 << 30, env: { ...process.env, BENCH_BUDGET_MS: String(budget) } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = Number((r.stderr ?? '').match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? NaN);
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { error: `timed out after ${Math.round(timeoutMs / 1000)} s`, wall };
  if (r.status !== 0) return { error: (r.stderr ?? '').split('\n').filter((l) => l && !l.startsWith('\t')).slice(-3).join(' | '), wall };
  return { stdout: r.stdout, wall, rssKb: rss };
}

const results = [];
const log = (...a) => console.error(...a);
for (const tool of tools) {
  let prev = null;
  for (const t of texts) {
    const row = { tool: tool.id, task: tool.task, text: t.id, bytes: t.bytes, words: t.words };
    results.push(row);
    // Estimate one call from the previous size: linear from the seed article, then with the growth
    // exponent (clamped to 1..2) measured between the two previous sizes.
    let est = 0;
    if (prev) {
      const k = t.bytes / prev.bytes;
      est = prev.median * k ** (prev.exp ?? 1);
    }
    if (!tool.must?.includes(t.id) && (prev?.capped || (prev && est > budget * 2))) {
      row.capped = prev?.capped ? 'smaller text already capped' : `not run: estimated ${(est / 1000).toFixed(0)} s a call from the smaller texts`;
      row.capped = row.capped.replace('smaller text already capped', 'not run (capped at a smaller size)');
      prev = { ...prev, capped: true };
      log(`${tool.id} ${t.id}: ${row.capped}`);
      continue;
    }
    const want = t.id === 'seed' ? 10 : t.id === '10m' ? 3 : 5;
    const runs = Math.max(1, Math.min(want, Math.floor(budget / Math.max(est, 1))));
    if (tool.cli) {
      const times = [];
      let rss = 0;
      for (let i = 0; i < runs; i++) {
        const r = timed(tool.argv(t.file), budget * 3);
        if (r.error) { row.error = r.error; break; }
        times.push(r.wall);
        rss = Math.max(rss, r.rssKb);
      }
      if (!row.error) Object.assign(row, { times_ms: times, peak_rss_kb: rss, in_process: false });
    } else {
      const r = timed(tool.argv(t.file, runs - 1), Math.max(budget * 3, est * 3 + budget + 60_000));
      if (r.error) row.error = r.error;
      else {
        const d = JSON.parse(r.stdout.trim().split('\n').pop());
        Object.assign(row, { times_ms: [d.first_ms, ...d.times_ms], load_ms: d.load_ms, out: d.out, peak_rss_kb: r.rssKb, in_process: true });
      }
    }
    if (row.error) { log(`${tool.id} ${t.id}: ERROR ${row.error}`); prev = { capped: true }; continue; }
    row.runs = row.times_ms.length;
    row.median_ms = median(row.times_ms);
    row.min_ms = Math.min(...row.times_ms);
    row.max_ms = Math.max(...row.times_ms);
    row.words_per_s = t.words / (row.median_ms / 1000);
    const exp = prev && prev.bytes ? Math.min(2, Math.max(1, Math.log(row.median_ms / prev.median) / Math.log(t.bytes / prev.bytes))) : null;
    prev = { bytes: t.bytes, median: row.median_ms, exp };
    log(`${tool.id} ${t.id}: ${row.median_ms.toFixed(1)} ms (${row.runs} runs), ${(row.peak_rss_kb / 1024).toFixed(0)} MB`);
  }
}

// Ratios: each nutshell tool over each peer of the same task and text (peer time / nutshell time).
for (const r of results) {
  if (!r.median_ms) continue;
  const tool = tools.find((x) => x.id === r.tool);
  if (tool.nutshell) continue;
  r.ratios = {};
  for (const n of results.filter((x) => x.task === r.task && x.text === r.text && x.median_ms && tools.find((y) => y.id === x.tool).nutshell)) {
    r.ratios[n.tool] = r.median_ms / n.median_ms;
  }
}

// Download sizes (gzip -9) of what a page loads for each tool.
const gz = (buf) => execFileSync('gzip', ['-9c'], { input: buf, maxBuffer: 1 << 28 }).length;
const esbuild = join(root, 'node_modules/.bin/esbuild');
function bundle(entry, name) {
  const src = join(raw, `${name}-entry.mjs`);
  writeFileSync(src, entry);
  const out = join(raw, `${name}.bundle.js`);
  execFileSync(esbuild, [src, '--bundle', '--minify', '--format=esm', '--platform=browser', `--outfile=${out}`, '--log-level=error'], { env: { ...process.env, NODE_PATH: join(peers, 'node_modules') } });
  return readFileSync(out);
}
const downloads = [];
const pkgSize = (dir, label) => {
  const wasm = readFileSync(join(dir, 'nutshell_bg.wasm'));
  const glue = readFileSync(join(dir, 'nutshell.js'));
  downloads.push({ tool: label, files: 'nutshell_bg.wasm + nutshell.js', bytes: wasm.length + glue.length, gzip: gz(wasm) + gz(glue) });
};
pkgSize(join(root, 'pkg'), 'nutshell (with the entity model)');
if (existsSync(join(peers, 'pkg-nomodel/nutshell_bg.wasm'))) pkgSize(join(peers, 'pkg-nomodel'), 'nutshell (summarizer only, no entity model)');
const cbuild = readFileSync(join(peers, 'node_modules/compromise/builds/compromise.js'));
downloads.push({ tool: 'compromise', files: 'builds/compromise.js (its browser build)', bytes: cbuild.length, gzip: gz(cbuild) });
try {
  const w = bundle(`import winkNLP from '${join(peers, 'node_modules/wink-nlp/src/wink-nlp.js')}';\nimport model from '${join(peers, 'node_modules/wink-eng-lite-web-model/dist/model.js')}';\nwindow.nlp = winkNLP(model);\n`, 'wink');
  downloads.push({ tool: 'wink-nlp + wink-eng-lite-web-model', files: 'esbuild --bundle --minify of wink-nlp and the web model', bytes: w.length, gzip: gz(w) });
} catch (e) {
  downloads.push({ tool: 'wink-nlp + wink-eng-lite-web-model', error: String(e.message).split('\n')[0] });
}

// Start-up: instantiate + first result on the seed article, Node and Chromium.
let start = null;
try { start = await startup({ root, peers, seed, runs: quick ? 3 : 7 }); } catch (e) { start = { error: String(e.stack ?? e) }; log('startup:', e); }

// Quality (bench/quality.py, run by make bench before this script when ../shared exists).
const qfile = opt('--quality', join(raw, 'quality.json'));
const quality = existsSync(qfile) ? JSON.parse(readFileSync(qfile, 'utf8')) : null;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform} (shared machine; load average at start ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`;
const versions = { node: process.version };
try { versions.python = execFileSync(py, ['-c', 'import sys,sumy,spacy,pysbd,nltk; print(sys.version.split()[0], sumy.__version__, spacy.__version__, pysbd.__version__, nltk.__version__)'], { encoding: 'utf8' }).trim(); } catch {}
const report = { date: new Date().toISOString(), machine, versions, budget_s: budget / 1000, texts: texts.map(({ text, file, ...t }) => t), tools: tools.map(({ argv, ...t }) => t), results, downloads, startup: start, quality };
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(report, null, 1) + '\n');
const { markdown } = await import('./report.mjs');
writeFileSync(join(root, 'bench/results/latest.md'), markdown(report));
writeFileSync(join(root, 'bench/results/growth.svg'), growthSvg(report));
console.log(markdown(report));
