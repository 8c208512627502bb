"""Response headers and logs a production deployment relies on."""

import json
import logging

import pytest
from django.urls import reverse

from speecharchive.logs import JsonFormatter

pytestmark = pytest.mark.django_db


def csp_directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())


@pytest.mark.parametrize("url", ["/accounts/login/", "/", "/quotes/", "/search/?q=统战", "/admin/"])
def test_every_page_has_a_content_security_policy_without_inline_code(staff_client, url):
    response = staff_client.get(url, follow=True)
    directives = csp_directives(response)
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_every_page_has_a_permissions_policy(client):
    policy = client.get("/accounts/login/")["Permissions-Policy"]
    assert "camera=()" in policy
    assert "geolocation=()" in policy
    assert "clipboard-write=(self)" in policy  # the reader copies passages


@pytest.mark.parametrize(
    "template",
    ["base.html", "registration/login.html", "error.html", "speeches/quotes.html"],
)
def test_our_templates_hold_no_inline_script_or_style(template):
    from django.template.loader import get_template

    source = get_template(template).template.source
    assert "<style" not in source
    assert " style=" not in source
    assert "<script>" not in source
    assert " on" + "click=" not in source


def test_json_log_lines_are_one_object_per_line_with_the_traceback_inside():
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "失败 %s", ("a",), sys.exc_info()
        )
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["message"] == "失败 a"
    assert "ValueError: boom" in entry["exception"]


def test_a_foreign_host_header_is_logged_without_a_traceback():
    logger = logging.getLogger("django.security.DisallowedHost")
    handler = next(h for h in logger.handlers if h.filters)
    try:
        raise ValueError("Invalid HTTP_HOST header")
    except ValueError:
        import sys

        record = logging.LogRecord(
            logger.name, logging.ERROR, __file__, 1, "bad host", (), sys.exc_info()
        )
    assert handler.filter(record)
    assert "\n" not in handler.format(record)


def test_log_format_json_is_read_from_the_environment():
    from .test_settings import run_manage

    result = run_manage(
        "shell",
        "-c",
        "import logging; logging.getLogger('speecharchive').warning('你好')",
        DJANGO_DEBUG="1",
        LOG_FORMAT="json",
    )
    assert result.returncode == 0, result.stderr
    entry = json.loads(result.stderr.strip().splitlines()[-1])
    assert entry["message"] == "你好"
    assert entry["logger"] == "speecharchive"


def test_an_unknown_log_format_is_an_error_naming_it():
    from .test_settings import run_manage

    result = run_manage("check", DJANGO_DEBUG="1", LOG_FORMAT="xml")
    assert result.returncode != 0
    assert "LOG_FORMAT must be text or json" in result.stderr


def test_healthz_is_exempt_from_the_https_redirect(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    assert client.get(reverse("healthz")).status_code == 200
    assert client.get(reverse("login")).status_code == 301
