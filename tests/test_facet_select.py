"""FacetSelect renders in Python exactly what Django's select templates render (it is on every
browse page, and the templates were a quarter of the page's time)."""

import pytest
from django import forms

from speeches.filters import FacetSelect


@pytest.mark.parametrize(
    ("choices", "value"),
    [
        ([("", "全部"), ("县", "县（2）"), ("全国", "全国（0）"), (2020, "2020年")], "县"),
        ([("", "全部"), ("unknown", "年份不详")], None),
        ([("组", [("x", 'X<"&')]), ("", "全部")], "x"),
    ],
)
def test_it_renders_what_the_templates_render(choices, value):
    widget = FacetSelect(
        choices=choices,
        empty={"全国"},
        attrs={"aria-describedby": "help", "required": True, "disabled": False},
    )
    fast = widget.render("level", value, {"id": "id_level"})
    assert fast == forms.Select.render(widget, "level", value, {"id": "id_level"})
    assert 'class="option--empty"' in fast or "全国" not in str(choices)
