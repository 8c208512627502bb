"""The browse filters, shared by the list page and search: keep class and parameter names stable.

Parameters: year (a year, or `unknown` for 年份不详), year_min, year_max, level, genre,
organisation, meeting, quoted, has_placeholders, needs_review, sort. An invalid value is reported
on the form and ignored (`ignored()` names it for the page's notice), so a bad URL gives the page
without that filter, never a 500.
"""

from typing import Any

import django_filters
from django import forms
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.lookups import Exact, GreaterThan, GreaterThanOrEqual, LessThanOrEqual
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .models import (
    NEWEST_FIRST,
    OLDEST_FIRST,
    Genre,
    Level,
    Quote,
    Speech,
    YearOrZero,
)

BOOLEAN_CHOICES = [("true", "是"), ("false", "否")]

SORT_CHOICES = [
    ("-date", "日期（新→旧）"),
    ("date", "日期（旧→新）"),
    ("title", "标题"),
    ("-char_count", "字数（多→少）"),
    ("char_count", "字数（少→多）"),
]
DEFAULT_SORT = "-date"

# Ties are broken by id so pagination is stable. By date: the model's one definition (year, then
# date; unknown ones last both ways; SpeechQuerySet.newest_first()).
SORT_ORDER = {
    "-date": NEWEST_FIRST,
    "date": OLDEST_FIRST,
    "title": ["title", "id"],
    "-char_count": ["-char_count", "-id"],
    "char_count": ["char_count", "id"],
}

# The filters whose options show how many speeches each would give.
FACETS = ("level", "genre", "year")


def _attrs(attrs: dict[str, Any]) -> str:
    """Attributes as Django's attrs.html writes them (True: the name alone; False: left out)."""
    return "".join(
        format_html(" {}", name) if value is True else format_html(' {}="{}"', name, str(value))
        for name, value in attrs.items()
        if value is not False
    )


class Select(forms.Select):
    """A select rendered in Python to the HTML Django's select.html and select_option.html
    templates give: the browse page renders several with up to ~40 options on every request,
    and the two templates per option were a quarter of its time."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"', widget["name"]), _attrs(widget["attrs"]), ">"]
        for group_name, options, _ in widget["optgroups"]:
            if group_name:
                parts.append(format_html('\n  <optgroup label="{}">', group_name))
            for option in options:
                parts += [
                    format_html('\n  <option value="{}"', str(option["value"])),
                    _attrs(option["attrs"]),
                    format_html(">{}</option>\n", option["label"]),
                ]
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # built from escaped parts


class FacetSelect(Select):
    """A select whose options that would give no speech are muted (`option--empty`)."""

    def __init__(self, *args: Any, empty: set[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.empty = empty or set()

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if str(value) in self.empty:
            option["attrs"]["class"] = "option--empty"
        return option


class InputRendering:
    """An <input> rendered in Python as Django's input.html gives it (as Select above)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]  # type: ignore[attr-defined]
        shown = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        return mark_safe(  # built from escaped parts
            format_html('<input type="{}" name="{}"', widget["type"], widget["name"])
            + shown
            + _attrs(widget["attrs"])
            + ">"
        )


class TextInput(InputRendering, forms.TextInput):
    pass


class NumberInput(InputRendering, forms.NumberInput):
    pass


