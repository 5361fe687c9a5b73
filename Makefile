# The two commands of the README's quick start: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench clean

run: setup
	$(BIN)/python -m reader.ui.system_check
	$(BIN)/french-reader

test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

setup: $(STAMP)

# Reinstall whenever the project's dependencies change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

lint: setup
	$(BIN)/ruff check reader tests benchmarks scripts
	$(BIN)/ruff format --check reader tests benchmarks scripts
	$(BIN)/mypy reader
	$(BIN)/lint-imports

bench: setup
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
