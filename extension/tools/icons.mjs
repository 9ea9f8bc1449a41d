// Renders extension/icons/{16,32,48,128}.png from the logo (the same drawing as
// the page's) with headless Chromium. The PNGs are committed; run this only to
// change them: node extension/tools/icons.mjs
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../icons/', import.meta.url));
const svg = (size) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="8" fill="#b45309"/>
  <path d="M16 6c-5 0-9 4.5-9 10.5S11 27 16 27s9-4.5 9-10.5S21 6 16 6zm0 3c1 2.5 1 5 0 7.5s-1 5 0 7.5"
    fill="none" stroke="#fff" stroke-width="${size <= 16 ? 2.8 : 2.2}" stroke-linecap="round"/></svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg(size)}`);
  await page.locator('svg').screenshot({ path: `${out}${size}.png`, omitBackground: true });
}
await browser.close();
