"""gunicorn settings for the archive's admin:

    gunicorn -c jzarchive/gunicorn_conf.py jzarchive.wsgi:application

Measured on 2 cores with 20 curators (docs/robustness.md "Load"): a page costs about 40 ms of
Python and 10 ms of PostgreSQL, so Python is the bottleneck and the GIL lets one thread of a process
run at a time. Hence processes, two per core (one waits on the database while the other computes),
each with two threads (a slow page does not hold up the next request behind it).

The application is loaded once in the master and the workers are forked from it (preload_app),
after jieba's dictionary and the admin's templates and URLs are loaded (`when_ready`): otherwise
each worker's first search spends half a second of CPU loading the dictionary while holding the
GIL, and its first pages compile the templates, on the requests of the first curators. No database
connection is opened before the fork.

Environment: GUNICORN_BIND (127.0.0.1:8000), GUNICORN_WORKERS (2 x cores), GUNICORN_THREADS (2);
the settings' own variables (DJANGO_DEBUG=0, DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS,
DJANGO_CONN_MAX_AGE: keep each thread's database connection, e.g. 600).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", str(2 * (os.cpu_count() or 1))))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
preload_app = True
timeout = 60
# a worker is replaced after this many requests (with jitter): bounds a slow leak, never all at once
max_requests = 5000
max_requests_jitter = 500


def when_ready(server) -> None:
    """In the master, after the application is loaded and before the workers are forked."""
    from django.template.loader import get_template
    from django.urls import reverse

    from articles.search import segment

    segment("焦作日报档案库")  # loads jieba's dictionary
    reverse("admin:index")  # builds the URL resolver
    for name in (
        "admin/index.html",
        "admin/jz_change_list.html",
        "admin/import_export/change_list_import_export.html",
        "admin/change_form.html",
        "admin/edit_inline/tabular.html",
    ):
        get_template(name)
    server.log.info("jieba, URLs and admin templates loaded before forking the workers")
