"""Search's pure parts: folding, tokens, query strings, query parsing, snippets."""

import pytest

from speeches.search.backends import (
    fts5_heading_query_text,
    fts5_query_text,
    index_runs,
    tsquery_text,
)
from speeches.search.fold import fold, javascript_table
from speeches.search.parse import parse_query
from speeches.search.snippets import highlight, snippet
from speeches.search.tokens import quote_lexeme, token_positions, tsvector_literal

from .search_helpers import found, speech_with

# ---------------------------------------------------------------- pure functions


def test_fold_width_case_and_script():
    assert fold("統戰ＡＢＣ１２３abc") == "统战abc123abc"
    assert fold("兩個維護") == "两个维护"
    assert fold(fold("乾隆後裡")) == fold("乾隆後裡")  # idempotent


def test_tokens_bigrams_plus_last_character_of_each_run():
    assert [t for t, _ in token_positions("统战工作，党")] == ["统战", "战工", "工作", "作", "党"]
    positions = dict(token_positions("统战，工作"))
    assert positions["工作"] - positions["战"] > 1  # a gap: no phrase across punctuation


def test_tsvector_literal_quotes_lexemes():
    assert tsvector_literal("a|b") == "'a|':2 '|b':3 'b':4"  # symbols belong to runs
    assert tsvector_literal("a'b") == "'a':2 'b':4"  # punctuation separates runs
    assert quote_lexeme("a'b\\") == "a''b\\\\"


def test_query_strings_quote_every_lexeme():
    index = index_runs(parse_query("统战工作 党"))
    assert tsquery_text(index) == "('统战' <-> '战工' <-> '工作') & '党':*"
    assert fts5_query_text(index) == '"统战 战工 工作" AND "党"*'
    # Heading hits among the query's rows: a word common in headings never answers alone.
    assert fts5_heading_query_text(index) == (
        'heading : ("统战 战工 工作" OR "党"*) AND "统战 战工 工作" AND "党"*'
    )
    assert fts5_heading_query_text(index_runs(parse_query("统战"))) == 'heading : ("统战")'


@pytest.mark.parametrize(
    "q, tsquery, fts5",
    [
        # A run before punctuation ends a run of the text too: its last character's lone token
        # follows its bigrams (an exact lexeme instead of a prefix for one character).
        ("平;仔捖", "'平' & ('仔捖')", '"平" AND "仔捖"'),
        ("平;仔捖 -党", "'平' & ('仔捖')", '"平" AND "仔捖"'),
        ("制度,缋", "('制度' <-> '度') & '缋':*", '"制度 度" AND "缋"*'),
        ("两个维护。", "('两个' <-> '个维' <-> '维护' <-> '护')", '"两个 个维 维护 护"'),
        # Open runs are matched anywhere in a run: a phrase, or a prefix for one character.
        ("仔捖,平", "('仔捖' <-> '捖') & '平':*", '"仔捖 捖" AND "平"*'),
        ("平 仔捖", "'平':* & ('仔捖')", '"平"* AND "仔捖"'),
        ("，平", "'平':*", '"平"*'),
    ],
)
def test_index_query_for_runs_around_punctuation(q, tsquery, fts5):
    index = index_runs(parse_query(q))
    assert tsquery_text(index) == tsquery
    assert fts5_query_text(index) == fts5


@pytest.mark.django_db
def test_a_term_with_punctuation_is_still_matched_exactly():
    whole = speech_with("甲", "水平;仔捖之间。")
    speech_with("乙", "仔捖。平安。")  # both runs, not the term
    assert found("平;仔捖") == {whole.pk}
    assert found("水平;") == {whole.pk}
    assert found("平;") == {whole.pk}
    assert found("捖之") == {whole.pk}
    assert found("仔捖;") == set()  # 仔捖 does not end a run here
    assert found("间。") == {whole.pk}


@pytest.mark.parametrize(
    ("raw", "terms", "excludes"),
    [
        ("统战 工作", ["统战", "工作"], []),
        ('"人心 和力量" -工作', ["人心 和力量"], ["工作"]),
        ("“两个维护”", ["两个维护"], []),
        ("統戰　ＸＸ", ["统战", "xx"], []),
        ("统战 & | 工作", ["统战", "工作"], []),
        ('"统战', ["统战"], []),
        ("统战-工作", ["统战-工作"], []),
        ("' OR 1=1 --", ["or", "1=1"], []),
        ("，。！？", [], []),
        ("- -", [], []),
    ],
)
def test_parse_query(raw, terms, excludes):
    parsed = parse_query(raw)
    assert [t.folded for t in parsed.terms] == terms
    assert [t.folded for t in parsed.excludes] == excludes


def test_parse_query_caps_length_and_terms():
    parsed = parse_query("统" * 2000)
    assert len(parsed.terms[0].folded) == 200 and parsed.notices
    assert len(parse_query(" ".join(f"词{i}" for i in range(20))).terms) == 8


def test_snippet_escapes_text_and_query():
    text = "前文<script>alert(1)</script>统战工作"
    html = snippet(text, [fold("<script>"), "统战"])
    assert "<script>" not in html
    assert "<mark>&lt;script&gt;</mark>" in html
    assert "<mark>统战</mark>" in html
    assert highlight("統戰工作", ["统战"]) == "<mark>統戰</mark>工作"


def test_snippet_maps_multi_character_folds():
    assert highlight("㍿统战", ["统战"]) == "㍿<mark>统战</mark>"
    assert highlight("A㍿B", ["式会"]) == "A<mark>㍿</mark>B"


def test_js_fold_table_in_sync():
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "static/js/search-fold-table.js"
    assert path.read_text(encoding="utf-8") == javascript_table()


def test_variants_pattern_finds_other_forms_of_the_characters_only():
    from speeches.search.fold import variants_pattern

    pattern = variants_pattern(fold("统战Ａ"))  # the characters of folded needles
    assert pattern.search("加强統一戰線") and pattern.search("Ａ") and pattern.search("A")
    assert not pattern.search("统战a工作，加强统一战线。")
