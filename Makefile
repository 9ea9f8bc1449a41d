# nutshell — every target installs what it needs and can be run again safely.
# Main commands: `make serve` (build and serve the page) and `make test` (every test).

SHELL := /bin/bash
.DEFAULT_GOAL := serve
CARGO ?= cargo
SHARED ?= ../shared
# Cargo features of `make wasm` (npm package, extension): the embedded model and every language's
# lists and stemmer, so that they give what the CLI gives, and in-page highlights (web-sys). The page's
# first module (wasm-lite) has none of them.
WASM_FEATURES ?= model,languages,highlight

.PHONY: size serve test check-features test-rust test-wasm test-js test-page test-extension test-firefox cli wasm wasm-first wasm-lite wasm-languages package site extension bench bench-peers bench-complexity bench-highlight bench-criterion eval-peers bench-wasm eval fmt lint clean model eval-ner fuzz

## Build the CLI (native, release).
cli:
	$(CARGO) build --release --features cli

## The main job: build everything and serve the page on http://127.0.0.1:8080
## (scripts/serve.py: Python's http.server with application/wasm and the page's CSP header).
serve: site
	python3 scripts/serve.py dist/site --port 8080

## The page for any static host: dist/site/ (index.html at its root) and dist/nutshell.html,
## one self-contained file (wasm, worker and sample inlined) that works from file://.
## The page starts on the first module (no entities at all: summary and keywords), switches its worker
## to the lite module (entities, no model inside) right after the first result and then fetches
## pkg/ner.bin; a text in a language whose lists and stemmer the lite module lacks goes straight to the
## language module. The single file has the lite module only (docs/page.md, "Modules").
site: wasm-first wasm-lite wasm-languages
	node scripts/build-site.mjs

## The WebAssembly module and its JS glue in pkg/ (what the page and the
## extension import): pkg/nutshell.js (ES module, --target web) and pkg/nutshell_bg.wasm.
wasm:
	scripts/build-wasm.sh $(if $(WASM_FEATURES),--features $(WASM_FEATURES))

## The page's first module in pkg-first/: no cargo feature `entities` (no rules, resolution or tagger;
## every model refused), English lists and stemmer: the first summary and keywords for ≈ 127 KB gzipped
## (docs/wasm.md, "Round 7" and "Round 8"). Cargo profile `first`: opt-level z, for size over speed.
wasm-first:
	scripts/build-wasm.sh --out pkg-first --profile first

## The page's entity module in pkg-lite/: the first module plus the entity code (feature `entities`), without
## the entity model (pkg-lite/ner.bin, loaded lazily with loadModel). The page's worker switches to it
## after the first result; the single file dist/nutshell.html runs on it alone.
wasm-lite:
	scripts/build-wasm.sh --out pkg-lite --profile page --features entities
	cp models/ner.bin pkg-lite/ner.bin

## The page's language module in pkg-languages/: the lite module plus every language's word lists and
## Snowball stemmer (feature `languages`, no model; same glue). Fetched only for a text in such a
## language (German, French…), never for English (docs/page.md, "Languages").
wasm-languages:
	scripts/build-wasm.sh --out pkg-languages --features languages

## The npm package: dist/nutshell-summarizer-<version>.tgz (what `npm pack` would publish).
package: wasm
	scripts/package.sh

## The browser extension: dist/extension/ (load unpacked) and dist/nutshell-extension.zip (stores).
extension: wasm
	node scripts/build-extension.mjs

## Every test.
test: test-rust test-wasm test-js test-page test-extension test-firefox

test-rust: check-features
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) test --release
	# Without the cargo feature `entities` (the page's first module): summaries and keywords only,
	# entities unsupported in every language, every model refused (src/analyzer.rs, language/support.rs).
	$(CARGO) test --no-default-features --lib
	# The fuzzers' crash inputs again with overflow checks on (debug profile): some
	# crashes were integer overflows, which release builds do not check.
	$(CARGO) test --test regressions

## Every documented feature combination builds and is clippy-clean (native, wasm with and without
## the embedded model, without entities at all (`--no-default-features`: the page's first module),
## and the fuzz targets against the library's internals).
check-features:
	scripts/setup-wasm.sh
	$(CARGO) clippy --all-targets --no-default-features -- -D warnings
	$(CARGO) clippy --all-targets --no-default-features --features entities -- -D warnings
	$(CARGO) clippy --all-targets --no-default-features --features cli -- -D warnings
	$(CARGO) clippy --all-targets --no-default-features --features model -- -D warnings
	$(CARGO) clippy --all-targets --no-default-features --features languages -- -D warnings
	$(CARGO) clippy --all-targets --features train -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --no-default-features --features entities -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --no-default-features --features model -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --no-default-features --features model,languages -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --no-default-features --features model,languages,highlight -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --no-default-features --features highlight -- -D warnings
	$(CARGO) clippy --all-targets --features highlight -- -D warnings
	$(CARGO) check --manifest-path fuzz/Cargo.toml --locked

## The bindings' wasm-bindgen tests, in Node and headless Chromium.
test-wasm:
	scripts/test-wasm.sh

## The packed npm package: Node's test runner, tsc, bundled/plain pages in headless Chromium, and the
## Summarizer API's web-platform-tests against the facade (tests/wpt/, results in target/wpt-results.json).
test-js: package cli
	scripts/test-js.sh

