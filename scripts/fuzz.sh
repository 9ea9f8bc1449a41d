#!/usr/bin/env bash
# Seeds the fuzz corpora and runs each cargo-fuzz target for a while, one at a time.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      (`make fuzz FUZZ_SECONDS=60`)
#
# Environment: FUZZ_MAX_LEN (raw input bytes, default 64 KB), FUZZ_TIMEOUT (seconds per input,
# default 10). The text targets also read "recipe" inputs that grow to 256 KB (common.rs).
#
# cargo-fuzz needs nightly-only compiler flags (-Zsanitizer, sancov passes); this
# machine has stable Rust only, so RUSTC_BOOTSTRAP=1 lets the stable compiler accept
# them. Targets are built without a sanitizer (`-s none`: safe Rust, so AddressSanitizer
# adds cost but finds nothing the panics don't) and with debug assertions (overflow checks).
# Corpora (fuzz/corpus/<target>) and crash inputs (fuzz/artifacts/<target>) are ignored
# by git; a crash found here belongs in tests/regressions.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(sentences summarize keywords entities jsonl model)
MAX_LEN=${FUZZ_MAX_LEN:-65536}
# Seconds one input may take: recipes grow texts to 256 KB, analysed twice or
# three times per input in a build with debug assertions, on a shared machine.
TIMEOUT=${FUZZ_TIMEOUT:-10}
export RUSTC_BOOTSTRAP=1
# A panic aborts at once (a symbolized backtrace under load can outlast -timeout and
# deadlock libFuzzer's handlers); reproduce a crash input for its backtrace.
export RUST_BACKTRACE=0

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# Seeds: the fixtures and the sample article (cut to MAX_LEN), with option
# prefixes for the targets that read options from the first 4 bytes.
seed_text() {
  local dir=fuzz/corpus/$1 prefix=$2 i=0
  mkdir -p "$dir"
  for f in tests/fixtures/*/input.txt www/sample.txt; do
    i=$((i + 1))
    { printf "$prefix"; head -c $((MAX_LEN - 8)) "$f"; } > "$dir/seed-$i"
  done
}
seed_text sentences ''
seed_text summarize '\x00\x03\x00\x50'
seed_text keywords '\x00\x00\x00\x50'
seed_text entities '\x00\x00\x00\x00'
# Recipes (fuzz_targets/common.rs, `grow`): 0xA5, shape, count, chunk: a chunk
# of each fixture grown to up to 256 KB as repeated text, one endless word, one
# endless line, a word a line, paragraphs, distinct words; so that the fuzzer
# starts from large inputs of the shapes whose cost depends on size.
seed_recipes() {
  local dir=fuzz/corpus/$1 prefix=$2 i=0 shape
  for f in tests/fixtures/*/input.txt; do
    i=$((i + 1))
    for shape in 0 1 2 3 4 5; do
      { printf "$prefix"; printf "\xa5\x$shape\xff\xff"; head -c 400 "$f"; } > "$dir/recipe-$i-$shape"
    done
  done
}
seed_recipes sentences ''
seed_recipes summarize '\x00\x03\x00\x50'
seed_recipes keywords '\x00\x00\x00\x50'
seed_recipes entities '\x00\x00\x00\x00'
mkdir -p fuzz/corpus/jsonl fuzz/corpus/model
python3 - <<'PY'
import json, glob, struct
files = sorted(glob.glob("tests/fixtures/*/input.txt")) + ["www/sample.txt"]
texts = [open(f, encoding="utf-8").read()[:6000] for f in files]
rows = [
    {"id": 1, "article": texts[0], "sentences": 2, "reference": "ignored"},
    {"id": "b", "article": texts[1], "ratio": 0.3},
    {"id": None, "article": texts[2], "length": "short"},
    {"id": 4, "article": texts[3], "words": 50},
    {"id": 5, "article": "   "},
]
with open("fuzz/corpus/jsonl/seed-summarize", "w") as f:
    f.write("\n".join(json.dumps(r) for r in rows) + "\n\n")
with open("fuzz/corpus/jsonl/seed-sentences", "w") as f:
    f.write("\n".join(json.dumps({"name": i, "text": t[:2000]}) for i, t in enumerate(texts)) + "\n")
with open("fuzz/corpus/jsonl/seed-errors", "w") as f:
    f.write('{"id":1,"article":"Fine."}\nnot json\n[1,2]\n{"article":3}\n{"article":"x","sentences":-1}\n')

# Model seeds: the first k records of the real model, re-framed as whole models
# (header, count, checksum), with a mode byte 0 (loaded as they are).
def fnv32(b):
    h = 0x811C9DC5
    for x in b:
        h = ((h ^ x) * 0x01000193) & 0xFFFFFFFF
    return h
data = open("models/ner.bin", "rb").read()
body = data[20:]
pos, ends = 0, []
while pos < len(body) and len(ends) < 400:
    while body[pos] & 0x80:
        pos += 1
    pos += 1
    mask = body[pos] | body[pos + 1] << 8
    pos += 2 + bin(mask).count("1")
    ends.append(pos)
for k in (1, 2, 10, 100, 400):
    b = body[: ends[k - 1]]
    head = data[:8] + struct.pack("<I", k) + data[12:16] + struct.pack("<I", fnv32(b))
    open(f"fuzz/corpus/model/seed-{k}", "wb").write(b"\x00" + head + b)
    open(f"fuzz/corpus/model/seed-{k}-patched", "wb").write(b"\x01" + head + b)
PY

# The committed lock file is what the fuzz build uses: fail rather than rewrite it.
cargo metadata --locked --format-version 1 --manifest-path fuzz/Cargo.toml >/dev/null

mkdir -p fuzz/logs
for t in "${TARGETS[@]}"; do
  dict=()
  [ -f "fuzz/dict/$t.dict" ] && dict=(-dict="dict/$t.dict")
  echo "== $t: ${SECONDS_PER_TARGET}s"
  (cd fuzz && cargo fuzz run -s none "$t" -- -max_total_time="$SECONDS_PER_TARGET" -timeout="$TIMEOUT" -rss_limit_mb=2048 \
      -max_len="$MAX_LEN" -print_final_stats=1 ${dict[@]+"${dict[@]}"}) 2>&1 | tee "fuzz/logs/$t.log" | grep -E "^#[0-9]+.*(DONE|INITED)|stat::|ERROR|panicked|SUMMARY" || true
  # The text targets log the text lengths they reach (recipes grow); the others: libFuzzer's length limit.
  longest=$(grep -o 'nutshell-fuzz: text of [0-9]* bytes' "fuzz/logs/$t.log" | tail -1 | grep -o '[0-9]*' || true)
  if [ -n "$longest" ]; then echo "longest text analysed: $longest bytes (within 10%)"
  else echo "longest input: up to $(grep -o 'lim: [0-9]*' "fuzz/logs/$t.log" | tail -1 | grep -o '[0-9]*') bytes (libFuzzer's length limit at the end)"; fi
  grep -q "Done [0-9]* runs" "fuzz/logs/$t.log" || { echo "fuzz target $t failed: see fuzz/logs/$t.log"; exit 1; }
done
