#!/usr/bin/env python3
"""mkfigtab.py -- rewrite the quick-look data of the tables of common/figwords.c.

Each struct figtab carries the masks of its entries' first and last bytes
and the strings of those bytes in table order.  Run after adding or removing
an entry (keep the entries sorted): python3 tests/mkfigtab.py.  The unit
test test_sorted in check_fig fails while the data is stale.
"""
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else "common/figwords.c"


def entries(src, name):
    """The spellings of table NAME, as bytes."""
    m = re.search(r"static const struct figword " + name +
                  r"v\[\] = \{(.*?)\n\};", src, re.S)
    out = []
    for w in re.findall(r'FW\(((?:"(?:[^"\\]|\\.)*"\s*)+)\)', m.group(1)):
        raw = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', w))
        out.append(raw.encode().decode("unicode_escape").encode("latin1"))
    return out


def mask(bs):
    """FB(...) terms for the bytes, wrapped as KNF continuation lines."""
    bits = set(chr(c) if ord("a") <= c <= ord("z") else "OTHER" for c in bs)
    terms = ["FB('%s')" % b for b in sorted(x for x in bits if x != "OTHER")]
    if "OTHER" in bits:
        terms.append("FB_OTHER")
    lines, cur = [], "\t  "
    for i, t in enumerate(terms):
        piece = t + (" |" if i < len(terms) - 1 else "")
        if len(cur.expandtabs()) + len(piece) + 1 > 72:
            lines.append(cur.rstrip())
            cur = "\t    "
        cur += piece + " "
    lines.append(cur.rstrip())
    return "\n".join(lines)


def literal(bs):
    """A C string literal of the bytes, split so no hex escape runs on."""
    parts, cur, hexed = [], "", False
    for c in bs:
        ch = chr(c)
        if 32 <= c < 127 and ch not in '"\\':
            if hexed and ch in "0123456789abcdefABCDEF":
                parts.append(cur)
                cur = ""
            cur += ch
            hexed = False
        else:
            cur += "\\x%02x" % c
            hexed = True
    parts.append(cur)
    out = []
    for inner in parts:
        while len(inner) > 56:
            cut = 56
            k = inner.rfind("\\x", 0, cut)
            if k != -1 and k + 4 > cut:
                cut = k
            out.append('"' + inner[:cut] + '"')
            inner = inner[cut:]
        out.append('"' + inner + '"')
    return "\t  " + "\n\t    ".join(out)


def main():
    src = open(PATH).read()
    for name in re.findall(r"const struct figtab (fw_[a-z]+)\[1\]", src):
        e = entries(src, name)
        body = "\t{ %sv, NELEM(%sv) - 1,\n%s,\n%s,\n%s,\n%s }" % (
            name, name, mask([w[0] for w in e]), mask([w[-1] for w in e]),
            literal(bytes(w[-1] for w in e)),
            literal(bytes(w[0] for w in e)))
        src = re.sub(r"(const struct figtab " + name + r"\[1\] = \{\n)(.*?)(\n\};)",
                     lambda m: m.group(1) + body + m.group(3), src,
                     count=1, flags=re.S)
    open(PATH, "w").write(src)


main()
