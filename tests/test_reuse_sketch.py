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


def test_shared_share_ignores_coincidences_shorter_than_a_block():
    assert sketch.shared_share("甲乙丙子丑寅", "甲乙丙卯辰巳") == 0.0
