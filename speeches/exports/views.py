"""Download views: one speech, the Excel catalogue, the ZIP. Thin: check the input, call the
builders in this package, send the bytes. Bad input is a 4xx, never a 500."""

from __future__ import annotations

import datetime as dt

from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from ..models import Speech
from . import FORMATS, content_disposition, normalise_encoding, render_speech
from .archive import ZIP_MAX, stream_zip
from .catalogue import XLSX, build_catalogue
from .selection import select_speeches

FLAGS = {"": False, "0": False, "false": False, "no": False, "1": True, "true": True, "yes": True}
ZIP_FORMATS = ("docx", "md")


def _bad_request(message: str) -> HttpResponse:
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _linker(request: HttpRequest):
    """pk → the speech page's absolute URL."""
    base = request.build_absolute_uri("/").rstrip("/")
    return lambda pk: base + reverse("speeches:detail", args=[pk])


def _attach(response: HttpResponse, filename: str, fallback: str) -> HttpResponse:
    response["Content-Disposition"] = content_disposition(filename, fallback)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404("没有这种下载格式")
    outline = FLAGS.get(request.GET.get("outline", "").strip().lower())
    if outline is None:
        return _bad_request("参数 outline 只能是 1 或 0")
    encoding = normalise_encoding(fmt, request.GET.get("encoding"))
    if encoding is None:
        return _bad_request("不支持这种编码：纯文本可用 utf-8 或 gb18030，其他格式只用 utf-8")
    speech = get_object_or_404(Speech.objects.with_outline(), pk=pk)
    export = render_speech(
        speech, fmt, outline=outline, encoding=encoding, url=_linker(request)(speech.pk)
    )
    response = HttpResponse(export.content, content_type=export.content_type)
    return _attach(response, export.filename, export.fallback)


def catalogue(request: HttpRequest) -> HttpResponse:
    selection = select_speeches(request.GET)
    file = build_catalogue(selection.speeches, _linker(request), selection.conditions)
    today = dt.date.today().isoformat()
    response = FileResponse(file, content_type=XLSX)
    return _attach(response, f"讲话稿目录（{today}）.xlsx", f"speeches-{today}.xlsx")


def _back(request: HttpRequest) -> str:
    """The page the button was on: search results or the list, with the same parameters."""
    params = request.GET.copy()
    params.pop("format", None)
    page = "speeches:search" if params.get("q") else "speeches:list"
    return reverse(page) + (f"?{params.urlencode()}" if params else "")


def archive(request: HttpRequest) -> HttpResponse:
    fmt = request.GET.get("format", "docx")
    if fmt not in ZIP_FORMATS:
        return _bad_request("打包格式只能是 docx 或 md")
    selection = select_speeches(request.GET)
    # query: the ids, one more than the cap tells whether there are too many
    ids = list(selection.speeches.values_list("pk", flat=True)[: ZIP_MAX + 1])
    if len(ids) > ZIP_MAX or not ids:
        context = {
            "count": selection.speeches.count() if ids else 0,
            "cap": ZIP_MAX,
            "back": _back(request),
        }
        return render(request, "speeches/export_refused.html", context, status=400)
    response = StreamingHttpResponse(stream_zip(ids, fmt, _linker(request)), "application/zip")
    return _attach(response, f"讲话稿（{len(ids)}篇）.zip", f"speeches-{len(ids)}.zip")
