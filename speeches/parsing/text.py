"""Characters, folding and numerals: the small vocabulary every stage shares."""

from __future__ import annotations

import functools
import re
import unicodedata

from ..hanzi import trad_to_simp

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CN_DIGITS = "一二三四五六七八九十"
NUM = f"[{CN_DIGITS}]{{1,3}}"
SENTENCE_END = "。！？!?…"
SENTENCE_MARK = re.compile("[。！？]")
SENTENCE_SPLIT = re.compile("[。！？!?]")
TRUNCATED = "\x00truncated\x00"  # sentinel line standing for a paywall/truncation marker

# Every detector matches on a same-length copy of the text with traditional characters folded
# to simplified ones (OpenCC's one-to-one table, the same the search fold uses), so an offset
# found on the folded copy cuts the original: traditional speeches are stored as written.
_T2S = trad_to_simp()
# PDF text often carries Kangxi radicals for the ideographs they look like (⼀、⼤⾏ for 一、大行);
# NFKC maps each to its ideograph, one character to one, so they fold like traditional ones.
_RADICALS = {
    chr(cp): unicodedata.normalize("NFKC", chr(cp))
    for cp in [*range(0x2F00, 0x2FD6), *range(0x2E80, 0x2EF4)]
    if len(unicodedata.normalize("NFKC", chr(cp))) == 1
    and unicodedata.normalize("NFKC", chr(cp)) != chr(cp)
}
# ∶ (ratio) is ： on Hong Kong pages; small-form punctuation (﹐﹑﹔﹗) on some Taiwan sites.
_MARKS = {"∶": "：", **dict(zip("﹐﹑﹒﹔﹕﹖﹗", "，、。；：？！", strict=True))}
_FOLD = str.maketrans({**_T2S, **{k: _T2S.get(v, v) for k, v in _RADICALS.items()}, **_MARKS})
_TRAD_CHARS = frozenset(_T2S) | frozenset(_RADICALS) | frozenset(_MARKS)


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Same-length copy used for matching. Cached: each line is folded by several stages."""
    # str.translate is slow on long text; most speeches are simplified and need no folding.
    return text if _TRAD_CHARS.isdisjoint(text) else text.translate(_FOLD)


def nows(text: str) -> str:
    return "".join(text.split())


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "○": 0}


def cn_to_int(numeral: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23; digits as digits. None when it is not a numeral."""
    if numeral.isdigit():
        return int(numeral)
    if not numeral:
        return None
    if "十" not in numeral:
        return _DIGITS.get(numeral) if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    t = 1 if not tens else _DIGITS.get(tens)
    o = 0 if not ones else _DIGITS.get(ones)
    if t is None or o is None:
        return None
    return t * 10 + o


def year_to_int(text: str) -> int | None:
    """2020 or 二〇二〇 → 2020."""
    if text.isdigit():
        return int(text)
    if all(c in _DIGITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text))
    return None
