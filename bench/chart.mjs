// growth.svg: median time against input size, log–log, one line per tool. Plain SVG, no dependency.
const COLORS = ['#d62728', '#ff7f0e', '#1f77b4', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#843c39', '#7b4173'];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function growthSvg(report) {
  const W = 980, H = 560, L = 70, R = 380, T = 40, B = 60;
  const pts = report.results.filter((r) => r.median_ms);
  const xs = pts.map((r) => r.bytes), ys = pts.map((r) => r.median_ms);
  const x0 = Math.floor(Math.log10(Math.min(...xs))), x1 = Math.ceil(Math.log10(Math.max(...xs)));
  const y0 = Math.floor(Math.log10(Math.min(...ys))), y1 = Math.ceil(Math.log10(Math.max(...ys)));
  const X = (b) => L + ((Math.log10(b) - x0) / (x1 - x0)) * (W - L - R);
  const Y = (ms) => H - B - ((Math.log10(ms) - y0) / (y1 - y0)) * (H - T - B);
  const o = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`, `<rect width="${W}" height="${H}" fill="white"/>`];
  o.push(`<text x="${L}" y="22" font-size="15" font-weight="bold">Time against input size (median, log–log) — ${esc(report.date.slice(0, 10))}</text>`);
  for (let e = x0; e <= x1; e++) {
    const x = X(10 ** e);
    o.push(`<line x1="${x}" y1="${T}" x2="${x}" y2="${H - B}" stroke="#ddd"/>`);
    const lab = e >= 6 ? `${10 ** (e - 6)} MB` : e >= 3 ? `${10 ** (e - 3)} KB` : `${10 ** e} B`;
    o.push(`<text x="${x}" y="${H - B + 18}" text-anchor="middle">${lab}</text>`);
  }
  for (let e = y0; e <= y1; e++) {
    const y = Y(10 ** e);
    o.push(`<line x1="${L}" y1="${y}" x2="${W - R}" y2="${y}" stroke="#ddd"/>`);
    const lab = e >= 3 ? `${10 ** (e - 3)} s` : e >= 0 ? `${10 ** e} ms` : `${10 ** e} ms`;
    o.push(`<text x="${L - 6}" y="${y + 4}" text-anchor="end">${lab}</text>`);
  }
  o.push(`<text x="${(L + W - R) / 2}" y="${H - 15}" text-anchor="middle">input size (bytes of UTF-8 text)</text>`);
  o.push(`<text transform="translate(16 ${(T + H - B) / 2}) rotate(-90)" text-anchor="middle">time per call</text>`);
  // Dashed guide: linear growth through nutshell CLI summarize at 100 KB.
  const ref = pts.find((r) => r.tool === 'nutshell-cli-summarize' && r.text === '100k');
  if (ref) {
    const a = 10 ** x0, b = 10 ** x1;
    o.push(`<line x1="${X(a)}" y1="${Y(ref.median_ms * (a / ref.bytes))}" x2="${X(b)}" y2="${Y(ref.median_ms * (b / ref.bytes))}" stroke="#999" stroke-dasharray="5 4"/>`);
  }
  o.push(`<clipPath id="plot"><rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}"/></clipPath>`);
  report.tools.forEach((tool, i) => {
    const p = pts.filter((r) => r.tool === tool.id).sort((a, b) => a.bytes - b.bytes);
    if (!p.length) return;
    const c = COLORS[i % COLORS.length];
    const dash = tool.nutshell ? '' : ' stroke-dasharray="6 3"';
    const w = tool.nutshell ? 3 : 1.8;
    o.push(`<polyline clip-path="url(#plot)" fill="none" stroke="${c}" stroke-width="${w}"${dash} points="${p.map((r) => `${X(r.bytes).toFixed(1)},${Y(r.median_ms).toFixed(1)}`).join(' ')}"/>`);
    for (const r of p) o.push(`<circle cx="${X(r.bytes).toFixed(1)}" cy="${Y(r.median_ms).toFixed(1)}" r="3" fill="${c}"/>`);
    const ly = T + 10 + i * 20;
    o.push(`<line x1="${W - R + 20}" y1="${ly}" x2="${W - R + 50}" y2="${ly}" stroke="${c}" stroke-width="${w}"${dash}/>`);
    const capped = report.results.some((r) => r.tool === tool.id && (r.capped || r.error));
    o.push(`<text x="${W - R + 56}" y="${ly + 4}">${esc(`[${tool.task}] ${tool.label.replace(/ \(.*\)$/, '')}${capped ? ' (capped)' : ''}`)}</text>`);
  });
  o.push(`<text x="${W - R + 20}" y="${T + 10 + report.tools.length * 20 + 10}" fill="#666">solid: nutshell · dashed: peers · grey dashes: linear</text>`);
  o.push('</svg>');
  return o.join('\n') + '\n';
}
