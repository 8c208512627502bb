"""Near-duplicates at import: a copy of a speech from another site (same title, nearly the same
text) is stored with a possible_duplicate warning naming the other speech, shown on both pages
and in the admin."""

import io
from difflib import SequenceMatcher
from pathlib import Path

import opencc
import pytest
from django.core.management import call_command
from django.urls import reverse

from speeches import duplicates, importer
from speeches.models import Speech, title_key

from .admin_helpers import change_form_data, change_url
from .factories import make_speech

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_c78fcdc5d01df34d.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
TITLE = "在县委统一战线工作领导小组2020年第一次会议上的讲话"
CHANGELIST = "/admin/speeches/speech/"


def site_copy(text: str = SEED_TEXT) -> str:
    """The seed as another site serves it: its own header and footer instead of the seed's
    junk lines, and a few characters changed."""
    speech = text[text.index(TITLE) :]
    speech = (
        speech.replace("大团结大联合", "大团结、大联合")
        .replace("画出最大同心圆", "画出最大的同心圆")
        .replace("美丽繁荣和谐", "美丽富饶和谐")
    )
    return (
        "公文范文网 www.gongwen.example 首页 > 讲话稿 > 统战工作\n"
        "发布时间：2020-03-12 来源：网络整理 浏览：1024次\n\n"
        f"{speech}\n"
        "本文链接：http://www.gongwen.example/a/2020/0312.html\n"
        "相关文章：在全县统战工作会议上的讲话\n"
    )


def run_import(*args) -> str:
    out = io.StringIO()
    call_command("import_speeches", *map(str, args), stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def original():
    run_import(SEED)
    return Speech.objects.get()


@pytest.fixture
def copy(original, tmp_path):
    path = tmp_path / "copy.txt"
    path.write_bytes(site_copy().encode("gb18030"))
    run_import(path)
    return Speech.objects.exclude(pk=original.pk).get()


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("gb18030", site_copy()),
        ("utf-8", site_copy()),
        # Traditional script: the title and the text are compared folded.
        ("utf-8", opencc.OpenCC("s2t").convert(site_copy())),
    ],
    ids=["gb18030", "utf-8", "traditional"],
)
def test_a_copy_from_another_site_is_stored_as_a_possible_duplicate_of_the_first(
    original, tmp_path, encoding, text
):
    path = tmp_path / "copy.txt"
    path.write_bytes(text.encode(encoding))

    out = run_import(path)

    assert Speech.objects.count() == 2
    copy = Speech.objects.exclude(pk=original.pk).get()
    assert copy.source_encoding == encoding
    assert copy.duplicate_of == original
    assert copy.needs_review
    [warning] = [w for w in copy.warnings if w["code"] == "possible_duplicate"]
    percent = warning["similarity"]
    assert 90 <= percent < 100
    assert warning["message"] == (
        f"疑似与《{TITLE}》（#{original.pk}）重复：标题相同，正文相似度 {percent}%"
    )
    assert f"possible duplicate of #{original.pk} (same title, {percent}% of the text)" in out
    original.refresh_from_db()
    assert original.duplicate_of is None and original.warnings == []
    assert list(original.possible_duplicates.all()) == [copy]


def test_a_different_speech_with_the_same_title_gets_no_warning(original, tmp_path):
    opening = SEED_TEXT[SEED_TEXT.index(TITLE) : SEED_TEXT.index("一、做好")]
    body = "一、抓好学习\n" + "全县各级各部门要认真学习党的创新理论，抓好统战政策宣传。" * 60
    path = tmp_path / "other.txt"
    path.write_text(f"{opening}{body}\n散会。\n", encoding="utf-8")

    run_import(path)

    other = Speech.objects.get(source_name="other.txt")
    assert other.title == TITLE
    assert other.duplicate_of is None
    assert all(w["code"] != "possible_duplicate" for w in other.warnings)


