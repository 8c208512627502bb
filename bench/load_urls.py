"""The archive's URLs plus a minimal reference page for bench/load.py.

The reference page goes through the same middleware (session, login, CSP, axes…) and renders a
constant page in the site's layout (base.html: header, navigation, the user's name): each page's
throughput is reported as a share of its, so the ratio is what the page itself costs.
"""

from django.template import engines
from django.template.response import TemplateResponse
from django.urls import include, path

REFERENCE = engines["django"].from_string(
    '{% extends "base.html" %}{% block content %}<h1>参照页</h1><p>固定内容。</p>{% endblock %}'
)


def reference(request):
    return TemplateResponse(request, REFERENCE, {})


urlpatterns = [
    path("bench/reference/", reference),
    path("", include("speecharchive.urls")),
]
