"""The delete pages of a section and of a quote check the speech version the editor loaded."""

import pytest
from django.test import Client
from django.urls import reverse

from speeches.models import Quote, Section, Speech

from .admin_helpers import change_form_data, change_url, make_editor
from .factories import make_quote, make_section, make_speech


@pytest.fixture
def speech(db):
    speech = make_speech("在全县统战工作会议上的讲话")
    make_section(speech, position=1, anchor="s1", number="一、", heading="提高站位", body="甲段。")
    second = make_section(
        speech, position=2, anchor="s2", number="二、", heading="压实责任", body="乙段“法宝”。"
    )
    make_quote(second, text="法宝", position=second.text.index("法宝"), speaker="某同志")
    return speech


@pytest.fixture
def two_editors(db):
    first, second = Client(), Client()
    first.force_login(make_editor("first"))
    second.force_login(make_editor("second"))
    return first, second


def delete_url(obj) -> str:
    return f"/admin/speeches/{obj._meta.model_name}/{obj.pk}/delete/"


@pytest.mark.parametrize("model", [Section, Quote])
def test_the_delete_page_carries_the_loaded_version_and_deletes_with_a_reason(
    two_editors, speech, model
):
    first, _ = two_editors
    obj = model.objects.order_by("-pk").first()
    page = first.get(delete_url(obj)).content.decode()
    assert 'name="speech_version" value="1"' in page and "修改原因" in page

    response = first.post(
        delete_url(obj), {"post": "yes", "speech_version": "1", "change_reason": "重复内容"}
    )

    assert response.status_code == 302
    assert not model.objects.filter(pk=obj.pk).exists()
    assert (
        model.history.filter(id=obj.pk, history_type="-")
        .get()
        .history_change_reason.endswith("重复内容")
    )
    assert Speech.objects.get().version == 2


@pytest.mark.parametrize("model", [Section, Quote])
def test_a_delete_page_opened_before_another_edit_refuses_to_delete(two_editors, speech, model):
    first, second = two_editors
    obj = model.objects.order_by("-pk").first()
    assert 'value="1"' in second.get(delete_url(obj)).content.decode()  # second opens it
    data = change_form_data(speech)
    data["meeting"] = "第一位编辑改了会议名称"
    assert first.post(change_url(speech), data).status_code == 302

    response = second.post(delete_url(obj), {"post": "yes", "speech_version": "1"}, follow=True)

    assert "删除失败：在您打开删除页面后，其他编辑已保存" in response.content.decode()
    assert (
        response.redirect_chain[-1][0]
        == f"/admin/speeches/{model._meta.model_name}/{obj.pk}/change/"
    )
    assert model.objects.filter(pk=obj.pk).exists()
    assert Speech.objects.get().version == 2


def test_a_delete_without_the_version_is_refused(two_editors, speech):
    first, _ = two_editors
    quote = Quote.objects.get()

    first.post(delete_url(quote), {"post": "yes"})

    assert Quote.objects.filter(pk=quote.pk).exists()


@pytest.mark.parametrize("model", ["section", "quote"])
def test_the_lists_offer_no_bulk_delete_that_would_skip_the_version_check(client, speech, model):
    client.force_login(make_editor())
    response = client.get(reverse(f"admin:speeches_{model}_changelist"))
    assert response.status_code == 200
    assert 'value="delete_selected"' not in response.content.decode()
