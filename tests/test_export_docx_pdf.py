"""The Word download as LibreOffice renders it: converted to PDF, read back with poppler.

CI installs libreoffice-writer-nogui and poppler-utils (.ci/run); locally these tests skip without
them. The 公文 fonts (方正小标宋简体, 仿宋_GB2312 …) are not free: LibreOffice substitutes an
installed CJK font, so the PDF shows the layout, not the typefaces.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

from .export_helpers import download, expected_headings, make_layered_speech, no_space
from .factories import make_section, make_speech
from .speech_samples import make_realistic_speech

pytestmark = pytest.mark.django_db

TOOLS = ("soffice", "pdftotext", "pdfinfo")


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> Path:
    """One LibreOffice profile for the module: creating it is most of the first conversion."""
    return tmp_path_factory.mktemp("lo-profile")


@pytest.fixture
def to_pdf(profile, tmp_path):
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        skip_or_fail(
            f"{', '.join(missing)} not installed (apt: libreoffice-writer-nogui poppler-utils)"
        )

    def convert(content: bytes) -> Path:
        source = tmp_path / "speech.docx"
        source.write_bytes(content)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp_path),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return tmp_path / "speech.pdf"

    return convert


def pdf_text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", *args, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_info(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout


def test_the_pdf_shows_the_title_and_every_heading_in_order_on_a4(staff_client, to_pdf):
    for speech in (make_realistic_speech(), make_layered_speech()):
        pdf = to_pdf(download(staff_client, speech, "docx").content)
        info = pdf_info(pdf)
        assert "(A4)" in info, info
        text = no_space(pdf_text(pdf))
        assert text.startswith(no_space(speech.title))
        position = 0
        for heading in expected_headings(speech):
            found = text.find(no_space(heading), position)
            assert found > position, heading
            position = found
        assert "—1—" in text  # the page number


def test_a_full_page_holds_22_lines_of_28_characters(staff_client, to_pdf):
    speech = make_speech("版心测试", salutation="")
    # One long paragraph, no punctuation: no line-breaking rule moves a character.
    make_section(
        speech, position=1, kind="opening", anchor="opening", body="统一战线重要法宝" * 300
    )
    pdf = to_pdf(download(staff_client, speech, "docx").content)
    lines = [line.strip() for line in pdf_text(pdf, "-f", "2", "-l", "2").splitlines()]
    lines = [line for line in lines if line]
    assert re.fullmatch(r"—\s*2\s*—", lines[-1])  # the page number
    assert [len(line) for line in lines[:-1]] == [28] * 22


def test_the_outline_converts_too(staff_client, to_pdf):
    speech = make_layered_speech()
    pdf = to_pdf(download(staff_client, speech, "docx", outline="1").content)
    text = no_space(pdf_text(pdf))
    assert all(no_space(h) in text for h in expected_headings(speech))
    assert "各级党委" not in text
