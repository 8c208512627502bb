import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command


@pytest.fixture
def project_dir(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    return tmp_path


def run():
    out = io.StringIO()
    call_command("ensure_local_admin", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_it_creates_an_admin_with_a_random_password_and_says_how_to_log_in(project_dir):
    out = run()

    password = (project_dir / ".local-admin-password").read_text().strip()
    admin = User.objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password(password)
    assert len(password) >= 16
    assert f"as admin / {password}" in out
    assert oct((project_dir / ".local-admin-password").stat().st_mode & 0o777) == "0o600"


@pytest.mark.django_db
def test_running_it_twice_keeps_one_admin_and_the_same_password(project_dir):
    first = run()
    second = run()

    assert User.objects.filter(is_superuser=True).count() == 1
    assert first.splitlines()[-1] == second.splitlines()[-1]
    assert "Created" not in second


@pytest.mark.django_db
def test_two_installations_get_different_passwords(project_dir, tmp_path_factory, settings):
    run()
    first = (project_dir / ".local-admin-password").read_text()
    User.objects.all().delete()
    settings.BASE_DIR = tmp_path_factory.mktemp("other")
    run()

    assert (settings.BASE_DIR / ".local-admin-password").read_text() != first


@pytest.mark.django_db
def test_it_creates_nothing_when_a_superuser_exists(project_dir):
    User.objects.create_superuser("chief", password="chief-secret-pw")

    out = run()

    assert not User.objects.filter(username="admin").exists()
    assert "changepassword" in out


@pytest.mark.django_db
def test_it_says_the_address_make_run_serves_on(project_dir, monkeypatch):
    monkeypatch.setenv("HOST_PORT", "127.0.0.1:8799")
    assert "Log in at http://127.0.0.1:8799/ as admin / " in run()
    monkeypatch.delenv("HOST_PORT")
    assert "Log in at http://127.0.0.1:8000/ as admin / " in run()
