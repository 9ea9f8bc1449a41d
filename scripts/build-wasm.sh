#!/usr/bin/env bash
# Builds the WebAssembly module and its JS glue into pkg/:
#   pkg/nutshell.js         ES module glue (wasm-bindgen --target web): `init`, `initSync`, the functions
#   pkg/nutshell_bg.wasm    the module, optimized with wasm-opt --generate-global-effects -Oz --converge
#   pkg/nutshell.d.ts       wasm-bindgen's declarations of the glue (the npm package has precise ones)
# Usage: scripts/build-wasm.sh [--out DIR] [--profile P] [--features F]   (DIR defaults to pkg, P to release;
# extra cargo flags are passed on; the page's modules use the `page` profile, opt-level s, and its first
# module the `first` profile, opt-level z)
# `make wasm` builds pkg/ with the entity model embedded (npm package, extension); `make wasm-lite`
# builds pkg-lite/ without it (the page, which fetches models/ner.bin later and calls loadModel).
set -euo pipefail
cd "$(dirname "$0")/.."
out=pkg
if [[ "${1:-}" == --out ]]; then out=$2; shift 2; fi
profile=release
if [[ "${1:-}" == --profile ]]; then profile=$2; shift 2; fi
scripts/setup-wasm.sh
export PATH="$HOME/.cargo/bin:$PATH"

# The release profile's opt-level 3 (npm package, extension): 2-3x faster than opt-level z,
# for 24 KB more gzipped; the page profile's opt-level s (docs/wasm.md). WASM_OPT_LEVEL=z
# (or s, 3) overrides the chosen profile's level.
if [[ -n "${WASM_OPT_LEVEL:-}" ]]; then export "CARGO_PROFILE_${profile^^}_OPT_LEVEL=$WASM_OPT_LEVEL"; fi
# std rebuilt with the module, panics without messages (scripts/cargo-wasm.sh says why and what it costs).
raw=$(scripts/cargo-wasm.sh "$profile" "$@")

rm -rf "$out"
wasm-bindgen "$raw" --target web --out-dir "$out" --out-name nutshell
rm -f "$out/nutshell_bg.wasm.d.ts" "$out/package.json"
# -Oz for size, repeated until it stops shrinking (--converge: ~0.5 KB gzipped).
# wasm-opt reads the features the module uses (bulk memory, reference types …)
# from its target_features section, which is why the release profile must not strip it; the shipped
# module does not need it, nor the producers section (browsers ignore both: −217 bytes gzipped).
# --generate-global-effects first: -Oz's passes then know which calls have no side effects (−0.7 KB
# gzipped on the page's first module, outputs identical; docs/wasm.md, "Round 8").
# --low-memory-unused: Rust's wasm32 layout puts the 1 MB stack at the bottom of memory, growing down,
# so nothing lives in the low 1 KB and wasm-opt may fold constant offsets into loads and stores
# (−661 bytes gzipped on the page's first module, outputs identical; docs/wasm.md, "Round 10").
node_modules/.bin/wasm-opt --generate-global-effects -Oz --converge --low-memory-unused --strip-producers --strip-target-features "$out/nutshell_bg.wasm" \
  -o "$out/nutshell_bg.opt.wasm"
mv "$out/nutshell_bg.opt.wasm" "$out/nutshell_bg.wasm"

for f in "$out/nutshell_bg.wasm" "$out/nutshell.js"; do
  printf '%-22s %8d bytes, %8d gzipped\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
