#!/usr/bin/env bash
# In-page highlights in headless Chromium (tests/js/highlight.test.mjs) against npm/ and pkg/ as they
# are in the tree (run `make wasm` first), without packing: the quick loop while working on
# src/highlight/ or npm/core.js. `make test-js` runs the same tests on the packed package.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-chromium.sh
[[ -f pkg/nutshell_bg.wasm ]] || { echo "pkg/ is missing: run make wasm" >&2; exit 1; }
stage=target/highlight-package
rm -rf "$stage" && mkdir -p "$stage/wasm"
cp npm/*.js "$stage/"
cp pkg/nutshell.js pkg/nutshell_bg.wasm "$stage/wasm/"
# --stage-only: just lay the package out in $stage (make bench-highlight uses it).
[[ "${1:-}" == --stage-only ]] && exit 0
NUTSHELL_ROOT=$PWD NUTSHELL_PACKAGE=$PWD/$stage node --test --test-concurrency=1 tests/js/highlight.test.mjs
