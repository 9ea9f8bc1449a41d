// Peak WebAssembly memory of one analysis in Node (issue 18, item 5): each case runs in a
// fresh process (a wasm memory only grows, so its size after the call is the peak), prints
// the memory before and after, the process's peak RSS, the time, and the result or the error.
//
//   node scripts/wasm-memory.mjs [PKG_DIR] [CASE...]      (PKG_DIR defaults to pkg, built by `make wasm`)
//
// Cases: news-10mb, and the worst 20 MB shapes (possessives, tiny-lines, distinct-words,
// one-line, long-word, chinese), and 40 MB with the limit raised (must be an error, not a trap).
// Figures only; no thresholds.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MB = 1024 * 1024;

function repeatTo(piece, bytes) {
  return piece.repeat(Math.ceil(bytes / Buffer.byteLength(piece)));
}

function news(bytes) {
  const dir = path.join(root, "tests/fixtures");
  const base = ["coreweave", "dateline-news", "list-heavy", "no-title-plain"]
    .map((c) => readFileSync(path.join(dir, c, "input.txt"), "utf8"))
    .join("\n\n");
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `Part ${i}.\n\n${base}\n\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join("");
}

function distinctWords(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = `w${i.toString(16)} `;
    parts.push(w);
    size += w.length;
  }
  return parts.join("");
}

const CASES = {
  "news-10mb": () => [news(10 * MB), {}],
  "possessives-20mb": () => [repeatTo("'s ", 20 * MB - 16), {}],
  "tiny-lines-20mb": () => [repeatTo("a\n", 20 * MB - 16), {}],
  "distinct-words-20mb": () => [distinctWords(20 * MB - 16), {}],
  "one-line-20mb": () => [repeatTo("The council met again and voted on it, ", 20 * MB - 64), {}],
  "long-word-20mb": () => [repeatTo("ay", 20 * MB - 16), {}],
  "chinese-20mb": () => [repeatTo("江城地铁五号线今天上午正式开通运营，全长三十二公里。市民说，现在乘坐地铁只需要三十五分钟。\n", 20 * MB - 256), {}],
  "news-40mb-raised-limit": () => [news(40 * MB), { maxInputBytes: 64 * MB }],
};

async function runCase(pkg, name) {
  const glue = await import(pathToFileURL(path.join(pkg, "nutshell.js")));
  const exports = glue.initSync({ module: readFileSync(path.join(pkg, "nutshell_bg.wasm")) });
  const memory = () => exports.memory.buffer.byteLength / MB;
  const [text, options] = CASES[name]();
  const before = memory();
  const start = performance.now();
  let outcome;
  try {
    const a = glue.analyze(text, options);
    outcome = `ok: ${a.sentence_count} sentences, ${a.summary.length} in the summary, ${a.keywords.length} keywords`;
  } catch (e) {
    outcome = `${e.constructor.name}: ${String(e.message).slice(0, 120)}`;
  }
  const seconds = (performance.now() - start) / 1000;
  const after = memory();
  // A normal call afterwards: is the module still alive?
  let alive;
  try {
    alive = glue.summarize("The module still works. It answers.", {}).length > 0 ? "yes" : "empty";
  } catch (e) {
    alive = `no (${e.constructor.name})`;
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `| ${name} | ${(Buffer.byteLength(text) / MB).toFixed(1)} MB | ${before.toFixed(1)} MB | ${after.toFixed(1)} MB | ` +
      `${rss.toFixed(0)} MB | ${seconds.toFixed(1)} s | ${outcome} | ${alive} |`,
  );
}

const args = process.argv.slice(2);
if (args[0] === "--case") {
  await runCase(args[1], args[2]);
} else {
  const pkg = path.resolve(args[0] ?? path.join(root, "pkg"));
  readdirSync(pkg); // fails early with a clear error when the module is not built
  const names = args.length > 1 ? args.slice(1) : Object.keys(CASES);
  console.log("| case | input | wasm memory before | after (peak) | peak RSS | time | result | module alive after |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const name of names) {
    const r = spawnSync(process.execPath, ["--max-old-space-size=4096", fileURLToPath(import.meta.url), "--case", pkg, name], {
      encoding: "utf8",
      maxBuffer: 16 * MB,
    });
    const line = r.stdout.trim();
    if (line) console.log(line);
    else console.log(`| ${name} | | | | | | process died: ${r.signal ?? r.status} ${r.stderr.trim().split("\n").slice(-2).join(" ")} | |`);
  }
}
