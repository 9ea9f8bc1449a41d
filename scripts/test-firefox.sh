#!/usr/bin/env bash
# Firefox smoke test (run `make site extension` first; `make test-firefox` does): the extension's
# Firefox build installs, and the page with its extractor works in Gecko (tests/firefox/smoke.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-firefox.sh
[[ -f dist/site/index.html && -f dist/extension-firefox/manifest.json ]] || { echo "missing dist/site or dist/extension-firefox: run make site extension" >&2; exit 1; }
# Node 20 has WebSocket behind a flag (Firefox's BiDi server speaks WebSocket).
node --experimental-websocket --no-warnings --test tests/firefox/smoke.mjs
