"""Real-browser tests: Playwright for Python driving the system Chromium.

Run in their own pytest process (see the Makefile): Playwright's sync API runs an event loop in
this thread, which Django's async-safety checks would otherwise refuse.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail
from tests.factories import make_user

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
AXE_JS = Path(
    os.environ.get("AXE_CORE_JS")
    or Path(__file__).resolve().parents[2] / ".venv/node/node_modules/axe-core/axe.min.js"
)
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}

# Chromium as root on a closed network: no sandbox, and no background calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        skip_or_fail(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def context(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport=DESKTOP, locale="zh-CN", timezone_id="Asia/Shanghai"
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def user_password():
    return "pw-for-tests-only"


@pytest.fixture
def logged_in_page(page, transactional_db, user_password):
    """A page whose session belongs to a fresh staff user, logged in through the real form."""
    make_user("reader")
    login(page, "reader", user_password)
    return page


def login(page, username: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    page.wait_for_load_state("networkidle")


def screenshot(page, name: str) -> None:
    """Desktop and phone screenshots of the current page into artifacts/ (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=ARTIFACTS / f"{name}-desktop.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=ARTIFACTS / f"{name}-phone.png", full_page=True)
    page.set_viewport_size(DESKTOP)


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """Run axe-core in the page and return the violations of the given impacts."""
    if not AXE_JS.exists():
        skip_or_fail(f"axe-core not found at {AXE_JS} (make installs it with npm)")
    # Evaluated by the browser's debugger, not as an inline <script> the page's
    # Content-Security-Policy would refuse.
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in impacts
    ]
