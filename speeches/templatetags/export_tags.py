"""The bulk-download buttons' limit, for the list and search pages."""

from django import template

from ..exports.archive import ZIP_MAX

register = template.Library()


@register.simple_tag
def zip_cap() -> int:
    """How many speeches one ZIP may hold."""
    return ZIP_MAX
