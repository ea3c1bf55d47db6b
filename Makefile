# The two quick-start commands are `make demo` and `make test`; everything they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint system-deps bench bench-deps bench-quality clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

## Run the whole job on the bundled defaults: fetch the sample feeds, build today's issue,
## deliver it to every subscriber through the outbox transport, and write the preview files.
demo: $(STAMP)
	$(BIN)/digest check
	$(BIN)/digest fetch
	$(BIN)/digest build
	$(BIN)/digest send
	@echo
	@echo "Preview (open in a browser): var/preview/digest.html  (text: var/preview/digest.txt)"
	@echo "Delivered messages (.eml):   var/outbox/"

## System packages the tests need: Debian's chromium (browser tests) and postgresql (the
## PostgreSQL store's tests start a throwaway server from its binaries). Needs root for apt-get;
## without root, chromium's tests are skipped and PostgreSQL's fail saying what to install.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else echo "not installed and not root:$$missing (browser tests skip; PostgreSQL tests fail)"; fi

test: $(STAMP) system-deps
	$(BIN)/ruff check digest tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n 2 --dist loadfile -o faulthandler_timeout=300

lint: $(STAMP)
	$(BIN)/ruff check digest tests bench
	$(BIN)/ruff format --check digest tests bench

## The four quality evaluations (extraction, summaries, same-story merging, Check Also) + cost.
bench-quality: $(STAMP)
	$(BIN)/python bench/bench_quality.py

## Postfix's smtp-sink for the delivery benchmark (started by the benchmark itself, not as a service).
bench-deps:
	@command -v smtp-sink >/dev/null 2>&1 || test -x /usr/sbin/smtp-sink || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postfix >/dev/null)

bench: $(STAMP) bench-deps bench-quality
	$(BIN)/python bench/bench_render.py
	$(BIN)/python bench/bench_fetch.py
	$(BIN)/python bench/bench_delivery.py

clean:
	rm -rf var .pytest_cache
