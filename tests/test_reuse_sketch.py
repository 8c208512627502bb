"""The passage comparison without the database: normalising, signatures, band keys, shares."""

from speeches.reuse import sketch

from .reuse_helpers import edited, paragraph


def test_normalise_drops_punctuation_and_spaces_and_folds_traditional():
    assert sketch.normalise("加強 黨的領導，推進 改革！") == "加强党的领导推进改革"


def test_the_same_text_has_the_same_keys():
    text = sketch.normalise(paragraph(1))
    assert sketch.band_keys(sketch.signature(text)) == sketch.band_keys(sketch.signature(text))


def test_keys_are_signed_64_bit_integers():
    keys = sketch.band_keys(sketch.signature(sketch.normalise(paragraph(2))))
    assert len(keys) == sketch.BANDS
    assert all(0 <= key < 2**63 for key in keys)


def test_a_lightly_edited_copy_shares_a_band_with_its_source():
    found = 0
    for seed in range(40):
        a = sketch.normalise(paragraph(seed, 150))
        b = sketch.normalise(edited(paragraph(seed, 150), seed, share=0.85))
        found += bool(
            set(sketch.band_keys(sketch.signature(a))) & set(sketch.band_keys(sketch.signature(b)))
        )
    assert found >= 38


def test_unrelated_passages_rarely_share_a_band():
    keys = [
        set(sketch.band_keys(sketch.signature(sketch.normalise(paragraph(s, 150)))))
        for s in range(60)
    ]
    collisions = sum(bool(keys[i] & keys[j]) for i in range(60) for j in range(i + 1, 60))
    assert collisions <= 20  # of 1,770 pairs


def test_a_short_passage_is_densified_rather_than_left_with_empty_bins():
    sig = sketch.signature(sketch.normalise(paragraph(3, 20)))
    assert sketch.EMPTY not in sig


def test_shared_share_counts_the_runs_both_texts_hold():
    assert sketch.shared_share("甲乙丙丁戊己庚辛", "甲乙丙丁戊己庚辛") == 1.0
    assert sketch.shared_share("甲乙丙丁戊己庚辛", "子丑寅卯") == 0.0
    assert sketch.shared_share("甲乙丙丁戊己庚辛", "甲乙丙丁子丑寅卯") == 0.5


def test_codes_are_equal_exactly_where_the_runs_are():
    # Chinese, ASCII, and characters beyond the BMP (𠀀 U+20000, 😀) within a run and beside one.
    texts = [
        sketch.normalise(paragraph(7, 120)),
        "abc1甲乙丙丁戊己庚辛甲乙丙丁",
        "𠀀甲乙丙丁戊😀己庚辛abc1甲乙丙丁",
        "甲乙丙",
        "𠀀𠀁𠀂𠀃𠀀𠀁𠀂𠀃",
    ]
    by_code: dict[int, str] = {}
    for text in texts:
        codes = sketch.codes(text)
        assert len(codes) == len(sketch.runs(text))
        for code, run in zip(codes, sketch.runs(text), strict=True):
            assert by_code.setdefault(code, run) == run
    assert len(by_code) == len({run for text in texts for run in sketch.runs(text)})


def test_share_in_gives_the_same_share_on_codes_as_on_runs():
    for seed in range(10):
        a = sketch.normalise(paragraph(seed, 150))
        b = sketch.normalise(edited(paragraph(seed, 150), seed, share=0.7) + "😀甲乙丙")
        on_codes = sketch.share_in(a, set(sketch.codes(b)), sketch.codes(a))
        assert on_codes == sketch.shared_share(a, b)


def test_shared_share_ignores_coincidences_shorter_than_a_block():
    assert sketch.shared_share("甲乙丙子丑寅", "甲乙丙卯辰巳") == 0.0
