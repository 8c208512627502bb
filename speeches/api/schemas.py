"""The API's request parameters and response shapes (pydantic, through django-ninja): the OpenAPI
schema at /api/openapi.json is generated from these. Values are returned as stored (Chinese)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema

from ..filters import SORT_CHOICES
from ..models import Genre, Level, Quote
from ..search.query import MAX_PAGES

LevelValue = Literal[tuple(Level.values)]  # type: ignore[valid-type]
GenreValue = Literal[tuple(Genre.values)]  # type: ignore[valid-type]
SortValue = Literal[tuple(value for value, _ in SORT_CHOICES)]  # type: ignore[valid-type]
QuoteKind = Literal[tuple(Quote.Kind.values)]  # type: ignore[valid-type]
YesNo = Literal["true", "false"]
# Text parameters: no NUL (PostgreSQL text cannot hold one), as the page's forms refuse it.
NO_NUL = r"^[^\x00]*$"
MAX_PAGE_SIZE = 100


def _text(description: str) -> object:
    return Field(None, max_length=100, pattern=NO_NUL, description=description)


class Paging(Schema):
    page: int = Field(1, ge=1, description="页码，从 1 开始")
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE, description="每页条数（最多 100）")


class SpeechFilters(Schema):
    """The browse page's filters, with the same names and values."""

    year: int | None = Field(None, ge=1900, le=2100, description="年份")
    year_min: int | None = Field(None, ge=1900, le=2100, description="起始年份")
    year_max: int | None = Field(None, ge=1900, le=2100, description="截止年份")
    level: LevelValue | None = Field(None, description="层级")
    genre: GenreValue | None = Field(None, description="文种")
    organisation: str | None = _text("机构或会议（包含）")
    meeting: str | None = _text("会议名称（包含）")
    quoted: str | None = _text("引用对象（如：习近平总书记）")
    has_placeholders: YesNo | None = Field(None, description="含占位符")
    needs_review: YesNo | None = Field(None, description="待复核")


class SpeechListParams(SpeechFilters, Paging):
    sort: SortValue | None = Field(None, description="排序，默认日期从新到旧")


class SearchParams(SpeechFilters):
    q: str = Field(..., max_length=2000, pattern=NO_NUL, description="搜索词，语法同搜索页")
    sort: Literal["relevance", "-date", "date"] = Field("relevance", description="排序")
    scope: Literal["speech", "section"] = Field(
        "speech", description="speech：各词出现在同一篇中；section：同段，各词出现在同一段中"
    )
    page: int = Field(1, ge=1, le=MAX_PAGES, description="页码（每页 20 篇）")


class QuoteParams(Paging):
    kind: QuoteKind = Field(Quote.Kind.QUOTATION.value, description="类型：引语、提法或文件")
    speaker: str | None = _text("引用对象（包含）")
    text: str | None = _text("内容（包含）")


class SloganParams(Paging):
    text: str | None = _text("提法内容（包含）")


# ---------------------------------------------------------------- responses


class Message(Schema):
    detail: str


class FieldError(Schema):
    field: str
    message: str


class InvalidParams(Schema):
    detail: str
    errors: list[FieldError]


class SpeechSummary(Schema):
    id: int
    title: str
    subtitle: str
    meeting: str
    organisation: str
    level: str
    year: int | None
    date: dt.date | None
    genre: str
    speaker_name: str
    speaker_role: str
    char_count: int
    needs_review: bool
    url: str = Field(description="讲话稿页面")
    api_url: str


class SpeechListItem(SpeechSummary):
    section_count: int
    quotation_count: int


class PageInfo(Schema):
    count: int
    page: int
    pages: int
    page_size: int
    next: str | None
    previous: str | None


class SpeechPage(PageInfo):
    results: list[SpeechListItem]


class QuoteOut(Schema):
    id: int
    kind: str
    text: str
    speaker: str
    verb: str
    source: str
    position: int = Field(description="在本节文字（标题 + 换行 + 正文）中的位置")


class PlaceholderOut(Schema):
    text: str
    position: int


class SectionOut(Schema):
    id: int
    anchor: str
    kind: str
    level: int
    number: str
    heading: str
    heading_end: str
    label_inline: bool
    body: str
    url: str
    quotes: list[QuoteOut]
    placeholders: list[PlaceholderOut]
    sections: list[SectionOut] = Field(description="下一级小节")


class WarningOut(Schema):
    code: str
    message: str


class SpeechDetail(SpeechSummary):
    salutation: str
    source_name: str
    source_encoding: str
    warnings: list[WarningOut]
    version: int
    duplicate_of: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    edited_at: dt.datetime | None
    sections: list[SectionOut]


class PassageOut(Schema):
    anchor: str
    url: str
    snippet: str = Field(description="命中处上下文（纯文本）")
    snippet_html: str = Field(description="同上，命中词以 <mark> 标出，其余已转义")
    heading_hit: bool


class SearchHit(Schema):
    id: int
    title: str
    meeting: str
    level: str
    year: int | None
    date: dt.date | None
    url: str
    api_url: str
    title_hit: bool
    passages: list[PassageOut]


class SearchOut(Schema):
    q: str
    notices: list[str]
    searchable: bool
    speech_count: int
    passage_count: int
    approximate: bool = Field(description="总数为估计值（词太常见）")
    date_ordered: bool = Field(description="词太常见，结果按日期而非相关度排列")
    partial: bool = Field(description="只查看了最新的部分讲话")
    page: int
    has_next: bool
    results: list[SearchHit]


class SpeechRef(Schema):
    id: int
    title: str
    meeting: str
    year: int | None
    date: dt.date | None
    url: str


class QuoteUse(Schema):
    id: int
    kind: str
    text: str
    speaker: str
    verb: str
    source: str
    anchor: str
    url: str = Field(description="引文所在段落")
    speech: SpeechRef


class QuotePage(PageInfo):
    results: list[QuoteUse]


class SloganOut(Schema):
    text: str
    uses: int
    speech_count: int
    years: list[int]


class SloganPage(PageInfo):
    results: list[SloganOut]


SectionOut.model_rebuild()
