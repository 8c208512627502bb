"""`make serve` runs the production configuration (DEBUG off, gunicorn, collected static files,
a generated secret key) on the suite's kind of database; probed over HTTP like a browser."""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from .scratch import ROOT, environment, free_port, manage, scratch_database, stop_group

STARTUP_SECONDS = 120


class Site:
    def __init__(self, base: str):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect
        )

    def request(self, path: str, data: dict | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers or {})
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("serve")
    port = free_port()
    with scratch_database(tmp_path) as database_url:
        env = environment(
            DATABASE_URL=database_url,
            HOST_PORT=f"127.0.0.1:{port}",
            SECRET_KEY_FILE=str(tmp_path / "secret-key"),
        )
        log = (tmp_path / "serve.log").open("w+")
        # -o: the virtualenv is the one running this test; make must not reinstall it.
        process = subprocess.Popen(
            ["make", "--no-print-directory", "-o", ".venv/.installed-stamp", "serve"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        site = Site(f"http://127.0.0.1:{port}")
        try:
            deadline = time.monotonic() + STARTUP_SECONDS
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    pytest.fail(f"make serve exited with {process.returncode}:\n{log.read()}")
                try:
                    if site.request("/healthz")[0] == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"make serve did not answer in {STARTUP_SECONDS} s:\n{log.read()}")
                time.sleep(0.25)
            site.env = env
            site.secret_key_file = tmp_path / "secret-key"
            site.log_path = tmp_path / "serve.log"
            yield site
        finally:
            stop_group(process)
            log.close()


def test_it_answers_the_health_check(served):
    status, _, body = served.request("/healthz")
    assert status == 200
    assert json.loads(body)["status"] == "ok"


def test_it_generated_a_secret_key_file_readable_by_the_owner_only(served):
    key = served.secret_key_file.read_text().strip()
    assert len(key) >= 50
    assert served.secret_key_file.stat().st_mode & 0o077 == 0


def test_it_runs_gunicorn_with_workers_from_the_cpu_count(served):
    from speecharchive.gunicorn_conf import default_workers

    deadline = time.monotonic() + 30  # the first worker may answer before the last boots
    while served.log_path.read_text().count("Booting worker") < default_workers():
        assert time.monotonic() < deadline, served.log_path.read_text()
        time.sleep(0.2)
    log = served.log_path.read_text()
    assert "Starting gunicorn" in log
    assert log.count("Booting worker") == default_workers()
    assert "warmed up in" in log


def test_debug_is_off_an_unknown_page_is_the_chinese_404(served):
    status, _, body = served.request("/no-such-page/")
    assert status == 404
    assert "找不到该页面" in body
    assert "DEBUG = True" not in body and "URLconf" not in body


def test_it_serves_the_collected_static_files_with_hashed_names(served):
    _, _, body = served.request("/accounts/login/")
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body)
    assert css, "the stylesheet is not the collected, hashed copy"
    status, headers, _ = served.request(css.group(1))
    assert status == 200
    assert "max-age=315360000" in headers["Cache-Control"]


def test_it_sends_the_security_headers(served):
    status, headers, _ = served.request("/accounts/login/", headers={"X-Forwarded-Proto": "https"})
    assert status == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "camera=()" in headers["Permissions-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_a_foreign_host_is_refused(served):
    status, _, body = served.request("/accounts/login/", headers={"Host": "evil.example"})
    assert status == 400
    assert "请求有误" in body


def test_a_user_logs_in_and_reads_the_archive(served):
    env = {**served.env, "DJANGO_DEBUG": "1"}
    created = manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User; "
        "User.objects.create_user('reader', password='Serve-test-pw-1')",
        env=env,
    )
    assert created.returncode == 0, created.stderr
    imported = manage("import_speeches", "seeds/", env=env)
    assert imported.returncode == 0, imported.stderr

    _, _, login_page = served.request("/accounts/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page).group(1)
    status, _, _ = served.request(
        "/accounts/login/",
        {"username": "reader", "password": "Serve-test-pw-1", "csrfmiddlewaretoken": token},
        headers={"Referer": served.base + "/accounts/login/"},
    )
    assert status == 302, "login failed"
    status, _, page = served.request("/")
    assert status == 200
    assert "讲话稿" in page and "共 1 篇" in page
    status, _, results = served.request("/search/?" + urllib.parse.urlencode({"q": "工作"}))
    assert status == 200
    assert "<mark" in results  # a hit, highlighted


def test_workers_default_to_twice_the_cpus_plus_one(monkeypatch):
    import importlib

    import speecharchive.gunicorn_conf as conf

    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2})
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    assert importlib.reload(conf).workers == 7
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    assert importlib.reload(conf).workers == 3
    monkeypatch.setenv("WEB_CONCURRENCY", "many")
    with pytest.raises(SystemExit, match="WEB_CONCURRENCY must be a positive integer"):
        importlib.reload(conf)


def test_the_warm_up_builds_what_the_first_search_would():
    from speeches.search.tokens import _run_re, _separator_class
    from speeches.warmup import warm_up

    _separator_class.cache_clear()
    _run_re.cache_clear()
    warm_up(database=False)  # what gunicorn's master runs before it forks the workers
    assert _separator_class.cache_info().currsize == 1
    assert _run_re.cache_info().currsize == 1
