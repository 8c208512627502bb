import codecs
from pathlib import Path

import pytest

from speeches.decoding import DecodeError, content_hash, decode_bytes, normalise

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_c78fcdc5d01df34d.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
TRADITIONAL = (
    "在縣委統一戰線工作領導小組會議上的講話\n同志們：\n今天我們召開會議，研究部署統戰工作。"
)


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", SEED_TEXT.encode("utf-8")),
        ("utf-8-sig", codecs.BOM_UTF8 + SEED_TEXT.encode("utf-8")),
        ("gb18030", SEED_TEXT.encode("gb18030")),
        ("utf-16", SEED_TEXT.replace("\n", "\r\n").encode("utf-16")),
        ("utf-16-le", SEED_TEXT.encode("utf-16-le")),
    ],
)
def test_it_decodes_the_seed_in_every_encoding_to_the_same_content(encoding, data):
    decoded = decode_bytes(data)

    assert decoded.encoding == encoding
    assert content_hash(decoded.text) == content_hash(SEED_TEXT)


def test_it_tells_big5_from_gb18030_by_what_reads_as_chinese():
    decoded = decode_bytes(TRADITIONAL.encode("big5"))

    assert decoded.encoding == "big5"
    assert decoded.text == TRADITIONAL


def test_it_reads_a_short_gbk_text_as_gb18030():
    decoded = decode_bytes("同志们：今天开会。".encode("gbk"))

    assert decoded == decoded.__class__(text="同志们：今天开会。", encoding="gb18030")


def test_it_reads_a_four_byte_gb18030_character():
    text = "在𠀀村村民代表会议上的讲话\n同志们：今天开会。"

    assert decode_bytes(text.encode("gb18030")).text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b"  \r\n\t \n", "file is empty"),
        ("\u3000\n".encode(), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG image"),
        (b"PK\x03\x04" + b"\x00" * 20, "ZIP archive"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document"),
        (b"abc\x00\x01\x02def\x00", "NUL bytes"),
        (b"This is an English text without any Chinese.", "does not read as Chinese"),
        (bytes(range(0x80, 0x100)) * 4, "not"),
    ],
)
def test_it_rejects_what_is_not_chinese_text_with_a_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_normalise_keeps_chinese_punctuation_and_folds_only_line_ends():
    text = "\ufeff同志们：\r\n要做到“两个维护”，  \r全力以赴！"

    assert normalise(text) == "同志们：\n要做到“两个维护”，\n全力以赴！"


def test_a_speech_posted_with_its_english_translation_reads_as_chinese():
    chinese = "各位同事：新春佳節來臨之際，我代表集團向大家致以新春的祝福！"
    english = (
        "Dear colleagues, on the occasion of the Spring Festival, I extend my best wishes. " * 4
    )
    data = f"{chinese}\n{english}\n{chinese}\n{english}\n".encode("big5")
    decoded = decode_bytes(data)
    assert decoded.encoding == "big5"
    assert decoded.text.startswith("各位同事")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("各位鄉親：今天在這裡舉行圍棋碁藝交流會開幕典禮，感謝大家光臨。", "cp950"),
        ("各位街坊：今日我哋喺度召開社區會議，多謝大家嚟參加，一齊推動社區發展。", "big5hkscs"),
    ],
)
def test_it_reads_the_big5_of_windows_and_of_hong_kong(text, encoding):
    with pytest.raises(UnicodeEncodeError):
        text.encode("big5")  # characters plain Big5 lacks

    decoded = decode_bytes(text.encode(encoding))

    assert decoded == decoded.__class__(text=text, encoding=encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5", "utf-16", "utf-16-le"])
def test_a_file_cut_off_inside_its_last_character_keeps_every_whole_one(encoding):
    text = "同志們：\n今天召開全縣工作會議，主要任務是總結工作、部署任務。下面我講三點意見"
    whole = text.encode(encoding)

    decoded = decode_bytes(whole[:-1])

    assert decoded.text == text[:-1]
    assert decoded.encoding == encoding


def test_a_damaged_file_is_refused_with_where_it_is_damaged():
    data = (
        "同志们：今天我们召开全县工作会议。\n".encode() + b"\xff" + "主要任务是总结工作。".encode()
    )

    with pytest.raises(DecodeError, match=r"byte 0xff at offset 52, line 2"):
        decode_bytes(data)
