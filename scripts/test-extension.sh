#!/usr/bin/env bash
# Tests of the browser extension (run `make extension` first; `make test-extension` does):
#   - Node's test runner on tests/extension/*.test.mjs: dist/extension/ loaded unpacked into
#     headless Chromium (/usr/bin/chromium) through playwright-core
#   - web-ext lint (Mozilla's addons-linter) on the same directory, when web-ext is installed
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-wasm.sh
scripts/setup-chromium.sh
[[ -f dist/extension/manifest.json ]] || { echo "missing dist/extension: run make extension" >&2; exit 1; }

echo "== node --test tests/extension"
node --test --test-concurrency=1 tests/extension/*.test.mjs

# web-ext (npm) is not a devDependency: it pulls in ~330 packages (86 MB). Point WEB_EXT at an
# installed one (e.g. `npm install --prefix /tmp/webext web-ext@10.7.0`, then
# WEB_EXT=/tmp/webext/node_modules/.bin/web-ext) to lint the Firefox build; errors fail the test.
web_ext=${WEB_EXT:-$(command -v web-ext || true)}
if [[ -n $web_ext ]]; then
  echo "== web-ext lint dist/extension-firefox"
  "$web_ext" lint --source-dir dist/extension-firefox --no-config-discovery
else
  echo "== web-ext lint: skipped (web-ext not installed; set WEB_EXT=path/to/web-ext)"
fi
