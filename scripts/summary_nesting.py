#!/usr/bin/env python3
"""Nesting on real news (issue 14): for the first N articles of the cnn-dev and bbc-dev test halves
(docs/summary.md), summarize at every k from 1 to 60 through the CLI and count the steps k -> k+1 that
add sentences yet drop one of the k-sentence summary.

  python3 scripts/summary_nesting.py --shared ../shared --cli target/release/nutshell [--n 40]
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval import is_tune  # noqa: E402  (the split rule lives there)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--cli", default="target/release/nutshell")
    ap.add_argument("--n", type=int, default=40)
    a = ap.parse_args()
    for name in ["cnn", "bbc"]:
        path = f"{a.shared}/data/summarization/{name}-dev.jsonl"
        rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        rows = [r for r in rows if not is_tune(r["id"])][: a.n]
        batch = [
            json.dumps({"id": f"{r['id']}|{k}", "article": r["article"], "sentences": k})
            for r in rows
            for k in range(1, 61)
        ]
        out = subprocess.run(
            [a.cli, "summarize", "--jsonl"], input="\n".join(batch) + "\n", capture_output=True, text=True, check=True
        ).stdout
        by_article = {}
        for line in out.splitlines():
            d = json.loads(line)
            article, k = d["id"].rsplit("|", 1)
            by_article.setdefault(article, {})[int(k)] = {s for s in d["summary"].split("\n") if s}
        steps = broken = 0
        for by_k in by_article.values():
            for k in range(1, 60):
                if len(by_k[k + 1]) > len(by_k[k]):
                    steps += 1
                    broken += not by_k[k] <= by_k[k + 1]
        print(f"{name} test, {len(rows)} articles: {steps} steps k -> k+1, {broken} not nested")


if __name__ == "__main__":
    main()
