"""Language identification on short and paragraph-length text: how often nutshell names the language of
each gold paragraph of ../shared/data/sentences, given its first sentence, its first two sentences, or the
whole paragraph (2-6 sentences). A wrong or missing answer analyses the text as another language (English,
the fallback, when the text is too short to tell): its stop words, stemmer, splitter rules and entity model.

The rows and their tune/test halves are bench/sentences.py's (ud-*-dev.jsonl: first half of the rows / the
rest; cases-*.jsonl: even / odd rows; English's ud-ewt-dev: first half / the rest here too).

  python3 bench/identify.py --shared ../shared --cli target/release/nutshell [--only fr,de] [--show tune] [--test]

Prints, per language and length, correct / rows; without --test only the tune halves. Needs only the
standard library and the CLI (one `summarize --format json` call per text).
"""
import argparse
import json
import subprocess
import sys
from collections import Counter

sys.path.insert(0, __import__("os").path.dirname(__file__))
from sentences import LANGS, halves, read_jsonl, sets  # noqa: E402

LENGTHS = [("1 sentence", 1), ("2 sentences", 2), ("paragraph", None)]


def detect(cli, text):
    r = subprocess.run([cli, "summarize", "--format", "json", "--sentences", "1"], input=text,
                       capture_output=True, text=True)
    if r.returncode != 0:
        return "error"
    return json.loads(r.stdout).get("language", "?")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--cli", default="target/release/nutshell")
    ap.add_argument("--only", default=",".join(LANGS))
    ap.add_argument("--show", choices=["tune", "test"], help="print the texts identified wrongly (stderr)")
    ap.add_argument("--test", action="store_true", help="also score the test halves (once, at the end)")
    a = ap.parse_args()
    parts = ["tune", "test"] if a.test else ["tune"]
    print(f"{'set':22} {'part':5} " + " ".join(f"{name:>14}" for name, _ in LENGTHS) + "   wrong answers")
    for lang in a.only.split(","):
        for name, path, _ in sets(a.shared, lang):
            if name == "pragmatic":
                continue
            tune, test = halves(name, read_jsonl(path))
            for part, rows in (("tune", tune), ("test", test)):
                if part not in parts:
                    continue
                cells, wrong = [], Counter()
                for label, k in LENGTHS:
                    ok = 0
                    for r in rows:
                        text = r["text"] if k is None else " ".join(r["expected"][:k])
                        got = detect(a.cli, text)
                        if got == lang:
                            ok += 1
                        else:
                            wrong[got] += 1
                            if a.show == part:
                                print(f"{name} {label}: {got}: {text[:160]!r}", file=sys.stderr)
                    cells.append(f"{ok:>6} / {len(rows):<5}")
                print(f"{name:22} {part:5} " + " ".join(f"{c:>14}" for c in cells) + "   " +
                      ", ".join(f"{l} {n}" for l, n in wrong.most_common(5)))


if __name__ == "__main__":
    main()
