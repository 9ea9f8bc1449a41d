# nutshell — every target installs what it needs and can be run again safely.
# Main commands: `make serve` (build and serve the page) and `make test` (every test).

SHELL := /bin/bash
.DEFAULT_GOAL := serve
CARGO ?= cargo
SHARED ?= ../shared

.PHONY: serve test test-rust cli package site extension bench eval fmt lint clean model eval-ner

## Build the CLI (native, release).
cli:
	$(CARGO) build --release --features cli

## The main job: build everything and serve the page on http://127.0.0.1:8080
serve: cli
	./target/release/nutshell summarize --format markdown www/sample.txt

## Every test.
test: test-rust

test-rust:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) test --release

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

clean:
	rm -rf target dist pkg node_modules
