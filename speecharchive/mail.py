"""EMAIL_URL → Django's mail settings, failing loudly on anything it does not understand.

    smtp://user:password@mail.example.org:25     plain SMTP (STARTTLS with ?tls=1)
    submission://user:password@mail.example.org  port 587 with STARTTLS
    smtps://user:password@mail.example.org       port 465, TLS from the start
    console://                                   print mails to stdout (trying it out)

User and password are percent-encoded in the URL (an @ in a user name is %40).
"""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

SCHEMES = {
    "smtp": (25, False, False),
    "submission": (587, True, False),
    "smtps": (465, False, True),
}


def parse_email_url(url: str) -> dict:
    parts = urlsplit(url)
    if parts.scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if parts.scheme not in SCHEMES:
        raise ImproperlyConfigured(
            f"EMAIL_URL must start with smtp://, submission://, smtps:// or console://, got "
            f"{parts.scheme or url!r}"
        )
    if not parts.hostname:
        raise ImproperlyConfigured("EMAIL_URL must name the mail server's host")
    port, tls, ssl = SCHEMES[parts.scheme]
    try:
        port = parts.port or port
    except ValueError:
        raise ImproperlyConfigured("EMAIL_URL has an invalid port") from None
    query = parse_qs(parts.query)
    if query.get("tls") == ["1"]:
        tls = True
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": tls,
        "EMAIL_USE_SSL": ssl,
        "EMAIL_TIMEOUT": 10,
    }
