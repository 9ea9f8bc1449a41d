// The cost of highlight() in headless Chromium (issue 19): the seed article (www/sample.txt as a
// page) and a ≈100 KB page (the English real-layout pages' article texts, repeated, with links and
// emphasis in every paragraph). For each: the median of 20 runs of highlight() (walk the DOM,
// analyze, make the ranges, register the highlights) + remove(), and of analyze() alone on the
// walked text, which shows what the walk and the ranges add. Figures only, no thresholds.
// Usage: node bench/highlight.mjs [--package DIR] [--runs N]   (`make bench-highlight`)
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchChromium } from '../tests/js/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const pkg = arg('--package', join(root, 'target/highlight-package'));
const runs = Number(arg('--runs', 20));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(title, paragraphs) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><nav>Home News Sport</nav><article><h1>${escape(title)}</h1>\n${paragraphs.join('\n')}\n</article><footer>© 2026</footer></body></html>`;
}

function seed() {
  const [title, ...rest] = readFileSync(join(root, 'www/sample.txt'), 'utf8').split('\n');
  const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && p !== '/Article');
  return page(title, paragraphs.map((p) => `<p>${escape(p)}</p>`));
}

/** ≈100 KB of HTML: English article paragraphs, every third word of some wrapped in <a>/<em>. */
function large() {
  const dirs = readdirSync(join(root, 'tests/pages')).filter((d) => existsSync(join(root, 'tests/pages', d, 'expected.txt')));
  const paragraphs = [];
  for (const d of ['news-captions', 'blog-wordpress', 'longform-pullquote', 'medium-blog', 'press-release', 'interview', 'liveblog'].filter((x) => dirs.includes(x))) {
    const [, ...body] = readFileSync(join(root, 'tests/pages', d, 'expected.txt'), 'utf8').split('\n');
    paragraphs.push(...body.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  }
  const out = [];
  let size = 0;
  for (let i = 0; size < 100_000; i++) {
    const words = escape(paragraphs[i % paragraphs.length]).split(' ');
    const html = `<p>${words.map((w, j) => (j % 11 === 3 ? `<a href="#${j}">${w}</a>` : j % 13 === 5 ? `<em>${w}</em>` : w)).join(' ')}</p>`;
    out.push(html);
    size += html.length;
  }
  return page('A long page', out);
}

const pages = { '/seed.html': seed(), '/large.html': large() };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (pages[path]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    return;
  }
  try {
    const file = join(pkg, path.replace(/^\/pkg\//, ''));
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': { '.js': 'text/javascript', '.wasm': 'application/wasm' }[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(chromium);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`highlight() in headless Chromium (${(await browser.version())}), median of ${runs} runs after one warm-up`);
console.log('| page | HTML bytes | text chars | ranges | highlight() ms | analyze() alone ms | remove() ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [path, html] of Object.entries(pages)) {
  const tab = await browser.newPage();
  await tab.goto(base + path);
  const r = await tab.evaluate(async (runs) => {
    const lib = await import('/pkg/index.js');
    await lib.init();
    const article = document.querySelector('article');
    const times = { highlight: [], analyze: [], remove: [] };
    let last;
    for (let i = 0; i <= runs; i++) {
      let t = performance.now();
      last = lib.highlight(article, { mentions: true });
      const h = performance.now() - t;
      t = performance.now();
      lib.analyze(last.text);
      const a = performance.now() - t;
      t = performance.now();
      last.remove();
      const rm = performance.now() - t;
      if (i > 0) {
        times.highlight.push(h);
        times.analyze.push(a);
        times.remove.push(rm);
      }
    }
    return { times, chars: last.text.length, ranges: last.highlights.reduce((n, x) => n + x.ranges.length, 0) };
  }, runs);
  await tab.close();
  console.log(`| ${path.slice(1)} | ${html.length} | ${r.chars} | ${r.ranges} | ${median(r.times.highlight).toFixed(1)} | ${median(r.times.analyze).toFixed(1)} | ${median(r.times.remove).toFixed(2)} |`);
}
await browser.close();
server.close();
