"""The archive's data: a speech, its numbered sections, the quotes and placeholders inside them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, F, Func, OuterRef, Prefetch
from django.db.models.functions import Coalesce
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .prepared import PreparedQuery
from .search.fold import fold


class Level(models.TextChoices):
    NATIONAL = "全国", "全国"
    PROVINCE = "省", "省"
    CITY = "市", "市"
    COUNTY = "县", "县"
    DISTRICT = "区", "区"
    TOWNSHIP = "乡镇", "乡镇"
    VILLAGE = "村", "村"
    UNIT = "单位", "单位"
    UNKNOWN = "未知", "未知"


class Genre(models.TextChoices):
    SPEECH = "讲话", "讲话"
    ADDRESS = "致辞", "致辞"
    HOSTING = "主持词", "主持词"
    STATEMENT = "发言", "发言"
    SUMMARY = "总结讲话", "总结讲话"
    OUTLINE = "讲话提纲", "讲话提纲"
    PARTY_LECTURE = "党课", "党课"
    OTHER = "其他", "其他"


def title_key(title: str) -> str:
    """The title as near-duplicate detection compares it: whitespace removed, folded
    (traditional → simplified, full-width → half-width, case), so that 在全县 工作会议上的講話 and
    在全县工作会议上的讲话 are the same title."""
    return fold("".join(title.split()))[:500]


class YearOrZero(Func):
    """A speech's year, 0 when unknown. The constant is written into the SQL, not passed as a
    parameter, so that the expression in a query is the one in the speech_newest_first index."""

    template = "COALESCE(%(expressions)s, 0)"
    output_field = models.IntegerField()


class DateOrEarliest(Func):
    """A speech's date, 0001-01-01 when unknown (the constant in the SQL, as in YearOrZero)."""

    template = "COALESCE(%(expressions)s, '0001-01-01')"
    output_field = models.DateField()

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        template = "COALESCE(%(expressions)s, DATE '0001-01-01')"
        return self.as_sql(compiler, connection, template=template, **extra)


class YearOrLast(Func):
    """A speech's year, 9999 when unknown (the constant in the SQL, as in YearOrZero)."""

    template = "COALESCE(%(expressions)s, 9999)"
    output_field = models.IntegerField()


class DateOrLatest(Func):
    """A speech's date, 9999-12-31 when unknown (the constant in the SQL, as in YearOrZero)."""

    template = "COALESCE(%(expressions)s, '9999-12-31')"
    output_field = models.DateField()

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        template = "COALESCE(%(expressions)s, DATE '9999-12-31')"
        return self.as_sql(compiler, connection, template=template, **extra)


def _first_id(querysets: list[models.QuerySet]) -> Coalesce:
    """The id of the first row of the first of `querysets` that has one: the COALESCE of each
    one's first id (scalar subqueries, evaluated until one is not NULL)."""
    return Coalesce(*(models.Subquery(queryset.values("pk")[:1]) for queryset in querysets))


UNDATED = dt.date(1, 1, 1)  # DateOrEarliest's stand-in for an unknown date


def chronology() -> tuple[Func, Func, F]:
    """The key "newest first" sorts by, descending: year, date, id; unknown year or date as
    the earliest (so such speeches come last). Indexed as speech_newest_first."""
    return YearOrZero("year"), DateOrEarliest("date"), F("id")


# Newest first: by year, then date, then id, each descending; speeches without a year come last,
# and within a year those without a date. The same order on SQLite and PostgreSQL, read from the
# speech_newest_first index (no sort of the table). Oldest first keeps undated speeches last too
# (its own index, speech_oldest_first).
NEWEST_FIRST = [key.desc() for key in chronology()]
OLDEST_FIRST = [YearOrLast("year").asc(), DateOrLatest("date").asc(), F("id").asc()]


