# OIH Guide. On a fresh machine: `make serve` builds and serves the site,
# `make test` sets up everything and runs every test.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# apt-get needs root; CI runs as root, a developer may need sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve build test bench deps chromium clean

serve: build
	$(BIN)/python -m site_build.serve --dir site --port $(PORT)

build: deps
	$(BIN)/mkdocs build --strict

test: deps chromium
	$(BIN)/python -m pytest

# Figures, not pass/fail: CPython scoring time, the tool's cold ready time, the JS-Python round trip.
bench: build chromium
	$(BIN)/python bench/bench_tool.py

deps: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV) || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium: Playwright drives it; it never downloads a browser of its own.
chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }

clean:
	rm -rf site dist .pytest_cache
