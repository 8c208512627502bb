"""Character tables shared by the parser and the search fold. Pure Python, no Django."""

from __future__ import annotations

import json
import sys
import tempfile
from functools import cache
from pathlib import Path

# Where OpenCC has traditional characters: CJK radicals to the compatibility ideographs, and the
# supplementary ideographic planes (tests/test_opencc.py checks them against every code point).
HAN_RANGES = ((0x2E80, 0xFAFF), (0x20000, 0x3FFFF))
ALL_CODE_POINTS = ((0x80, sys.maxunicode),)


def _opencc_converter():
    """OpenCC's character tables alone (no phrases), in t2s's order: TSCharactersExt, then
    TSCharacters; each character gets its first choice."""
    import opencc

    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    config = {
        "name": "Traditional to Simplified, characters only",
        "conversion_chain": [
            {
                "dict": {
                    "type": "group",
                    "match_policy": "short_circuit",
                    "dicts": [
                        {"type": "ocd2", "file": str(share / "TSCharactersExt.ocd2")},
                        {"type": "ocd2", "file": str(share / "TSCharacters.ocd2")},
                    ],
                }
            }
        ],
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ts-characters.json"
        path.write_text(json.dumps(config), encoding="utf-8")
        return opencc.OpenCC(str(path))


def opencc_characters(ranges=HAN_RANGES) -> dict[str, str]:
    """Every character in `ranges` that OpenCC's character tables change, with its first
    simplified form (one call: the characters one per line, so no phrase spans two)."""
    sources = [
        chr(cp)
        for low, high in ranges
        for cp in range(low, high + 1)
        if not 0xD800 <= cp <= 0xDFFF and chr(cp) not in "\n\r\x85\u2028\u2029"
    ]
    targets = _opencc_converter().convert("\n".join(sources)).split("\n")
    return {s: t for s, t in zip(sources, targets, strict=True) if s != t}


@cache
def trad_to_simp() -> dict[str, str]:
    """Traditional → simplified, one character to one character, from OpenCC's character tables
    (the official `opencc` package). Closed: folding twice equals folding once."""
    table = {s: t for s, t in opencc_characters().items() if len(s) == 1 and len(t) == 1}
    for source, target in list(table.items()):
        seen = {source}
        while target in table and target not in seen:
            seen.add(target)
            target = table[target]
        table[source] = target
    return table
