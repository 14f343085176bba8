#!/bin/sh
# One load run: start the admin under gunicorn with production settings, wait until it answers,
# run scripts/loadtest.py against it, stop the server. Arguments go to loadtest.py.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/jzload flock /tmp/jz-heavy.lock \
#       scripts/load_run.sh --users 20 --duration 60 --think 1
#
# Server setup (docs/robustness.md "Load"): jzarchive/gunicorn_conf.py with GUNICORN_WORKERS
# processes x GUNICORN_THREADS threads (default 4 x 2), persistent database connections
# (DJANGO_CONN_MAX_AGE), the shared file cache of the worker processes in a fresh directory.
set -eu
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?set DATABASE_URL to the load database}"
PORT=${PORT:-8011}
WORKERS=${GUNICORN_WORKERS:-4}
THREADS=${GUNICORN_THREADS:-2}
CACHE_DIR=$(mktemp -d /tmp/jzload-cache.XXXXXX)
LOG=${LOAD_SERVER_LOG:-/tmp/jzload-server.log}

DJANGO_DEBUG=0 \
DJANGO_SECRET_KEY="load-run-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" \
DJANGO_ALLOWED_HOSTS=127.0.0.1 \
DJANGO_CONN_MAX_AGE=${DJANGO_CONN_MAX_AGE:-600} \
JZARCHIVE_CACHE_DIR="$CACHE_DIR" \
GUNICORN_BIND="127.0.0.1:$PORT" GUNICORN_WORKERS=$WORKERS GUNICORN_THREADS=$THREADS \
    .venv/bin/gunicorn -c jzarchive/gunicorn_conf.py jzarchive.wsgi:application >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$CACHE_DIR"' EXIT INT TERM

i=0
until python3 -c "import urllib.request as u; u.urlopen(u.Request('http://127.0.0.1:$PORT/admin/login/',
        headers={'X-Forwarded-Proto': 'https'}), timeout=5)" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -lt 60 ] || { echo "server did not start, see $LOG" >&2; exit 1; }
    sleep 0.5
done
echo "gunicorn -c jzarchive/gunicorn_conf.py: $WORKERS workers x $THREADS threads (gthread) on 127.0.0.1:$PORT; $(nproc) CPUs;" \
    "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
python3 scripts/loadtest.py --base "http://127.0.0.1:$PORT" "$@" || status=$?
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
