"""The editors' admin (Chinese, for the 编辑 group). Declarative: validation lives in
`admin_forms`, every write in `editing` (version check, stamps, renumbering, re-derivation,
snapshots); the views here only route the editor's input there and say what happened.

One module per page: `speech` (with its inlines, versions and restore), `section` (with merge
and split), `quote`; `common` holds what they share."""

from django.contrib import admin

from ..api import admin as api_admin  # noqa: F401  (registers the API tokens' admin)
from . import quote, section, speech  # noqa: F401  (register the archive's admin pages)

admin.site.site_header = "讲话稿档案库 · 编辑后台"
admin.site.site_title = "讲话稿档案库"
admin.site.index_title = "编辑"
