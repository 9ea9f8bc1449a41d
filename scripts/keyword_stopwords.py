#!/usr/bin/env python3
"""How many keywords are stop words, or start or end with one, per language.

Runs `nutshell keywords --format json --lang XX` on article-like texts of each
language from ../shared/data and counts the top keywords whose first or last
word is a stop word of a REFERENCE list that is not nutshell's own (nutshell's
stop words break keyword candidates, so by its own list the count is zero by
construction): the BSD-licensed `stop-words` package (python-stop-words) and,
stricter, `stopwordsiso` (MIT). Install them in a venv outside the repo:

    python3 -m venv ~/venv-kw && ~/venv-kw/bin/pip install stop-words==2025.11.4 stopwordsiso==0.7.1
    cargo build --release && ~/venv-kw/bin/python scripts/keyword_stopwords.py --shared ../shared

Texts (fixed before any tuning; the split is by position, even = tune, odd = test):
  fr  OrangeSum dev articles (real news).
  en  CNN dev articles (real news), for comparison.
  de  UD German-GSD dev paragraphs, GermEval 2014 dev and Europeana de sentences, 8 consecutive sentences a pseudo-article.
  es  UD Spanish-GSD dev paragraphs and the es splitting cases, 8 sentences a pseudo-article.
  pt  UD Portuguese-Bosque dev paragraphs and the pt cases, 8 sentences a pseudo-article.
  nl  UD Dutch-Alpino dev paragraphs and Europeana nl sentences, 8 sentences a pseudo-article.
  it  the it splitting cases only (the only Italian text in ../shared: a few pseudo-articles), 8 sentences
      a pseudo-article.
Pseudo-articles of unrelated sentences are a stress test: what recurs across them is mostly function words.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

SENTENCES_PER_ARTICLE = 8
WORD_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")


def ud_sentences(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield from json.loads(line)["expected"]


def conll_sentences(path):
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield " ".join(words)
                words = []
                continue
            token = line.split(" ")[0]
            if token == "-DOCSTART-":
                continue
            words.append(token)
    if words:
        yield " ".join(words)


def detokenize(s):
    """Joins CoNLL tokens back into readable text (space before punctuation removed)."""
    s = re.sub(r" ([.,;:!?)\]}])", r"\1", s)
    s = re.sub(r"([(\[{]) ", r"\1", s)
    return s


def pseudo_articles(sentences):
    batch, out = [], []
    for s in sentences:
        batch.append(s)
        if len(batch) == SENTENCES_PER_ARTICLE:
            out.append(" ".join(batch))
            batch = []
    if batch:
        out.append(" ".join(batch))
    return out


def articles(lang, shared):
    data = os.path.join(shared, "data")
    s = lambda *p: os.path.join(data, "sentences", *p)  # noqa: E731
    if lang in ("fr", "en"):
        name = "orangesum-dev.jsonl" if lang == "fr" else "cnn-dev.jsonl"
        with open(os.path.join(data, "summarization", name), encoding="utf-8") as f:
            return [json.loads(line)["article"] for line in f]
    sents = []
    if lang in ("de", "es", "pt", "nl"):
        sents += list(ud_sentences(s(f"ud-{lang}-dev.jsonl")))
    if lang in ("es", "pt", "it"):
        sents += list(ud_sentences(s(f"cases-{lang}.jsonl")))
    if lang == "de":
        sents += [detokenize(x) for x in conll_sentences(os.path.join(data, "ner", "germeval2014", "dev.txt"))]
    if lang in ("de", "nl"):
        sents += [detokenize(x) for x in conll_sentences(os.path.join(data, "ner", "europeana", f"{lang}.txt"))]
    return pseudo_articles(sents)


def keywords(binary, lang, text):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run(
            [binary, "keywords", "--format", "json", "--lang", lang, path], capture_output=True, text=True
        )
    finally:
        os.unlink(path)
    if out.returncode != 0:
        return None
    return [k["text"] for k in json.loads(out.stdout)]


def fold(w):
    return w.lower().replace("\u2019", "'").strip(".,;:!?\"()[]«»“”„")


def is_stop(word, stops):
    w = fold(word)
    if not w:
        return False
    if w in stops:
        return True
    # An elided article or pronoun glued to the word: l'État, dell'anno, qu'il.
    if "'" in w[:-1]:
        head = w[: w.index("'") + 1]
        if head in stops or head[:-1] in stops:
            return True
    return False


def flagged(keyword, stops):
    words = [w for w in WORD_SPLIT.split(keyword) if fold(w)]
    return bool(words) and (is_stop(words[0], stops) or is_stop(words[-1], stops))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--bin", default="target/release/nutshell")
    ap.add_argument("--langs", default="en,de,fr,es,it,pt,nl")
    ap.add_argument("--per-split", type=int, default=300, help="articles per split (tune, test)")
    ap.add_argument("--count", type=int, default=10, help="keywords per article (the CLI's default)")
    ap.add_argument("--show", type=int, default=0, help="print this many flagged keywords per language (tune split)")
    ap.add_argument("--show-ref", default="stop-words", choices=["stop-words", "stopwords-iso"], help="whose flags --show prints")
    args = ap.parse_args()
    import stop_words
    import stopwordsiso

    print(f"{'lang':4} {'split':5} {'articles':>8} {'keywords':>8} {'stop-words':>12} {'stopwords-iso':>14}")
    for lang in args.langs.split(","):
        refs = {
            "stop-words": {fold(w) for w in stop_words.get_stop_words(lang)},
            "stopwords-iso": {fold(w) for w in stopwordsiso.stopwords(lang)},
        }
        texts = articles(lang, args.shared)
        for split, part in (("tune", texts[0::2]), ("test", texts[1::2])):
            part = part[: args.per_split]
            total = 0
            counts = {r: 0 for r in refs}
            shown = []
            for text in part:
                kws = keywords(args.bin, lang, text)
                if kws is None:
                    continue
                kws = kws[: args.count]
                total += len(kws)
                for r, stops in refs.items():
                    bad = [k for k in kws if flagged(k, stops)]
                    counts[r] += len(bad)
                    if r == args.show_ref and split == "tune":
                        shown += bad
            pct = lambda n: f"{n:5d} {100 * n / max(total, 1):5.1f}%"  # noqa: E731
            print(
                f"{lang:4} {split:5} {len(part):8d} {total:8d} {pct(counts['stop-words']):>12} "
                f"{pct(counts['stopwords-iso']):>14}",
                flush=True,
            )
            if args.show and shown:
                from collections import Counter

                top = Counter(k.lower() for k in shown).most_common(args.show)
                print("     flagged (tune):", ", ".join(f"{k} ×{n}" for k, n in top), file=sys.stderr)


if __name__ == "__main__":
    main()
