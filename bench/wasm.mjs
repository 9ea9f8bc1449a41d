// Speed of the WebAssembly module in Node and headless Chromium, beside the native CLI.
// A benchmark, not a test: it prints figures and asserts nothing.
//
//   node bench/wasm.mjs [--pkg DIR] [--shared DIR] [--runs N]
//
// Needs `make wasm cli` (pkg/ and target/release/nutshell). Texts: the seed article
// (www/sample.txt); ~1 MB of the seed article repeated; and, when ../shared is
// present, ~1 MB of distinct CNN dev articles joined as one text plus the per-article
// time over those articles.
import { readFileSync, writeFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve, extname } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const pkg = resolve(opt('--pkg', join(root, 'pkg')));
const shared = resolve(opt('--shared', join(root, '..', 'shared')));
const runs = Number(opt('--runs', 30));
const cli = join(root, 'target/release/nutshell');
for (const f of [join(pkg, 'nutshell.js'), join(pkg, 'nutshell_bg.wasm'), cli]) {
  if (!existsSync(f)) throw new Error(`missing ${f}: run make wasm cli`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (s) => Buffer.byteLength(s) / 1e6;
const MB = 1_000_000;

// Texts.
const seed = readFileSync(join(root, 'www/sample.txt'), 'utf8');
const texts = { seed, 'seed repeated to 1 MB': '' };
while (Buffer.byteLength(texts['seed repeated to 1 MB']) < MB) texts['seed repeated to 1 MB'] += seed + '\n\n';
let articles = [];
const cnn = join(shared, 'data/summarization/cnn-dev.jsonl');
if (existsSync(cnn)) {
  articles = readFileSync(cnn, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).article);
  let joined = '';
  for (const a of articles) {
    if (Buffer.byteLength(joined) >= MB) break;
    joined += a + '\n\n';
  }
  texts['1 MB of CNN articles'] = joined;
}
const dir = mkdtempSync(join(tmpdir(), 'nutshell-bench-'));
const files = {};
for (const [name, t] of Object.entries(texts)) {
  files[name] = join(dir, name.replace(/\W+/g, '_') + '.txt');
  writeFileSync(files[name], t);
}
const reps = (t) => (mb(t) > 0.1 ? Math.max(3, Math.round(runs / 6)) : runs);

// Native CLI: wall time of whole runs (process start included; `--version` gives that cost alone).
function timeCli(argv, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cli, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${cli} ${argv.join(' ')} failed`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}
const results = { native: {}, node: {}, chromium: {} };
results.native.startup = timeCli(['--version'], runs);
for (const [name, t] of Object.entries(texts)) {
  results.native[name] = timeCli(['summarize', '--format', 'json', files[name]], reps(t));
}

// Node: a fresh module instance per run (a query string makes a new ES module).
const bytes = readFileSync(join(pkg, 'nutshell_bg.wasm'));
const inst = [];
const first = [];
let lib;
for (let i = 0; i < 10; i++) {
  lib = await import(pathToFileURL(join(pkg, 'nutshell.js')).href + `?run=${i}`);
  const t0 = performance.now();
  lib.initSync({ module: bytes });
  const t1 = performance.now();
  lib.analyze(seed);
  const t2 = performance.now();
  inst.push(t1 - t0);
  first.push(t2 - t1);
}
results.node.instantiate = median(inst);
results.node.first = median(first);
for (const [name, t] of Object.entries(texts)) {
  lib.analyze(t);
  const times = [];
  for (let i = 0; i < reps(t); i++) {
    const t0 = performance.now();
    lib.analyze(t);
    times.push(performance.now() - t0);
  }
  results.node[name] = median(times);
}
if (articles.length) {
  const t0 = performance.now();
  for (const a of articles) lib.analyze(a);
  results.node.perArticle = (performance.now() - t0) / articles.length;
}

// Headless Chromium: page served over HTTP; init() streams and compiles the module.
const tools = createRequire(join(root, 'package.json'));
const { chromium } = tools('playwright-core');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };
const server = createServer((req, res) => {
  const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const path = p.startsWith('/pkg/') ? join(pkg, p.slice(5)) : join(dir, p);
  try {
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>bench</title>');
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const inst = [];
  const first = [];
  const sample = seed;
  for (let i = 0; i < 7; i++) {
    const page = await browser.newPage();
    await page.goto(base + '/index.html');
    const r = await page.evaluate(async (sample) => {
      const t0 = performance.now();
      const lib = await import('/pkg/nutshell.js');
      await lib.default({ module_or_path: '/pkg/nutshell_bg.wasm' });
      const t1 = performance.now();
      lib.analyze(sample);
      return [t1 - t0, performance.now() - t1];
    }, sample);
    inst.push(r[0]);
    first.push(r[1]);
    await page.close();
  }
  results.chromium.instantiate = median(inst);
  results.chromium.first = median(first);
  const page = await browser.newPage();
  await page.goto(base + '/index.html');
  for (const [name, t] of Object.entries(texts)) {
    results.chromium[name] = await page.evaluate(
      async ({ file, n }) => {
        const lib = await import('/pkg/nutshell.js');
        await lib.default({ module_or_path: '/pkg/nutshell_bg.wasm' });
        const text = await (await fetch(file)).text();
        lib.analyze(text);
        const times = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          lib.analyze(text);
          times.push(performance.now() - t0);
        }
        return times.sort((a, b) => a - b)[Math.floor(n / 2)];
      },
      { file: '/' + files[name].split('/').pop(), n: reps(t) },
    );
  }
  if (articles.length) {
    writeFileSync(join(dir, 'articles.json'), JSON.stringify(articles));
    results.chromium.perArticle = await page.evaluate(async () => {
      const lib = await import('/pkg/nutshell.js');
      const list = await (await fetch('/articles.json')).json();
      const t0 = performance.now();
      for (const a of list) lib.analyze(a);
      return (performance.now() - t0) / list.length;
    });
  }
} finally {
  await browser.close();
  server.close();
}

// Report.
const f = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)) + ' ms';
const rate = (name, ms) => (mb(texts[name]) / (ms / 1000)).toFixed(1) + ' MB/s';
const wasm = join(pkg, 'nutshell_bg.wasm');
const gz = execFileSync('gzip', ['-9c', wasm]).length;
console.log(`nutshell wasm benchmark — ${new Date().toISOString()}, load average ${(await import('node:os')).loadavg()[0].toFixed(1)}, node ${process.version}, ${wasm}: ${bytes.length} bytes (${gz} gzipped)`);
console.log(`analyze(text) with default options; medians. Native = CLI wall time (summarize --format json), process start ${f(results.native.startup)} included.\n`);
console.log('| measure | native CLI | Node (wasm) | Chromium (wasm) |');
console.log('|---|---|---|---|');
console.log(`| instantiate (Node: initSync from bytes; Chromium: import + fetch + streaming compile) | – | ${f(results.node.instantiate)} | ${f(results.chromium.instantiate)} |`);
console.log(`| first analyze(seed) after instantiate | – | ${f(results.node.first)} | ${f(results.chromium.first)} |`);
for (const name of Object.keys(texts)) {
  const n = results.native[name];
  const own = n - results.native.startup;
  const nativeRate = own > 0.2 * n ? `${rate(name, own)} w/o start` : 'mostly process start';
  console.log(`| ${name} (${mb(texts[name]).toFixed(3)} MB) | ${f(n)} (${nativeRate}) | ${f(results.node[name])} (${rate(name, results.node[name])}) | ${f(results.chromium[name])} (${rate(name, results.chromium[name])}) |`);
}
if (articles.length) console.log(`| per CNN article (${articles.length}, mean) | – | ${f(results.node.perArticle)} | ${f(results.chromium.perArticle)} |`);
rmSync(dir, { recursive: true, force: true });
