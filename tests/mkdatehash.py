#!/usr/bin/env python3
"""mkdatehash.py -- rewrite the hash table of common/datewords.c from its word lists.

Run after adding or removing a word: python3 tests/mkdatehash.py.  The unit
tests (dw_check) fail while the table is stale.
"""
import re
import sys

PATH = "common/datewords.c"
SIZE = 1024
WAYS = 2


def h(w, m):
    x = 0
    for ch in w:
        x = (x * m + (ord(ch) | 0x20)) & 0xffffffff
    return (x ^ (x >> 15)) % SIZE


def main():
    src = open(PATH).read()
    entries = []
    classes = {}
    for arr, body in re.findall(r"static const struct dateword (w_[a-z]+)\[\] = \{(.*?)\};", src, re.S):
        for k, (w, cls) in enumerate(re.findall(r'E\("([a-z]+)", ([A-Z_]+)', body)):
            entries.append((w, arr, k))
            classes[w] = cls
    for m in range(3, 100000):
        slots = {}
        for w, arr, k in entries:
            s = h(w, m)
            if len(slots.setdefault(s, [])) == WAYS:
                break
            slots[s].append((arr, k))
        else:
            break
    else:
        sys.exit("no multiplier found")
    rows = ["\t[%d] = { %s }," % (s, ", ".join("&%s[%d]" % e for e in v))
            for s, v in sorted(slots.items())]
    table = ("#define DW_HASHMUL\t%du\n#define DW_HASHSIZE\t%d\n"
             "static const struct dateword *const dw_hash[DW_HASHSIZE][%d] = {\n%s\n};\n"
             % (m, SIZE, WAYS, "\n".join(rows)))
    for name, keep in (("dw_lenmask", lambda c: True),
                       ("dw_startmask", lambda c: c != "DW_CUE")):
        mask = {}
        for w, arr, k in entries:
            if len(w) > 1 and keep(classes[w]):
                key = (ord(w[0]) - 97, ord(w[1]) - 97)
                mask[key] = mask.get(key, 0) | 1 << len(w)
        ents = ["[%d][%d] = 0x%04x" % (a, b, v) for (a, b), v in sorted(mask.items())]
        table += ("const unsigned short %s[26][26] = {\n\t%s\n};\n"
                  % (name, ",\n\t".join(", ".join(ents[i:i + 3])
                                          for i in range(0, len(ents), 3))))
    a = src.index("/* BEGIN hash */\n") + len("/* BEGIN hash */\n")
    b = src.index("/* END hash */")
    open(PATH, "w").write(src[:a] + table + src[b:])


main()
