#!/usr/bin/env bash
# Builds the WebAssembly module and its JS glue into pkg/:
#   pkg/nutshell.js         ES module glue (wasm-bindgen --target web): `init`, `initSync`, the functions
#   pkg/nutshell_bg.wasm    the module, optimized with wasm-opt -Oz (binaryen from npm)
#   pkg/nutshell.d.ts       wasm-bindgen's declarations of the glue (the npm package has precise ones)
# Usage: scripts/build-wasm.sh [--features F]   (extra cargo flags are passed on)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-wasm.sh
export PATH="$HOME/.cargo/bin:$PATH"

# opt-level z for the wasm build only (the native CLI keeps the profile's 3):
# 183 KB instead of 206 KB gzipped. WASM_OPT_LEVEL=3 to compare speed.
CARGO_PROFILE_RELEASE_OPT_LEVEL="${WASM_OPT_LEVEL:-z}" \
  cargo build --release --target wasm32-unknown-unknown --no-default-features --lib "$@"
raw=target/wasm32-unknown-unknown/release/nutshell.wasm

rm -rf pkg
wasm-bindgen "$raw" --target web --out-dir pkg --out-name nutshell
rm -f pkg/nutshell_bg.wasm.d.ts pkg/package.json
# -Oz for size; the features are read from the module's target_features
# section (so the release profile must not strip it).
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  pkg/nutshell_bg.wasm -o pkg/nutshell_bg.opt.wasm
mv pkg/nutshell_bg.opt.wasm pkg/nutshell_bg.wasm

for f in pkg/nutshell_bg.wasm pkg/nutshell.js; do
  printf '%-22s %8d bytes, %8d gzipped\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
