#!/usr/bin/env python3
"""Entity tagger quality on every NER source in ../shared (English, German, French, Dutch), scored by
../shared/eval/ner_eval.py. Each source is tagged with the model for its language (`nutshell tag
--conll --lang xx`).

The data is split by the training tool (`train split`, the one definition of the fit / tune / test
parts, docs/entities.md). Prints, per source and per type, F1 on the tune part (used to choose
epochs, pruning, weights, features) beside F1 on the test part (never used for any choice): the
gap is the overfit. Then the cross-domain table: for each source X, a model trained by the same
recipe without X (fit and tune), scored on X's test part, beside the shipped model. With --lolo, the
leave-one-language-out table of the language-independent model (models/ner-xx.bin, for Spanish,
Italian and Portuguese): for each language L of en, de, fr, nl, its recipe trained without L's
sources (fit and tune), tagging L's test parts, beside L's own shipped model and the English model.

  python3 scripts/eval_ner.py --shared ../shared --cli target/release/nutshell
      [--parts tune,test] [--languages en,de,fr,nl] [--no-cross] [--baseline-cli OLD/nutshell] [--lolo]
      [--resolved-doc source|sentence]

Cross-domain models are cached in target/ner-cross/, leave-one-language-out models in target/ner-lolo/
(retrained when the training code or the data change; a cross-domain model also when its command, e.g.
the recipe, does). Trainings run one at a time under `nice -n 19`.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

TYPES = ["PER", "ORG", "LOC", "MISC"]
# The sources of each language the language-independent recipe learns from (its `fit` list in
# src/bin/train.rs), left out together in the leave-one-language-out table.
LOLO = {
    "en": ["conll", "politics", "science", "music", "literature", "ai"],
    "de": ["germeval", "europeana-de"],
    "fr": ["europeana-fr"],
    "nl": ["europeana-nl"],
}
# Sources whose `-DOCSTART-` documents are collections of unrelated posts (BTC: its sections, each over a
# thousand tweets), read a sentence at a time with --resolved-doc sentence like the sources without
# documents (WNUT, CrossNER). SEC's documents are filings, GermEval's single sentences already.
POST_COLLECTIONS = {"btc"}
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


def has_docstart(path):
    with open(path, encoding="utf-8") as f:
        return any(l.startswith("-DOCSTART-") for l in f)


def one_document_per_sentence(gold, out):
    """Writes `gold` with a `-DOCSTART-` line before each sentence (its own ones dropped), so that `tag
    --conll` reads each sentence as its own document; returns `out`."""
    with open(gold, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(out, "w", encoding="utf-8") as f:
        start = True
        for line in lines:
            if line.startswith("-DOCSTART-"):
                continue
            if not line.strip():
                start = True
                f.write(line + "\n")
                continue
            if start:
                f.write("-DOCSTART- O\n\n")
                start = False
            f.write(line + "\n")
    return out


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
TRAINING_SOURCES = [
    "src/entities/features.rs",
    "src/entities/model.rs",
    "src/entities/decode.rs",
    "src/entities/train.rs",
    "src/bin/train.rs",
]


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
    ap.add_argument("--lolo", action="store_true", help="only the leave-one-language-out table (test parts)")
    ap.add_argument(
        "--resolved-doc",
        choices=["source", "sentence"],
        default="source",
        help="what `tag --conll` reads as one document in a source without real documents (WNUT, CrossNER: "
        "no -DOCSTART- lines; BTC: sections of tweets): the whole part as split (default), or each sentence "
        "(resolution, e.g. one type per name, then acts within one post or sentence only)",
    )
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
                    if a.resolved_doc == "sentence" and (name in POST_COLLECTIONS or not has_docstart(gold)):
                        gold = one_document_per_sentence(gold, os.path.join(tmp, f"{name}-{p}.sentences.txt"))
                    pred = gold + ".pred"
                    tag(cmd + flag, gold, pred)
                    by_part[p] = score(a.python, a.shared, gold, pred, types, tmp)
                rows.append((name, types, by_part))
            table(label, rows, parts)
            return rows

        if a.lolo:
            leave_one_language_out(a, train, data, tmp)
            return
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
            # One bag instead of four: six trainings stay within minutes (bagging adds < 0.2 on tune).
            # The recipe is the shipped English one (`--recipe en`, with its beam); the key holds the
            # training code and data's stamp and the command, so a model trained by another recipe or
            # an older trainer (e.g. round 4's greedy one) is never reused.
            cmd = [train, "fit", "--data", data, "--recipe", "en", "--out", model, "--bags", "1"]
            for m in without:
                cmd += ["--without", m]
            want = stamp + " " + " ".join(cmd[1:])
            fresh = os.path.exists(model) and os.path.exists(key) and open(key).read() == want
            if not fresh:
                print(f"training {name} ...", file=sys.stderr, flush=True)
                subprocess.run(["nice", "-n", "19"] + cmd, check=True, stderr=subprocess.DEVNULL)
                with open(key, "w") as f:
                    f.write(want)
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


def leave_one_language_out(a, train, data, tmp):
    """The language-independent recipe (`--recipe xx`, one bag) trained without language L's
    sources, scored on L's test parts, beside L's shipped model and the English model tagging L."""
    types_of = {l.split("\t")[0]: l.split("\t")[1].split(",") for l in run([train, "split", "--data", data, "--out", tmp]).splitlines()}
    cache = os.path.join("target", "ner-lolo")
    os.makedirs(cache, exist_ok=True)
    stamp = training_stamp(data) + file_digest(sorted(os.path.join("models", "words", n) for n in os.listdir("models/words")))
    print("Leave one language out (test parts): the language-independent recipe (models/ner-xx.bin, one bag)")
    print("trained without L's sources, beside L's own shipped model and the English model (ner.bin) tagging L")
    print(f"{'L':<3} {'source':<13} {'without L':>10} {'own model':>10} {'English':>8}   without L: PER ORG LOC MISC")
    for lang, members in LOLO.items():
        model = os.path.join(cache, f"without-{lang}.bin")
        key = model + ".key"
        if not (os.path.exists(model) and os.path.exists(key) and open(key).read() == stamp):
            cmd = ["nice", "-n", "19", train, "fit", "--data", data, "--recipe", "xx", "--languages", lang,
                   "--bags", "1", "--out", model]
            for m in members:
                cmd += ["--without", m]
            subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
            with open(key, "w") as f:
                f.write(stamp)
        for name in members:
            gold = os.path.join(tmp, f"{name}-test.txt")
            types = types_of[name]
            pred = gold + ".pred"
            cells = []
            for cmd in [
                [train, "tag", "--model", model, "--lang", lang],
                [a.cli, "tag", "--conll", "--lang", lang],
                [train, "tag", "--model", "models/ner.bin", "--lang", lang],
            ]:
                tag(cmd, gold, pred)
                cells.append(score(a.python, a.shared, gold, pred, types, tmp))
            per_type = " ".join(f"{cells[0].get(t, 0):5.1f}" if t in types else f"{'–':>5}" for t in TYPES)
            english = "–" if lang == "en" else f"{cells[2].get('micro', 0):8.2f}"
            print(f"{lang:<3} {name:<13} {cells[0].get('micro', 0):10.2f} {cells[1].get('micro', 0):10.2f} {english:>8}   {per_type}")


if __name__ == "__main__":
    main()
