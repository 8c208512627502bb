"""/reuse/, /compare/ and /trends/: thin views over passages.py, compare.py and trends.py."""

from __future__ import annotations

import csv

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render

from ..filters import SpeechFilter
from ..models import Speech
from ..search.query import MAX_QUERY_LENGTH, parse_query
from . import passages, trends
from .compare import align

PASSAGES_PER_PAGE = 20


def reuse_list(request):
    filterset = SpeechFilter(request.GET)
    filterset.is_valid()  # invalid values are reported on the form and ignored
    active = {
        k: v for k, v in filterset.form.cleaned_data.items() if v not in (None, "") and k != "sort"
    }
    ranked = passages.most_reused(filterset.qs if active else None)
    page = Paginator(ranked, PASSAGES_PER_PAGE).get_page(request.GET.get("page"))
    rows = passages.with_sections(list(page))
    return render(request, "speeches/reuse.html", {"filter": filterset, "page": page, "rows": rows})


def _bad_request(request, message: str, status: int = 400):
    return render(request, "speeches/compare.html", {"error": message}, status=status)


def _speech_id(value: str | None) -> int | None:
    try:
        number = int(value or "")
    except ValueError:
        return None
    return number if 0 < number < 2**63 else None


def compare(request):
    a_id, b_id = _speech_id(request.GET.get("a")), _speech_id(request.GET.get("b"))
    if a_id is None or b_id is None:
        return _bad_request(request, "请在地址中给出两篇讲话稿的编号：/compare/?a=编号&b=编号。")
    if a_id == b_id:
        return _bad_request(request, "请选择两篇不同的讲话稿进行对比。")
    found = Speech.objects.with_outline().defer("raw_text", "warnings").in_bulk([a_id, b_id])
    missing = [str(pk) for pk in (a_id, b_id) if pk not in found]
    if missing:
        return _bad_request(request, f"找不到编号为 {'、'.join(missing)} 的讲话稿。", status=404)
    a, b = found[a_id], found[b_id]
    rows = align(list(a.sections.all()), list(b.sections.all()))
    shared = sum(1 for row in rows if row.shared)
    return render(
        request, "speeches/compare.html", {"a": a, "b": b, "rows": rows, "shared": shared}
    )


def _terms(request) -> tuple[list[str], list[str]]:
    """The terms asked for (at most MAX_TERMS, each searchable) and notices about the rest."""
    terms: list[str] = []
    notices: list[str] = []
    for raw in request.GET.getlist("q"):
        term = " ".join(raw.split())[:MAX_QUERY_LENGTH]
        if not term or term in terms:
            continue
        if len(terms) == trends.MAX_TERMS:
            notices.append(f"最多比较 {trends.MAX_TERMS} 个词语，“{term}”未计入。")
        elif not parse_query(term).is_searchable:
            notices.append(f"“{term}”无法检索（请至少输入一个汉字、字母或数字）。")
        else:
            terms.append(term)
    return terms, notices


def trends_view(request):
    terms, notices = _terms(request)
    by_level = request.GET.get("by") == "level"
    trend = trends.build(terms, by_level) if terms else None
    if request.GET.get("format") == "csv":
        return _csv(trend)
    context = {
        "terms": terms,
        "inputs": [*terms, *[""] * (trends.MAX_TERMS - len(terms))],
        "notices": notices,
        "by_level": by_level,
        "trend": trend,
        "table": trend.rows() if trend else [],
        "chart": trends.chart(trend) if trend and trend.years else None,
        "csv_query": _csv_query(request),
    }
    return render(request, "speeches/trends.html", context)


def _csv_query(request) -> str:
    query = request.GET.copy()
    query["format"] = "csv"
    return query.urlencode()


def _csv(trend: trends.Trend | None) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="trends.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 CSV correctly only with a BOM
    writer = csv.writer(response)
    writer.writerow(["年份", *(s.label for s in trend.series)] if trend else ["年份"])
    if trend:
        for i, year in enumerate(trend.years):
            writer.writerow([year, *(s.values[i] for s in trend.series)])
        writer.writerow(["合计", *(s.total for s in trend.series)])
    return response
