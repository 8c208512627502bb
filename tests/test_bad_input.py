"""Bad input never makes a 500: every admin list filter and every public page's parameters,
with values a fuzzer or a mangled link sends (run on SQLite and on PostgreSQL by CI)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import RequestFactory
from django.urls import reverse

from speeches.models import Quote, Section, Speech

from .factories import make_placeholder, make_quote, make_speech

pytestmark = pytest.mark.django_db

# Raw query-string values: a NUL, a byte that is not UTF-8, 10,000 characters, negative and huge
# numbers, a number out of any range, text where a number or a choice is expected.
BAD_VALUES = [
    "%00",
    "%ff",
    quote("字" * 10_000),
    "-1",
    "-99999999999999999999",
    "99999999999999999999",
    "1e999",
    "abc",
    quote("不存在的选项"),
]
# Ids in paths: what a hand-edited admin URL holds.
BAD_IDS = ["abc", "%ff", "-1", "99999999999999999999", "1.5", "x" * 10_000]
# Parameters every admin changelist reads besides its filters.
CHANGELIST_PARAMS = ["q", "o", "p", "all", "e", "_to_field", "_popup"]
PUBLIC_PAGES = {
    "speeches:list": [
        "year",
        "year_min",
        "year_max",
        "level",
        "genre",
        "organisation",
        "meeting",
        "quoted",
        "has_placeholders",
        "needs_review",
        "sort",
        "page",
    ],
    "speeches:search": ["q", "sort", "page", "year", "level", "genre", "quoted", "needs_review"],
    "speeches:quotes": ["speaker", "text", "page"],
    "speeches:slogans": ["text", "page"],
    "login": ["next"],
    "healthz": ["x"],
}


@pytest.fixture
def archive(db):
    speech = make_speech("在全县经济工作会议上的讲话", sections=2, quotes_per_section=1)
    section = speech.sections.first()
    make_quote(section, text="两个维护", kind=Quote.Kind.SLOGAN, speaker="", position=3)
    make_placeholder(section)
    return speech


@pytest.fixture
def admin_client(client, archive):
    user = User.objects.create_superuser("root", password="pw-for-tests-only")
    client.force_login(user)
    client.user = user
    return client


def assert_no_server_error(client, url: str, method: str = "get", data=None) -> None:
    response = getattr(client, method)(url, data) if data is not None else client.get(url)
    assert response.status_code < 500, f"{response.status_code} for {method.upper()} {url[:200]}"


def changelist_parameters(model_admin, user) -> list[str]:
    """Every query parameter the changelist's filters read, plus the general ones."""
    request = RequestFactory().get("/")
    request.user = user
    changelist = model_admin.get_changelist_instance(request)
    names = [name for spec in changelist.filter_specs for name in spec.expected_parameters()]
    return [*names, *CHANGELIST_PARAMS]


def registered_admins():
    return sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


def test_every_admin_changelist_filter_survives_bad_values(admin_client):
    checked = 0
    for model, model_admin in registered_admins():
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        for name in changelist_parameters(model_admin, admin_client.user):
            for value in BAD_VALUES:
                assert_no_server_error(admin_client, f"{url}?{name}={value}")
                checked += 1
    assert checked > 300  # every registered model's filters were walked


def test_the_section_list_link_from_a_speech_survives_bad_ids(admin_client):
    url = reverse("admin:speeches_section_changelist")
    for value in [*BAD_VALUES, *BAD_IDS]:
        assert_no_server_error(admin_client, f"{url}?speech__id__exact={value}")


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_admin_object_pages_survive_bad_ids(admin_client, view):
    for model, _ in registered_admins():
        opts = model._meta
        for bad in BAD_IDS:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist") + f"{bad}/{view}/"
            assert_no_server_error(admin_client, url)


@pytest.mark.parametrize("model", [Speech, Section, Quote])
def test_history_version_pages_survive_non_numeric_and_foreign_ids(admin_client, archive, model):
    obj = model.objects.filter(speech=archive).first() if model is not Speech else archive
    base = reverse(f"admin:speeches_{model._meta.model_name}_history", args=[obj.pk])
    other = model.history.exclude(id=obj.pk).values_list("history_id", flat=True).first() or 0
    for bad in ["abc", "%ff", "-1", "99999999999999999999", str(other), "1.5"]:
        response = admin_client.get(f"{base}{bad}/")
        assert response.status_code in {302, 404}, (bad, response.status_code)
    for bad in BAD_IDS:
        url = reverse(f"admin:speeches_{model._meta.model_name}_history", args=[bad])
        assert_no_server_error(admin_client, url)


@pytest.mark.parametrize("model", [Speech, Section])
def test_admin_actions_with_empty_or_bad_selections_never_fail(admin_client, archive, model):
    model_admin = admin.site._registry[model]
    url = reverse(f"admin:speeches_{model._meta.model_name}_changelist")
    actions = [name for name in model_admin.get_actions(_request(admin_client.user))]
    assert actions
    bad_posts = [
        {"_selected_action": ""},
        {"_selected_action": "abc"},
        {"_selected_action": ["1", ""]},
        {"_selected_action": "99999999999999999999"},
        {},
        {"_selected_action": str(archive.pk), "index": "abc"},
        {"_selected_action": str(archive.pk), "index": "-5"},
        {"_selected_action": str(archive.pk), "select_across": "abc"},
        {"_selected_action": str(archive.pk), "paragraph": "字" * 1000},
    ]
    for action in [*actions, "", "no_such_action"]:
        for data in bad_posts:
            response = admin_client.post(url, {"action": action, **data})
            assert response.status_code < 500, (action, data, response.status_code)


def test_admin_forms_refuse_a_nul_byte_with_a_400(admin_client, archive):
    url = reverse("admin:speeches_speech_change", args=[archive.pk])
    response = admin_client.post(url, {"title": "标题\x00"})
    assert response.status_code == 400
    response = admin_client.get(reverse("admin:speeches_speech_changelist") + "?level=%00")
    assert response.status_code == 400
    assert "请求有误" in response.content.decode()


def _request(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_every_public_page_survives_bad_parameter_values(admin_client, archive):
    checked = 0
    for name, params in PUBLIC_PAGES.items():
        url = reverse(name)
        for param in params:
            for value in BAD_VALUES:
                assert_no_server_error(admin_client, f"{url}?{param}={value}")
                checked += 1
    for value in BAD_VALUES:
        assert_no_server_error(admin_client, f"{archive.get_absolute_url()}?q={value}")
    assert checked > 200


def test_public_pages_survive_bad_values_before_login(client, archive):
    for name, params in PUBLIC_PAGES.items():
        for value in BAD_VALUES:
            assert_no_server_error(client, f"{reverse(name)}?{params[0]}={value}")


@pytest.mark.parametrize("bad", BAD_IDS)
def test_a_speech_page_with_a_bad_id_is_a_404(admin_client, bad):
    response = admin_client.get(f"/speeches/{bad}/")
    assert response.status_code == 404
