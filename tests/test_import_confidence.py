"""A guess the parser is not sure of reaches the editors: the speech is 待复核 with a Chinese reason."""

import pytest

from speeches.models import Speech

from .admin_helpers import change_url
from .test_import_command import run_import

GUESSED_SPEAKER = "\n".join(
    [
        "在全县春季植树造林动员大会上的讲话",
        "作者：刘宏远",
        "同志们：",
        "今天召开这次大会，部署今年的植树造林工作。下面，我讲两点意见。",
        "一、提高认识",
        "要把植树造林作为建设生态文明的重要抓手，切实抓紧抓好。",
        "二、狠抓落实",
        "要细化任务分工，明确时间节点，确保各项工作落到实处。",
    ]
)
SURE = GUESSED_SPEAKER.replace("作者：刘宏远", "县委书记　刘宏远")


def import_text(tmp_path, name, text, encoding="gb18030"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    code, _, err = run_import(path)
    assert code == 0, err
    return Speech.objects.get(source_name=name)


@pytest.mark.django_db
def test_a_guessed_speaker_puts_the_speech_on_the_review_list(tmp_path, editor_client):
    speech = import_text(tmp_path, "byline.txt", GUESSED_SPEAKER)

    assert speech.speaker_name == "刘宏远"
    assert speech.needs_review
    assert [w["code"] for w in speech.warnings] == ["low_confidence_speaker"]
    listed = editor_client.get("/admin/speeches/speech/?needs_review__exact=1")
    assert speech.title in listed.content.decode()
    page = editor_client.get(change_url(speech)).content.decode()
    assert "讲话人是推测的，请核对：刘宏远" in page


@pytest.mark.django_db
def test_a_speaker_line_under_the_title_is_not_a_guess(tmp_path):
    speech = import_text(tmp_path, "sure.txt", SURE, encoding="utf-8")

    assert (speech.speaker_role, speech.speaker_name) == ("县委书记", "刘宏远")
    assert not speech.needs_review
    assert speech.warnings == []
