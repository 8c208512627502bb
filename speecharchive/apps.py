from django.contrib.admin.apps import AdminConfig


class ArchiveAdminConfig(AdminConfig):
    """django.contrib.admin with the guarded site (speecharchive/admin_site.py)."""

    default_site = "speecharchive.admin_site.ArchiveAdminSite"
