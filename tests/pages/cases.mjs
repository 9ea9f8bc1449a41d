// The real-layout pages of tests/pages/<case>/, shared by the page's test (the source pasted
// into the text box) and the extension's test (the page opened in a tab, the toolbar button
// pressed). Each case:
//   page.html     the page source, written in the image of a real layout
//   expected.txt  the article text both front ends must produce (title line first); written
//                 by the extractor with BLESS=1 and reviewed by hand (see README.md)
//   absent.txt    strings (one a line) of the page's furniture that must not reach the text
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

export const PAGES = dirname(fileURLToPath(import.meta.url));

export function cases() {
  return readdirSync(PAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(PAGES, name);
      const read = (f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : null);
      return {
        name,
        html: read('page.html'),
        expected: read('expected.txt')?.replace(/\n$/, '') ?? null,
        absent: (read('absent.txt') ?? '').split('\n').map((s) => s.trim()).filter(Boolean),
        expectedPath: join(dir, 'expected.txt'),
        // A fragment of markup (no <html>): something one pastes, not a page one opens.
        fragment: !/^\s*(<!doctype|<html)/i.test(read('page.html') ?? ''),
      };
    });
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The extracted text is the expected one (BLESS=1 writes it instead) and holds none of the furniture. */
export function checkText(c, text, frontEnd) {
  if (process.env.BLESS === '1' && frontEnd === 'page') {
    writeFileSync(c.expectedPath, `${text}\n`);
  } else {
    assert.ok(c.expected !== null, `${c.name}: no expected.txt (run with BLESS=1 and review it)`);
    assert.equal(text, c.expected, `${c.name} (${frontEnd}): the article text`);
  }
  const leaked = c.absent.filter((s) => text.includes(s));
  assert.deepEqual(leaked, [], `${c.name} (${frontEnd}): page furniture in the text`);
}

/**
 * Summary sentences taken from the article body (the expected text without its title line):
 * { inBody, total, outside: [sentences] }.
 */
export function bodyShare(c, sentences) {
  const expected = c.expected ?? '';
  const body = squash(expected.slice(expected.indexOf('\n') < 0 ? expected.length : expected.indexOf('\n')));
  const outside = sentences.filter((s) => !body.includes(squash(s)));
  return { inBody: sentences.length - outside.length, total: sentences.length, outside };
}

/** "page paste: 83/85 summary sentences from the article body (97.6 %)" and a line per miss. */
export function shareReport(frontEnd, rows) {
  const inBody = rows.reduce((n, r) => n + r.inBody, 0);
  const total = rows.reduce((n, r) => n + r.total, 0);
  const pct = total ? ((100 * inBody) / total).toFixed(1) : '–';
  const lines = [`${frontEnd}: ${inBody}/${total} summary sentences from the article body (${pct} %) on ${rows.length} pages`];
  for (const r of rows) for (const s of r.outside) lines.push(`  ${r.name}: not from the body: ${s.slice(0, 100)}`);
  return { inBody, total, pct, text: lines.join('\n') };
}
