from django.contrib import admin
from django.urls import include, path

from speeches.api.routes import urlpatterns as api_urls

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("accounts/", include("speecharchive.auth_urls")),
    path("admin/", admin.site.urls),
    path("api/", api_urls()),
    path("", include("speeches.urls")),
]
