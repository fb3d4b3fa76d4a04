# Two commands matter: `make demo` builds everything from the bundled reports,
# `make test` runs the linter and the whole test suite. Both install what they need.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: demo test lint bench notebooks browser clean

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

## test: lint, then run every test (browser tests use Debian's chromium; see `browser`)
test: $(VENV)/.installed-dev browser
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/ruff format --check kg tests benchmarks
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/ruff format --check kg tests benchmarks

## browser: install Debian's chromium for the page tests when we are root and it is missing
browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi
	@[ -x /usr/bin/chromium ] || echo "note: /usr/bin/chromium missing; browser tests will be skipped"

## bench: print the benchmark tables
bench: $(VENV)/.installed-dev
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

## notebooks: install the notebook extras and start JupyterLab in notebooks/
notebooks: $(VENV)/.installed-notebooks
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf build .pytest_cache .ruff_cache
