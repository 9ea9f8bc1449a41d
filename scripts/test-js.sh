#!/usr/bin/env bash
# Tests of the packed npm package (run `make package cli` first; `make test-js` does):
# installs dist/nutshell-summarizer-<version>.tgz into a temporary project, then runs
#   - tsc --noEmit on a small TypeScript consumer, and on code typed with the platform's
#     Summarizer declarations (@types/dom-chromium-ai) run on the facade
#   - Node's test runner: API, spans, errors, the tarball, the Summarizer facade, determinism
#     against the native CLI; browser smoke tests (esbuild bundle, plain page, Web Worker) in headless Chromium;
#     in-page highlights (highlight.test.mjs: tests/highlight/ fixtures and tests/pages/) in headless Chromium
#   - the Summarizer API's web-platform-tests against the facade in headless Chromium (tests/wpt/)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scripts/setup-wasm.sh
scripts/setup-chromium.sh
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -1)
tgz=$root/dist/nutshell-summarizer-$version.tgz
[[ -f $tgz ]] || { echo "missing $tgz: run make package" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
echo '{ "name": "nutshell-consumer", "private": true, "type": "module" }' >package.json
npm install --no-audit --no-fund --offline --silent "$tgz"
cp "$root"/tests/js/*.test.mjs "$root"/tests/js/chromium.mjs "$root"/tests/js/serve.mjs "$root"/tests/js/consumer.ts "$root"/tests/js/platform-types.ts .

echo "== tsc --noEmit (TypeScript consumer)"
cat >tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "module": "nodenext",
  "moduleResolution": "nodenext", "lib": ["es2022", "dom"], "skipLibCheck": false }, "files": ["consumer.ts"] }
JSON
"$root/node_modules/.bin/tsc" -p tsconfig.json

echo "== tsc --noEmit (the facade against @types/dom-chromium-ai)"
cat >tsconfig.platform.json <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "module": "nodenext",
  "moduleResolution": "nodenext", "lib": ["es2022", "dom", "dom.iterable", "dom.asynciterable"], "skipLibCheck": false,
  "typeRoots": ["$root/node_modules/@types"], "types": ["dom-chromium-ai"] }, "files": ["platform-types.ts"] }
JSON
"$root/node_modules/.bin/tsc" -p tsconfig.platform.json

echo "== node --test (package, browsers)"
NUTSHELL_ROOT=$root NUTSHELL_TGZ=$tgz node --test --test-concurrency=1 package.test.mjs facade.test.mjs browser.test.mjs highlight.test.mjs

echo "== web-platform-tests of the Summarizer API against the facade (headless Chromium)"
node "$root/tests/wpt/run.mjs" --package "$tmp/node_modules/nutshell-summarizer" --json "$root/target/wpt-results.json"