def test_a_copy_of_similar_length_with_another_title_gets_no_warning(original, tmp_path):
    path = tmp_path / "retitled.txt"
    path.write_text(site_copy().replace(TITLE, "在县委统战工作会议上的讲话"), encoding="utf-8")

    run_import(path)

    assert Speech.objects.get(source_name="retitled.txt").duplicate_of is None


def test_importing_the_identical_file_again_is_unchanged(original, tmp_path):
    path = tmp_path / "same.txt"
    path.write_bytes(SEED_TEXT.encode("gb18030"))

    out = run_import(SEED, path)

    assert "created 0, unchanged 2, updated 0, failed 0" in out
    assert Speech.objects.count() == 1
    assert Speech.objects.get().duplicate_of is None


def test_updating_the_original_does_not_mark_it_as_a_copy_of_its_copy(copy, tmp_path):
    path = tmp_path / SEED.name
    path.write_text(SEED_TEXT.replace("散会。", "散会。谢谢大家！"), encoding="utf-8")

    out = run_import(path, "--update")

    assert "updated 1" in out
    original = Speech.objects.get(source_name=SEED.name)
    assert original.duplicate_of is None and original.warnings == []
    copy.refresh_from_db()
    assert copy.duplicate_of == original


def test_reparse_keeps_the_possible_duplicate_warning(copy):
    warning = copy.warnings[0]
    copy.sections.filter(anchor="s1").update(heading="旧解析器截短的标题")

    outcome = importer.reparse_speech(copy)

    assert outcome.status == importer.UPDATED
    copy.refresh_from_db()
    assert copy.sections.get(anchor="s1").heading.startswith("做好新时代统战工作，")
    assert copy.warnings == [warning]
    assert copy.duplicate_of_id is not None and copy.needs_review


def test_reparse_drops_the_warning_once_the_other_speech_is_deleted(original, copy):
    original.delete()
    copy.refresh_from_db()
    assert copy.duplicate_of is None  # SET_NULL
    copy.sections.filter(anchor="s1").update(heading="旧解析器截短的标题")

    importer.reparse_speech(copy)

    copy.refresh_from_db()
    assert all(w["code"] != "possible_duplicate" for w in copy.warnings)


def test_titles_compare_without_whitespace_and_across_scripts():
    assert title_key(" 在全县 工作会议上的講話\u3000") == title_key("在全县工作会议上的讲话")
    assert title_key("在全县工作会议上的讲话") != title_key("在全市工作会议上的讲话")


def test_title_key_follows_an_edited_title():
    speech = make_speech("旧标题")
    speech.title = "新 标题"
    speech.save(update_fields=["title"])

    assert Speech.objects.get(pk=speech.pk).title_key == "新标题"


@pytest.mark.parametrize(("same", "flagged"), [(90, 90), (89, None)])
def test_the_threshold_is_ninety_percent_of_the_text_exactly(same, flagged):
    matcher = SequenceMatcher(None, "甲" * same + "乙" * (100 - same), autojunk=False)
    matcher.set_seq2("甲" * same + "丙" * (100 - same))

    assert duplicates.similarity_percent(matcher) == flagged


def test_candidates_are_found_with_two_queries(original, django_assert_num_queries):
    [parsed] = importer.parse_text(site_copy())

    # the candidates (title_key and char_count, by index), their sections
    with django_assert_num_queries(2):
        match = duplicates.find_duplicate(parsed)

    assert match.speech == original


def test_a_speech_without_candidates_costs_one_query(original, django_assert_num_queries):
    [parsed] = importer.parse_text(site_copy().replace(TITLE, "在县委统战工作会议上的讲话"))

    with django_assert_num_queries(1):
        assert duplicates.find_duplicate(parsed) is None


# ---- the reading pages -------------------------------------------------------------------------


