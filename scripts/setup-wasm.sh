#!/usr/bin/env bash
# Installs what the WebAssembly build needs, only when it is missing:
# the wasm32 target, std's sources (rust-src), wasm-bindgen-cli of the crate's wasm-bindgen version,
# and the npm dev dependencies (binaryen's wasm-opt, esbuild, playwright-core,
# typescript) from the committed package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130 # keep equal to `wasm-bindgen = "=…"` in Cargo.toml

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

# std's sources, which scripts/cargo-wasm.sh rebuilds for the modules (without them it warns and
# uses the prebuilt std).
if [[ ! -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]]; then
  rustup component add rust-src || echo "warning: rust-src not installed: the wasm modules use the prebuilt std" >&2
fi

export PATH="$HOME/.cargo/bin:$PATH"
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  # Not --locked: with it, one pinned dependency is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm ci only when node_modules was not installed from this very lockfile.
stamp=node_modules/.nutshell-lock.sha256
if [[ ! -f $stamp ]] || [[ "$(cat "$stamp")" != "$(sha256sum package-lock.json | cut -d' ' -f1)" ]]; then
  npm ci --no-audit --no-fund
  sha256sum package-lock.json | cut -d' ' -f1 >"$stamp"
fi
