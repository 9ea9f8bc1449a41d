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

# The release profile's opt-level 3: 2-3x faster than opt-level z, for 24 KB more
# gzipped (see docs/wasm.md). WASM_OPT_LEVEL=z (or s) builds the smaller, slower module.
if [[ -n "${WASM_OPT_LEVEL:-}" ]]; then export CARGO_PROFILE_RELEASE_OPT_LEVEL=$WASM_OPT_LEVEL; fi
cargo build --release --target wasm32-unknown-unknown --no-default-features --lib "$@"
raw=target/wasm32-unknown-unknown/release/nutshell.wasm

rm -rf pkg
wasm-bindgen "$raw" --target web --out-dir pkg --out-name nutshell
rm -f pkg/nutshell_bg.wasm.d.ts pkg/package.json
# -Oz for size. wasm-opt reads the features the module uses (bulk memory,
# reference types …) from its target_features section, which is why the
# release profile must not strip it.
node_modules/.bin/wasm-opt -Oz pkg/nutshell_bg.wasm -o pkg/nutshell_bg.opt.wasm
mv pkg/nutshell_bg.opt.wasm pkg/nutshell_bg.wasm

for f in pkg/nutshell_bg.wasm pkg/nutshell.js; do
  printf '%-22s %8d bytes, %8d gzipped\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
