# news-warehouse: `make run` builds the warehouse from seeds/, `make test` runs the tests.
# Only Python 3.11 is needed; the virtualenv and pinned dependencies are created on first use.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/.dagster
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export GX_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export TQDM_DISABLE := 1
export HF_HUB_OFFLINE := 1

.PHONY: install parse run ui test lint check clean benchmark docs

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is required (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	touch $(STAMP)

install: $(STAMP)

parse: install
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir .

run: parse
	$(BIN)/python -m orchestration.cli run

ui: parse
	$(BIN)/python -m orchestration.cli ui

test: parse
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check orchestration tests benchmarks

check: lint test

benchmark: parse
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf dbt_project/target dbt_project/logs .pytest_cache warehouse/build
