#!/usr/bin/env bash
# Writes the npm package dist/nutshell-summarizer-<version>.tgz (what `npm pack` would publish):
# npm/ (package.json template, entries, facade, types, README) + the module
# and glue from pkg/ (run scripts/build-wasm.sh first; `make package` does).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f pkg/nutshell_bg.wasm && -f pkg/nutshell.js ]] || { echo "pkg/ is missing: run make wasm" >&2; exit 1; }

version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -1)
stage=target/npm-package
rm -rf "$stage"
mkdir -p "$stage/wasm" dist
cp npm/index.js npm/node.js npm/core.js npm/summarizer.js npm/highlight-styles.js npm/index.d.ts npm/README.md "$stage/"
sed "s/@VERSION@/$version/" npm/package.json >"$stage/package.json"
cp pkg/nutshell.js pkg/nutshell_bg.wasm "$stage/wasm/"
# Every file the package.json lists must exist (a typo would ship a broken package).
node -e '
  const fs = require("fs"), p = require(process.argv[1] + "/package.json");
  for (const f of p.files) if (!fs.existsSync(process.argv[1] + "/" + f)) { console.error("missing " + f); process.exit(1); }
' "$PWD/$stage"
rm -f "dist/nutshell-summarizer-$version.tgz"
npm pack "./$stage" --pack-destination dist --silent >/dev/null
ls -l "dist/nutshell-summarizer-$version.tgz"
