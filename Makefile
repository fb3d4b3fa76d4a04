# Two commands matter: `make demo` builds everything from the bundled reports,
# `make test` runs the linter and the whole test suite. Both install what they need.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: demo test lint test-deps bench bench-quick notebooks clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Stamps record that the project (and its extras) are installed for this pyproject.toml.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

$(VENV)/.installed-notebooks: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e ".[dev,notebooks]"
	touch $@ $(VENV)/.installed $(VENV)/.installed-dev

## demo: build the graph, the HTML page and the analysis from data/raw/ into build/
demo: $(VENV)/.installed
	$(BIN)/kg build data/raw --out build

## test: lint, then run every test (page tests use Debian's chromium, store tests a real
## Virtuoso; `test-deps` installs both when run as root)
test: lint test-deps
	$(BIN)/python -m pytest

## lint: ruff (lint + format check) and mypy on the package
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/ruff format --check kg tests benchmarks
	$(BIN)/mypy kg

## test-deps: Debian's chromium and virtuoso-opensource, installed when missing and root
test-deps:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v virtuoso-t >/dev/null || missing="$$missing virtuoso-opensource"; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	elif [ -n "$$missing" ]; then \
		echo "note: missing$$missing; the tests that need them will be skipped"; \
	fi

## bench: every benchmark at full size (about 15 minutes): tables on stdout, JSON in benchmarks/results/
bench: $(VENV)/.installed-dev test-deps
	$(BIN)/python benchmarks/run.py

## bench-quick: the same at 100/1,000 reports and 100k triples (about 5 minutes)
bench-quick: $(VENV)/.installed-dev test-deps
	$(BIN)/python benchmarks/run.py --quick

## notebooks: install the notebook extras and start JupyterLab in notebooks/
notebooks: $(VENV)/.installed-notebooks
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf build .pytest_cache .ruff_cache
