#!/usr/bin/env bash
# The bindings' wasm-bindgen tests (src/wasm.rs), in Node and in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-wasm.sh
scripts/setup-chromium.sh
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# --release: the shipped profile (no overflow checks; main's entity features
# overflow-panic in debug builds, see docs/wasm.md).
# `entities`: the page's entity module (pkg-lite) without an embedded model; the first module
# (no `entities`) is tested natively (`cargo test --no-default-features --lib`) and by the page tests.
test=(cargo test --release --target wasm32-unknown-unknown --no-default-features --features entities --lib)

cargo clippy --target wasm32-unknown-unknown --no-default-features --features entities --lib -- -D warnings
echo "== wasm-bindgen-test in Node"
"${test[@]}"
echo "== wasm-bindgen-test in headless Chromium"
# webdriver.json (read from the working directory) carries the headless flags.
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver "${test[@]}"
