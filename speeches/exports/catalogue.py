"""The filtered list as an Excel catalogue (.xlsx): one row per speech, a link to each.

Written with openpyxl's write-only mode into a temporary file, row by row from one query, so a
catalogue of the whole archive never sits in memory as a workbook.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from typing import IO

from django.db.models import QuerySet
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from .docx import xml_safe

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET_TITLE = "讲话稿目录"
# (header, width in characters)
COLUMNS = [
    ("标题", 48),
    ("会议名称", 36),
    ("召开机构", 20),
    ("层级", 6),
    ("年份", 7),
    ("日期", 12),
    ("文种", 9),
    ("讲话人", 16),
    ("章节数", 8),
    ("引语数", 8),
    ("链接", 40),
]
FIELDS = (
    "pk",
    "title",
    "meeting",
    "organisation",
    "level",
    "year",
    "date",
    "genre",
    "speaker_role",
    "speaker_name",
    "section_count",
    "quotation_count",
)
HEADER_FONT = Font(bold=True)
LINK_FONT = Font(color="0563C1", underline="single")


def _column_letter(index: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


def build_catalogue(
    speeches: QuerySet, link: Callable[[int], str], conditions: dict[str, str]
) -> IO[bytes]:
    """An open temporary file holding the .xlsx, positioned at its start. `link(pk)` gives each
    speech's absolute URL; `conditions` are listed on a second sheet with the export time."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    for index, (_, width) in enumerate(COLUMNS):
        sheet.column_dimensions[_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    header = []
    for name, _ in COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = HEADER_FONT
        header.append(cell)
    sheet.append(header)
    rows = 0
    # query: every speech of the selection with its counts, in the page's order
    for values in speeches.with_counts().values_list(*FIELDS).iterator(chunk_size=2000):
        row = dict(zip(FIELDS, values, strict=True))
        date = WriteOnlyCell(sheet, value=row["date"])
        if row["date"]:
            date.number_format = "yyyy-mm-dd"
        url = link(row["pk"])
        link_cell = WriteOnlyCell(sheet, value=url)
        link_cell.hyperlink = url
        link_cell.font = LINK_FONT
        sheet.append(
            [
                xml_safe(row["title"]),
                xml_safe(row["meeting"]),
                xml_safe(row["organisation"]),
                row["level"],
                row["year"],
                date,
                row["genre"],
                xml_safe(f"{row['speaker_role']}{row['speaker_name']}"),
                row["section_count"],
                row["quotation_count"],
                link_cell,
            ]
        )
        rows += 1
    sheet.auto_filter.ref = f"A1:{_column_letter(len(COLUMNS) - 1)}{rows + 1}"

    about = workbook.create_sheet("导出说明")
    about.column_dimensions["A"].width = 14
    about.column_dimensions["B"].width = 60
    wrap = Alignment(wrap_text=True, vertical="top")
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    for key, value in [("导出时间", now), ("篇数", str(rows)), *conditions.items()]:
        cell = WriteOnlyCell(about, value=xml_safe(value))
        cell.alignment = wrap
        about.append([key, cell])
    if not conditions:
        about.append(["筛选条件", "无（全部讲话稿）"])

    out = tempfile.TemporaryFile()  # noqa: SIM115  (handed to the response, which closes it)
    workbook.save(out)
    out.seek(0)
    return out
