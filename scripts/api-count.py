#!/usr/bin/env python3
# Counts the public API as rustdoc shows it (doc(hidden) excluded): items by kind, pub fields and
# inherent methods (trait impls such as Clone/Debug not counted).
import os, re, sys, collections
root = sys.argv[1]
kinds = collections.Counter(); methods = 0; fields = 0; seen=set()
for dp, dn, fn in os.walk(root):
    for f in fn:
        m = re.match(r'(struct|enum|fn|trait|constant|type|macro|static)\.(\w+)\.html$', f)
        if f == 'index.html' and dp != root: kinds['mod'] += 1
        if not m: continue
        key=(m.group(1), m.group(2))
        if key in seen: continue
        seen.add(key)
        kinds[m.group(1)] += 1
        html = open(os.path.join(dp, f), encoding='utf-8').read()
        inherent = html.split('id="implementations-list"',1)
        if len(inherent) > 1:
            body = inherent[1].split('id="trait-implementations"',1)[0]
            methods += len(set(re.findall(r'id="method\.(\w+)"', body)))
        if m.group(1) == 'trait':
            methods += len(set(re.findall(r'id="tymethod\.(\w+)"', html)))
        fields += len(set(re.findall(r'id="structfield\.(\w+)"', html)))
print(dict(sorted(kinds.items())), '| types:', kinds['struct']+kinds['enum']+kinds['trait']+kinds['type'], '| free fns:', kinds['fn'], '| inherent methods:', methods, '| pub fields:', fields)
