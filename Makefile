# nutshell — every target installs what it needs and can be run again safely.
# Main commands: `make serve` (build and serve the page) and `make test` (every test).

SHELL := /bin/bash
.DEFAULT_GOAL := serve
CARGO ?= cargo
SHARED ?= ../shared
# Cargo features of the wasm build (e.g. WASM_FEATURES=model once the tagger lands).
WASM_FEATURES ?= model

.PHONY: serve test test-rust test-wasm test-js test-page test-extension cli wasm wasm-lite package site extension bench bench-wasm eval fmt lint clean model eval-ner

## Build the CLI (native, release).
cli:
	$(CARGO) build --release --features cli

## The main job: build everything and serve the page on http://127.0.0.1:8080
## (scripts/serve.py: Python's http.server with application/wasm and the page's CSP header).
serve: site
	python3 scripts/serve.py dist/site --port 8080

## The page for any static host: dist/site/ (index.html at its root) and dist/nutshell.html,
## one self-contained file (wasm, worker and sample inlined) that works from file://.
## The page uses the lite module (no entity model inside) and fetches pkg/ner.bin after the first result.
site: wasm-lite
	node scripts/build-site.mjs

## The WebAssembly module and its JS glue in pkg/ (what the page and the
## extension import): pkg/nutshell.js (ES module, --target web) and pkg/nutshell_bg.wasm.
wasm:
	scripts/build-wasm.sh $(if $(WASM_FEATURES),--features $(WASM_FEATURES))

## The page's module without the entity model in pkg-lite/ (plus pkg-lite/ner.bin, loaded lazily
## with loadModel): the first summary needs ≈190 KB gzipped instead of ≈800 KB.
wasm-lite:
	scripts/build-wasm.sh --out pkg-lite
	cp models/ner.bin pkg-lite/ner.bin

## The npm package: dist/nutshell-<version>.tgz (what `npm pack` would publish).
package: wasm
	scripts/package.sh

## The browser extension: dist/extension/ (load unpacked) and dist/nutshell-extension.zip (stores).
extension: wasm
	node scripts/build-extension.mjs

## Every test.
test: test-rust test-wasm test-js test-page test-extension

test-rust:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) test --release

## The bindings' wasm-bindgen tests, in Node and headless Chromium.
test-wasm:
	scripts/test-wasm.sh

## The packed npm package: Node's test runner, tsc, and bundled/plain pages in headless Chromium.
test-js: package cli
	scripts/test-js.sh

## The page end to end in headless Chromium (screenshots in target/page-artifacts/).
test-page: site
	scripts/test-page.sh

## The extension in headless Chromium (toolbar, selection, fallback, hostile page, no network) + web-ext lint.
test-extension: extension
	scripts/test-extension.sh

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

## Entity-level F1 of the tagger on CoNLL-2003 dev only (part of `make eval`).
eval-ner: cli
	@bash scripts/eval.sh "$(SHARED)" --only ner

clean:
	rm -rf target dist pkg pkg-lite node_modules
