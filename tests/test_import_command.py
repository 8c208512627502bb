import codecs
import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from speeches import importer
from speeches.models import Placeholder, Quote, Section, Speech

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_c78fcdc5d01df34d.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
JUNK = [
    "仅供学习",
    "酷乐文行",
    "自建平台",
    "根据实际需求",
    "现在订阅",
    "打击倒卖",
    "举报倒卖",
    "会员群",
]


def run_import(*args):
    """Run import_speeches; return (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_speeches", *map(str, args), stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def row_counts():
    return (
        Speech.objects.count(),
        Section.objects.count(),
        Quote.objects.count(),
        Placeholder.objects.count(),
        Speech.history.count(),
        Section.history.count(),
    )


@pytest.fixture
def seed_copy(tmp_path):
    path = tmp_path / "seed.txt"
    shutil.copy(SEED, path)
    return path


@pytest.mark.django_db
class TestImportingTheSeed:
    def test_it_creates_one_speech_with_its_structure(self):
        code, out, _ = run_import(SEED)

        assert code == 0
        assert out.strip().endswith("created 1, unchanged 0, updated 0, failed 0")
        speech = Speech.objects.get()
        assert speech.title == "在县委统一战线工作领导小组2020年第一次会议上的讲话"
        assert speech.level == "县"
        assert speech.year == 2020
        assert speech.source_name == SEED.name
        assert speech.source_encoding == "utf-8"
        assert speech.raw_text == SEED_TEXT
        assert speech.sections.filter(level=1, kind="body").count() == 3
        assert speech.sections.filter(level=2).count() == 9
        assert speech.quotes.filter(kind="quotation", speaker="习近平总书记").count() == 3
        assert list(speech.placeholders.values_list("text", flat=True)) == ["XX", "XX"]
        # 一是努力提升多党合作制度效能。…: the heading reads cleanly and its 。 is not lost.
        sub_point = speech.sections.get(anchor="s2-1")
        assert (sub_point.number, sub_point.heading, sub_point.heading_end) == (
            "一是",
            "努力提升多党合作制度效能",
            "。",
        )

    def test_it_stores_quote_and_placeholder_positions_as_offsets_in_the_section_text(self):
        run_import(SEED)

        for quote in Quote.objects.select_related("section"):
            text = quote.section.text
            assert text[quote.position : quote.position + len(quote.text)] == quote.text
        for placeholder in Placeholder.objects.select_related("section"):
            text = placeholder.section.text
            assert text[placeholder.position : placeholder.position + 2] == "XX"

    def test_no_junk_line_reaches_any_field_but_the_raw_text(self):
        run_import(SEED)

        speech = Speech.objects.get()
        stored = [
            str(getattr(speech, field.attname))
            for field in Speech._meta.concrete_fields
            if field.attname != "raw_text"
        ]
        stored += [f"{s.number}{s.heading}{s.body}" for s in Section.objects.all()]
        stored += [q.text + q.speaker + q.source for q in Quote.objects.all()]
        for junk in JUNK:
            assert all(junk not in value for value in stored), junk
            assert junk in speech.raw_text

    def test_importing_the_same_file_again_is_unchanged_and_writes_nothing(self):
        run_import(SEED)
        before = row_counts()
        updated_at = Speech.objects.get().updated_at

        code, out, _ = run_import(SEED)

        assert code == 0
        assert "created 0, unchanged 1, updated 0, failed 0" in out
        assert row_counts() == before
        assert Speech.objects.get().updated_at == updated_at

    @pytest.mark.parametrize(
        ("encoding", "data"),
        [
            ("gb18030", SEED_TEXT.encode("gb18030")),
            ("utf-16", SEED_TEXT.replace("\n", "\r\n").encode("utf-16")),
            ("utf-8-sig", codecs.BOM_UTF8 + SEED_TEXT.encode("utf-8")),
        ],
    )
    def test_a_re_encoded_copy_of_the_seed_is_the_same_speech(self, tmp_path, encoding, data):
        run_import(SEED)
        copy = tmp_path / f"copy-{encoding}.txt"
        copy.write_bytes(data)

        code, out, _ = run_import(copy)

        assert code == 0
        assert "created 0, unchanged 1" in out
        assert Speech.objects.count() == 1

    def test_it_imports_a_folder_recursively(self, tmp_path):
        (tmp_path / "a" / "b").mkdir(parents=True)
        shutil.copy(SEED, tmp_path / "a" / "b" / "seed.txt")
        (tmp_path / "a" / "notes.md").write_text("不是讲话稿", encoding="utf-8")

        code, out, _ = run_import(tmp_path)

        assert code == 0
        assert "created 1" in out
        assert Speech.objects.get().source_name == "seed.txt"

    def test_dry_run_prints_the_outline_and_writes_nothing(self):
        code, out, _ = run_import(SEED, "--dry-run")

        assert code == 0
        assert Speech.objects.count() == 0
        assert "在县委统一战线工作领导小组2020年第一次会议上的讲话" in out
        assert "s2-5: 五是努力提高新时代统战工作质量" in out
        assert "quotation×1" in out
        assert "层级: 县" in out


@pytest.mark.django_db
class TestBadInput:
    def assert_rejected(self, path, reason):
        code, out, err = run_import(path)
        assert code == 1
        lines = err.strip().splitlines()
        assert lines == [f"ERROR {path}: {reason}"] or (
            len(lines) == 1 and lines[0].startswith(f"ERROR {path}: ") and reason in lines[0]
        )
        assert "failed 1" in out
        assert row_counts() == (0, 0, 0, 0, 0, 0)

    def test_a_missing_path_is_an_error(self, tmp_path):
        self.assert_rejected(tmp_path / "nope.txt", "no such file or folder")

    def test_a_folder_without_txt_files_is_an_error(self, tmp_path):
        (tmp_path / "readme.md").write_text("说明", encoding="utf-8")
        self.assert_rejected(tmp_path, "folder holds no .txt files")

    @pytest.mark.parametrize(
        ("content", "reason"),
        [
            (b"", "file is empty"),
            (b" \n\t\r\n", "file is empty"),
            ("\u3000\u3000\n".encode(), "file holds only whitespace"),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not text"),
            (b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive (docx/xlsx?)), not text"),
            (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", "binary file (PDF document), not text"),
            (
                b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00",
                "binary file (OLE document (doc/xls?)), not text",
            ),
            (b"text\x00with\x00nul", "binary content (NUL bytes), not text"),
            (b"Minutes of the meeting, in English only.", "does not read as Chinese text"),
        ],
    )
    def test_unreadable_files_are_rejected_with_a_reason(self, tmp_path, content, reason):
        path = tmp_path / "bad.txt"
        path.write_bytes(content)
        self.assert_rejected(path, reason)

    def test_a_file_larger_than_the_limit_is_rejected(self, tmp_path, settings):
        settings.IMPORT_MAX_BYTES = 1000
        path = tmp_path / "big.txt"
        shutil.copy(SEED, path)
        self.assert_rejected(path, "larger than the limit of 1,000")

    def test_a_failure_leaves_nothing_of_that_file_and_the_others_go_on(
        self, tmp_path, monkeypatch
    ):
        first, second = tmp_path / "a.txt", tmp_path / "b.txt"
        shutil.copy(SEED, first)
        second.write_text(SEED_TEXT.replace("散会", "散会！"), encoding="utf-8")
        calls = []
        real_reindex = importer.search.reindex_speech

        def fail_first(speech, **options):
            calls.append(speech.source_name)
            if speech.source_name == "a.txt":
                raise RuntimeError("disk full")
            real_reindex(speech, **options)

        monkeypatch.setattr(importer.search, "reindex_speech", fail_first)

        code, out, err = run_import(first, second)

        assert code == 1
        assert err.strip() == f"ERROR {first}: unexpected RuntimeError: disk full"
        assert "created 1, unchanged 0, updated 0, failed 1" in out
        speech = Speech.objects.get()
        assert speech.source_name == "b.txt"
        assert Section.objects.exclude(speech=speech).count() == 0
        assert Quote.objects.exclude(speech=speech).count() == 0
        assert Speech.history.exclude(id=speech.pk).count() == 0


@pytest.mark.django_db
class TestUpdating:
    def changed_copy(self, path):
        path.write_text(SEED_TEXT.replace("散会。", "散会。谢谢大家！"), encoding="utf-8")

    def test_a_changed_file_is_refused_without_update(self, seed_copy):
        run_import(seed_copy)
        speech = Speech.objects.get()
        self.changed_copy(seed_copy)

        code, _, err = run_import(seed_copy)

        assert code == 1
        assert err.strip() == (
            f"ERROR {seed_copy}: a different version of this file is already speech "
            f"#{speech.pk}; use --update to replace it"
        )
        assert Speech.objects.get().raw_text == SEED_TEXT

    def test_update_replaces_the_structure_in_place(self, seed_copy):
        run_import(seed_copy)
        speech = Speech.objects.get()
        self.changed_copy(seed_copy)

        code, out, _ = run_import(seed_copy, "--update")

        assert code == 0
        assert "created 0, unchanged 0, updated 1, failed 0" in out
        speech.refresh_from_db()
        assert "谢谢大家" in speech.sections.get(anchor="closing").body
        assert Speech.objects.count() == 1

    def test_update_keeps_the_reviewed_state_while_the_warnings_stay_the_same(self, seed_copy):
        from speeches import editing

        unbalanced = SEED_TEXT.replace("散会。", "散会。“未闭合")
        seed_copy.write_text(unbalanced, encoding="utf-8")
        run_import(seed_copy)
        speech = Speech.objects.get()
        assert speech.needs_review
        editing.mark_reviewed([speech])
        seed_copy.write_text(unbalanced.replace("同志们：", "同志们、朋友们："), encoding="utf-8")

        _, out, _ = run_import(seed_copy, "--update")

        assert "updated 1" in out
        speech.refresh_from_db()
        assert speech.salutation == "同志们、朋友们："
        assert speech.warnings and not speech.needs_review

    def test_new_warnings_put_a_reviewed_speech_back_on_the_review_list(self, seed_copy):
        from speeches import editing

        seed_copy.write_text(SEED_TEXT.replace("散会。", "散会。“未闭合"), encoding="utf-8")
        run_import(seed_copy)
        speech = Speech.objects.get()
        editing.mark_reviewed([speech])
        truncated = SEED_TEXT.replace("散会。", "散会。“未闭合").replace(
            "同志们：", "同志们：\n（此处省略500字）\n", 1
        )
        seed_copy.write_text(truncated, encoding="utf-8")

        run_import(seed_copy, "--update")

        speech.refresh_from_db()
        assert speech.needs_review
        assert [w["code"] for w in speech.warnings] == ["truncated", "unbalanced_quote"]

    def test_update_keeps_a_section_an_editor_changed_unless_forced(self, seed_copy):
        from django.utils import timezone

        run_import(seed_copy)
        section = Section.objects.get(anchor="s1")
        section.heading = "编辑修改过的标题"
        section.edited_at = timezone.now()
        section.save()
        self.changed_copy(seed_copy)

        code, out, _ = run_import(seed_copy, "--update")

        assert code == 0
        assert "kept editor changes in s1" in out
        assert Section.objects.get(anchor="s1").heading == "编辑修改过的标题"
        assert Section.objects.filter(speech__isnull=False).count() == 14
        reasons = list(
            Section.history.filter(id=section.pk).values_list("history_change_reason", flat=True)
        )
        assert "import: source changed, editor's text kept" in reasons

        seed_copy.write_text(SEED_TEXT.replace("散会。", "散会。再见！"), encoding="utf-8")
        run_import(seed_copy, "--update", "--force")

        assert Section.objects.get(anchor="s1").heading.startswith("做好新时代统战工作")
        assert Section.history.filter(heading="编辑修改过的标题").exists()
