#!/usr/bin/env bash
# Builds the crate for wasm32 and prints the path of the raw module (before wasm-bindgen):
#   scripts/cargo-wasm.sh PROFILE [cargo flags…]     e.g. scripts/cargo-wasm.sh first --quiet
# Used by scripts/build-wasm.sh and scripts/size.sh, so what `make size` measures is what ships.
#
# std is rebuilt with the module (`-Z build-std`, the toolchain's own rust-src) and panics are
# `-C panic=immediate-abort`: a panic traps at once, without core's message formatting (`<char as
# Debug>`, `slice_error_fail`, the printable tables, `Formatter`), and std is compiled at the
# profile's opt-level (z for the first module) instead of the prebuilt opt-level 3. −7.1 KB gzipped
# on the page's first module; outputs identical (scripts/compare-outputs.mjs; docs/wasm.md, "Round 14").
# Nothing is lost: with panic = abort a panic already trapped as `unreachable` without a message
# (no panic hook in wasm32-unknown-unknown), and nothing may panic anyway.
# Price: unstable compiler flags on the stable toolchain (RUSTC_BOOTSTRAP=1, as `make fuzz` does), and
# std compiled once per profile (≈ 1 min). A toolchain that does not know the flags builds with the
# prebuilt std instead, with a warning (as does one without rust-src, which scripts/setup-wasm.sh
# adds); NUTSHELL_PREBUILT_STD=1 asks for that. The build has its own target directory
# (target/wasm-std) so it never invalidates the plain wasm32 builds of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$1
shift
export PATH="$HOME/.cargo/bin:$PATH"
flags=(-Zunstable-options -Cpanic=immediate-abort)
# Only the page's modules (profiles `first` and `page`, built for size): the npm package's opt-level 3
# module gains 1.2 % (14 KB of 1.18 MB gzipped) and measured ≈ 4 % slower on a 1 MB analyze in Node.
page_module=false
[[ $profile =~ ^(first|page)$ ]] && page_module=true
if $page_module && [[ -z "${NUTSHELL_PREBUILT_STD:-}" ]] && [[ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]] &&
  RUSTC_BOOTSTRAP=1 rustc "${flags[@]}" --target wasm32-unknown-unknown --print cfg >/dev/null 2>&1; then
  export RUSTC_BOOTSTRAP=1 RUSTFLAGS="${flags[*]}" CARGO_TARGET_DIR=target/wasm-std
  cargo build -Zbuild-std=std,panic_abort --profile "$profile" --target wasm32-unknown-unknown \
    --no-default-features --lib "$@" >&2
  echo "target/wasm-std/wasm32-unknown-unknown/$profile/nutshell.wasm"
else
  if $page_module && [[ -z "${NUTSHELL_PREBUILT_STD:-}" ]]; then
    echo "warning: no rust-src or no -C panic=immediate-abort in this toolchain; building with the prebuilt std (≈ 7 KB gzipped larger)" >&2
  fi
  cargo build --profile "$profile" --target wasm32-unknown-unknown --no-default-features --lib "$@" >&2
  echo "target/wasm32-unknown-unknown/$profile/nutshell.wasm"
fi
