#!/bin/sh
# Import the invented development pages (tests/devset/pages) into a scratch SQLite database, export
# them, and score the export against their hand-made annotations (tests/devset/gold) with the
# client's scorer. A measurement beside the gold pages, never a test:
#
#   scripts/score_devset.sh [--verbose]        (SCORER=path/to/score.py to use another copy)
#
# The pages and their annotations are invented from end to end (docs/measurements.md).
set -eu
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export DATABASE_URL="sqlite:///$scratch/devset.sqlite3"
.venv/bin/python manage.py migrate -v0
.venv/bin/python manage.py import_seeds tests/devset/pages >/dev/null
.venv/bin/python manage.py export_articles --output "$scratch/export.jsonl" >/dev/null
python3 "${SCORER:-../shared/eval/score.py}" "$scratch/export.jsonl" tests/devset/gold "$@"
