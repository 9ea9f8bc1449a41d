// growth.svg: median time against input size, log–log, one panel per task, one line per tool.
// Plain SVG written from the report, no plotting dependency.
const NUT = ['#d62728', '#ff7f0e'];
const PEER = ['#1f77b4', '#2ca02c', '#9467bd', '#8c564b', '#17becf'];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const TASKS = [['summarize', 'Summarization'], ['entities', 'Entities'], ['sentences', 'Sentence splitting']];

export function growthSvg(report) {
  const PW = 360, PH = 330, L = 64, T = 66, GAP = 40, LEG = 130;
  const W = L + TASKS.length * (PW + GAP), H = T + PH + 40 + LEG;
  const pts = report.results.filter((r) => r.median_ms);
  const xs = report.texts.map((t) => t.bytes), ys = pts.map((r) => r.median_ms);
  const x0 = Math.floor(Math.log10(Math.min(...xs))), x1 = Math.ceil(Math.log10(Math.max(...xs)));
  const y0 = Math.floor(Math.log10(Math.min(...ys))), y1 = Math.ceil(Math.log10(Math.max(...ys)));
  const o = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`, `<rect width="${W}" height="${H}" fill="white"/>`];
  o.push(`<text x="${L}" y="22" font-size="15" font-weight="bold">Time per call against input size (median, log–log), ${esc(report.date.slice(0, 16).replace('T', ' '))} UTC</text>`);
  o.push(`<text x="${L}" y="40" fill="#555">solid: nutshell · dashed: peers · grey dashes: linear growth through nutshell at 100 KB · a line that stops was capped</text>`);
  TASKS.forEach(([task, title], p) => {
    const ox = L + p * (PW + GAP);
    const X = (b) => ox + ((Math.log10(b) - x0) / (x1 - x0)) * PW;
    const Y = (ms) => T + PH - ((Math.log10(ms) - y0) / (y1 - y0)) * PH;
    o.push(`<text x="${ox + PW / 2}" y="${T - 2}" text-anchor="middle" font-weight="bold">${title}</text>`);
    o.push(`<rect x="${ox}" y="${T + 4}" width="${PW}" height="${PH - 4}" fill="none" stroke="#bbb"/>`);
    for (let e = x0; e <= x1; e++) {
      const x = X(10 ** e);
      o.push(`<line x1="${x}" y1="${T + 4}" x2="${x}" y2="${T + PH}" stroke="#e5e5e5"/>`);
      const lab = e >= 6 ? `${10 ** (e - 6)} MB` : e >= 3 ? `${10 ** (e - 3)} KB` : `${10 ** e} B`;
      o.push(`<text x="${x}" y="${T + PH + 16}" text-anchor="middle">${lab}</text>`);
    }
    for (let e = y0; e <= y1; e++) {
      const y = Y(10 ** e);
      o.push(`<line x1="${ox}" y1="${y}" x2="${ox + PW}" y2="${y}" stroke="#e5e5e5"/>`);
      if (p === 0) o.push(`<text x="${ox - 6}" y="${y + 4}" text-anchor="end">${e >= 3 ? `${10 ** (e - 3)} s` : `${+(10 ** e).toPrecision(1)} ms`}</text>`);
    }
    o.push(`<clipPath id="c${p}"><rect x="${ox}" y="${T + 4}" width="${PW}" height="${PH - 4}"/></clipPath>`);
    const ref = pts.find((r) => r.task === task && r.tool.startsWith('nutshell-cli') && r.text === '100k');
    if (ref) {
      const a = 10 ** x0, b = 10 ** x1;
      o.push(`<line clip-path="url(#c${p})" x1="${X(a)}" y1="${Y((ref.median_ms * a) / ref.bytes)}" x2="${X(b)}" y2="${Y((ref.median_ms * b) / ref.bytes)}" stroke="#aaa" stroke-dasharray="4 4"/>`);
    }
    let n = 0, q = 0;
    report.tools.filter((t) => t.task === task).forEach((tool, i) => {
      const c = tool.nutshell ? NUT[n++ % NUT.length] : PEER[q++ % PEER.length];
      const line = pts.filter((r) => r.tool === tool.id).sort((a, b) => a.bytes - b.bytes);
      const dash = tool.nutshell ? '' : ' stroke-dasharray="6 3"';
      const w = tool.nutshell ? 3 : 2;
      if (line.length) o.push(`<polyline clip-path="url(#c${p})" fill="none" stroke="${c}" stroke-width="${w}"${dash} points="${line.map((r) => `${X(r.bytes).toFixed(1)},${Y(r.median_ms).toFixed(1)}`).join(' ')}"/>`);
      for (const r of line) o.push(`<circle cx="${X(r.bytes).toFixed(1)}" cy="${Y(r.median_ms).toFixed(1)}" r="3" fill="${c}"/>`);
      const ly = T + PH + 40 + i * 18;
      o.push(`<line x1="${ox}" y1="${ly}" x2="${ox + 28}" y2="${ly}" stroke="${c}" stroke-width="${w}"${dash}/>`);
      const capped = report.results.some((r) => r.tool === tool.id && (r.capped || r.error));
      o.push(`<text x="${ox + 34}" y="${ly + 4}">${esc(tool.label.replace(/ \(.*\)$/, '').replace(/ people\/orgs.*$/, '').replace(/, tok2vec.*$/, ''))}${capped ? ' (capped)' : ''}</text>`);
    });
  });
  o.push('</svg>');
  return o.join('\n') + '\n';
}
