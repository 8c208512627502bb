"""Trends of terms: speeches per year that use each term (the search's own matching), and the
geometry of the server-drawn SVG chart."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import partial

from django.db import connection
from django.db.models import Count
from django.db.models.expressions import RawSQL

from .. import dataversion
from ..models import Level, Speech
from ..search.query import matching_speeches, parse_query

MAX_TERMS = 5


def _id_subquery(ids: list[int]) -> RawSQL:
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])


def _counts(term: str) -> dict[tuple[int, str], int]:
    """{(year, level): speeches using the term}; speeches without a year are left out."""
    parsed = parse_query(term)
    speech_ids = sorted(matching_speeches(parsed))
    if not speech_ids:
        return {}
    rows = (
        Speech.objects.filter(pk__in=_id_subquery(speech_ids), year__isnull=False)
        .order_by()
        .values_list("year", "level")
        .annotate(n=Count("pk"))
    )
    return {(year, level): n for year, level, n in rows}


@dataclass
class Series:
    label: str
    values: list[int]  # one per year of the table
    total: int = 0
    points: str = ""  # SVG polyline points
    dots: list[tuple[float, float, int, int]] = field(default_factory=list)  # x, y, year, n


@dataclass
class Trend:
    terms: list[str]
    years: list[int]
    series: list[Series]  # one per term, or per term and level

    def rows(self) -> list[dict]:
        """The table under the chart: one row per year, a figure per series."""
        return [
            {"year": year, "values": [s.values[i] for s in self.series]}
            for i, year in enumerate(self.years)
        ]


def build(terms: list[str], by_level: bool) -> Trend:
    version = dataversion.current()  # query: the archive's version
    # Each term's counts are kept until the archive changes (query: its matches, then a GROUP BY).
    counts = {
        term: dataversion.cached(version, ("trends", term), partial(_counts, term))
        for term in terms
    }
    years_seen = {year for c in counts.values() for year, _ in c}
    years = list(range(min(years_seen), max(years_seen) + 1)) if years_seen else []
    series = []
    for term in terms:
        c = counts[term]
        if by_level:
            levels = [lv for lv in Level.values if any(level == lv for _, level in c)]
            for lv in levels:
                values = [c.get((y, lv), 0) for y in years]
                series.append(Series(f"{term}（{lv}）", values, sum(values)))
        else:
            values = [sum(n for (y, _), n in c.items() if y == year) for year in years]
            series.append(Series(term, values, sum(values)))
    return Trend(terms, years, series)


@dataclass
class Chart:
    width: int
    height: int
    left: int
    top: int
    plot_width: int
    plot_height: int
    x_ticks: list[tuple[float, int]]  # x, year
    y_ticks: list[tuple[float, int]]  # y, value
    series: list[Series]


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 5:
            return step * 5
    return value


def chart(trend: Trend, width: int = 720, height: int = 320) -> Chart:
    """Lay the series out on a plot: polylines and dots in SVG user units."""
    left, top, right, bottom = 48, 16, 16, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = _nice_max(max((max(s.values, default=0) for s in trend.series), default=0) or 1)
    n = len(trend.years)

    def x(i: int) -> float:
        return round(left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2), 1)

    def y(v: int) -> float:
        return round(top + plot_h - plot_h * v / peak, 1)

    for s in trend.series:
        s.points = " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(s.values))
        s.dots = [(x(i), y(v), trend.years[i], v) for i, v in enumerate(s.values)]
    every = max(1, (n + 11) // 12)  # at most about 12 year labels
    return Chart(
        width,
        height,
        left,
        top,
        plot_w,
        plot_h,
        x_ticks=[(x(i), year) for i, year in enumerate(trend.years) if i % every == 0],
        y_ticks=[(y(peak * k // 5), peak * k // 5) for k in range(6)],
        series=trend.series,
    )
