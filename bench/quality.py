#!/usr/bin/env python3
"""The peers' quality beside nutshell's on the dev sets in ../shared, scored by ../shared/eval:
ROUGE of sumy LexRank / TextRank beside nutshell and Lead (CNN k=3; BBC k from the reference,
headline skipped), NER F1 of spaCy en_core_web_sm and compromise beside nutshell on CoNLL-2003 dev,
and sentence pass counts of pySBD and sentencex beside nutshell. Writes one JSON file.
Skips (writes nothing) when ../shared is absent.

  bench/.peers/venv/bin/python bench/quality.py --shared ../shared --out bench/results/raw/quality.json [--limit N]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "peers"))
import py_peers  # noqa: E402

PY = sys.executable


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def read_jsonl(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write_jsonl(p, rows):
    with open(p, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


def rouge(shared, refs, preds):
    out = run([PY, f"{shared}/eval/rouge.py", "--refs", refs, "--preds", preds, "--json", "--bootstrap", "0"])
    d = json.loads(out[out.index("{"):])
    return {k: d[k] for k in ("rouge1", "rouge2", "rougeLsum")}


def summarization(shared, cli, tmp, name, limit, log):
    refs = f"{shared}/data/summarization/{name}-dev.jsonl"
    rows = read_jsonl(refs)
    if limit:
        rows = rows[:limit]
        refs = os.path.join(tmp, f"{name}-refs.jsonl")
        write_jsonl(refs, rows)
    ks = {r["id"]: 3 if name == "cnn" else len([s for s in r["reference"].split("\n") if s.strip()]) for r in rows}
    res = {}
    batch = os.path.join(tmp, f"{name}-batch.jsonl")
    write_jsonl(batch, [{"id": r["id"], "article": r["article"], "sentences": ks[r["id"]]} for r in rows])
    preds = os.path.join(tmp, f"{name}-nutshell.jsonl")
    with open(batch) as fin, open(preds, "w") as fout:
        subprocess.run([cli, "summarize", "--jsonl"], stdin=fin, stdout=fout, check=True)
    res["nutshell"] = rouge(shared, refs, preds)
    lead = os.path.join(tmp, f"{name}-lead.jsonl")
    args = ["--k", "3"] if name == "cnn" else ["--skip-title", "--k-from-ref"]
    run([PY, f"{shared}/eval/lead.py", "--refs", refs, "--out", lead, *args])
    res["Lead"] = rouge(shared, refs, lead)
    for kind in ("lexrank", "textrank"):
        summarize = py_peers.sumy_summarizer(kind)
        out = []
        for r in rows:
            text = r["article"]
            if name == "bbc":  # the first line is the headline, never a summary sentence
                text = text.split("\n", 1)[1] if "\n" in text else ""
            try:
                s = summarize(text, ks[r["id"]])
            except Exception:  # sumy fails on a few degenerate texts; an empty summary scores 0
                s = []
            out.append({"id": r["id"], "summary": "\n".join(s)})
        p = os.path.join(tmp, f"{name}-sumy-{kind}.jsonl")
        write_jsonl(p, out)
        res[f"sumy-{kind}"] = rouge(shared, refs, p)
        log(f"quality: {name} sumy {kind} done")
    return res


def sbd(shared, cli, tmp):
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    sentencex = os.path.join(HERE, "sentencex/target/release/sentencex-bench")
    out = {}
    for name in ["pragmatic-segmenter-cases", "ud-ewt-dev"]:
        gold = f"{shared}/data/sentences/{name}.jsonl"
        res = {}
        systems = {"nutshell": [cli, "sentences", "--jsonl"], "sentencex": [sentencex, "--jsonl"]}
        for sysname, cmd in systems.items():
            pred = os.path.join(tmp, f"{name}.{sysname}.jsonl")
            with open(gold) as fin, open(pred, "w") as fout:
                subprocess.run(cmd, stdin=fin, stdout=fout, check=True)
            res[sysname] = pred
        pred = os.path.join(tmp, f"{name}.pysbd.jsonl")
        write_jsonl(pred, [{"name": g["name"], "sentences": [s.strip() for s in seg.segment(g["text"]) if s.strip()]} for g in read_jsonl(gold)])
        res["pysbd"] = pred
        out[name] = {}
        for sysname, pred in res.items():
            d = json.loads(run([PY, f"{shared}/eval/sbd_eval.py", gold, pred, "--json"]).strip().splitlines()[-1])
            out[name][sysname] = {"passed": d["passed"], "total": d["cases"], "f1": d["boundary_f1"]}
    return out


def conll_docs(path):
    """Documents of CoNLL lines: lists of sentences, each a list of tokens."""
    docs, doc, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                docs.append(doc)
            doc = []
        elif not line.strip():
            if sent:
                doc.append(sent)
                sent = []
        else:
            sent.append(line.split()[0])
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


SPACY_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
             "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}


def ner_scores(shared, gold, pred, types=None):
    tmpj = pred + ".json"
    cmd = [PY, f"{shared}/eval/ner_eval.py", gold, pred, "--json", tmpj, "--no-seqeval"]
    if types:
        cmd += ["--types", types]
    run(cmd)
    d = json.load(open(tmpj))
    return {"micro": 100 * d["micro"]["f1"], "types": {t: 100 * v["f1"] for t, v in d["per_type"].items()}}


def ner(shared, cli, tmp, log):
    from spacy.tokens import Doc

    gold = f"{shared}/data/ner/conll2003/dev.txt"
    out = {}
    pred = os.path.join(tmp, "nutshell.conll")
    with open(pred, "w") as f:
        subprocess.run([cli, "tag", "--conll", gold], stdout=f, check=True)
    out["nutshell"] = ner_scores(shared, gold, pred)
    out["nutshell (PER/ORG/LOC only)"] = ner_scores(shared, gold, pred, "PER,ORG,LOC")
    # spaCy: each document as one pre-tokenized Doc (CoNLL tokens, so the spans line up).
    nlp = py_peers.spacy_nlp()
    pred = os.path.join(tmp, "spacy.conll")
    with open(pred, "w", encoding="utf-8") as f:
        for doc in conll_docs(gold):
            words = [w for s in doc for w in s]
            starts = [i == 0 for s in doc for i in range(len(s))]
            d = nlp(Doc(nlp.vocab, words=words, sent_starts=starts))
            tags = ["O"] * len(words)
            for e in d.ents:
                t = SPACY_MAP.get(e.label_)
                if t:
                    for i in range(e.start, e.end):
                        tags[i] = ("B-" if i == e.start else "I-") + t
            f.write("-DOCSTART- O\n\n")
            k = 0
            for s in doc:
                for w in s:
                    f.write(f"{w} {tags[k]}\n")
                    k += 1
                f.write("\n")
    out["spacy en_core_web_sm"] = ner_scores(shared, gold, pred)
    log("quality: spaCy NER done")
    # compromise (Node): people/organizations/places per sentence, mapped to PER/ORG/LOC.
    pred = os.path.join(tmp, "compromise.conll")
    try:
        with open(pred, "w") as f:
            subprocess.run(["node", os.path.join(HERE, "peers/compromise_conll.mjs"), gold], stdout=f, check=True)
        out["compromise (PER/ORG/LOC only)"] = ner_scores(shared, gold, pred, "PER,ORG,LOC")
    except Exception as ex:
        out["compromise_error"] = str(ex)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--cli", default=os.path.join(ROOT, "target/release/nutshell"))
    ap.add_argument("--out", default=os.path.join(HERE, "results/raw/quality.json"))
    ap.add_argument("--limit", type=int, default=0, help="first N articles of each summarization set")
    ap.add_argument("--only", default="rouge,sbd,ner")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "data")):
        print(f"bench quality: {a.shared}/data not found; skipping")
        if os.path.exists(a.out):
            os.remove(a.out)
        return
    log = lambda m: print(m, file=sys.stderr, flush=True)
    only = set(a.only.split(","))
    res = {}
    with tempfile.TemporaryDirectory() as tmp:
        if "rouge" in only:
            res["rouge"] = {}
            for name in ("cnn", "bbc"):
                res["rouge"][f"{name}-dev" + (f" (first {a.limit})" if a.limit else "")] = summarization(a.shared, a.cli, tmp, name, a.limit, log)
        if "sbd" in only:
            res["sbd"] = sbd(a.shared, a.cli, tmp)
            log("quality: SBD done")
        if "ner" in only:
            res["ner"] = ner(a.shared, a.cli, tmp, log)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    json.dump(res, open(a.out, "w"), indent=1)
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
