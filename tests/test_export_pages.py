"""The download and copy buttons on the pages: the detail page's tools, the list's and the
search results' bulk downloads carrying the page's own parameters."""

import pytest
from django.urls import reverse

from .factories import make_speech
from .search_helpers import speech_with

pytestmark = pytest.mark.django_db


def html(client, url, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_detail_page_links_every_download(staff_client):
    speech = make_speech()
    page = html(staff_client, speech.get_absolute_url())
    base = f"/speeches/{speech.pk}/download"
    for href in (
        f"{base}/docx/",
        f"{base}/md/",
        f"{base}/txt/",
        f"{base}/txt/?encoding=gb18030",
        f"{base}/docx/?outline=1",
        f"{base}/md/?outline=1",
        f"{base}/txt/?outline=1",
    ):
        assert f'href="{href}"' in page


def test_the_copy_all_and_outline_buttons_wait_for_the_script(staff_client):
    page = html(staff_client, make_speech().get_absolute_url())
    assert '<p class="speech-tools__row speech-tools__copy" hidden>' in page
    assert 'data-copy="full">复制全文</button>' in page
    assert 'data-copy="outline">复制提纲</button>' in page


def test_the_list_offers_its_filtered_speeches_without_the_page_number(staff_client):
    make_speech(level="县")
    page = html(staff_client, reverse("speeches:list"), level="县", page="1")
    assert 'href="/export/catalogue/?level=%E5%8E%BF">下载目录（Excel）</a>' in page
    assert 'href="/export/archive/?level=%E5%8E%BF">打包下载（Word）</a>' in page
    assert 'href="/export/archive/?level=%E5%8E%BF&amp;format=md">打包下载（Markdown）</a>' in page


def test_above_the_cap_the_list_says_so_instead_of_linking(staff_client, monkeypatch):
    monkeypatch.setattr("speeches.templatetags.export_tags.ZIP_MAX", 2)
    for n in range(3):
        make_speech(f"讲话{n}")
    page = html(staff_client, reverse("speeches:list"))
    assert "/export/archive/" not in page
    assert (
        '<span class="tool-link tool-link--disabled" aria-disabled="true">打包下载</span>' in page
    )
    assert "共 3 篇，超过打包上限 2 篇：请增加筛选条件后再打包下载。" in page
    assert 'href="/export/catalogue/">下载目录（Excel）</a>' in page


def test_the_search_results_offer_the_searched_speeches(staff_client):
    speech_with("在全县统战工作会议上的讲话", "要做好统战工作。")
    page = html(staff_client, reverse("speeches:search"), q="统战", level="县")
    assert 'href="/export/catalogue/?q=%E7%BB%9F%E6%88%98&amp;level=%E5%8E%BF">' in page
    assert 'href="/export/archive/?q=%E7%BB%9F%E6%88%98&amp;level=%E5%8E%BF">' in page
