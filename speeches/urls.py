from django.urls import path

from . import views
from .exports import views as export_views
from .reuse import views as reuse_views
from .search import views as search_views

app_name = "speeches"

urlpatterns = [
    path("", views.speech_list, name="list"),
    path("speeches/<int:pk>/", views.speech_detail, name="detail"),
    path("quotes/", views.quote_list, name="quotes"),
    path("quotes/slogans/", views.slogan_list, name="slogans"),
    path("search/", search_views.search, name="search"),
    path("speeches/<int:pk>/download/<str:fmt>/", export_views.download, name="download"),
    path("export/catalogue/", export_views.catalogue, name="export_catalogue"),
    path("export/archive/", export_views.archive, name="export_archive"),
    path("reuse/", reuse_views.reuse_list, name="reuse"),
    path("compare/", reuse_views.compare, name="compare"),
    path("trends/", reuse_views.trends_view, name="trends"),
]
