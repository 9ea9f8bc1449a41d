// latest.md from latest.json: the tables, the targets of issue 7 met or missed, and how the figures were taken.
const f = (ms) => (ms == null ? '–' : ms >= 10_000 ? (ms / 1000).toFixed(1) + ' s' : ms >= 100 ? ms.toFixed(0) + ' ms' : ms >= 10 ? ms.toFixed(1) + ' ms' : ms >= 0.1 ? ms.toFixed(2) + ' ms' : (ms * 1000).toFixed(1) + ' µs');
const num = (x) => (x >= 1e6 ? (x / 1e6).toFixed(2) + ' M' : x >= 1e3 ? (x / 1e3).toFixed(1) + ' k' : x.toFixed(0));
const ratio = (x) => (x == null ? '–' : x >= 100 ? x.toFixed(0) + '×' : x >= 10 ? x.toFixed(1) + '×' : x.toFixed(2) + '×');
const kb = (b) => (b / 1024).toFixed(1) + ' KB';

export function get(report, tool, text) {
  return report.results.find((r) => r.tool === tool && r.text === text);
}

/** The targets of issue 7, each {target, measured, met}. */
export function targets(report) {
  const out = [];
  const r = (peer, n, text) => {
    const p = get(report, peer, text), q = get(report, n, text);
    return p?.median_ms && q?.median_ms ? p.median_ms / q.median_ms : null;
  };
  const q = report.quality ?? {};
  const add = (target, value, need, extra = '') => out.push({ target, measured: value == null ? 'not measured' : ratio(value) + extra, met: value == null ? null : value >= need, by: value == null ? null : value / need });
  add('Summarization, 100 KB: ≥ 100× sumy LexRank (nutshell CLI)', r('sumy-lexrank', 'nutshell-cli-summarize', '100k'), 100);
  add('Summarization, 100 KB: ≥ 100× sumy LexRank (nutshell wasm in Node)', r('sumy-lexrank', 'nutshell-node-summarize', '100k'), 100);
  add('Summarization, 100 KB: ≥ 20× npm lexrank (nutshell wasm in Node)', r('lexrank', 'nutshell-node-summarize', '100k'), 20);
  add('Summarization, 100 KB: ≥ 20× npm lexrank (nutshell CLI)', r('lexrank', 'nutshell-cli-summarize', '100k'), 20);
  add('Entities, 1 MB: ≥ 10× compromise (nutshell CLI)', r('compromise', 'nutshell-cli-entities', '1m'), 10);
  add('Entities, 1 MB: ≥ 20× spaCy en_core_web_sm (nutshell CLI)', r('spacy', 'nutshell-cli-entities', '1m'), 20);
  add('Sentences, 1 MB: faster than sentencex (nutshell CLI, whole process vs in-process)', r('sentencex', 'nutshell-cli-sentences', '1m'), 1);
  add('Sentences, 1 MB: far faster than pySBD (≥ 10×, nutshell CLI)', r('pysbd', 'nutshell-cli-sentences', '1m'), 10);
  const d = (name) => report.downloads.find((x) => x.tool.startsWith(name))?.gzip;
  const small = d('nutshell (summarizer only') ?? null, full = d('nutshell (with'), comp = d('compromise'), wink = d('wink-nlp');
  if (small != null && comp) out.push({ target: 'Download: summarizer page (wasm + glue, no entity model) < compromise alone, gzipped', measured: `${kb(small)} vs ${kb(comp)}`, met: small < comp, by: comp / small });
  else if (full && comp) out.push({ target: 'Download: summarizer page < compromise alone, gzipped (no model-free build measured; the full build stands in)', measured: `${kb(full)} vs ${kb(comp)}`, met: full < comp, by: comp / full });
  if (full && wink) out.push({ target: 'Download: with the tagger < wink-nlp + web model, gzipped', measured: `${kb(full)} vs ${kb(wink)}`, met: full < wink, by: wink / full });
  for (const env of ['node', 'chromium']) {
    const s = report.startup?.[env];
    if (s?.nutshell ?? s?.['nutshell-analyze']) {
      const n = (s.nutshell ?? s['nutshell-analyze']).total_ms, c = s.compromise.total_ms;
      out.push({ target: `Start-up in ${env === 'node' ? 'Node' : 'Chromium'}: instantiate + first result faster than import('compromise') + first call`, measured: `${f(n)} vs ${f(c)}`, met: n < c, by: c / n });
    }
  }
  const g = ['100k', '1m', '10m'].map((t) => get(report, 'nutshell-cli-summarize', t)).filter((x) => x?.median_ms);
  if (g.length >= 2) {
    const perMb = g.map((x) => x.median_ms / (x.bytes / 1e6));
    const spread = Math.max(...perMb) / Math.min(...perMb);
    out.push({ target: 'Growth: nutshell CLI time per MB from 0.1 to 10 MB within 2×', measured: `${perMb.map((x) => f(x)).join(' / ')} per MB → ${spread.toFixed(2)}× spread`, met: spread <= 2, by: 2 / spread });
    // The same figures read as growth only: the most the time per MB rises from a smaller to a larger text
    // (a falling time per MB — fixed costs spread over more text — is not superlinear growth).
    let rise = 1;
    perMb.forEach((a, i) => perMb.slice(i + 1).forEach((b) => (rise = Math.max(rise, b / a))));
    out.push({ target: '(read as growth only) time per MB rises by at most 2× from a smaller to a larger text', measured: `${rise.toFixed(2)}× at most`, met: rise <= 2, by: 2 / rise });
  }
  if (q.rouge) {
    for (const set of Object.keys(q.rouge)) {
      const n = q.rouge[set].nutshell?.rouge1, l = q.rouge[set]['sumy-lexrank']?.rouge1, t = q.rouge[set]['sumy-textrank']?.rouge1;
      if (n != null && l != null) out.push({ target: `Quality: ROUGE-1 on ${set} better than sumy LexRank${t != null ? ' / TextRank' : ''}`, measured: `${n.toFixed(2)} vs ${l.toFixed(2)}${t != null ? ' / ' + t.toFixed(2) : ''}`, met: n > l && (t == null || n > t), by: n / Math.max(l, t ?? 0) });
    }
  }
  const nn = q.ner?.nutshell, sp = q.ner?.['spacy en_core_web_sm'], np = q.ner?.['nutshell (PER/ORG/LOC only)'], cp = q.ner?.['compromise (PER/ORG/LOC only)'];
  if (nn && sp) out.push({ target: 'Quality: NER micro F1 (CoNLL dev, PER/ORG/LOC/MISC) above spaCy en_core_web_sm', measured: `${nn.micro.toFixed(2)} vs ${sp.micro.toFixed(2)}`, met: nn.micro > sp.micro, by: nn.micro / sp.micro });
  if (np && cp) out.push({ target: 'Quality: NER F1 (CoNLL dev, PER/ORG/LOC) above compromise', measured: `${np.micro.toFixed(2)} vs ${cp.micro.toFixed(2)}`, met: np.micro > cp.micro, by: np.micro / cp.micro });
  if (q.sbd) {
    for (const set of Object.keys(q.sbd)) {
      const s = q.sbd[set];
      if (s.nutshell) out.push({ target: `Quality: sentence pass count on ${set} above sentencex and pySBD`, measured: `${s.nutshell.passed} vs ${s.sentencex?.passed ?? '–'} / ${s.pysbd?.passed ?? '–'} of ${s.nutshell.total}`, met: s.nutshell.passed > (s.sentencex?.passed ?? -1) && s.nutshell.passed > (s.pysbd?.passed ?? -1), by: null });
    }
  }
  return out;
}

