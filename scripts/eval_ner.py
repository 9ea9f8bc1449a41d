#!/usr/bin/env python3
"""Entity tagger quality on every NER source in ../shared (English, German, French, Dutch), scored by
../shared/eval/ner_eval.py. Each source is tagged with the model for its language (`nutshell tag
--conll --lang xx`).

The data is split by the training tool (`train split`, the one definition of the fit / tune / test
parts, docs/entities.md). Prints, per source and per type, F1 on the tune part (used to choose
epochs, pruning, weights, features) beside F1 on the test part (never used for any choice): the
gap is the overfit. Then the cross-domain table: for each source X, a model trained by the same
recipe without X (fit and tune), scored on X's test part, beside the shipped model.

  python3 scripts/eval_ner.py --shared ../shared --cli target/release/nutshell
      [--parts tune,test] [--languages en,de,fr,nl] [--no-cross] [--baseline-cli OLD/nutshell]

Cross-domain models are cached in target/ner-cross/ (retrained when the training code or the data change).
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

TYPES = ["PER", "ORG", "LOC", "MISC"]
# Groups of sources for the cross-domain table: CrossNER's five Wikipedia domains leave together.
CROSS = {
    "conll": ["conll"],
    "wnut": ["wnut"],
    "btc": ["btc"],
    "sec": ["sec"],
    "crossner": ["politics", "science", "music", "literature", "ai"],
}


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def train_tool():
    """Builds the training tool (feature `train`) and returns its path."""
    subprocess.run(["cargo", "build", "--release", "--quiet", "--features", "train", "--bin", "train"], check=True)
    return os.path.join("target", "release", "train")


def score(py, shared, gold, pred, types, tmp):
    out = os.path.join(tmp, "score.json")
    run([py, f"{shared}/eval/ner_eval.py", gold, pred, "--types", ",".join(types), "--json", out, "--no-seqeval"])
    with open(out, encoding="utf-8") as f:
        d = json.load(f)
    out = {t: v["f1"] * 100 for t, v in d["per_type"].items()}
    out["micro"] = d["micro"]["f1"] * 100
    return out


def tag(cmd, gold, pred):
    with open(pred, "w", encoding="utf-8") as fout:
        subprocess.run(cmd + [gold], stdout=fout, check=True)


def table(title, rows, parts):
    """rows: (source, types, {part: scores})"""
    print(title)
    head = f"{'source':<13}" + "".join(f" {('F1 ' + p):>9}" for p in parts)
    for t in TYPES:
        head += "  " + " ".join(f"{(t + ' ' + p[:2]):>9}" for p in parts)
    print(head)
    for name, types, by_part in rows:
        line = f"{name:<13}" + "".join(f" {by_part[p].get('micro', 0):9.2f}" for p in parts)
        for t in TYPES:
            cells = [f"{by_part[p].get(t, 0):9.2f}" if t in types else f"{'–':>9}" for p in parts]
            line += "  " + " ".join(cells)
        print(line)


def file_digest(paths):
    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


# What a trained model depends on: the training code and the data (not resolution, rules or the CLI).
TRAINING_SOURCES = ["src/entities/features.rs", "src/entities/model.rs", "src/entities/train.rs", "src/bin/train.rs"]


def training_stamp(data):
    files = list(TRAINING_SOURCES)
    for folder in ["conll2003", "wnut17", "btc", "sec", "crossner", "germeval2014", "europeana", "../gazetteers"]:
        d = os.path.join(data, folder)
        files += [os.path.join(d, n) for n in sorted(os.listdir(d))]
    return file_digest(files)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--cli", default="target/release/nutshell")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--parts", default="tune,test")
    ap.add_argument("--languages", default="en,de,fr,nl", help="the languages whose sources are scored")
    ap.add_argument("--no-cross", action="store_true", help="skip the cross-domain table (English)")
    ap.add_argument("--baseline-cli", help="also score the nutshell CLI at this path (e.g. a build of main)")
    a = ap.parse_args()
    data = os.path.join(a.shared, "data", "ner")
    if not os.path.isdir(data):
        print(f"eval-ner: {data} not found; skipping")
        return
    parts = [p for p in a.parts.split(",") if p]
    train = train_tool()
    with tempfile.TemporaryDirectory() as tmp:
        languages = a.languages.split(",")
        rows = [l.split("\t") for l in run([train, "split", "--data", data, "--out", tmp]).splitlines()]
        sources = [(name, types.split(",")) for name, types, lang in rows if lang in languages]
        language = {name: lang for name, _, lang in rows}

        def measure(cmd, label, english_flag=True):
            rows = []
            for name, types in sources:
                by_part = {}
                lang = language[name]
                # Builds from before the per-language models have no --lang (and only English).
                flag = ["--lang", lang] if english_flag or lang != "en" else []
                for p in parts:
                    gold = os.path.join(tmp, f"{name}-{p}.txt")
                    pred = gold + ".pred"
                    tag(cmd + flag, gold, pred)
                    by_part[p] = score(a.python, a.shared, gold, pred, types, tmp)
                rows.append((name, types, by_part))
            table(label, rows, parts)
            return rows

        measure([a.cli, "tag", "--conll"], "NER, the shipped model (nutshell tag --conll), entity F1 per source and type")
        if a.baseline_cli:
            print()
            measure([a.baseline_cli, "tag", "--conll"], f"NER, baseline: {a.baseline_cli} tag --conll", False)
        if a.no_cross or "test" not in parts or "en" not in languages:
            return
        # Cross-domain: the shipped recipe without X, scored on X's test part.
        print()
        print("Cross-domain (test parts): the shipped recipe (one bag) trained without X (its fit and tune parts), scored on X")
        print(f"{'X':<11} {'without X':>10} {'all, 1 bag':>11} {'shipped':>8}")
        cache = os.path.join("target", "ner-cross")
        os.makedirs(cache, exist_ok=True)
        stamp = training_stamp(data)

        def cached_model(name, without):
            model = os.path.join(cache, f"{name}.bin")
            key = model + ".key"
            fresh = os.path.exists(model) and os.path.exists(key) and open(key).read() == stamp
            if not fresh:
                # One bag instead of four: six trainings stay within minutes (bagging adds < 0.2 on tune).
                cmd = ["nice", "-n", "10", train, "fit", "--data", data, "--out", model, "--bags", "1"]
                for m in without:
                    cmd += ["--without", m]
                subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
                with open(key, "w") as f:
                    f.write(stamp)
            return model

        everything = cached_model("all", [])
        for x, members in CROSS.items():
            model = cached_model(f"without-{x}", members)
            golds = [os.path.join(tmp, f"{m}-test.txt") for m in members]
            types = next(t for n, t in sources if n == members[0])
            gold = os.path.join(tmp, f"cross-{x}.txt")
            with open(gold, "w", encoding="utf-8") as f:
                for g in golds:
                    f.write(open(g, encoding="utf-8").read())
            scores = []
            for cmd in [
                [train, "tag", "--model", model],
                [train, "tag", "--model", everything],
                [a.cli, "tag", "--conll", "--lang", "en"],
            ]:
                # Each member file is tagged on its own (its documents as in the file), then joined:
                # micro F1 over the group's test parts.
                pred = gold + ".pred"
                with open(pred, "w", encoding="utf-8") as f:
                    for g in golds:
                        f.write(run(cmd + [g]))
                scores.append(score(a.python, a.shared, gold, pred, types, tmp).get("micro", 0))
            print(f"{x:<11} {scores[0]:10.2f} {scores[1]:11.2f} {scores[2]:8.2f}")


if __name__ == "__main__":
    main()
