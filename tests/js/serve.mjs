// The one static file server of the browser tests: a free localhost port, a route function that picks
// what to answer, and 404 for anything it cannot read. The pages under test must come from http://
// (module workers, streaming compilation and CSP behave differently from file://).

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/** Content types by file extension. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** The file `path` names under `root` (`/` → index.html), or null when it would leave `root`. */
export function fileUnder(root, path) {
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(normalize(root)) ? file : null;
}

/**
 * Starts a server. `route(path, req)` returns (or resolves to) what to answer: a file's path, or
 * `{ body, type }`, or null for 404. `headers` are added to every answer. Resolves to
 * `{ server, base, close() }`, `base` being `http://127.0.0.1:<port>`.
 */
export async function serve(route, { headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const answer = await route(path, req);
      if (answer === null || answer === undefined) throw new Error('no route');
      const { body, type } = typeof answer === 'string'
        ? { body: readFileSync(answer), type: TYPES[extname(answer)] ?? 'application/octet-stream' }
        : answer;
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { server, base, close: () => server.close() };
}
