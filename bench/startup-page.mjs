// Start-up of the page's module in headless Chromium, split into its parts (issue 17 item 3):
// fetch + compile (WebAssembly.compileStreaming from the page's own origin, as www/engine.js does),
// a module worker started and the glue imported, instantiate (init with the compiled module, as
// www/worker.js does), and the first analyze of the seed article; with and without a warm-up
// analyze of one short sentence before it (worker.js makes one). A fresh page per run, files served
// over HTTP without caching. A benchmark, not a test: it prints figures and asserts nothing.
//
//   node bench/startup-page.mjs [--pkg DIR] [--runs N]      (DIR: pkg-first, the page's first module, by default)
//
// Needs the module (make wasm-first; --pkg pkg-lite after make wasm-lite) and playwright-core (npm ci); Chromium at /usr/bin/chromium.
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve, extname } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const pkg = resolve(opt('--pkg', join(root, 'pkg-first')));
const runs = Number(opt('--runs', 20));
for (const f of ['nutshell.js', 'nutshell_bg.wasm']) {
  if (!existsSync(join(pkg, f))) throw new Error(`missing ${join(pkg, f)}: run make wasm-first (or wasm-lite)`);
}
const seed = readFileSync(join(root, 'www/sample.txt'), 'utf8');

// The worker: the glue imported, init with the module it is sent, then (optionally) the warm-up
// and the first analyze; every step timed with the worker's clock, from the worker's start.
const worker = `
const t0 = performance.now();
const lib = await import('/pkg/nutshell.js');
const tImport = performance.now();
self.onmessage = async ({ data }) => {
  const t1 = performance.now();
  await lib.default({ module_or_path: data.module });
  const t2 = performance.now();
  if (data.warmUp) lib.analyze('Warming up. This sentence makes the first real request fast.', { length: 'short' });
  const t3 = performance.now();
  const a = lib.analyze(data.text, { sentences: 5 });
  const t4 = performance.now();
  self.postMessage({ importMs: tImport - t0, instantiateMs: t2 - t1, warmUpMs: t3 - t2, analyzeMs: t4 - t3, summary: a.summary.length });
  // The same analysis again: what the first one cost beyond it is lazy compilation (V8 compiles a
  // wasm function on its first call) and first-touch memory growth.
  const t5 = performance.now();
  lib.analyze(data.text, { sentences: 5 });
  self.postMessage({ againMs: performance.now() - t5 });
};
self.postMessage('started');
`;
const files = {
  '/pkg/nutshell.js': [readFileSync(join(pkg, 'nutshell.js')), 'text/javascript'],
  '/pkg/nutshell_bg.wasm': [readFileSync(join(pkg, 'nutshell_bg.wasm')), 'application/wasm'],
  '/worker.js': [Buffer.from(worker), 'text/javascript'],
  '/index.html': [Buffer.from('<!doctype html><title>startup</title>'), 'text/html'],
};
const server = createServer((req, res) => {
  const f = files[new URL(req.url, 'http://x').pathname];
  if (!f) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': f[1], 'cache-control': 'no-store' });
  res.end(f[0]);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const { chromium } = createRequire(join(root, 'package.json'))('playwright-core');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const rows = { true: [], false: [] };
try {
  for (let i = 0; i < runs * 2; i++) {
    const warmUp = i % 2 === 0; // alternate, so that load changes hit both alike
    const page = await browser.newPage();
    await page.goto(base + '/index.html');
    const r = await page.evaluate(async ({ text, warmUp }) => {
      const t0 = performance.now();
      const module = await WebAssembly.compileStreaming(fetch('/pkg/nutshell_bg.wasm'));
      const t1 = performance.now();
      const w = new Worker('/worker.js', { type: 'module' });
      await new Promise((resolve) => { w.onmessage = resolve; });
      const t2 = performance.now();
      let t3 = 0;
      const result = await new Promise((resolve) => {
        const got = {};
        w.onmessage = (e) => {
          if (!t3) t3 = performance.now();
          Object.assign(got, e.data);
          if ('againMs' in got) resolve(got);
        };
        w.postMessage({ module, text, warmUp });
      });
      w.terminate();
      return { compileMs: t1 - t0, workerStartMs: t2 - t1, ...result, totalMs: t3 - t0 };
    }, { text: seed, warmUp });
    rows[warmUp].push(r);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const parts = ['compileMs', 'workerStartMs', 'importMs', 'instantiateMs', 'warmUpMs', 'analyzeMs', 'totalMs', 'againMs'];
const wasm = files['/pkg/nutshell_bg.wasm'][0].length;
console.log(`${pkg}/nutshell_bg.wasm: ${wasm} bytes; ${runs} fresh pages each; median [p10-p90] (min-max), ms`);
console.log('part (worker.js order)          | with warm-up              | without warm-up');
for (const p of parts) {
  const cell = (xs) => `${q(xs, 0.5).toFixed(1)} [${q(xs, 0.1).toFixed(1)}-${q(xs, 0.9).toFixed(1)}] (${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)})`;
  console.log(`${p.padEnd(31)} | ${cell(rows.true.map((r) => r[p])).padEnd(25)} | ${cell(rows.false.map((r) => r[p]))}`);
}
console.log('(importMs is inside workerStartMs; totalMs: from compileStreaming to the first result on the page;');
console.log(' againMs: the same analyze once more in that worker, after the first)');