class YearFilter(django_filters.NumberFilter):
    """A whole year in a sane range: `year=x` or `year=2020.5` is a form error, not a query."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", NumberInput)
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2100)
        super().__init__(*args, **kwargs)

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        """On the year as the newest-first index holds it (0 when unknown): a year or a range
        of years is then one range of the index, not a scan past every newer speech."""
        if value in (None, ""):
            return qs
        known = YearOrZero("year")
        if self.lookup_expr == "gte":
            return qs.filter(GreaterThanOrEqual(known, value))
        if self.lookup_expr == "lte":
            return qs.filter(LessThanOrEqual(known, value), GreaterThan(known, 0))
        return qs.filter(Exact(known, value))


UNKNOWN_YEAR = "unknown"


class YearOrUnknownField(forms.IntegerField):
    """A year in range, or `unknown` (the speeches whose year is not known)."""

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str) and value.strip() == UNKNOWN_YEAR:
            return UNKNOWN_YEAR
        return super().to_python(value)

    def validate(self, value: Any) -> None:
        if value != UNKNOWN_YEAR:
            super().validate(value)

    def run_validators(self, value: Any) -> None:
        if value != UNKNOWN_YEAR:
            super().run_validators(value)


class YearOrUnknownFilter(YearFilter):
    field_class = YearOrUnknownField

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        if value == UNKNOWN_YEAR:
            return qs.filter(Exact(YearOrZero("year"), 0))  # year unknown, read from the index
        return super().filter(qs, value)


def _faceted(choices: list[tuple[Any, str]], counts: dict | None) -> tuple[list, set[str]]:
    """Options labelled with their counts, those with none last; and the values with none."""
    if counts is None:
        return list(choices), set()
    labelled = [(value, f"{label}（{counts.get(value, 0)}）") for value, label in choices]
    empty = {str(value) for value, _ in choices if not counts.get(value)}
    ordered = [c for c in labelled if str(c[0]) not in empty] + [
        c for c in labelled if str(c[0]) in empty
    ]
    return ordered, empty


class SpeechFilter(django_filters.FilterSet):
    year = YearOrUnknownFilter(field_name="year", label="年份")
    year_min = YearFilter(field_name="year", lookup_expr="gte", label="起始年份")
    year_max = YearFilter(field_name="year", lookup_expr="lte", label="截止年份")
    level = django_filters.ChoiceFilter(choices=Level.choices, label="层级", empty_label="全部")
    genre = django_filters.ChoiceFilter(choices=Genre.choices, label="文种", empty_label="全部")
    organisation = django_filters.CharFilter(
        method="filter_organisation", label="机构或会议", max_length=100, widget=TextInput
    )
    meeting = django_filters.CharFilter(
        field_name="meeting",
        lookup_expr="icontains",
        label="会议名称",
        max_length=100,
        widget=TextInput,
    )
    quoted = django_filters.CharFilter(
        method="filter_quoted",
        label="引用对象",
        max_length=100,
        widget=TextInput(attrs={"list": "quoted-speakers", "placeholder": "如：习近平总书记"}),
    )
    has_placeholders = django_filters.ChoiceFilter(
        method="filter_has_placeholders",
        choices=BOOLEAN_CHOICES,
        empty_label="不限",
        label="含占位符",
        widget=Select,
    )
    needs_review = django_filters.ChoiceFilter(
        method="filter_needs_review",
        choices=BOOLEAN_CHOICES,
        empty_label="不限",
        label="待复核",
        widget=Select,
    )
    # Absent or invalid: the queryset keeps its own order (Speech's default is newest first).
    sort = django_filters.ChoiceFilter(
        method="filter_sort", choices=SORT_CHOICES, empty_label=None, label="排序", widget=Select
    )

    class Meta:
        model = Speech
        fields = ()  # every filter is declared above, with its Chinese label

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = Speech.objects.all()
        super().__init__(data, queryset, **kwargs)

    def filter_organisation(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(organisation__icontains=value) | Q(meeting__icontains=value))

    def filter_quoted(self, queryset, name, value):
        quotations = Quote.objects.filter(
            speech=OuterRef("pk"), kind=Quote.Kind.QUOTATION, speaker=value.strip()
        )
        return queryset.filter(Exists(quotations))

    def filter_has_placeholders(self, queryset, name, value):
        return queryset.with_placeholders(value == "true")

    def filter_needs_review(self, queryset, name, value):
        return queryset.filter(needs_review=value == "true")

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*SORT_ORDER[value])

    def facet_counts(self) -> dict[str, dict]:
        """For level, genre and year: {option value: speeches the filter would give with it}.

        Each facet applies every other filter but its own, so the counts say what choosing that
        option would show. One GROUP BY query per facet, whatever the number of speeches.
        """
        self.is_valid()  # runs the form so cleaned_data exists
        counts = {}
        for facet in FACETS:
            queryset = self.queryset.all()
            for name, value in self.form.cleaned_data.items():
                if name in {facet, "sort"} or (facet == "year" and name.startswith("year")):
                    continue
                queryset = self.filters[name].filter(queryset, value)
            rows = queryset.order_by().values(facet).annotate(n=Count("pk")).values_list(facet, "n")
            counts[facet] = dict(rows)
        return counts

    def show_facets(self) -> None:
        """Put the facet counts into the option labels; the year becomes a list of known years."""
        self.show_options(self.facet_counts())

    def show_options(self, counts: dict[str, dict] | None = None) -> None:
        """Level, genre and year as selects, one `全部` each (the field adds it). With `counts`
        (facet_counts()), options carry their counts and those giving nothing come last, muted;
        without, the years are the known ones (one query)."""
        self.is_valid()
        for name, choices in (("level", Level.choices), ("genre", Genre.choices)):
            options, empty = _faceted(choices, counts and counts[name])
            field = self.form.fields[name]
            field.widget = FacetSelect(empty=empty)
            field.choices = options
        if counts is not None:
            year_counts = counts["year"]
        else:
            years_qs = Speech.objects.order_by().values_list("year", flat=True).distinct()
            year_counts = {year: None for year in years_qs}
        years = sorted((year for year in year_counts if year is not None), reverse=True)
        selected = getattr(self.form, "cleaned_data", {}).get("year")
        if isinstance(selected, int) and selected not in years:
            years = sorted([*years, selected], reverse=True)
        choices: list[tuple[Any, str]] = [(year, f"{year}年") for year in years]
        choices.append((UNKNOWN_YEAR, "年份不详"))
        if counts is not None:
            year_counts = {UNKNOWN_YEAR if k is None else k: v for k, v in year_counts.items()}
        options, empty = _faceted(choices, year_counts if counts is not None else None)
        self.form.fields["year"].widget = FacetSelect(choices=[("", "全部"), *options], empty=empty)

    def ignored(self) -> list[tuple[str, str]]:
        """(label, value as given) of each filter whose value was invalid and so not applied."""
        self.is_valid()
        return [
            (str(self.form.fields[name].label), str(self.form.data.get(name, "")))
            for name in self.form.errors
            if name in self.form.fields
        ]
