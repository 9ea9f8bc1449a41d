#!/usr/bin/env python3
"""Writes hand-built worst-case inputs of SIZE bytes (default 1 MB) to DIR, one file a shape.

    scripts/worst-cases.py DIR [SIZE]

Used with the release CLI and /usr/bin/time -v (see notes-fuzz.md) to find the slowest
shapes and the peak memory."""
import os, sys, random

out, size = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1 << 20
os.makedirs(out, exist_ok=True)
rng = random.Random(8)

def fill(unit):
    s = unit * (size // len(unit.encode()) + 1)
    b = s.encode()[:size]
    return b.decode("utf-8", "ignore")

words = "the committee approved a budget on monday after long debate about schools roads and taxes".split()
caps = [w.capitalize() for w in words] + ["Smith", "Washington", "Reuters", "Merkel", "Paris", "EU", "NASA"]
shapes = {
    "one-char": fill("a"),
    "one-char-dot": fill("."),
    "spaces-then-x": " " * (size - 1) + "x",
    "a-dot": fill("a. "),
    "abbrev": fill("Mr. Dr. St. U.S. e.g. i.e. "),
    "initials": fill("J. R. R. "),
    "capitalized": " ".join(rng.choice(caps) for _ in range(size // 6))[:size],
    "capitalized-sentences": " ".join(rng.choice(caps) + "." if rng.random() < 0.1 else rng.choice(caps) for _ in range(size // 6))[:size],
    "digits-punct": "".join(rng.choice("0123456789.,:;-/$%()") for _ in range(size)),
    "money-dates": fill("$1.5 billion on Nov. 28, 2026 at 3 p.m. 12% 5 km "),
    "nested-quotes": "\"'(" * (size // 6) + ")'\"" * (size // 6),
    "nested-parens": "(" * (size // 2) + ")" * (size // 2),
    "open-quote-sentences": fill("\"He said. She said. "),
    "one-huge-line": " ".join(rng.choice(words) for _ in range(size // 5))[:size],
    "prose-no-punct-newlines": fill("word word word word word\n"),
    "many-tiny-lines": fill("a\n"),
    "blank-lines": fill("\n\n\nx"),
    "crlf": fill("Line one.\r\n"),
    "emoji-zwj": fill("👩\u200d👩\u200d👧\u200d👦"),
    "zwj-only": fill("\u200d"),
    "combining": "e" + "\u0301" * ((size - 1) // 2),
    "cjk": fill("北京是中国的首都上海是最大的城市"),
    "cjk-sentences": fill("北京是中国的首都。"),
    "thai": fill("ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ"),
    "urls": fill("http://example.com/a/b?c=d&e=f#g "),
    "emails": fill("a.b@example.com, "),
    "ellipses": fill("..."),
    "list-bullets": fill("- item\n"),
    "html": fill("<div class=\"x\"><script>var a=1;</script><p>Text here.</p></div>"),
    "minified-js": fill("function(a,b){return a+b};var x=document.getElementById('y');"),
    "base64": fill("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw=="),
    "csv": "".join(f"{i},{i*7},{i%13}.5,\"name {i}\"\n" for i in range(size // 20))[:size],
    "distinct-words": " ".join(f"w{i:x}" for i in range(size // 7))[:size],
    "distinct-sentences": " ".join(f"Word{i} w{i*3} x{i*7} went home." for i in range(size // 30))[:size],
    "repeated-sentence": fill("The committee approved the budget on Monday. "),
    "title-case-lines": fill("The Big Headline Of The Day\n"),
    "hyphens": fill("-"),
    "dashes-words": fill("well-known-long-chain-"),
    "apostrophes": fill("'s "),
    "rtl": fill("\u202eمرحبا بالعالم. \u202c"),
}
for name, text in shapes.items():
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
print(len(shapes), "files in", out)
