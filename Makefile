# Two commands set everything up: `make run` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench torture package clean translations

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m careersquiggle

# One worker per core (pytest-xdist): much of the suite waits on subprocesses and Qt.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto

# Static checks (rules in pyproject.toml); CI runs them before the tests.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# The one catalogue: every marked string of the package -> .ts (translated by hand or in
# Qt Linguist) -> .qm that the window loads. en holds only the singular forms of plurals.
TS_DIR := careersquiggle/resources/translations
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -extensions py careersquiggle \
		-ts $(TS_DIR)/careersquiggle_de.ts
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -pluralonly -extensions py \
		careersquiggle -ts $(TS_DIR)/careersquiggle_en.ts
	$(VENV)/bin/pyside6-lrelease -silent $(TS_DIR)/careersquiggle_de.ts $(TS_DIR)/careersquiggle_en.ts

bench: $(STAMP)
	$(PY) benchmarks/run.py

# The long break test, run by hand: kill -9 (strace fault injection) at every rename
# and at sampled writes/fsyncs of each file-writing operation; see tests/safety/torture.py.
torture: $(STAMP)
	$(PY) tests/safety/torture.py $(TORTURE_ARGS)

# PyInstaller is only needed here, so `make test` never installs it.
$(VENV)/.pyinstaller: $(STAMP)
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	touch $@

# A one-folder bundle in dist/CareerSquiggle, then a smoke test of it.
package: $(VENV)/.pyinstaller
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/careersquiggle.spec
	packaging/smoke.sh

clean:
	rm -rf $(VENV) build dist *.egg-info
