"""The admin site, guarded against input the ORM would fail on (a 500).

Django's and django-simple-history's admin views pass parameters straight to the ORM: a list
filter value with a NUL character (PostgreSQL refuses NUL in text), `history/abc/`, a history
version `abc`, or an action posted with an empty `_selected_action` raise there. Every admin view
goes through `admin_view`, so these checks cover every registered model (the archive's, auth's,
axes'): a NUL anywhere is a 400, an id that is not an id a 404 (400 for a posted selection).
"""

from __future__ import annotations

import functools

from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.core.exceptions import BadRequest, ValidationError
from django.db import connection
from django.http import Http404


def is_valid_id(field, value) -> bool:
    """Whether `value` can be looked up in `field` (in the database's integer range, too)."""
    try:
        value = field.to_python(value)
    except (ValidationError, TypeError, ValueError):
        return False
    if value is None or value == "":
        return False
    if isinstance(value, int):
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        return (low is None or value >= low) and (high is None or value <= high)
    return True


def _has_nul(query_dict) -> bool:
    return any(
        "\x00" in key or any("\x00" in v for v in values) for key, values in query_dict.lists()
    )


def _refuse_nul(view):
    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        if "\x00" in request.path_info or _has_nul(request.GET):
            raise BadRequest("NUL character in the request")
        if request.method == "POST" and _has_nul(request.POST):
            raise BadRequest("NUL character in the form data")
        return view(request, *args, **kwargs)

    return guarded


def _guard_ids(view):
    model_admin = getattr(view, "__self__", None)
    name = getattr(view, "__name__", "")
    if not isinstance(model_admin, admin.ModelAdmin) or name not in {
        "changelist_view",
        "history_view",
        "history_form_view",
    }:
        return view
    pk = model_admin.model._meta.pk

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        if name in {"history_view", "history_form_view"}:
            object_id = kwargs.get("object_id", args[0] if args else None)
            if not is_valid_id(pk, unquote(object_id or "")):
                raise Http404("not an id")
        if name == "history_form_view":
            version_id = kwargs.get("version_id", args[1] if len(args) > 1 else None)
            history_pk = model_admin.model.history.model._meta.pk
            if not is_valid_id(history_pk, version_id):
                raise Http404("not a history version id")
        if name == "changelist_view" and request.method == "POST":
            selected = request.POST.getlist(ACTION_CHECKBOX_NAME)
            if not all(is_valid_id(pk, value) for value in selected):
                raise BadRequest("selected items are not ids")
        return view(request, *args, **kwargs)

    return guarded


class ArchiveAdminSite(admin.AdminSite):
    def admin_view(self, view, cacheable=False):
        return super().admin_view(_refuse_nul(_guard_ids(view)), cacheable)
