# Everything a new machine needs: `make report` and `make test` set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= data/sample
OUT ?= reports
JOBS ?=

.PHONY: install dev report test lint train bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

dev: $(VENV)/.dev

$(VENV)/.dev: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e ".[dev,dask]"
	touch $@

report: install
	$(BIN)/stance report $(CORPUS) -o $(OUT) $(if $(JOBS),--jobs $(JOBS))

test: dev
	$(BIN)/ruff check .
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest --nbmake notebooks/exploration.ipynb

train: install
	$(BIN)/stance train data/labelled/statements.csv --target all -o models

bench: install
	$(BIN)/python benchmarks/attribution.py --split dev
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) reports/figures reports/report.md
