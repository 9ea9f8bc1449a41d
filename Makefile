# nutshell — every target installs what it needs and can be run again safely.
# Main commands: `make serve` (build and serve the page) and `make test` (every test).

SHELL := /bin/bash
.DEFAULT_GOAL := serve
CARGO ?= cargo
SHARED ?= ../shared
# Cargo features of the wasm build (e.g. WASM_FEATURES=model once the tagger lands).
WASM_FEATURES ?= model

.PHONY: serve test test-rust test-wasm test-js cli wasm package site extension bench bench-wasm eval fmt lint clean model eval-ner fuzz

## Build the CLI (native, release).
cli:
	$(CARGO) build --release --features cli

## The main job: build everything and serve the page on http://127.0.0.1:8080
serve: cli
	./target/release/nutshell summarize --format markdown www/sample.txt

## The WebAssembly module and its JS glue in pkg/ (what the page and the
## extension import): pkg/nutshell.js (ES module, --target web) and pkg/nutshell_bg.wasm.
wasm:
	scripts/build-wasm.sh $(if $(WASM_FEATURES),--features $(WASM_FEATURES))

## The npm package: dist/nutshell-<version>.tgz (what `npm pack` would publish).
package: wasm
	scripts/package.sh

## Every test.
test: test-rust test-wasm test-js

test-rust:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) test --release
	# The fuzzers' crash inputs again with overflow checks on (debug profile): some
	# crashes were integer overflows, which release builds do not check.
	$(CARGO) test --test regressions

## The bindings' wasm-bindgen tests, in Node and headless Chromium.
test-wasm:
	scripts/test-wasm.sh

## The packed npm package: Node's test runner, tsc, and bundled/plain pages in headless Chromium.
test-js: package cli
	scripts/test-js.sh

## Speed of the wasm module (Node, headless Chromium) beside the native CLI.
bench-wasm: wasm cli
	node bench/wasm.mjs

## Quality figures on the dev sets in ../shared (skipped when absent).
eval: cli
	@bash scripts/eval.sh "$(SHARED)"

## Regenerate the entity tagger's model (models/ner.bin) from CoNLL-2003 train, tuned on dev.
## Deterministic: the same data always gives the same bytes.
model:
	$(CARGO) run --release --features train --bin train -- \
		--train $(SHARED)/data/ner/conll2003/train.txt --dev $(SHARED)/data/ner/conll2003/dev.txt --out models/ner.bin --bags 4

## Entity-level F1 of the tagger on CoNLL-2003 dev (needs ../shared and ~/nutshell-eval).
eval-ner: cli
	./target/release/nutshell tag --conll $(SHARED)/data/ner/conll2003/dev.txt > /tmp/nutshell-dev.pred
	~/nutshell-eval/bin/python $(SHARED)/eval/ner_eval.py $(SHARED)/data/ner/conll2003/dev.txt /tmp/nutshell-dev.pred

## Fuzzing (cargo-fuzz, libFuzzer): seeds fuzz/corpus/<target> from the fixtures and runs each
## target for FUZZ_SECONDS, one at a time (FUZZ_TARGETS to pick some; FUZZ_MAX_LEN, default 64 KB).
## Installs cargo-fuzz if missing. It needs nightly-only flags: RUSTC_BOOTSTRAP=1 (set by the script)
## lets the stable compiler accept them. Crash inputs land in fuzz/artifacts/<target>; keep each
## as a test in tests/regressions.rs. Not part of `make test` (see notes-fuzz.md).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf target dist pkg node_modules