class SpeechQuerySet(models.QuerySet):
    def newest_first(self) -> SpeechQuerySet:
        """In NEWEST_FIRST order (the default; search, browse and exports ask for it)."""
        return self.order_by(*NEWEST_FIRST)

    def oldest_first(self) -> SpeechQuerySet:
        return self.order_by(*OLDEST_FIRST)

    def neighbours(self, speech: Speech) -> tuple[Speech | None, Speech | None]:
        """The speeches just after and just before `speech` in newest_first() order (the older
        and the newer one) in the whole archive, titles only, in one query compiled once
        (`NEIGHBOURS`)."""
        y, d = speech.year or 0, speech.date or UNDATED
        older = newer = None
        for row in NEIGHBOURS.raw(year=y, day=d, pk=speech.pk):
            # Which is which: their place in the order against this one.
            if (row.year or 0, row.date or UNDATED, row.pk) < (y, d, speech.pk):
                older = row
            else:
                newer = row
        return older, newer

    def with_counts(self):
        """Annotate section and quotation counts with one subquery each (no N+1 on lists)."""
        sections = (
            Section.objects.filter(speech=OuterRef("pk"))
            .order_by()
            .values("speech")
            .annotate(n=Count("pk"))
            .values("n")
        )
        quotations = (
            Quote.objects.filter(speech=OuterRef("pk"), kind=Quote.Kind.QUOTATION)
            .order_by()
            .values("speech")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            section_count=models.functions.Coalesce(models.Subquery(sections), 0),
            quotation_count=models.functions.Coalesce(models.Subquery(quotations), 0),
        )

    def with_outline(self):
        """Prefetch sections (in document order) with their quotes and placeholders."""
        return self.prefetch_related(
            Prefetch(
                "sections",
                queryset=Section.objects.order_by("position").prefetch_related(
                    Prefetch("quotes", queryset=Quote.objects.order_by("position")),
                    Prefetch("placeholders", queryset=Placeholder.objects.order_by("position")),
                ),
            )
        )

    def with_edit_flag(self):
        """Annotate `is_edited`: an editor changed the speech or any of its sections."""
        edited_sections = Section.objects.filter(speech=OuterRef("pk"), edited_at__isnull=False)
        return self.annotate(is_edited=models.Q(edited_at__isnull=False) | Exists(edited_sections))

    def with_duplicates(self):
        """The speech this one may copy (in the same query, without its text) and whether any
        speech may copy it (an EXISTS in the same query: most have none, and `copies()` then
        needs no query)."""
        return (
            self.select_related("duplicate_of")
            .defer("duplicate_of__raw_text", "duplicate_of__warnings")
            .annotate(has_copies=Exists(Speech.objects.filter(duplicate_of=OuterRef("pk"))))
        )

    def with_placeholders(self, present: bool = True):
        """The speeches holding a placeholder (XX, ×××), or with `present=False` those that don't."""
        held = Exists(Placeholder.objects.filter(speech=OuterRef("pk")))
        return self.filter(held if present else ~held)


# A speech's metadata: what the parser finds in the header and an editor may correct.
METADATA_FIELDS = (
    "title",
    "subtitle",
    "meeting",
    "organisation",
    "level",
    "year",
    "date",
    "speaker_name",
    "speaker_role",
    "genre",
    "salutation",
)


