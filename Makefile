# Speech Archive: `make run` serves the archive locally; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
AXE := $(VENV)/node/node_modules/axe-core/axe.min.js
HOST_PORT ?= 127.0.0.1:8000
# Local runs and tests use development settings; production sets SECRET_KEY and ALLOWED_HOSTS.
DEV := DJANGO_DEBUG=1
# `make serve`: the production configuration on this machine (DEBUG off, gunicorn), over plain
# HTTP on HOST_PORT, with a secret key generated once into SECRET_KEY_FILE (git-ignored).
# Behind nginx with HTTPS, leave the three *_SECURE/_REDIRECT settings at their default (on).
SECRET_KEY_FILE ?= .local-secret-key
# The workers share the archive's cached counts and pages in this directory (git-ignored).
CACHE_DIR ?= $(CURDIR)/.local-cache
ALLOWED_HOSTS ?= 127.0.0.1,localhost
SECURE_SSL_REDIRECT ?= 0
SESSION_COOKIE_SECURE ?= 0
CSRF_COOKIE_SECURE ?= 0
PROD = DJANGO_DEBUG=0 SECRET_KEY="$${SECRET_KEY:-$$(cat $(SECRET_KEY_FILE))}" \
	ALLOWED_HOSTS="$(ALLOWED_HOSTS)" SECURE_SSL_REDIRECT=$(SECURE_SSL_REDIRECT) \
	SESSION_COOKIE_SECURE=$(SESSION_COOKIE_SECURE) CSRF_COOKIE_SECURE=$(CSRF_COOKIE_SECURE) \
	CACHE_DIR="$(CACHE_DIR)"

.PHONY: run serve test lint format migrate seed unit browser bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

# axe-core (accessibility checks in the browser tests) comes from npm when npm is available.
$(AXE):
	@if command -v npm >/dev/null 2>&1; then \
		mkdir -p $(VENV)/node && npm install --silent --prefix $(VENV)/node --no-audit --no-fund axe-core@4; \
	else echo "npm not found: accessibility checks will be skipped"; fi

migrate: $(STAMP)
	$(DEV) $(BIN)/python manage.py migrate --no-input -v0

seed: migrate
	$(DEV) $(BIN)/python manage.py import_speeches seeds/

run: seed
	$(DEV) HOST_PORT=$(HOST_PORT) $(BIN)/python manage.py ensure_local_admin
	$(DEV) $(BIN)/python manage.py runserver $(HOST_PORT)

$(SECRET_KEY_FILE):
	@umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	@echo "generated a secret key in $@"

serve: $(STAMP) $(SECRET_KEY_FILE)
	$(PROD) $(BIN)/python manage.py migrate --no-input -v0
	$(PROD) $(BIN)/python manage.py collectstatic --no-input -v0
	$(PROD) BIND=$(HOST_PORT) $(BIN)/gunicorn -c speecharchive/gunicorn_conf.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

unit: $(STAMP)
	$(DEV) $(BIN)/python -m pytest --ignore=tests/browser

# Playwright's sync API runs an event loop in the test thread, so the browser tests get their
# own process where Django's async-safety check is relaxed.
browser: $(STAMP) $(AXE)
	$(DEV) DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/python -m pytest tests/browser

test: lint unit browser

bench: $(STAMP)
	$(DEV) $(BIN)/python bench/parse_accuracy.py
	$(DEV) $(BIN)/python bench/search.py

clean:
	rm -rf $(VENV) staticfiles artifacts .pytest_cache .ruff_cache