def detail(client, speech) -> str:
    response = client.get(reverse("speeches:detail", args=[speech.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_copys_page_names_the_original_and_the_similarity(staff_client, original, copy):
    html = detail(staff_client, copy)

    percent = copy.warnings[0]["similarity"]
    assert (
        f'<strong>疑似重复：</strong>与《<a href="/speeches/{original.pk}/">{TITLE}</a>》'
        f'<span class="duplicate-notice__similarity">相似度 {percent}%</span></p>'
    ) in html


def test_the_originals_page_lists_its_possible_duplicates(staff_client, original, copy):
    html = detail(staff_client, original)

    percent = copy.warnings[0]["similarity"]
    assert (
        f'<strong>疑似重复稿：</strong>《<a href="/speeches/{copy.pk}/">{TITLE}</a>》'
        f'<span class="duplicate-notice__similarity">（相似度 {percent}%）</span></p>'
    ) in html
    assert "疑似重复：" not in html


def test_a_speech_without_duplicates_shows_no_notice(staff_client):
    assert "疑似重复" not in detail(staff_client, make_speech(sections=1))


@pytest.mark.parametrize("which", ["original", "copy"])
def test_detail_pages_with_duplicates_run_a_fixed_number_of_queries(
    staff_client, original, copy, django_assert_num_queries, which
):
    for _ in range(3):  # more copies of the original: still one query for all of them
        make_speech(TITLE, sections=2, duplicate_of=original, warnings=copy.warnings)
    speech = {"original": original, "copy": copy}[which]
    # 1 session, 2 user (a reader: no permission queries), 3 the data version, 4 speech (and
    # whether any may copy it), 5 the speech it may copy (the copy only), quotes, placeholders,
    # sections, the older and newer speeches, the speeches that may copy it (the original
    # only), then the reuse panels: the sections' similar passages, how often its quotations
    # are used, the related speeches (every source's candidates, with titles) in one statement.
    with django_assert_num_queries(12):
        html = detail(staff_client, speech)

    assert "疑似重复" in html


# ---- the admin ---------------------------------------------------------------------------------


def test_the_admin_filter_lists_possible_duplicates(editor_client, original, copy):
    yes = editor_client.get(CHANGELIST, {"duplicate": "yes"})
    no = editor_client.get(CHANGELIST, {"duplicate": "no"})
    review = editor_client.get(CHANGELIST, {"needs_review__exact": "1"})

    assert "疑似重复" in yes.content.decode()
    assert list(yes.context["cl"].result_list) == [copy]
    assert list(no.context["cl"].result_list) == [original]
    assert list(review.context["cl"].result_list) == [copy]


def test_the_copys_change_page_shows_the_warning_and_links_the_original(
    editor_client, original, copy, django_assert_num_queries
):
    editor_client.get(change_url(copy))  # per-process caches (content types) don't count
    percent = copy.warnings[0]["similarity"]

    # session, user, the speech, user permissions, group permissions, section count, the
    # sections for their inline, the sections for the quote inline's choices, the quotes,
    # the speech it may copy, its possible duplicates (none)
    with django_assert_num_queries(11):
        page = editor_client.get(change_url(copy)).content.decode()

    assert f"疑似与《{TITLE}》（#{original.pk}）重复：标题相同，正文相似度 {percent}%" in page
    assert "疑似重复于" in page
    assert (
        f'<a href="{change_url(original)}">《{TITLE}》（#{original.pk}）</a>，正文相似度 {percent}%'
    ) in page
    assert 'name="duplicate_of"' not in page  # read-only: the importer sets it


def test_the_originals_change_page_links_its_copies(editor_client, original, copy):
    page = editor_client.get(change_url(original)).content.decode()

    assert "疑似重复稿" in page
    assert f'<a href="{change_url(copy)}">《{TITLE}》（#{copy.pk}）</a>' in page


def test_an_editor_saving_the_copy_keeps_its_link_to_the_original(editor_client, original, copy):
    data = change_form_data(copy)
    data["meeting"] = "县委统战领导小组会议"

    response = editor_client.post(change_url(copy), data)

    assert response.status_code == 302, response.content.decode()
    copy.refresh_from_db()
    assert copy.meeting == "县委统战领导小组会议"
    assert copy.duplicate_of == original
