"""The browse page's option counts and total from one grouped query, kept per data version.

Level, genre and year are the facets: each option shows how many speeches choosing it would
give, applying every other filter but its own (`SpeechFilter.facet_counts`, three GROUP BYs per
request). Here the speeches that pass the other filters (organisation, meeting, quoted…: none
on most requests) are counted once per (level, genre, year) — a "cube" of at most a few
thousand rows — and cached under the data version (`dataversion.cached`); each request's facet
counts and its total (the paginator's COUNT) are then sums over the cube in Python, whatever the
level, genre and year chosen: no query at all when the cube is cached.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count

from . import dataversion

FACET_FILTERS = ("level", "genre", "year", "year_min", "year_max")
Cube = list[tuple[str, str, int | None, int]]  # (level, genre, year, speeches)


def _applied(filterset: Any) -> dict[str, Any]:
    """The valid, non-empty filter values of the request (sort left out)."""
    filterset.is_valid()
    cleaned = getattr(filterset.form, "cleaned_data", {})
    return {
        name: value for name, value in cleaned.items() if name != "sort" and value not in ("", None)
    }


def cube(filterset: Any, version: tuple[str, int]) -> Cube:
    """Speeches per (level, genre, year) among those passing the request's other filters."""
    others = {k: v for k, v in _applied(filterset).items() if k not in FACET_FILTERS}

    def compute() -> Cube:
        queryset = filterset.queryset.all()
        for name, value in others.items():
            queryset = filterset.filters[name].filter(queryset, value)
        rows = queryset.order_by().values_list("level", "genre", "year").annotate(n=Count("pk"))
        return [tuple(row) for row in rows]

    key = ("facet cube", tuple(sorted((k, str(v)) for k, v in others.items())))
    return dataversion.cached(version, key, compute)


def _failed(applied: dict[str, Any]) -> Any:
    """A function giving, for a cube row, the names of the applied facet filters it fails."""
    checks = []
    for name, value in applied.items():
        if name == "level":
            checks.append((name, lambda row, v=value: row[0] == v))
        elif name == "genre":
            checks.append((name, lambda row, v=value: row[1] == v))
        elif name == "year":
            year = None if value == "unknown" else value
            checks.append((name, lambda row, v=year: row[2] == v))
        elif name == "year_min":
            checks.append((name, lambda row, v=value: row[2] is not None and row[2] >= v))
        elif name == "year_max":
            checks.append((name, lambda row, v=value: row[2] is not None and row[2] <= v))
    return lambda row: {name for name, test in checks if not test(row)}


SKIPS = {"level": {"level"}, "genre": {"genre"}, "year": {"year", "year_min", "year_max"}}


def facet_counts(filterset: Any, rows: Cube) -> dict[str, dict]:
    """What SpeechFilter.facet_counts() gives, from the cube: {facet: {option: speeches}}."""
    failed = _failed(_applied(filterset))
    counts: dict[str, dict] = {"level": {}, "genre": {}, "year": {}}
    for row in rows:
        fails = failed(row)
        for index, facet in enumerate(("level", "genre", "year")):
            if fails <= SKIPS[facet]:
                counts[facet][row[index]] = counts[facet].get(row[index], 0) + row[3]
    return counts


def total(filterset: Any, rows: Cube) -> int:
    """How many speeches pass every filter of the request."""
    failed = _failed(_applied(filterset))
    return sum(row[3] for row in rows if not failed(row))
