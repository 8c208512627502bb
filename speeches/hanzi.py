"""Character tables shared by the parser and the search fold. Pure Python, no Django."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def trad_to_simp() -> dict[str, str]:
    """Traditional → simplified, one character to one character, from OpenCC's TSCharacters
    table (its first choice where it lists several). Closed: folding twice equals folding once."""
    import opencc

    table: dict[str, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1 and source != target:
            table[source] = target
    for source, target in list(table.items()):
        seen = {source}
        while target in table and target not in seen:
            seen.add(target)
            target = table[target]
        table[source] = target
    return table