class Speech(models.Model):
    title = models.CharField("标题", max_length=500)
    subtitle = models.CharField("副标题", max_length=500, blank=True)
    meeting = models.CharField("会议名称", max_length=500, blank=True)
    organisation = models.CharField("召开机构", max_length=300, blank=True)
    level = models.CharField("层级", max_length=8, choices=Level.choices, default=Level.UNKNOWN)
    year = models.PositiveSmallIntegerField("年份", null=True, blank=True)
    date = models.DateField("日期", null=True, blank=True)
    speaker_name = models.CharField("讲话人", max_length=100, blank=True)
    speaker_role = models.CharField("讲话人职务", max_length=200, blank=True)
    genre = models.CharField("文种", max_length=8, choices=Genre.choices, default=Genre.SPEECH)
    salutation = models.CharField("称谓", max_length=200, blank=True)

    source_name = models.CharField("来源文件", max_length=500, blank=True)
    source_index = models.PositiveSmallIntegerField(
        "文件内序号", default=0, help_text="Position of this speech within a file holding several."
    )
    source_sha256 = models.CharField("内容哈希", max_length=64, unique=True)
    source_encoding = models.CharField("原始编码", max_length=20, blank=True)
    raw_text = models.TextField("原始文本", blank=True)
    char_count = models.PositiveIntegerField("字数", default=0)
    warnings = models.JSONField("解析提示", default=list, blank=True)
    needs_review = models.BooleanField("待复核", default=False, db_index=True)
    # Set by the importer when another speech has the same title and nearly the same text (a copy
    # from another site); the speech also gets a possible_duplicate warning. See importer.py.
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name="疑似重复于",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="possible_duplicates",
    )
    # title_key(title), kept in step by save(): near-duplicate candidates are found by an index
    # lookup on it (with char_count) instead of comparing titles across the archive.
    title_key = models.CharField("标题比对键", max_length=500, blank=True, editable=False)

    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="最后编辑人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    edited_at = models.DateTimeField("最后编辑时间", null=True, blank=True)
    version = models.PositiveIntegerField("版本", default=1)

    created_at = models.DateTimeField("导入时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    history = HistoricalRecords(excluded_fields=["raw_text", "updated_at", "title_key"])

    objects = SpeechQuerySet.as_manager()

    class Meta:
        verbose_name = "讲话稿"
        verbose_name_plural = "讲话稿"
        ordering = NEWEST_FIRST
        indexes = [
            models.Index(*NEWEST_FIRST, name="speech_newest_first"),
            models.Index(*OLDEST_FIRST, name="speech_oldest_first"),
            # The other orders of the browse page, read from an index too.
            models.Index(fields=["title", "id"], name="speech_title_order"),
            models.Index(fields=["char_count", "id"], name="speech_length_order"),
            models.Index(fields=["year"]),
            models.Index(fields=["level", "year"]),
            models.Index(fields=["genre"]),
            # Related speeches (speeches/reuse/related.py): the same meeting series, organisation.
            models.Index(fields=["meeting"], name="speech_meeting"),
            # Newest first among an organisation's speeches: ten entries read, not a year's.
            models.Index(fields=["organisation", "year", "id"], name="speech_organisation_newest"),
            models.Index(fields=["title_key", "char_count"], name="speech_title_key_length"),
            # The importer looks up a file's earlier version by its name, once per file.
            models.Index(fields=["source_name", "source_index"], name="speech_source_file"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.title_key = title_key(self.title)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "title" in update_fields:
            kwargs["update_fields"] = {*update_fields, "title_key"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("speeches:detail", args=[self.pk])

    def copies(self) -> list[Speech]:
        """The speeches that may copy this one, titles and warnings only: one query, none when
        the speech was read with with_duplicates() and has no copy."""
        if getattr(self, "has_copies", True) is False:
            return []
        copies = self.possible_duplicates.only("pk", "title", "warnings", "duplicate_of")
        return list(copies.order_by("pk"))


def _neighbours(year: int, day: dt.date, pk: int) -> models.QuerySet[Speech]:
    """The speeches before and after the one at (year, day, pk) in newest_first() order. Each
    is the first of three index reads of speech_newest_first from there on (among its equals in
    year and date, then in its year, then beyond; SQLite cannot range over an index of
    expressions with one row comparison), so the cost does not grow with the archive."""
    key_year, key_date, _ = chronology()
    keyed = Speech.objects.annotate(y=key_year, d=key_date)
    older_id = _first_id(
        [
            keyed.filter(y=year, d=day, pk__lt=pk).order_by("-pk"),
            keyed.filter(y=year, d__lt=day).order_by("-d", "-pk"),
            keyed.filter(y__lt=year).order_by("-y", "-d", "-pk"),
        ]
    )
    newer_id = _first_id(
        [
            keyed.filter(y=year, d=day, pk__gt=pk).order_by("pk"),
            keyed.filter(y=year, d__gt=day).order_by("d", "pk"),
            keyed.filter(y__gt=year).order_by("y", "d", "pk"),
        ]
    )
    rows = Speech.objects.filter(pk__in=[older_id, newer_id]).only("title", "year", "date")
    return rows.order_by()


# Built and compiled once per database: the ORM's work on its six subqueries cost several times
# what the database takes to answer them, on every speech page.
NEIGHBOURS = PreparedQuery(Speech, _neighbours, year=int, day=dt.date, pk=int)


class Section(models.Model):
    class Kind(models.TextChoices):
        OPENING = "opening", "开头"
        BODY = "body", "正文"
        CLOSING = "closing", "结尾"

    speech = models.ForeignKey(Speech, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    level = models.PositiveSmallIntegerField("层级", default=1)
    position = models.PositiveIntegerField("顺序")
    kind = models.CharField("类型", max_length=8, choices=Kind.choices, default=Kind.BODY)
    number = models.CharField("序号", max_length=20, blank=True)
    heading = models.TextField("标题", blank=True)
    # The punctuation that ended an inline heading (一是加强领导。…), kept apart so that headings
    # read cleanly in the outline and no character of the source is lost on the page.
    heading_end = models.CharField("标题结尾标点", max_length=4, blank=True)
    # The number is a label only, written inside the heading (下面进行第一项议程): not shown twice.
    label_inline = models.BooleanField("序号在标题内", default=False)
    body = models.TextField("正文", blank=True)
    anchor = models.CharField("锚点", max_length=40)
    # [[offset in `text`, text], …] of the stage directions the parser found (（鼓掌）): the page
    # mutes them (presenters.section_marks) without detecting them again.
    stage_directions = models.JSONField("舞台提示", default=list, blank=True)

    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="最后编辑人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    edited_at = models.DateTimeField("最后编辑时间", null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["stage_directions"])  # derived from the text

    class Meta:
        verbose_name = "段落章节"
        verbose_name_plural = "段落章节"
        ordering = ["speech", "position"]
        constraints = [
            models.UniqueConstraint(fields=["speech", "position"], name="section_unique_position"),
            models.UniqueConstraint(fields=["speech", "anchor"], name="section_unique_anchor"),
        ]

    def __str__(self) -> str:
        return f"{self.number}{self.heading}" or self.get_kind_display()

    def get_absolute_url(self) -> str:
        return f"{self.speech.get_absolute_url()}#{self.anchor}"

    @property
    def text(self) -> str:
        """Heading and body as one string: Quote.position and Placeholder.position index it."""
        return "\n".join(part for part in (self.heading, self.body) if part)


class Quote(models.Model):
    class Kind(models.TextChoices):
        QUOTATION = "quotation", "引语"
        SLOGAN = "slogan", "提法"
        DOCUMENT = "document", "文件"

    speech = models.ForeignKey(Speech, on_delete=models.CASCADE, related_name="quotes")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="quotes")
    position = models.PositiveIntegerField("位置", help_text="Offset of the text in Section.text.")
    text = models.TextField("内容")
    kind = models.CharField("类型", max_length=10, choices=Kind.choices)
    speaker = models.CharField("引用对象", max_length=100, blank=True)
    source = models.CharField("出处", max_length=200, blank=True)
    verb = models.CharField("引述动词", max_length=10, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "引文"
        verbose_name_plural = "引文"
        ordering = ["section__position", "position"]
        indexes = [
            models.Index(fields=["kind", "speaker"]),
            # Speeches sharing a quotation (speeches/reuse/related.py): a prefix, as a B-tree
            # entry must stay small on PostgreSQL whatever the length of the quotation.
            models.Index(models.functions.Substr("text", 1, 32), name="quote_text_prefix"),
        ]

    def __str__(self) -> str:
        return self.text[:40]

    def get_absolute_url(self) -> str:
        return self.section.get_absolute_url()


class Placeholder(models.Model):
    """A template slot or mask kept verbatim (XX, ×××, 20XX年, 某某)."""

    speech = models.ForeignKey(Speech, on_delete=models.CASCADE, related_name="placeholders")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="placeholders")
    position = models.PositiveIntegerField("位置", help_text="Offset of the text in Section.text.")
    text = models.CharField("占位符", max_length=20)

    class Meta:
        verbose_name = "占位符"
        verbose_name_plural = "占位符"
        ordering = ["section__position", "position"]

    def __str__(self) -> str:
        return self.text


class DataVersion(models.Model):
    """One row: a number bumped after every committed write of the archive (dataversion.py).
    Values computed from the whole archive (the list page's facet counts and totals) are cached
    under it, so that any write makes them stale in every process at once."""

    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "数据版本"
        verbose_name_plural = "数据版本"

    def __str__(self) -> str:
        return str(self.number)


from .api.models import ApiToken  # noqa: E402,F401  (registers the API token table)
from .editing.models import SpeechSnapshot  # noqa: E402,F401  (registers the snapshot table)
from .reuse.models import ReuseBand, ReuseMatch  # noqa: E402,F401  (registers the reuse tables)
from .search.models import SearchDocument  # noqa: E402,F401  (registers the search table)
