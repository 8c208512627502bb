import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from speeches.models import Section, Speech

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_c78fcdc5d01df34d.txt"


def reparse(*args):
    out = io.StringIO()
    call_command("reparse", *map(str, args), stdout=out)
    return out.getvalue()


@pytest.fixture
def seed_speech(db):
    call_command("import_speeches", str(SEED), stdout=io.StringIO())
    return Speech.objects.get()


def damage(speech):
    """Stand-in for a structure stored by an older parser: a heading cut short, a section gone."""
    speech.sections.filter(anchor="s1").update(heading="做好新时代统战工作")
    speech.sections.filter(anchor="s3-4").delete()


def test_it_leaves_a_speech_the_current_parser_agrees_with_alone(seed_speech):
    history = Section.history.count()

    out = reparse()

    assert out.strip().splitlines()[-1] == "changed 0, unchanged 1, skipped 0"
    assert Section.history.count() == history


def test_it_restores_the_structure_the_current_parser_finds(seed_speech):
    damage(seed_speech)

    out = reparse(seed_speech.pk)

    assert f"changed #{seed_speech.pk}" in out
    assert out.strip().splitlines()[-1] == "changed 1, unchanged 0, skipped 0"
    assert seed_speech.sections.get(anchor="s1").heading == (
        "做好新时代统战工作，必须坚定不移坚持和加强党的领导"
    )
    assert seed_speech.sections.get(anchor="s3-4").heading == "提高统战工作宣传力"
    assert Section.history.filter(anchor="s3-4", history_change_reason="reparse").exists()


def test_dry_run_reports_the_change_and_writes_nothing(seed_speech):
    damage(seed_speech)

    out = reparse("--dry-run")

    assert f"would change #{seed_speech.pk}" in out
    assert seed_speech.sections.get(anchor="s1").heading == "做好新时代统战工作"
    assert not seed_speech.sections.filter(anchor="s3-4").exists()


def test_it_lists_and_skips_speeches_an_editor_changed(seed_speech):
    damage(seed_speech)
    Section.objects.filter(speech=seed_speech, anchor="s2").update(edited_at=timezone.now())

    out = reparse()

    assert f"skipped #{seed_speech.pk} {seed_speech.title}: changed by an editor" in out
    assert out.strip().splitlines()[-1] == "changed 0, unchanged 0, skipped 1"
    assert seed_speech.sections.get(anchor="s1").heading == "做好新时代统战工作"


def test_include_edited_restores_the_rest_and_keeps_the_editors_section(seed_speech):
    damage(seed_speech)
    seed_speech.sections.filter(anchor="s2").update(
        heading="编辑改过的标题", edited_at=timezone.now()
    )

    out = reparse("--include-edited")

    assert f"changed #{seed_speech.pk} {seed_speech.title} (kept editor changes in s2)" in out
    assert seed_speech.sections.get(anchor="s2").heading == "编辑改过的标题"
    assert seed_speech.sections.get(anchor="s1").heading.endswith("坚持和加强党的领导")
    assert seed_speech.sections.filter(anchor="s3-4").exists()
    # Only the editor's section differs from the parse now: a second run leaves it alone.
    assert (
        reparse("--include-edited").strip().splitlines()[-1] == "changed 0, unchanged 1, skipped 0"
    )


def test_force_replaces_the_editors_section_and_the_history_keeps_it(seed_speech):
    seed_speech.sections.filter(anchor="s2").update(
        heading="编辑改过的标题", edited_at=timezone.now()
    )
    section = seed_speech.sections.get(anchor="s2")
    section.save()  # a history row holding the editor's heading

    out = reparse("--force")

    assert out.strip().splitlines()[-1] == "changed 1, unchanged 0, skipped 0"
    assert seed_speech.sections.get(anchor="s2").heading != "编辑改过的标题"
    assert Section.history.filter(speech=seed_speech, heading="编辑改过的标题").exists()


def test_a_reparse_moves_the_version_on_so_an_open_admin_form_cannot_overwrite_it(seed_speech):
    version = seed_speech.version
    damage(seed_speech)

    reparse()

    seed_speech.refresh_from_db()
    assert seed_speech.version == version + 1


def test_an_unknown_id_is_an_error_naming_it(seed_speech):
    with pytest.raises(CommandError, match="no speech with id 999999"):
        reparse(999999)
