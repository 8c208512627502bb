"""Decode speech files from the encodings found in the wild, strictly.

Pure Python: no Django import. A detector guesses; this module tries each candidate strictly and
keeps the one whose result reads as Chinese, so a short GBK text is never taken for another code
page and Big5 is told apart from GB18030 by which decoding yields common characters.
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from dataclasses import dataclass

# The most frequent characters of modern Chinese prose (simplified and traditional forms):
# text decoded with the wrong code page is full of rare characters instead.
COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
    "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内"
    "数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提"
    "直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计"
    "别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海"
    "口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身"
    "车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石"
    "记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青"
    "省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型"
    "眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
    "這個們為來說時國會對學發麼過動經與開現當於還種關樣從頭點們義進實應總體長黨員區縣鄉鎮領導講話"
    "會議戰統幹務將產業權機團結濟設場報導議題織興習責觀歷變處覺節際壓認識這邊請讓選問題務"
    "，。、：；！？“”（）《》"
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_SIGNATURES = (
    (b"\x89PNG", "PNG image"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx?)"),
    (b"%PDF", "PDF document"),
    (b"\xd0\xcf\x11\xe0", "OLE document (doc/xls?)"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"{\\rtf", "RTF document"),
)

# Share of the non-ASCII characters that must be common Chinese characters or Chinese
# punctuation. ASCII reads the same in every candidate encoding, so it is no evidence either way:
# a speech posted with its English translation is still Chinese text.
MIN_CHINESE_SCORE = 0.25


class DecodeError(ValueError):
    """The bytes are not a text file this archive can read; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def chinese_score(text: str) -> float:
    chars = [c for c in text if c > "\x7f" and not c.isspace()]
    if not chars:
        return 0.0
    return sum(c in COMMON for c in chars) / len(chars)


def _strict(data: bytes, encoding: str) -> str | None:
    """The bytes decoded without error, or None. A file cut off inside its last character (a
    download or a copy stopped short) still decodes: only the incomplete character's bytes
    (at most three) are left out, and they held no whole character."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        pass
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        text = decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return None
    left, _ = decoder.getstate()
    return text if 0 < len(left) < 4 else None


def decode_bytes(data: bytes) -> Decoded:
    """Decode a speech file: BOM, strict UTF-8, GB18030, Big5; the result must read as Chinese."""
    if not data.strip():
        raise DecodeError("file is empty")
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"binary file ({kind}), not text")

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise DecodeError(f"starts with a {encoding} byte-order mark but does not decode")
            name = {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-32": "utf-32"}[encoding]
            return _checked(text, name)

    if b"\x00" in data:
        # UTF-16 without a byte-order mark is the only text with NUL bytes.
        for encoding in ("utf-16-le", "utf-16-be"):
            text = _strict(data, encoding)
            if text is not None and "\x00" not in text and chinese_score(text) >= MIN_CHINESE_SCORE:
                return _checked(text, encoding)
        raise DecodeError("binary content (NUL bytes), not text")

    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(text, "utf-8")

    # Legacy code pages: both often decode without error, so keep the one that reads as Chinese.
    # Big5 comes in three tables: plain Big5, Windows' cp950 (Taiwan's Notepad: 碁, 銹, €…) and
    # Hong Kong's HKSCS (嘅, 㗎…); the first of them that decodes the file is the candidate.
    candidates = []
    for family in (("gb18030",), ("big5", "cp950", "big5hkscs")):
        for encoding in family:
            text = _strict(data, encoding)
            if text is not None:
                candidates.append((chinese_score(text), encoding, text))
                break
    if not candidates:
        raise DecodeError(f"not valid UTF-8, UTF-16, GB18030 or Big5 text ({_utf8_error(data)})")
    _, encoding, text = max(candidates)
    return _checked(text, encoding)


def _utf8_error(data: bytes) -> str:
    """Where the bytes stop being UTF-8: most such files are UTF-8 with one damaged place."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return f"as UTF-8: byte 0x{data[error.start]:02x} at offset {error.start}, line {line}"
    return "as UTF-8: cut off inside a character"


def _checked(text: str, encoding: str) -> Decoded:
    if not text.strip():
        raise DecodeError("file holds only whitespace")
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v" for c in text[:65536]):
        raise DecodeError(f"binary content (control characters) after decoding as {encoding}")
    if chinese_score(text) < MIN_CHINESE_SCORE:
        raise DecodeError(f"decodes as {encoding} but does not read as Chinese text")
    return Decoded(text=text, encoding=encoding)


def normalise(text: str) -> str:
    """The canonical form that is hashed: NFC, LF line ends, no BOM, no trailing spaces."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()
