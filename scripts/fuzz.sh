#!/usr/bin/env bash
# The long fuzz run of the whole pipeline (read_page -> extract -> import), see tests/test_fuzz.py.
#   scripts/fuzz.sh            3000 examples per property (a few minutes)
#   scripts/fuzz.sh 20000      more
# Failing examples are kept in .hypothesis/ and replayed first by the next run (and by `make test`).
set -euo pipefail
cd "$(dirname "$0")/.."
HYPOTHESIS_PROFILE=fuzz JZ_FUZZ_EXAMPLES="${1:-3000}" exec .venv/bin/pytest -q tests/test_fuzz.py
