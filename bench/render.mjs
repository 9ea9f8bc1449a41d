// Rewrites bench/results/latest.md and growth.svg from latest.json (after a change to the report
// or the chart; no measurement).   node bench/render.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { markdown } from './report.mjs';
import { growthSvg } from './chart.mjs';

const dir = join(resolve(new URL('..', import.meta.url).pathname), 'bench/results');
const report = JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8'));
writeFileSync(join(dir, 'latest.md'), markdown(report));
writeFileSync(join(dir, 'growth.svg'), growthSvg(report));
