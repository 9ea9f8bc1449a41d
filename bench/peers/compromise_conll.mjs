// compromise on a CoNLL file: each sentence's tokens joined by spaces, its people / organizations /
// places mapped back to the tokens as B-/I-PER, ORG, LOC (compromise has no MISC); `token TAG` lines
// aligned with the input, for ../shared/eval/ner_eval.py --types PER,ORG,LOC.
//
//   node bench/peers/compromise_conll.mjs GOLD.conll > PRED.conll
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(new URL('../..', import.meta.url).pathname);
const peers = createRequire(join(root, 'bench/.peers/package.json'));
const nlp = (await import(pathToFileURL(peers.resolve('compromise')).href)).default;
const lines = readFileSync(process.argv[2], 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();
const out = [];
let sent = [];
const word = /[\p{L}\p{N}]/u;
function flush() {
  if (!sent.length) return;
  let text = '';
  const starts = [];
  for (const t of sent) {
    if (text) text += ' ';
    starts.push(text.length);
    text += t;
  }
  const tags = sent.map(() => 'O');
  const doc = nlp(text);
  for (const [type, view] of [['LOC', doc.places()], ['ORG', doc.organizations()], ['PER', doc.people()]]) {
    for (const m of view.json({ offset: true })) {
      const a = m.offset.start, b = a + m.offset.length;
      let idx = sent.map((t, i) => i).filter((i) => starts[i] >= a && starts[i] + sent[i].length <= b);
      while (idx.length && !word.test(sent[idx.at(-1)])) idx.pop();
      while (idx.length && !word.test(sent[idx[0]])) idx.shift();
      idx.forEach((i, k) => (tags[i] = (k ? 'I-' : 'B-') + type));
    }
  }
  sent.forEach((t, i) => out.push(`${t} ${tags[i]}`));
  sent = [];
}
for (const line of lines) {
  if (!line.trim() || line.startsWith('-DOCSTART-')) {
    flush();
    out.push(line.startsWith('-DOCSTART-') ? '-DOCSTART- O' : '');
  } else sent.push(line.split(/\s+/)[0]);
}
flush();
process.stdout.write(out.join('\n') + '\n');
