# jzarchive: two commands on a fresh machine.
#   make demo   virtualenv + dependencies, migrate, import seeds/, print an admin login, serve the admin
#   make test   lint and the whole test suite (SQLite by default; set DATABASE_URL for PostgreSQL)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test venv lint format clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# The C Viterbi of people/extraction/fastpos.py, optional: without a C compiler or Python's headers
# fastpos uses its Python one (the same result, slower), and the next `make venv` tries again.
$(VENV)/.built: $(VENV)/.installed setup.py people/extraction/_viterbi.c
	@if $(PY) setup.py build_ext --inplace --build-temp $(VENV)/build-ext --build-lib $(VENV)/build-ext >$(VENV)/build-ext.log 2>&1; \
	then touch $@; \
	else echo "notice: C Viterbi not built (C compiler or Python headers missing? $(VENV)/build-ext.log): using the Python one"; fi

venv: $(VENV)/.built

demo: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py import_seeds seeds/
	$(PY) manage.py demo_login
	@echo "admin: http://$(HOST):$(PORT)/admin/  (Ctrl-C stops the server)"
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: lint
	$(VENV)/bin/pytest

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache people/extraction/_viterbi.*.so
