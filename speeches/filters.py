"""The browse filters, shared by the list page and search: keep class and parameter names stable.

Parameters: year, year_min, year_max, level, genre, organisation, meeting, quoted,
has_placeholders, needs_review, sort. An invalid value is reported on the form and ignored, so a
bad URL gives the unfiltered page, never a 500.
"""

import django_filters
from django import forms
from django.db.models import Count, Exists, F, OuterRef, Q

from .models import Genre, Level, Placeholder, Quote, Speech

BOOLEAN_CHOICES = [("true", "是"), ("false", "否")]

SORT_CHOICES = [
    ("-date", "日期（新→旧）"),
    ("date", "日期（旧→新）"),
    ("title", "标题"),
    ("-char_count", "字数（多→少）"),
    ("char_count", "字数（少→多）"),
]
DEFAULT_SORT = "-date"

# Ties are broken by id so pagination is stable; speeches with no date fall back on their year.
# The year leads because many speeches carry only a year; unknown dates go last both ways.
SORT_ORDER = {
    "-date": [F("year").desc(nulls_last=True), F("date").desc(nulls_last=True), "-id"],
    "date": [F("year").asc(nulls_last=True), F("date").asc(nulls_last=True), "id"],
    "title": ["title", "id"],
    "-char_count": ["-char_count", "-id"],
    "char_count": ["char_count", "id"],
}

# The filters whose options show how many speeches each would give.
FACETS = ("level", "genre", "year")


class YearFilter(django_filters.NumberFilter):
    """A whole year in a sane range: `year=x` or `year=2020.5` is a form error, not a query."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2100)
        super().__init__(*args, **kwargs)


class SpeechFilter(django_filters.FilterSet):
    year = YearFilter(field_name="year", label="年份")
    year_min = YearFilter(field_name="year", lookup_expr="gte", label="起始年份")
    year_max = YearFilter(field_name="year", lookup_expr="lte", label="截止年份")
    level = django_filters.ChoiceFilter(choices=Level.choices, label="层级", empty_label="全部")
    genre = django_filters.ChoiceFilter(choices=Genre.choices, label="文种", empty_label="全部")
    organisation = django_filters.CharFilter(
        method="filter_organisation", label="机构或会议", max_length=100
    )
    meeting = django_filters.CharFilter(
        field_name="meeting", lookup_expr="icontains", label="会议名称", max_length=100
    )
    quoted = django_filters.CharFilter(
        method="filter_quoted",
        label="引用对象",
        max_length=100,
        widget=forms.TextInput(
            attrs={"list": "quoted-speakers", "placeholder": "如：习近平总书记"}
        ),
    )
    has_placeholders = django_filters.ChoiceFilter(
        method="filter_has_placeholders",
        choices=BOOLEAN_CHOICES,
        empty_label="不限",
        label="含占位符",
    )
    needs_review = django_filters.ChoiceFilter(
        method="filter_needs_review", choices=BOOLEAN_CHOICES, empty_label="不限", label="待复核"
    )
    # Absent or invalid: the queryset keeps its own order (Speech's default is newest first).
    sort = django_filters.ChoiceFilter(
        method="filter_sort", choices=SORT_CHOICES, empty_label=None, label="排序"
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
        placeholders = Exists(Placeholder.objects.filter(speech=OuterRef("pk")))
        return queryset.filter(placeholders if value == "true" else ~placeholders)

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
        counts = self.facet_counts()
        for name, choices in (("level", Level.choices), ("genre", Genre.choices)):
            self.form.fields[name].choices = [("", "全部")] + [
                (value, f"{label}（{counts[name].get(value, 0)}）") for value, label in choices
            ]
        years = sorted((year for year in counts["year"] if year is not None), reverse=True)
        selected = self.form.cleaned_data.get("year")
        if selected and selected not in counts["year"]:
            years = sorted([*years, selected], reverse=True)
        self.form.fields["year"].widget = forms.Select(
            choices=[("", "全部")]
            + [(year, f"{year}（{counts['year'].get(year, 0)}）") for year in years]
        )
