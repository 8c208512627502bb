"""Near-duplicate passages without Django: shingles, MinHash signatures, LSH band keys, shares.

A passage is compared as its folded text (the search's fold: traditional → simplified, full-width
→ half-width) without whitespace and punctuation, so a copy re-punctuated or posted in traditional
characters is the same text. Its shingles are the overlapping runs of SHINGLE characters.

The signature is a one-permutation MinHash (Li, Owen and Zhang 2012, with the rotation
densification of Shrivastava and Li 2014): each shingle is hashed once (32 bits); the hash picks
one of BINS bins and each bin keeps its smallest hash. Two passages agree on a bin with probability
their shingle sets' Jaccard similarity, like BINS classic MinHash functions, at the cost of one
hash per shingle (a classic MinHash costs BINS hashes per shingle; pure Python, at import time,
this is what keeps indexing a speech within a few milliseconds).

LSH: the BINS values are cut into BANDS bands of ROWS; a band's values hash to one 63-bit key. Two
passages are candidates when they share a key. With 8 bands of 2 rows, a pair of Jaccard 0.6
(two passages sharing about 80 % of their text once the edits break shingles) is found with
probability 1 - (1 - 0.6²)⁸ = 0.97, at 0.7 with 0.998; a pair at 0.1 only with 0.08. Every
candidate is then checked on its text (the shingles both hold, then `shared_share`) before it is
stored or shown.
"""

from __future__ import annotations

import re
import zlib

from ..search.fold import fold

SHINGLE = 4  # characters per shingle: 4 Chinese characters are about two words
BINS = 16
BIN_SHIFT = 28  # the top 4 of a 32-bit hash pick one of 16 bins
ROWS = 2
BANDS = BINS // ROWS
MIN_CHARS = 50  # shorter passages (salutations, one-line 套话) are not compared
MIN_BLOCK = SHINGLE  # shared runs shorter than this are coincidence, not reuse
MASK64 = (1 << 64) - 1
MASK63 = (1 << 63) - 1
EMPTY = 1 << 32  # above every 32-bit hash: an empty bin


_DROPPED = re.compile(r"[\W_]+")  # everything but letters and digits, of any script


def normalise(text: str) -> str:
    """The text as passages are compared: folded, without whitespace or punctuation."""
    return _DROPPED.sub("", fold(text))


def _mix(value: int) -> int:
    """A 64-bit finaliser (splitmix64): spreads its input over 64 well-mixed bits."""
    value = (value + 0x9E3779B97F4A7C15) & MASK64
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & MASK64
    return value ^ (value >> 31)


def runs(norm: str) -> list[str]:
    """The text's SHINGLE-character runs at every position, in order."""
    return [norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)]


def shingles(norm: str) -> set[str]:
    return set(runs(norm))


ASTRAL = 1 << 64  # above every code of a run of BMP characters


def codes(norm: str) -> list[int]:
    """`runs` as integers, one a run, equal where the runs are equal: the run's UTF-16 code
    units read as one 64-bit integer (a run holding a character beyond the BMP: its code points
    packed, plus ASTRAL). Comparing integers is several times faster than comparing strings, and
    an integer takes less than half the memory; the codes are never stored."""
    n = len(norm) - SHINGLE + 1
    if n <= 0:
        return []
    data = norm.encode("utf-16-le")
    if len(data) != 2 * len(norm):  # a character beyond the BMP: run by run
        return [_code(run) for run in runs(norm)]
    out = [0] * n
    # The runs starting at k, k + 4, k + 8…: one memoryview of 8-byte words each.
    for k in range(SHINGLE):
        count = (n - k + SHINGLE - 1) // SHINGLE
        if count > 0:
            out[k::SHINGLE] = memoryview(data[2 * k : 2 * k + 8 * count]).cast("Q").tolist()
    return out


def _code(run: str) -> int:
    data = run.encode("utf-16-le")
    if len(data) == 8:
        return memoryview(data).cast("Q")[0]
    value = 0
    for char in run:
        value = value << 21 | ord(char)
    return ASTRAL + value


def signature(norm: str) -> list[int]:
    """BINS values; equal values at a bin estimate the Jaccard similarity of two passages.

    A shingle's hash is its CRC-32 times a 32-bit odd constant (Knuth's multiplicative hash): the
    top bits pick the bin, the whole value competes for the bin's minimum. One C call and one
    multiplication per shingle: this loop is most of the cost of indexing a speech."""
    mins = [EMPTY] * BINS
    crc = zlib.crc32
    for shingle in shingles(norm):
        h = (crc(shingle.encode()) * 0x9E3779B1) & 0xFFFFFFFF
        b = h >> BIN_SHIFT
        if h < mins[b]:
            mins[b] = h
    if EMPTY in mins and any(m != EMPTY for m in mins):
        # Rotation densification: an empty bin borrows the next filled bin's value (circularly),
        # shifted by the distance so that borrowed values never equal real ones by accident.
        filled = list(mins)
        for b in range(BINS):
            if mins[b] == EMPTY:
                step = 1
                while mins[(b + step) % BINS] == EMPTY:
                    step += 1
                filled[b] = (1 << 32) * step + mins[(b + step) % BINS]
        mins = filled
    return mins


def band_keys(sig: list[int]) -> list[int]:
    """One key per band, the band's number mixed in: a signed 63-bit integer (fits a BIGINT)."""
    keys = []
    for band in range(BANDS):
        value = band
        for h in sig[band * ROWS : (band + 1) * ROWS]:
            value = _mix((value << 40) ^ h)
        keys.append(value & MASK63)
    return keys


def shared_share(a: str, b: str) -> float:
    """The part of normalised text `a` that occurs in `b` in runs of MIN_BLOCK or more
    characters: a character counts when some MIN_BLOCK-character run of `a` holding it is also a
    run of `b`. Exact (no sampling) and linear in the lengths, so every candidate can be checked
    at import; the compare page marks the same runs with difflib."""
    return share_in(a, shingles(b))


def share_in(
    a: str, other: set[str] | set[int], a_runs: list[str] | list[int] | None = None
) -> float:
    """`shared_share` against the other text's runs (its `shingles`, already at hand); `a_runs`:
    a's `runs`, when already at hand (or both as `codes`).

    A character is covered when one of the MIN_BLOCK runs starting at it or up to MIN_BLOCK - 1
    characters before it is in `other`. Done in C: one byte a position (1: the run starting
    there is shared), read as one big integer whose shifted copies OR-ed together mark every
    covered character; their number is its bit count."""
    if len(a) < MIN_BLOCK:
        return 0.0
    hits = bytes(map(other.__contains__, runs(a) if a_runs is None else a_runs))
    marks = int.from_bytes(hits + bytes(MIN_BLOCK - 1), "big")
    covered = marks
    for shift in range(1, MIN_BLOCK):
        covered |= marks >> (8 * shift)
    return covered.bit_count() / len(a)
