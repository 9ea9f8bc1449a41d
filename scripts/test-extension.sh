#!/usr/bin/env bash
# Tests of the browser extension (run `make extension` first; `make test-extension` does):
#   - Node's test runner on tests/extension/*.test.mjs: dist/extension/ loaded unpacked into
#     headless Chromium (/usr/bin/chromium) through playwright-core
#   - web-ext lint (Mozilla's addons-linter, pinned devDependency) on the Firefox build: no error,
#     no warning but the two known ones inside Readability (scripts/web-ext-lint.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-wasm.sh
scripts/setup-chromium.sh
[[ -f dist/extension/manifest.json ]] || { echo "missing dist/extension: run make extension" >&2; exit 1; }

echo "== node --test tests/extension"
node --test --test-concurrency=1 tests/extension/*.test.mjs

echo "== web-ext lint dist/extension-firefox"
node scripts/web-ext-lint.mjs dist/extension-firefox
