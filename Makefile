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

.PHONY: install parse run ui test lint check clean benchmark docs compat quality-docs export network map profile

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is required (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	touch $(STAMP)

install: $(STAMP)

# Parsed with the build path the pipeline will use, so its first dbt step can parse partially.
parse: install
	cd dbt_project && NEWS_BUILD_WAREHOUSE="$$(../$(BIN)/python -c \
		'import sys; sys.path.insert(0, ".."); from orchestration import settings; print(settings.build_path())')" \
		../$(BIN)/dbt parse --quiet --profiles-dir .

run: parse
	$(BIN)/python -m orchestration.cli run

ui: parse
	$(BIN)/python -m orchestration.cli ui

# An older DuckDB (as inside BI drivers) in its own small virtualenv, for the compatibility test.
COMPAT_STAMP := .venv-compat/.installed
$(COMPAT_STAMP): requirements-compat.lock
	test -x .venv-compat/bin/python || $(PYTHON) -m venv .venv-compat
	.venv-compat/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
		--no-deps --only-binary=:all: -r requirements-compat.lock
	touch $(COMPAT_STAMP)

compat: $(COMPAT_STAMP)

test: parse compat
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check orchestration tests benchmarks

check: lint test

# The public tables and analysis models as files with a data dictionary (ARGS="--format csv --to DIR")
export: install
	$(BIN)/python -m orchestration.cli export $(ARGS)

# Who met whom and who is named with whom, as graphs: make network ARGS="--format gexf"
network: install
	$(BIN)/python -m orchestration.cli network $(ARGS)

# Meetings and places as GeoJSON points, for a map: make map ARGS="--to ~/maps"
map: install
	$(BIN)/python -m orchestration.cli map $(ARGS)

# What the published warehouse knows about an entity, by any spelling: make profile NAME=baqeri
profile: install
	@test -n "$(NAME)" || { echo 'usage: make profile NAME="a name, any spelling"' >&2; exit 2; }
	$(BIN)/python -m orchestration.cli profile "$(NAME)" $(ARGS)

# GX Data Docs of the quality suites on the published warehouse (add ARGS=--build for the build file)
quality-docs: install
	$(BIN)/python -m orchestration.cli quality-docs $(ARGS)

# dbt docs as a static site under docs/site/ (open docs/site/static_index.html). The catalog is read
# from a copy of the published warehouse, so readers are never locked out.
docs: parse
	@test -f "$${NEWS_WAREHOUSE:-warehouse/news.duckdb}" || { echo "no published warehouse: make run first"; exit 1; }
	tmp=$$(mktemp -d) && cp "$${NEWS_WAREHOUSE:-warehouse/news.duckdb}" $$tmp/news.duckdb && \
	(cd dbt_project && NEWS_BUILD_WAREHOUSE=$$tmp/news.duckdb ../$(BIN)/dbt docs generate --static \
		--quiet --profiles-dir . --target-path ../docs/site); status=$$?; rm -rf $$tmp; exit $$status

benchmark: parse
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf dbt_project/target dbt_project/logs .pytest_cache warehouse/build
