"""Querysets compiled to SQL once per process and database, then run with other values.

For a hot read whose ORM work (building the queryset, resolving and compiling its expressions)
costs more than the query itself: the speech page's neighbours are six indexed subqueries that
the database answers in well under a millisecond, while building them took several.

`instance(model, alias, **values)` makes a model instance of the values a hand-written
statement read, as the ORM makes it from its own rows.

`PreparedQuery(build, pk=int, day=datetime.date)`: `build(**values)` returns the queryset. It
is built once with marker values no query holds; where the markers land among the compiled
SQL's parameters is where each call's values go, adapted for the database as the ORM adapts
them. Only values the ORM passes as parameters may vary, never the query's shape.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.db import connections, models, router

M = TypeVar("M", bound=models.Model)

_DATE = models.DateField()


@dataclass(frozen=True)
class _Slot:
    name: str  # the value of this name goes here


def _markers(kinds: dict[str, type]) -> dict[str, Any]:
    """A value of each kind, all distinct, that the query's own constants are not: ints within
    a positive small integer's range (the ORM drops a comparison beyond its column's range),
    dates in the eleventh century. They stand in at compile time only."""
    values: dict[str, Any] = {}
    for i, (name, kind) in enumerate(kinds.items()):
        if kind is int:
            values[name] = 30_517 + i
        elif kind is dt.date:
            values[name] = dt.date(1003, 7, 11) + dt.timedelta(days=i)
        else:
            raise TypeError(f"PreparedQuery: {name} is a {kind.__name__}: only int and date")
    return values


def _adapt(value: Any, connection: Any) -> Any:
    """A value as the ORM passes it to this database (a date is text on SQLite)."""
    if isinstance(value, dt.date):
        return _DATE.get_db_prep_value(value, connection)
    return value


class PreparedQuery:
    def __init__(
        self, model: type[models.Model], build: Callable[..., models.QuerySet], **kinds: type
    ) -> None:
        self.model = model
        self.build = build
        self.kinds = kinds
        self._compiled: dict[str, tuple[str, list[Any]]] = {}

    def _compile(self, alias: str) -> tuple[str, list[Any]]:
        if alias not in self._compiled:
            connection = connections[alias]
            markers = _markers(self.kinds)
            sql, params = self.build(**markers).query.get_compiler(using=alias).as_sql()
            slots = {_adapt(value, connection): _Slot(name) for name, value in markers.items()}
            layout = [slots.get(param, param) for param in params]
            if {s.name for s in layout if isinstance(s, _Slot)} != set(self.kinds):
                raise ValueError("PreparedQuery: a value is not among the query's parameters")
            self._compiled[alias] = (sql, layout)
        return self._compiled[alias]

    def raw(self, **values: Any) -> models.RawQuerySet:
        """The query with these values, as model instances (one query, on the database the
        router reads this model from)."""
        alias = router.db_for_read(self.model) or "default"
        sql, layout = self._compile(alias)
        connection = connections[alias]
        params = [_adapt(values[p.name], connection) if isinstance(p, _Slot) else p for p in layout]
        return self.model._default_manager.db_manager(alias).raw(sql, params)


def instance(model: type[M], alias: str, **values: Any) -> M:
    """A `model` instance of these field values (by attname), read from database `alias`; its
    other fields are deferred, read if ever asked for."""
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db(alias, names, [values[name] for name in names])
