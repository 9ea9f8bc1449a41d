#!/usr/bin/env python3
"""Sentence-splitting pass counts per language: nutshell beside pySBD and sentencex on the gold sets of
../shared/data/sentences, each file cut into a tune and a test half by a fixed rule, scored with
../shared/eval/sbd_eval.py (a case passes when every sentence matches exactly).

The halves (fixed before any rule was written for these languages):
  ud-*-dev.jsonl   tune = the first half of the rows (rounded up), test = the rest. The rows follow the
                   treebank's order, so the halves hold different documents.
  cases-*.jsonl    tune = rows 0, 2, 4…, test = rows 1, 3, 5… (pySBD's cases come first, then sentencex's).
  English sets     reported whole (English must not change; they are not split).

  python3 bench/sentences.py --shared ../shared --cli target/release/nutshell \\
      --pysbd ~/venv-segmenter2/bin/python --sentencex bench/sentencex/target/release/sentencex-bench \\
      [--lang-flag] [--only de,fr] [--show-failures tune] [--json OUT] [--test]

Without --test only the tune halves (and the unsplit English sets) are scored and printed.

--lang-flag passes `--lang xx` to nutshell (the language of the set); without it nutshell detects the
language of each text. pySBD has no Portuguese (its column is empty there). Needs only the standard
library here; pySBD runs in the interpreter given by --pysbd.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

LANGS = ["de", "fr", "es", "it", "pt", "nl", "en"]
# pySBD 0.3.4's languages among ours.
PYSBD_LANGS = {"de", "fr", "es", "it", "nl", "en"}


def read_jsonl(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write_jsonl(p, rows):
    with open(p, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def sets(shared, lang):
    """(set name, path, halves?) for a language."""
    d = f"{shared}/data/sentences"
    if lang == "en":
        return [("ud-ewt-dev", f"{d}/ud-ewt-dev.jsonl", False), ("pragmatic", f"{d}/pragmatic-segmenter-cases.jsonl", False)]
    out = []
    if os.path.exists(f"{d}/ud-{lang}-dev.jsonl"):
        out.append((f"ud-{lang}-dev", f"{d}/ud-{lang}-dev.jsonl", True))
    out.append((f"cases-{lang}", f"{d}/cases-{lang}.jsonl", True))
    return out


def halves(name, rows):
    """The fixed tune/test rule (see the module doc)."""
    if name.startswith("ud-"):
        k = (len(rows) + 1) // 2
        return rows[:k], rows[k:]
    return rows[0::2], rows[1::2]


PYSBD_SCRIPT = r"""
import json, sys, pysbd
lang = sys.argv[1]
seg = pysbd.Segmenter(language=lang, clean=False)
for line in sys.stdin:
    if line.strip():
        r = json.loads(line)
        s = [x.strip() for x in seg.segment(r["text"]) if x.strip()]
        print(json.dumps({"name": r["name"], "sentences": s}, ensure_ascii=False))
"""


def predict(system, cmd, gold, out):
    with open(gold, encoding="utf-8") as fin, open(out, "w", encoding="utf-8") as fout:
        subprocess.run(cmd, stdin=fin, stdout=fout, check=True)


def score(shared, gold_rows, pred_path, tmp, tag, show):
    """Pass count of `pred_path` on `gold_rows` (a subset of a gold file)."""
    gold = os.path.join(tmp, f"{tag}.gold.jsonl")
    write_jsonl(gold, gold_rows)
    cmd = [sys.executable, f"{shared}/eval/sbd_eval.py", gold, pred_path, "--json"]
    if show:
        cmd += ["--show-failures", "1000"]
    r = subprocess.run(cmd, check=True, capture_output=True, text=True)
    if show and r.stderr:
        print(r.stderr, file=sys.stderr)
    return json.loads(r.stdout.strip().splitlines()[-1])["passed"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--cli", default="target/release/nutshell")
    ap.add_argument("--pysbd", help="a Python with pysbd==0.3.4")
    ap.add_argument("--sentencex", help="bench/sentencex's driver (sentencex 0.1.33)")
    ap.add_argument("--lang-flag", action="store_true", help="pass --lang to nutshell")
    ap.add_argument("--only", default=",".join(LANGS))
    ap.add_argument("--show-failures", choices=["tune", "test", "all"], help="nutshell's failures on stderr")
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument("--test", action="store_true", help="also score the test halves (once, at the end)")
    a = ap.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in a.only.split(","):
            for name, path, split in sets(a.shared, lang):
                rows = read_jsonl(path)
                systems = {"nutshell": [a.cli, "sentences", "--jsonl"] + (["--lang", lang] if a.lang_flag else [])}
                if a.pysbd and lang in PYSBD_LANGS:
                    systems["pySBD"] = [a.pysbd, "-c", PYSBD_SCRIPT, lang]
                if a.sentencex:
                    systems["sentencex"] = [a.sentencex, "--jsonl", lang]
                parts = {}
                if split:
                    tune, test = halves(name, rows)
                    parts["tune"] = tune
                    if a.test:
                        parts["test"] = test
                if not split or a.test:
                    parts["whole"] = rows
                res = {}
                for sysname, cmd in systems.items():
                    pred = os.path.join(tmp, f"{name}.{sysname}.jsonl")
                    predict(sysname, cmd, path, pred)
                    res[sysname] = {}
                    for part, part_rows in parts.items():
                        show = sysname == "nutshell" and a.show_failures in (part, "all") and (part != "whole" or not split)
                        res[sysname][part] = score(a.shared, part_rows, pred, tmp, f"{name}.{part}", show)
                res["total"] = {part: len(r) for part, r in parts.items()}
                results[name] = res
                cols = list(parts)
                cells = "  ".join(
                    f"{s} " + " / ".join(str(res[s][p]) for p in cols) for s in systems
                )
                total = " / ".join(str(res["total"][p]) for p in cols)
                print(f"{name:<22} ({'/'.join(cols)} of {total})  {cells}", flush=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
