"""Stage directions (（鼓掌）, （全场起立）…) are detected once, by the parser; the importer stores
them with the section, the page mutes what is stored, an edit of the text finds them again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from speeches import importer
from speeches.models import Section

pytestmark = pytest.mark.django_db

TEXT = """在全县经济工作会议上的讲话
同志们：
今天召开全县经济工作会议。（鼓掌）下面我讲三点意见。
一、坚定信心
要坚定发展信心（热烈鼓掌），鼓足干劲。
二、狠抓落实
要把各项任务落到实处（全场起立）。本条（试行）另有规定。
同志们，让我们共同努力！
"""


@pytest.fixture
def imported(tmp_path, settings):
    path = tmp_path / "speech.txt"
    path.write_text(TEXT, encoding="utf-8")
    outcome = importer.import_file(path, max_bytes=settings.IMPORT_MAX_BYTES)
    return outcome.speeches[0].speech


def test_the_importer_stores_the_parsers_stage_directions_at_their_offsets(imported):
    stored = {
        text: section
        for section in Section.objects.filter(speech=imported)
        for _, text in section.stage_directions
    }
    assert set(stored) == {"（鼓掌）", "（热烈鼓掌）", "（全场起立）"}  # not （试行）
    for text, section in stored.items():
        position = next(p for p, t in section.stage_directions if t == text)
        assert section.text[position : position + len(text)] == text


def test_the_page_mutes_what_is_stored(staff_client, imported):
    html = staff_client.get(reverse("speeches:detail", args=[imported.pk])).content.decode()
    for text in ("（鼓掌）", "（热烈鼓掌）", "（全场起立）"):
        assert f'<span class="stage">{text}</span>' in html
    assert '<span class="stage">（试行）' not in html and "（试行）" in html


def test_an_edit_of_the_text_finds_them_again(imported):
    from speeches.editing.derive import sections_changed

    section = next(s for s in Section.objects.filter(speech=imported) if s.stage_directions)
    section.body = "新的正文（起立鼓掌）到此。"
    section.save()
    sections_changed(imported, [section])
    section.refresh_from_db()
    assert [text for _, text in section.stage_directions] == ["（起立鼓掌）"]