## The page end to end in headless Chromium (its languages compared with the CLI; every state, the real-layout pages of tests/pages/, the
## UI kit's unit tests; screenshots in target/page-artifacts/).
test-page: site cli
	scripts/test-page.sh

## The extension in headless Chromium (toolbar, selection, fallback, hostile page, the real-layout pages
## of tests/pages/, no network) + web-ext lint (pinned devDependency).
test-extension: extension
	scripts/test-extension.sh

## Firefox (Debian's firefox-esr, driven through its built-in WebDriver BiDi): the extension's Firefox
## build installs as a temporary add-on, and the page and its article extractor work in Gecko.
test-firefox: site extension package
	scripts/test-firefox.sh

## nutshell beside the tools people use today (issue 7): installs the peers into bench/.peers/,
## builds the CLI and the wasm module with and without the entity model, scores the peers'
## quality on ../shared (skipped when absent), times everything in one run and writes
## bench/results/latest.{md,json} and growth.svg. CRITERION=1 adds the criterion benches;
## BENCH_BUDGET = seconds per tool and text before runs are cut and slow peers capped.
## Not part of `make test`; takes 15-30 minutes.
CRITERION ?= 0
BENCH_BUDGET ?= 40
bench: cli bench-peers
	$(MAKE) wasm WASM_FEATURES=entities
	rm -rf bench/.peers/pkg-nomodel && cp -r pkg bench/.peers/pkg-nomodel
	$(MAKE) wasm
	@if [ -d "$(SHARED)/data" ]; then bench/.peers/venv/bin/python bench/quality.py --shared "$(SHARED)" --out bench/results/raw/quality.json; \
	  else echo "bench: $(SHARED)/data not found; quality columns skipped"; rm -f bench/results/raw/quality.json; fi
	node bench/run.mjs --budget $(BENCH_BUDGET)
	$(MAKE) size
	$(MAKE) bench-complexity
	@if [ "$(CRITERION)" = 1 ]; then $(MAKE) bench-criterion; fi

## How each analysis grows with the text (issue 18): time at 0.25-4 MB for every analysis and
## input shape (news, long word, one line, tiny lines…) and the worst time(2n)/time(n) (goal ≤ 2.3).
## Figures only. COMPLEXITY_ARGS, e.g. "--max-mb 1 --shapes news,one-line".
COMPLEXITY_ARGS ?=
bench-complexity:
	$(CARGO) run --release --example complexity -- $(COMPLEXITY_ARGS)

## The cost of highlight() in headless Chromium: the seed article and a 100 KB page, median of 20
## runs (bench/highlight.mjs; figures only, see docs/highlight.md).
bench-highlight: wasm
	scripts/test-highlight.sh --stage-only
	node bench/highlight.mjs --package target/highlight-package

bench-peers:
	bash bench/setup.sh

## Where the bytes of each wasm build go (per crate, per module, largest functions): docs/size.md.
size:
	scripts/size.sh

## The peers' quality beside nutshell's on ../shared (sumy ROUGE, spaCy/compromise NER F1,
## pySBD/sentencex pass counts); the part of `make bench` that `make eval` leaves out.
eval-peers: cli bench-peers
	bench/.peers/venv/bin/python bench/quality.py --shared "$(SHARED)" --out bench/results/raw/quality.json

## Native speed of the library alone (criterion): the pipeline and the tagger; then how summaries
## grow with the text at a small and the full budget (time(2n)/time(n), 0.25 to 4 MB).
bench-criterion:
	$(CARGO) bench --bench pipeline
	$(CARGO) bench --features model --bench ner_speed
	$(CARGO) bench --bench summary_growth

## Speed of the wasm module (Node, headless Chromium) beside the native CLI.
bench-wasm: wasm cli
	node bench/wasm.mjs

## Quality figures on the dev sets in ../shared (skipped when absent).
eval: cli
	@bash scripts/eval.sh "$(SHARED)"

## Regenerate every entity tagger model (models/ner.bin, ner-de/fr/nl.bin, ner-xx.bin for es/it/pt) from the fit parts of ../shared/data/ner,
## choosing epochs and pruning on the tune parts (splits: docs/entities.md). Deterministic: the same
## data always gives the same bytes.
model:
	nice -n 10 $(CARGO) run --release --features train --bin train -- models --data $(SHARED)/data/ner --out-dir models

## Entity F1 per source and type, tune and test parts side by side, and the cross-domain table
## (scripts/eval_ner.py; part of `make eval`; the cross-domain models are cached in target/ner-cross).
eval-ner: cli
	@bash scripts/eval.sh "$(SHARED)" --only ner

## Fuzzing (cargo-fuzz, libFuzzer): seeds fuzz/corpus/<target> from the fixtures and runs each
## target for FUZZ_SECONDS, one at a time (FUZZ_TARGETS to pick some; FUZZ_MAX_LEN, default 64 KB).
## Installs cargo-fuzz if missing. It needs nightly-only flags: RUSTC_BOOTSTRAP=1 (set by the script)
## lets the stable compiler accept them. Crash inputs land in fuzz/artifacts/<target>; keep each
## as a test in tests/regressions.rs. Not part of `make test` (see docs/robustness.md).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf target dist pkg pkg-first pkg-lite pkg-languages node_modules
