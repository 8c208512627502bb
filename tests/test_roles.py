"""Roles: 编辑 (editors) edit, staff viewers only read the site, superusers administer."""

import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command

from .admin_helpers import change_url, make_editor
from .factories import make_section, make_speech, make_user


@pytest.fixture
def speech(db):
    speech = make_speech("在全县统战工作会议上的讲话")
    make_section(speech, position=1, anchor="s1", number="一、", heading="提高站位")
    return speech


def test_the_migration_gives_editors_exactly_their_permissions(db):
    codenames = set(Group.objects.get(name="编辑").permissions.values_list("codename", flat=True))

    assert codenames == {
        "view_speech",
        "change_speech",
        "view_section",
        "change_section",
        "add_section",
        "delete_section",
        "view_quote",
        "change_quote",
        "add_quote",
        "delete_quote",
    }


def test_an_editor_can_open_and_change_a_speech(client, speech):
    client.force_login(make_editor())

    assert client.get("/admin/speeches/speech/").status_code == 200
    assert client.get(change_url(speech)).status_code == 200
    assert client.get(f"/admin/speeches/speech/{speech.pk}/history/").status_code == 200


def test_an_editor_cannot_delete_or_add_a_speech(client, speech):
    client.force_login(make_editor())

    assert client.get(f"/admin/speeches/speech/{speech.pk}/delete/").status_code == 403
    assert (
        client.post(f"/admin/speeches/speech/{speech.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert client.get("/admin/speeches/speech/add/").status_code == 403  # importer only
    assert speech.__class__.objects.filter(pk=speech.pk).exists()


def test_an_editor_cannot_manage_users_or_groups(client, db):
    client.force_login(make_editor())

    assert client.get("/admin/auth/user/").status_code == 403
    assert client.get("/admin/auth/group/").status_code == 403
    assert "/admin/auth/" not in client.get("/admin/").content.decode()


def test_an_editor_sees_the_edit_link_on_the_staff_page(client, speech):
    client.force_login(make_editor())

    page = client.get(speech.get_absolute_url()).content.decode()

    assert change_url(speech) in page


def test_a_staff_viewer_reads_the_site_but_not_the_admin(client, speech):
    client.force_login(make_user("reader"))

    assert client.get(speech.get_absolute_url()).status_code == 200
    assert change_url(speech) not in client.get(speech.get_absolute_url()).content.decode()
    response = client.get(change_url(speech))
    assert response.status_code == 302 and response.url.startswith("/admin/login/")


def test_a_superuser_can_delete_a_speech_and_manage_users(client, speech):
    client.force_login(make_user("admin", is_staff=True, is_superuser=True))

    assert client.get("/admin/auth/user/").status_code == 200
    response = client.post(f"/admin/speeches/speech/{speech.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not speech.__class__.objects.exists()


def test_createeditor_makes_a_new_staff_editor_without_a_usable_password(db):
    out = io.StringIO()

    call_command("createeditor", "lihua", "--email", "li@example.org", stdout=out)

    user = User.objects.get(username="lihua")
    assert user.is_staff and not user.is_superuser
    assert not user.has_usable_password()
    assert user.has_perm("speeches.change_section")
    assert not user.has_perm("speeches.delete_speech")
    assert "changepassword lihua" in out.getvalue()


def test_createeditor_promotes_an_existing_user(db):
    make_user("wang")

    call_command("createeditor", "wang", stdout=io.StringIO())

    user = User.objects.get(username="wang")
    assert user.is_staff and user.groups.filter(name="编辑").exists()
    assert user.check_password("pw-for-tests-only")


def test_createeditor_explains_a_missing_group(db):
    Group.objects.filter(name="编辑").delete()

    with pytest.raises(CommandError, match="migrate"):
        call_command("createeditor", "zhao", stdout=io.StringIO())
