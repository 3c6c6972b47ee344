# Set-up and everyday commands. Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CONFLICT_TIMELINE_HOME ?= data
export CONFLICT_TIMELINE_HOME
# Dagster's run history lives in the data folder too, so one variable moves everything.
export DAGSTER_HOME := $(abspath $(CONFLICT_TIMELINE_HOME))/dagster

.PHONY: install run test dev bench lint clean dagster-home

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -c "import conflict_timeline, dagster, duckdb, dateparser, recognizers_date_time"
	touch $(STAMP)

run: install dagster-home
	$(BIN)/python -m pipelines.run

test: install
	$(BIN)/ruff check .
	$(BIN)/pytest

dev: install dagster-home
	$(BIN)/dagster dev -w workspace.yaml

# make bench [BENCH=pipeline|temporal] [BENCH_SIZES=1k,10k]: both parts and 1k,10k,100k by default.
BENCH ?=
BENCH_SIZES ?=
bench: install
	$(BIN)/python -m bench $(BENCH) $(if $(BENCH_SIZES),--sizes $(BENCH_SIZES))

# The project's dagster.yaml (pool limits, run monitoring) is the instance's configuration.
dagster-home:
	mkdir -p "$(DAGSTER_HOME)"
	cp dagster.yaml "$(DAGSTER_HOME)/dagster.yaml"

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
