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
# Honest figures need a quiet machine: wait (up to 10 min) until the CPUs are less than 15 % busy
# over 5 s (LOAD_WAIT_IDLE=0 skips this).
if [ "${LOAD_WAIT_IDLE:-1}" != 0 ]; then
    i=0
    while :; do
        busy=$(python3 -c "
import time
def cpu():
    f = list(map(int, open('/proc/stat').readline().split()[1:]))
    return f[3] + f[4], sum(f)
(i0, t0) = cpu(); time.sleep(5); (i1, t1) = cpu()
print(round(100 * (1 - (i1 - i0) / (t1 - t0))))")
        [ "$busy" -lt 15 ] && break
        i=$((i + 1))
        [ "$i" -lt 120 ] || { echo "the machine stayed busy ($busy %): not measuring" >&2; exit 1; }
        echo "waiting for a quiet machine: CPUs $busy % busy"
    done
fi
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
echo "$(date -u '+%F %T UTC') gunicorn -c jzarchive/gunicorn_conf.py: $WORKERS workers x $THREADS threads" \
    "(gthread) on 127.0.0.1:$PORT; $(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cpu_before=$(head -1 /proc/stat)
status=0
python3 scripts/loadtest.py --base "http://127.0.0.1:$PORT" "$@" || status=$?
cpu_after=$(head -1 /proc/stat)
times >"$CACHE_DIR/times"  # (not in a pipe or $(...): a subshell has no children of its own)
client_cpu=$(tail -1 "$CACHE_DIR/times")
# Where the machine's CPU time went during the run: this server (gunicorn and its PostgreSQL
# connections, the logins included), the load script, and the rest (other programs on a shared
# machine, which inflate the figures).
python3 - "$cpu_before" "$cpu_after" "$SERVER" "$client_cpu" "${DATABASE_URL##*/}" <<'PY'
import os, re, sys

hz = os.sysconf("SC_CLK_TCK")
a, b = ([int(x) for x in s.split()[1:]] for s in sys.argv[1:3])
d = [y - x for x, y in zip(a, b)]
busy = (sum(d) - d[3] - d[4]) / hz
server_pid = sys.argv[3]
server = 0.0
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        stat = open(f"/proc/{pid}/stat").read()
        cmd = open(f"/proc/{pid}/cmdline").read()
    except OSError:
        continue
    fields = stat.rsplit(")", 1)[1].split()
    if pid == server_pid or fields[1] == server_pid or (cmd.startswith("postgres:") and f" {sys.argv[5]} " in cmd):
        server += (int(fields[11]) + int(fields[12])) / hz
client = sum(int(m) * 60 + float(s) for m, s in re.findall(r"(\d+)m([\d.]+)s", sys.argv[4]))
print(
    f"CPU seconds during the run: machine {busy:.1f} (of {sum(d) / hz:.0f}), this server {server:.1f}"
    " (since it started),"
    f" load script {client:.1f}, other programs about {max(0.0, busy - server - client):.1f}"
)
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
