#!/usr/bin/env python3
"""Where the bytes of a wasm module go: per crate, per nutshell module, and the largest functions.

Usage: scripts/size-profile.py NAMED.wasm SHIPPED.wasm [--label L] [--top N]

NAMED.wasm is the shipped module optimized the same way but with its name section kept
(`wasm-opt -Oz -g`); SHIPPED.wasm is what the page downloads. Code sizes are read from NAMED
(function bodies are the same; only the custom name section differs), totals from SHIPPED.
Prints Markdown. `make size` runs it for each wasm build and writes docs/size.md.

Why not twiggy: twiggy 0.7 panics on modules written by wasm-opt ("should not parse the same
key into multiple items"), and the module the page ships is one of those. Reading the code and
data sections is all this needs: one pass over the binary format, no dependency.
"""
import argparse
import gzip
import re
import sys
from collections import defaultdict


def leb(buf, pos):
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def sections(buf):
    assert buf[:4] == b"\0asm", "not a wasm module"
    pos = 8
    while pos < len(buf):
        sid = buf[pos]
        size, start = leb(buf, pos + 1)
        yield sid, start, start + size
        pos = start + size


def parse(buf):
    imported_functions = 0
    bodies = []  # sizes of function bodies, in function-index order after the imports
    data = []  # sizes of data segments
    names = {}
    custom = defaultdict(int)
    for sid, start, end in sections(buf):
        if sid == 2:  # imports: count the imported functions to offset function indices
            count, pos = leb(buf, start)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    n, pos = leb(buf, pos)
                    pos += n
                kind = buf[pos]
                pos += 1
                if kind == 0:
                    imported_functions += 1
                    _, pos = leb(buf, pos)
                elif kind == 1:  # table: reftype + limits
                    pos += 1
                    flags, pos = leb(buf, pos)
                    _, pos = leb(buf, pos)
                    if flags & 1:
                        _, pos = leb(buf, pos)
                elif kind == 2:  # memory: limits
                    flags, pos = leb(buf, pos)
                    _, pos = leb(buf, pos)
                    if flags & 1:
                        _, pos = leb(buf, pos)
                elif kind == 3:  # global: valtype + mutability
                    pos += 2
                else:  # tag
                    pos += 1
                    _, pos = leb(buf, pos)
        elif sid == 10:  # code
            count, pos = leb(buf, start)
            for _ in range(count):
                size, body = leb(buf, pos)
                bodies.append(size + (body - pos))
                pos = body + size
        elif sid == 11:  # data
            count, pos = leb(buf, start)
            for _ in range(count):
                flags, pos = leb(buf, pos)
                if flags == 0:
                    pos = skip_const_expr(buf, pos)
                elif flags == 2:
                    _, pos = leb(buf, pos)
                    pos = skip_const_expr(buf, pos)
                size, pos = leb(buf, pos)
                data.append(size)
                pos += size
        elif sid == 0:
            n, pos = leb(buf, start)
            name = buf[pos:pos + n].decode("utf-8", "replace")
            pos += n
            custom[name] += end - start
            if name == "name":
                while pos < end:
                    sub = buf[pos]
                    size, pos = leb(buf, pos + 1)
                    if sub == 1:
                        count, p = leb(buf, pos)
                        for _ in range(count):
                            index, p = leb(buf, p)
                            n, p = leb(buf, p)
                            names[index] = buf[p:p + n].decode("utf-8", "replace")
                            p += n
                    pos += size
    functions = [(names.get(imported_functions + i, f"code[{i}]"), size) for i, size in enumerate(bodies)]
    return functions, data, custom


def skip_const_expr(buf, pos):
    while buf[pos] != 0x0B:
        pos += 1
    return pos + 1


STD = {"core", "alloc", "std", "dlmalloc", "compiler_builtins", "str", "char", "f32", "f64", "u8", "u16",
       "u32", "u64", "u128", "i32", "i64", "usize", "isize", "T", "dyn", "Ref(String)", "F64", "memcmp",
       "memcpy", "memset", "memmove"}
LIBM = {"logf", "log", "exp", "expf", "round", "fmax", "fmaxf", "fmin", "fminf", "pow", "powf", "sqrt"}
HASH = re.compile(r"::h[0-9a-f]{16}$|\[[0-9a-f]{16}\]")


def owner(name):
    """The crate (and, for nutshell, the module) a function belongs to.

    Generic code instantiated for nutshell's types (sorts, hash maps, iterators) is counted where
    its path starts: `core::slice::sort::…` goes to core even when only nutshell calls it."""
    name = HASH.sub("", name)
    if name.startswith("<"):  # `<Type as Trait>::method`: charge the type's crate
        name = name[1:]
    if name.startswith("&"):
        name = name.lstrip("&").replace("mut ", "", 1)
    path = re.split(r"[<>\s]", name, maxsplit=1)[0]
    parts = path.split("::")
    crate = parts[0]
    if crate == "nutshell" and len(parts) > 2:
        module = parts[1]
        if module in ("text", "summary", "language") and len(parts) > 3:
            module += "::" + parts[2]
        return "nutshell::" + module
    if crate == "nutshell":
        return "nutshell::" + parts[1] if len(parts) > 1 else "nutshell"
    if crate in STD or crate.startswith("__") or crate.startswith("[") or len(parts) == 1 and crate in LIBM:
        return "std (core, alloc, dlmalloc, libm)"
    if crate.startswith("code["):
        return "(unnamed)"
    if len(parts) == 1:  # `analyze`, `analyzer_new` …: the #[wasm_bindgen] shims
        return "wasm exports (argument conversion)"
    return crate


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("named")
    ap.add_argument("shipped")
    ap.add_argument("--label", default="module")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    named = open(args.named, "rb").read()
    shipped = open(args.shipped, "rb").read()
    functions, data, _ = parse(named)
    shipped_functions, shipped_data, custom = parse(shipped)
    code = sum(s for _, s in functions)
    data_bytes = sum(data)
    if len(shipped_functions) != len(functions):
        sys.exit(f"{args.named} and {args.shipped} differ: {len(functions)} vs {len(shipped_functions)} functions")

    groups = defaultdict(lambda: [0, 0])
    for name, size in functions:
        g = groups[owner(name)]
        g[0] += size
        g[1] += 1
    gz = len(gzip.compress(shipped, 9))
    print(f"### {args.label}\n")
    print(f"{len(shipped):,} bytes, **{gz:,} gzipped** (zlib 9); code {code:,} bytes in {len(functions):,} functions, "
          f"data {data_bytes:,} bytes in {len(data)} segments, other sections {len(shipped) - code - data_bytes:,}.\n")
    print("| owner | code bytes | share of code | functions |\n|---|---:|---:|---:|")
    for name, (size, count) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
        print(f"| {name} | {size:,} | {100 * size / code:.1f} % | {count} |")
    print(f"\nData segments (string tables, word lists, constants): {', '.join(f'{d:,}' for d in sorted(data, reverse=True)[:8])} bytes.\n")
    print(f"The {args.top} largest functions:\n\n| bytes | function |\n|---:|---|")
    for name, size in sorted(functions, key=lambda f: -f[1])[:args.top]:
        print(f"| {size:,} | `{HASH.sub('', name)}` |")
    print()


if __name__ == "__main__":
    main()
