// Start-up: nutshell's wasm instantiate + first analyze(seed) beside import('compromise') + its
// first call on the seed article, each in a fresh Node process and a fresh Chromium page.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, extname } from 'node:path';
import { tmpdir } from 'node:os';

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function startup({ root, peers, seed, runs = 7 }) {
  const dir = mkdtempSync(join(tmpdir(), 'nutshell-startup-'));
  const seedFile = join(dir, 'seed.txt');
  writeFileSync(seedFile, seed);
  const out = { node: {}, chromium: {} };
  // Node: fresh processes; load = import (+ initSync for nutshell), first = first call.
  for (const tool of ['nutshell-analyze', 'compromise']) {
    const load = [];
    const first = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, [join(root, 'bench/peers/js_peers.mjs'), tool, seedFile, '0'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      const d = JSON.parse(r.stdout.trim().split('\n').pop());
      load.push(d.load_ms);
      first.push(d.first_ms);
    }
    out.node[tool] = { load_ms: median(load), first_ms: median(first), total_ms: median(load.map((l, i) => l + first[i])) };
  }
  // Chromium: a fresh page each run, files served over HTTP without caching.
  const files = {
    '/nutshell.js': join(root, 'pkg/nutshell.js'),
    '/nutshell_bg.wasm': join(root, 'pkg/nutshell_bg.wasm'),
    '/compromise.mjs': join(peers, 'node_modules/compromise/builds/three/compromise-three.mjs'),
    '/seed.txt': seedFile,
  };
  const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.html': 'text/html' };
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>startup</title>');
  files['/index.html'] = join(dir, 'index.html');
  const server = createServer((req, res) => {
    const f = files[new URL(req.url, 'http://x').pathname];
    if (!f) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[extname(f)], 'cache-control': 'no-store' });
    res.end(readFileSync(f));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = createRequire(join(root, 'package.json'))('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page0 = await browser.newPage();
    const seedText = seed;
    await page0.close();
    for (const tool of ['nutshell', 'compromise']) {
      const load = [];
      const first = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        await page.goto(base + '/index.html');
        const r = await page.evaluate(async ({ tool, text }) => {
          const t0 = performance.now();
          let call;
          if (tool === 'nutshell') {
            const lib = await import('/nutshell.js');
            await lib.default({ module_or_path: '/nutshell_bg.wasm' });
            call = () => lib.analyze(text, { sentences: 5 });
          } else {
            const nlp = (await import('/compromise.mjs')).default;
            call = () => { const d = nlp(text); return [d.people().out('array'), d.organizations().out('array'), d.places().out('array'), d.money().out('array')]; };
          }
          const t1 = performance.now();
          call();
          return [t1 - t0, performance.now() - t1];
        }, { tool, text: seedText });
        load.push(r[0]);
        first.push(r[1]);
        await page.close();
      }
      out.chromium[tool] = { load_ms: median(load), first_ms: median(first), total_ms: median(load.map((l, i) => l + first[i])) };
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  out.runs = runs;
  return out;
}
