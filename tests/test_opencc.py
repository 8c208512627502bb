"""The traditional → simplified table comes from OpenCC's official package (`opencc`)."""

from speeches.hanzi import ALL_CODE_POINTS, opencc_characters, trad_to_simp


def test_the_table_is_opencc_character_tables_first_choice():
    table = trad_to_simp()
    assert table["統"] == "统"
    assert table["戰"] == "战"
    assert table["擡"] == "抬"  # OpenCC 1.4's data
    assert table["㑮"] == "𫝈"  # from TSCharactersExt, as t2s converts it
    assert "像" not in table and "沈" not in table  # characters OpenCC leaves alone


def test_the_table_is_closed_and_one_to_one():
    table = trad_to_simp()
    assert all(len(s) == 1 and len(t) == 1 and s != t for s, t in table.items())
    assert all(t not in table for t in table.values())


def test_the_han_ranges_hold_every_character_opencc_changes():
    assert opencc_characters(ALL_CODE_POINTS) == opencc_characters()


def test_the_reimplementation_is_gone():
    import importlib.metadata

    import pytest

    with pytest.raises(importlib.metadata.PackageNotFoundError):
        importlib.metadata.version("opencc-python-reimplemented")
    assert importlib.metadata.version("opencc") >= "1.4"
