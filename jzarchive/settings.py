"""jzarchive settings: one module, configured by environment variables.

DATABASE_URL          postgres://user@127.0.0.1:5432/jzarchive (psycopg 3), or sqlite:///path;
                      unset: an embedded SQLite file under var/ for a first run.
DJANGO_SECRET_KEY     required when DJANGO_DEBUG=0.
DJANGO_DEBUG          1 (default) for development, 0 for production.
DJANGO_ALLOWED_HOSTS  comma-separated host names.
DJANGO_CONN_MAX_AGE   seconds a database connection is kept between requests (default 0: closed).
JZARCHIVE_MAX_PAGE_BYTES  largest page file the importer accepts (default 5 MiB).
JZARCHIVE_IMPORT_WORKERS  reading processes for large imports (default: the number of cores).
JZARCHIVE_MAX_UPLOAD_BYTES  largest request body, e.g. a roster uploaded in the admin (default 10 MiB).
JZARCHIVE_LOGIN_MAX_FAILURES / JZARCHIVE_LOGIN_LOCK_MINUTES  login throttling (default 5 / 15).
JZARCHIVE_PROXY_COUNT  reverse proxies in front that append to X-Forwarded-For (default 0).
JZARCHIVE_CACHE_DIR   shared cache of the worker processes (login counts) in production.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from import_export.formats import base_formats

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("JZARCHIVE_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG=0")
    # Development only: a key that is obviously not a production secret.
    SECRET_KEY = "dev-insecure-jzarchive-key-set-DJANGO_SECRET_KEY-in-production"

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h.strip()]
if DEBUG and not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "import_export",
    "simple_history",
    "articles",
    "people",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "jzarchive.security.MaxUploadSizeMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "jzarchive.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "jzarchive" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # the admin's change lists with cached lookups (jzarchive/admin_base.py)
            "libraries": {"jz_admin": "jzarchive.admin_tags"},
        },
    },
]

WSGI_APPLICATION = "jzarchive.wsgi.application"


def database_config() -> dict:
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{VAR_DIR / 'jzarchive.sqlite3'}"
    # DJANGO_CONN_MAX_AGE > 0 keeps a worker thread's connection between requests (saves the
    # connection set-up, a few ms a request); a connection found broken is replaced, not used.
    conn_max_age = int(os.environ.get("DJANGO_CONN_MAX_AGE", "0"))
    config = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=conn_max_age > 0)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets the admin read while an import writes; a busy timeout instead of "database is locked".
        # IMMEDIATE: a transaction takes the write lock when it begins, so two writers wait for each
        # other (up to the timeout) instead of failing when a read turns into a write.
        config.setdefault("OPTIONS", {}).update(
            {
                "timeout": 30,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
            }
        )
    return config


DATABASES = {"default": database_config()}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Login throttling (jzarchive/security.py): N failed logins for one user name from one address lock
# that pair for M minutes. The counts live in the cache, which must be shared by all worker processes:
# in production a file cache under var/ (one machine); in development the process's memory.
AUTHENTICATION_BACKENDS = ["jzarchive.security.ThrottledModelBackend"]
JZARCHIVE_LOGIN_MAX_FAILURES = int(os.environ.get("JZARCHIVE_LOGIN_MAX_FAILURES", "5"))
JZARCHIVE_LOGIN_LOCK_MINUTES = int(os.environ.get("JZARCHIVE_LOGIN_LOCK_MINUTES", "15"))
JZARCHIVE_PROXY_COUNT = int(os.environ.get("JZARCHIVE_PROXY_COUNT", "0"))
# The admin's list lookups (filter values, years, counts: jzarchive/admin_base.py) have a cache of
# their own: they are many, and culling them must never drop a login lock-out from the default one.
if DEBUG:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "lookups": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "lookups"},
    }
else:
    CACHE_DIR = Path(os.environ.get("JZARCHIVE_CACHE_DIR", str(VAR_DIR / "cache")))
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(CACHE_DIR),
        },
        "lookups": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(CACHE_DIR / "lookups"),
            "OPTIONS": {"MAX_ENTRIES": 3000},
        },
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"

# The importer refuses page files larger than this (a page of a daily is ~10-60 KB of text).
JZARCHIVE_MAX_PAGE_BYTES = int(os.environ.get("JZARCHIVE_MAX_PAGE_BYTES", str(5 * 1024 * 1024)))
# Processes that read pages and extract entities while the main process stores them (big imports).
JZARCHIVE_IMPORT_WORKERS = int(os.environ.get("JZARCHIVE_IMPORT_WORKERS", str(os.cpu_count() or 1)))

# Uploads: no request body over this reaches a view (413, jzarchive/security.py); form fields
# (not files) are capped at DATA_UPLOAD_MAX_MEMORY_SIZE; files over FILE_UPLOAD_MAX_MEMORY_SIZE are
# spooled to a temporary file instead of memory.
JZARCHIVE_MAX_UPLOAD_BYTES = int(os.environ.get("JZARCHIVE_MAX_UPLOAD_BYTES", str(10 * 1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# django-import-export: imports run in one transaction and are previewed first.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# Rosters come in as CSV or XLSX; lists go out as CSV, XLSX or JSON.
IMPORT_FORMATS = [base_formats.CSV, base_formats.XLSX]
EXPORT_FORMATS = [base_formats.CSV, base_formats.XLSX, base_formats.JSON]

if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_AGE = int(os.environ.get("DJANGO_SESSION_COOKIE_AGE", str(12 * 3600)))
# Sent in every mode: the session cookie never readable by scripts, no framing, no MIME sniffing.
# (The CSRF cookie stays readable: the admin's scripts send it back; HttpOnly would gain nothing.)
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "jzarchive": {"handlers": ["console"], "level": os.environ.get("JZARCHIVE_LOG_LEVEL", "INFO")}
    },
}
