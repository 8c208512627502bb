"""Site-wide template values that need no database (the 500 page has none of these)."""

from django.conf import settings


def site(request):
    return {
        "site_admin_contact": settings.SITE_ADMIN_CONTACT,
        "password_reset_enabled": settings.PASSWORD_RESET_ENABLED,
    }