export function markdown(report) {
  const L = [];
  const textOf = (id) => report.texts.find((t) => t.id === id);
  L.push(`# nutshell beside its peers — ${report.date.replace('T', ' ').slice(0, 16)} UTC`);
  L.push('');
  L.push(`Machine: ${report.machine}. Node ${report.versions.node}; Python, sumy, spaCy, pySBD, NLTK: ${report.versions.python ?? '?'}.`);
  L.push('');
  L.push('Texts: ' + report.texts.map((t) => `${t.label} (${num(t.bytes)}B, ${num(t.words)} words)`).join('; ') + '. The 100 KB text is the start of alice29.txt; 1 and 10 MB are alice29 + lcet10 repeated (bench/data).');
  L.push('');
  L.push(`Method: every tool runs as its own process, under \`/usr/bin/time -v\` (peak memory = that process's max RSS, loading included). Peers are timed in-process after loading (first call included in the runs, no separate warm-up); the nutshell CLI is timed as a whole process per run (start-up and file read included, which only favours the peers); nutshell in Node is the wasm module (\`pkg/\`) timed in-process like the JavaScript peers. Summaries are 5 sentences for every summarizer. A tool whose estimated call at the next size exceeds ${2 * report.budget_s} s is not run there ("capped"), and slow calls get fewer runs (budget ${report.budget_s} s per tool and text). **×**: how many times longer the peer takes than nutshell (the CLI / the wasm module in Node) on the same text in this run — the figures to read; absolute times are context on a shared, noisy machine.`);
  for (const task of ['summarize', 'entities', 'sentences']) {
    L.push('');
    L.push(`## ${task === 'summarize' ? 'Summarization' : task === 'entities' ? 'Entities' : 'Sentence splitting'}`);
    L.push('');
    const ns = report.tools.filter((t) => t.task === task && t.nutshell).map((t) => t.id);
    L.push(`| tool | text | runs | median | min–max | words/s | peak RSS | ${ns.map((n) => `× vs ${n.startsWith('nutshell-cli') ? 'CLI' : `Node ${n.split('-').pop()}`}`).join(' | ')} |`);
    L.push('|---|---|---:|---:|---:|---:|---:|' + ns.map(() => '---:|').join(''));
    for (const tool of report.tools.filter((t) => t.task === task)) {
      for (const r of report.results.filter((x) => x.tool === tool.id)) {
        const name = tool.nutshell ? `**${tool.label}**` : tool.label;
        if (!r.median_ms) {
          L.push(`| ${name} | ${textOf(r.text).label} | – | ${r.capped ?? 'error: ' + String(r.error).slice(0, 120)} | | | |${ns.map(() => ' |').join('')}`);
          continue;
        }
        const rs = ns.map((n) => (tool.nutshell ? '' : ratio(r.ratios?.[n])));
        L.push(`| ${name} | ${textOf(r.text).label} | ${r.runs} | ${f(r.median_ms)} | ${f(r.min_ms)}–${f(r.max_ms)} | ${num(r.words_per_s)} | ${(r.peak_rss_kb / 1024).toFixed(0)} MB | ${rs.join(' | ')} |`);
      }
    }
  }
  L.push('');
  L.push('## Download (what a page must load), gzip -9');
  L.push('');
  L.push('| tool | files | bytes | gzipped |');
  L.push('|---|---|---:|---:|');
  for (const d of report.downloads) L.push(d.error ? `| ${d.tool} | error: ${d.error} | | |` : `| ${d.tool} | ${d.files} | ${kb(d.bytes)} | ${kb(d.gzip)} |`);
  L.push('');
  L.push('npm lexrank and node-summarizer depend on Node-only packages (natural, request, wordpos + WordNet) and have no browser build; sumy, spaCy and pySBD are Python.');
  if (report.startup && !report.startup.error) {
    const s = report.startup;
    L.push('');
    L.push(`## Start-up on the seed article (median of ${s.runs} fresh processes / fresh pages)`);
    L.push('');
    L.push('| | load (nutshell: import glue + instantiate wasm; compromise: import) | first result | total |');
    L.push('|---|---:|---:|---:|');
    for (const [env, m] of [['Node', s.node], ['Chromium', s.chromium]]) {
      for (const [k, v] of Object.entries(m)) L.push(`| ${env}: ${k === 'nutshell-analyze' ? 'nutshell' : k} | ${f(v.load_ms)} | ${f(v.first_ms)} | ${f(v.total_ms)} |`);
    }
  } else if (report.startup?.error) L.push(`\nStart-up: error ${report.startup.error.split('\n')[0]}`);
  const q = report.quality;
  if (q) {
    L.push('');
    L.push('## Quality (dev sets in ../shared, scored by ../shared/eval)');
    if (q.rouge) {
      L.push('');
      L.push('| set | system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |');
      L.push('|---|---|---:|---:|---:|');
      for (const [set, sys] of Object.entries(q.rouge)) for (const [name, v] of Object.entries(sys)) L.push(`| ${set} | ${name} | ${v.rouge1.toFixed(2)} | ${v.rouge2.toFixed(2)} | ${v.rougeLsum.toFixed(2)} |`);
    }
    if (q.ner) {
      L.push('');
      L.push('| NER, CoNLL-2003 dev | micro F1 | PER | ORG | LOC | MISC |');
      L.push('|---|---:|---:|---:|---:|---:|');
      for (const [name, v] of Object.entries(q.ner)) if (v?.types) L.push(`| ${name} | ${v.micro.toFixed(2)} | ${['PER', 'ORG', 'LOC', 'MISC'].map((t) => (v.types[t] != null ? v.types[t].toFixed(2) : '–')).join(' | ')} |`);
      if (q.ner_note) L.push('\n' + q.ner_note);
    }
    if (q.sbd) {
      L.push('');
      L.push('| sentences | ' + Object.keys(q.sbd).join(' | ') + ' |');
      L.push('|---|' + Object.keys(q.sbd).map(() => '---:|').join(''));
      const names = [...new Set(Object.values(q.sbd).flatMap((s) => Object.keys(s)))];
      for (const n of names) L.push(`| ${n} | ${Object.values(q.sbd).map((s) => (s[n] ? `${s[n].passed} / ${s[n].total} passed, boundary F1 ${s[n].f1 ?? '–'}` : '–')).join(' | ')} |`);
    }
    if (q.skipped) L.push('\n' + q.skipped);
  } else {
    L.push('\nQuality: not measured in this run (../shared absent).');
  }
  L.push('');
  L.push('## Targets (issue 7)');
  L.push('');
  L.push('| target | measured | met |');
  L.push('|---|---|---|');
  for (const t of targets(report)) L.push(`| ${t.target} | ${t.measured} | ${t.met == null ? '–' : t.met ? 'yes' : `**no**${t.by ? ` (${(t.by * 100).toFixed(0)}% of the target)` : ''}`} |`);
  L.push('');
  L.push('![time against input size](growth.svg)');
  return L.join('\n') + '\n';
}
