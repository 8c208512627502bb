"""Settings for Speech Archive, read from the environment in this one file.

DATABASE_URL   unset or empty: a SQLite file in the project; postgres://… for production.
SECRET_KEY     required unless DJANGO_DEBUG=1.
DJANGO_DEBUG   1 for local development.
ALLOWED_HOSTS  comma-separated; defaults to localhost only when debugging.
Production settings (README "Production"): CSRF_TRUSTED_ORIGINS, SECURE_SSL_REDIRECT,
SECURE_HSTS_SECONDS, SESSION_COOKIE_SECURE, CSRF_COOKIE_SECURE, TRUST_X_FORWARDED_FOR,
DATABASE_REPLICA_URLS, CACHE_DIR, EMAIL_URL, DEFAULT_FROM_EMAIL, SITE_ADMIN_CONTACT, LOG_FORMAT,
LOG_LEVEL.
"""

import datetime as dt
import logging
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .mail import parse_email_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0), got {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set (or DJANGO_DEBUG=1 for development)")
    SECRET_KEY = "insecure-development-key-only-used-with-DJANGO_DEBUG"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DJANGO_DEBUG is off")

INSTALLED_APPS = [
    "speecharchive.apps.ArchiveAdminConfig",  # django.contrib.admin, guarded site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "simple_history",
    "ninja",  # the API's docs page then serves Swagger UI from static/, not a CDN
    "axes",
    "speeches",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "speecharchive.middleware.security_headers",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "speecharchive.routers.ReplicaReadsMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "speecharchive.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "speecharchive.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "speecharchive.wsgi.application"


def database(url: str) -> dict:
    """One database's settings from its URL, with the options the archive's queries rely on."""
    config = dj_database_url.parse(
        url,
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers go on while an import writes; IMMEDIATE avoids lock-upgrade deadlocks.
        # A checkpoint (the WAL copied into the database, with two fsyncs) once the WAL holds
        # 10,000 pages (40 MB), not SQLite's 1,000: an import writes ~210 pages a file (index
        # pages above all), and a checkpoint every fifth file or so cost more than the rest of
        # its commit (docs/deploy.md, "Import speed").
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA wal_autocheckpoint=10000;"
            ),
        }
        config["CONN_MAX_AGE"] = 0
    else:
        # No JIT: the archive's queries are short, and compiling one whose estimated cost is high
        # (a search probe, a sampled count) takes 10-15 ms, more than running it.
        # Prefetch 32 blocks ahead in bitmap scans: a search's probe reads its 300-5,000 rows
        # scattered over the index table, and from a cold cache prefetching made it about 5 times
        # faster (docs/search.md); on cached blocks it changes nothing measurable.
        options = config.setdefault("OPTIONS", {})
        options["options"] = "-c jit=off -c effective_io_concurrency=32"
        # A database that does not answer fails /healthz (and a request) in seconds, not minutes.
        options["connect_timeout"] = env_int("DB_CONNECT_TIMEOUT", 5)
    return config


DATABASES = {
    "default": database(
        os.environ.get("DATABASE_URL", "").strip() or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    )
}
# Streaming replicas of the primary (docs/deploy.md): read-only page and search queries go to
# them (speecharchive/routers.py); writes, logins and the admin stay on the primary. In tests a
# replica mirrors the default database.
for number, url in enumerate(env_list("DATABASE_REPLICA_URLS", []), start=1):
    DATABASES[f"replica{number}"] = {**database(url), "TEST": {"MIRROR": "default"}}
DATABASE_ROUTERS = ["speecharchive.routers.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Values computed from the whole archive (facet counts, quote-bank pages, trends) are cached
# under the archive's data version (speeches/dataversion.py). With CACHE_DIR the workers of a
# machine share them (files; `make serve` sets it): each is computed once, not once per worker.
# Unset, each process keeps its own (Django's default, in memory).
CACHE_DIR = os.environ.get("CACHE_DIR", "").strip()
if CACHE_DIR:
    CACHES = {
        "default": {
            "BACKEND": "speecharchive.cache.FileCache",  # FileBasedCache, culled less often
            "LOCATION": CACHE_DIR,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "speeches:list"
LOGOUT_REDIRECT_URL = "login"

# Login throttling (django-axes): 10 wrong passwords for one user from one address lock that
# pair out for 15 minutes (a Chinese page, status 429); `manage.py axes_reset` unlocks early.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "speecharchive.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "speecharchive.middleware.client_ip"
# The log of failures and lockouts names the user and the address (never the password).
AXES_SENSITIVE_PARAMETERS = []
# Behind nginx every request comes from 127.0.0.1: with this on, the client is the address the
# proxy appended to X-Forwarded-For (docs/deploy.md). Off where clients reach gunicorn directly.
TRUST_X_FORWARDED_FOR = env_bool("TRUST_X_FORWARDED_FOR")

# Password reset needs mail: without EMAIL_URL its pages do not exist and the login page says
# whom to ask (SITE_ADMIN_CONTACT) instead of promising a mail that is never sent.
EMAIL_URL = os.environ.get("EMAIL_URL", "").strip()
PASSWORD_RESET_ENABLED = bool(EMAIL_URL)
if EMAIL_URL:
    globals().update(parse_email_url(EMAIL_URL))
    DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "").strip()
    if not DEFAULT_FROM_EMAIL:
        raise ImproperlyConfigured("DEFAULT_FROM_EMAIL must be set when EMAIL_URL is set")
    SERVER_EMAIL = DEFAULT_FROM_EMAIL
SITE_ADMIN_CONTACT = os.environ.get("SITE_ADMIN_CONTACT", "").strip() or "本单位的档案库管理员"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Largest file import_speeches accepts; real speeches are well under 1 MB.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 5 * 1024 * 1024)

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
if not DEBUG:
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # A load balancer probes /healthz over plain HTTP from inside the network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# Browser preload lists are for public domains; an archive on an intranet name is never
# submitted, so the deployment check's preload warning does not apply (SECURE_HSTS_PRELOAD=1
# still turns it on).
SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Content-Security-Policy (django-csp): only the site's own scripts, styles and images, no
# inline code; the favicon is an empty data: URL.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Browser features the archive never uses; the reader copies passages (clipboard-write).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), clipboard-write=(self)"
)

# Logs go to stdout/stderr for the service manager or a collector: text lines by default, one
# JSON object per line with LOG_FORMAT=json.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text").strip().lower() or "text"
if LOG_FORMAT not in {"text", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be text or json, got {LOG_FORMAT!r}")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "").strip().upper() or "WARNING"
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    raise ImproperlyConfigured(f"LOG_LEVEL must be a logging level name, got {LOG_LEVEL!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "speecharchive.logs.JsonFormatter"},
    },
    "filters": {"one_line": {"()": "speecharchive.logs.OneLine"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT},
        # A request with a foreign Host header is a probe, not a bug: one line, no traceback.
        "one_line": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["one_line"],
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Failed logins and lockouts are warnings of django-axes (its INFO lines are noise).
        "axes": {"level": "WARNING"},
        "django.security.DisallowedHost": {
            "handlers": ["one_line"],
            "level": "WARNING",
            "propagate": False,
        },
    },
}
if LOG_FORMAT == "json":
    # Python's warnings (e.g. a missing static folder) as log records: every line stays JSON.
    logging.captureWarnings(True)
