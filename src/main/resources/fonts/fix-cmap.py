"""Removes character-map aliases that would make PDFBox write the wrong character into a PDF's ToUnicode map.

Usage: fix-cmap.py original.ttf fixed.ttf
"""
import sys
from collections import defaultdict
from fontTools.ttLib import TTFont
src, dst = sys.argv[1], sys.argv[2]
f = TTFont(src)
best = f.getBestCmap()
by_glyph = defaultdict(list)
for cp, g in best.items():
    by_glyph[g].append(cp)
def unified(cp):
    return 0x3400 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x3FFFF
drop = set()
for g, cps in by_glyph.items():
    if len(cps) > 1 and any(unified(c) for c in cps):
        lowest = min(cps)
        if not unified(lowest):
            # PDFBox writes the lowest code point of a glyph into ToUnicode; drop the lower aliases
            for c in cps:
                if c < min(x for x in cps if unified(x)):
                    drop.add(c)
# punctuation sharing a glyph with the character Chinese text uses: figure dash (en dash), angle brackets (〈〉)
drop.update(c for c in (0x2012, 0x2329, 0x232A) if c in best)
ranges = defaultdict(int)
for c in drop:
    ranges[hex(c >> 8)] += 1
print(len(drop), dict(ranges), file=sys.stderr)
for table in f['cmap'].tables:
    if table.isUnicode():
        for c in drop:
            table.cmap.pop(c, None)
f.save(dst)
