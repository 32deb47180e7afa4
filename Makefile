# OIH Guide. On a fresh machine: `make serve` builds and serves the site,
# `make test` sets up everything and runs every test; `make check` is the quick loop.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# apt-get needs root; CI runs as root, a developer may need sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# MkDocs 1.6 prints a banner about MkDocs 2 on every build.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve serve-prod build offline check lint test bench deps chromium nginx java clean audit messages

serve: build
	$(BIN)/python -m site_build.publish.serve --dir site --port $(PORT)

# The built site through Debian's nginx with deploy/nginx.conf's headers and
# precompressed files, in the foreground, as a real server would send it.
serve-prod: build nginx
	$(BIN)/python -m site_build.publish.serve_prod --dir site --port $${PORT:-8080}

# The online site, its offline copy (zipped into site/downloads/), the Anki deck, the PDF
# handbook (printed by Chromium) and the service worker.
build: deps chromium
	$(BIN)/python -m site_build.build --site-dir site

# The offline copy for students: unzip it and double-click index.html.
offline: deps chromium
	$(BIN)/python -m site_build.build --site-dir site --offline-zip dist/oih-guide-offline.zip

# ruff over all Python, mypy --strict on assessment/ (both configured in pyproject.toml).
lint: deps
	$(BIN)/ruff check .
	$(BIN)/mypy

# The quick loop, without a browser or a build: the linters, then every test
# that needs neither (tests/conftest.py marks the others `browser` and `site`).
check: lint
	$(BIN)/python -m pytest -m "not browser and not site"

test: lint chromium nginx
	$(BIN)/python -m pytest --durations=25

# Figures, not pass/fail: CPython scoring time, the tool's cold ready time, the JS-Python round trip.
bench: build chromium
	$(BIN)/python bench/bench_tool.py

deps: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV) || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

# --ignore-scripts: vnu-jar's is the only install script, and it would download a
# Java runtime from GitHub; `make java` installs Debian's instead, for `make audit` only.
node_modules/.installed: package.json package-lock.json
	command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# Debian's Chromium: Playwright drives it; it never downloads a browser of its own.
chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }

# Debian's nginx and its brotli module: serve-prod and the production-header tests run it.
nginx:
	@{ command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; } && [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || \
		{ $(SUDO) apt-get update && $(SUDO) apt-get install -y nginx libnginx-mod-http-brotli-static; }

# The message catalogs: every reader-facing English message into
# locales/messages.pot, then each language's catalog updated from it (new
# messages empty, changed ones fuzzy until a translator checks them).
messages: deps
	$(BIN)/pybabel extract --mapping-file babel.cfg --add-location file --sort-output --no-wrap \
		--project "OIH Guide" --copyright-holder "The OIH Guide project" \
		--output-file locales/messages.pot assessment site_build
	@for po in locales/*/LC_MESSAGES/messages.po; do [ -e "$$po" ] || continue; \
		$(BIN)/pybabel update --input-file locales/messages.pot --output-file "$$po" --no-wrap \
			--locale "$$(basename "$$(dirname "$$(dirname "$$po")")")"; done
	$(BIN)/python -m site_build.runtime.catalog check

# Debian's Java runtime: the Nu HTML Checker (vnu.jar, pinned npm devDependency) runs on it in
# `make audit`. `make test` does not need it.
java:
	@command -v java >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y default-jre-headless; }

clean:
	rm -rf site dist build .cache .pytest_cache

# Every built page (online, offline copy) through a strict parser and the Nu HTML
# Checker (bench/html_check.py), then Lighthouse (pinned npm devDependency) on every
# page, mobile, over loopback: a table of scores per page, the failing audits, JSON
# last. Both always run; either failing fails the audit. Not part of `make test`.
audit: build chromium java
	@status=0; \
	$(BIN)/python bench/html_check.py || status=1; \
	$(BIN)/python bench/audit.py || status=1; \
	exit $$status
