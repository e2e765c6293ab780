# Two commands for a newcomer: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test test-pg bench dist translations lupdate clean system-deps

run: $(VENV)/.app translations
	$(BIN)/floorqc

test: $(VENV)/.test translations
	$(BIN)/ruff check app tests migrations benchmarks scripts
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

# The database and service tests again, on a throwaway PostgreSQL server that
# scripts/pg-test-server.sh installs (apt-get) when missing, starts on 127.0.0.1 and removes.
test-pg: $(VENV)/.pg translations
	bash scripts/pg-test-server.sh run env QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -m postgresql -rs tests/db tests/unit

# Performance checks: each script prints ratios measured in the same run and fails on a miss.
# The three-year venue is built once (≈ 20 s) and shared by the scripts that take --db; every
# script runs even after a miss, and the target fails at the end if any missed.
BENCH_DB ?= $(or $(TMPDIR),/tmp)/floorqc-bench-large.db
bench: $(VENV)/.test translations
	@rm -f $(BENCH_DB); failed=0; for b in benchmarks/bench_*.py; do \
	  extra=""; grep -q add_db_argument $$b && extra="--db $(BENCH_DB)"; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python $$b $$extra || failed=1; done; \
	rm -f $(BENCH_DB); exit $$failed

# The one-folder desktop bundle: dist/floorqc/floorqc (packaging/floorqc.spec, README "Packaging").
# tests/e2e/test_packaging.py (marked slow) runs it: FLOORQC_DIST=dist/floorqc pytest -m slow ...
dist: $(VENV)/.dist translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build packaging/floorqc.spec

system-deps:
	bash scripts/system-deps.sh

$(BIN)/python:
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)

$(VENV)/.app: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.app

$(VENV)/.pg: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,postgres]'
	touch $@ $(VENV)/.test $(VENV)/.app

$(VENV)/.dist: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dist]'
	touch $@ $(VENV)/.app

translations: $(QM)

# .ts files live in git; .qm files are built from them.
resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (keeps existing translations).
lupdate: | $(VENV)/.app
	$(BIN)/pyside6-lupdate -no-obsolete $$(find app -name '*.py') -ts $(TS)

clean:
	rm -rf $(VENV) $(QM) build dist
