#!/usr/bin/env bash
# Firefox smoke test (run `make site extension package` first; `make test-firefox` does): the extension's
# Firefox build installs, the page with its extractor works in Gecko, and so does the npm package's
# highlight() (tests/firefox/smoke.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-firefox.sh
[[ -f dist/site/index.html && -f dist/extension-firefox/manifest.json && -f target/npm-package/index.js ]] || { echo "missing dist/site, dist/extension-firefox or target/npm-package: run make site extension package" >&2; exit 1; }
# Node 20 has WebSocket behind a flag (Firefox's BiDi server speaks WebSocket).
node --experimental-websocket --no-warnings --test tests/firefox/smoke.mjs
