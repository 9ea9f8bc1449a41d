#!/usr/bin/env bash
# End-to-end tests of the page in headless Chromium (run `make site` first; `make test-page` does):
# tests/js/page.test.mjs serves dist/site/ on a free localhost port and opens dist/nutshell.html
# from file://; tests/js/pages.test.mjs pastes the real-layout pages of tests/pages/. Screenshots are written to target/page-artifacts/ (look at them).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-wasm.sh
scripts/setup-chromium.sh
[[ -f dist/site/index.html && -f dist/nutshell.html ]] || { echo "missing dist/site or dist/nutshell.html: run make site" >&2; exit 1; }
node --test tests/js/ui.test.mjs
node --test --test-concurrency=1 tests/js/page.test.mjs tests/js/pages.test.mjs
echo "screenshots: $(ls target/page-artifacts/*.png | tr '\n' ' ')"
