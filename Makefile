# The two commands that matter are first: `make run` and `make test`.
# Both create .venv and install pinned versions (constraints.txt) when needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip
export PIP_DISABLE_PIP_VERSION_CHECK := 1

TS     := $(wildcard kiosk/translations/kiosk_*.ts)
QM     := $(TS:.ts=.qm)

.DEFAULT_GOAL := help
.PHONY: help run test test-fast lint format check-content self-test preview report installer \
        system-deps clean translations lupdate

help:
	@echo "make run            start the kiosk full screen in try-out mode (Ctrl+Shift+Q quits)"
	@echo "make test           run the whole test suite offscreen"
	@echo "make test-fast      only the Qt-free domain tests"
	@echo "make lint           ruff check, format check and mypy (strict, Qt-free layers)"
	@echo "make check-content  check the bundled content (--strict, as for a release)"
	@echo "make preview        render every screen to preview/ as PNG"
	@echo "make report         the sign-off report of the bundled content: report/report.html and .pdf"
	@echo "make self-test      open every topic and glossary card offscreen"
	@echo "make installer      build the frozen app in dist/kiosk and self-test it"
	@echo "make deb            the Debian package in dist/ (docs/deploying.md)"
	@echo "make test-packaging  build the frozen app, the .deb and the size reference; test them"
	@echo "make system-deps    install the Debian packages for a display and read-aloud"
	@echo "make lupdate        refresh kiosk/translations/*.ts after changing interface text"
	@echo "make bench          time start, taps and memory against an empty frozen PySide6 window"
	@echo "make windows        the Windows installer in dist/windows/, built under Wine"
	@echo "make test-windows   install it under Wine and test it (docs/windows-under-wine.md)"

run: $(STAMP) translations
	@scripts/system-deps.sh display speech
	$(BIN)/kiosk --try-out

test: $(STAMP) translations
	@scripts/system-deps.sh test faults
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not gui and not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check-content: $(STAMP)
	$(BIN)/kiosk check-content --strict content

self-test: $(STAMP) translations
	$(BIN)/kiosk self-test

preview: $(STAMP) translations
	$(BIN)/kiosk preview --out preview

# For the patient-information committee: every topic as patients see it, its sources,
# scores, approvals and translations (content/README.md).
report: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk report --out report

# The frozen one-folder build, checked (plugins, ldd, stripping), smoke-tested and archived
# as dist/bloodcancer-kiosk-<version>-linux-<arch>.tar.gz.
installer: $(STAMP) translations
	@scripts/system-deps.sh display test tools
	$(PIP) install -q -c constraints.txt -e '.[build]'
	$(BIN)/pyinstaller --noconfirm --clean build_installer.spec
	$(BIN)/python scripts/check-frozen.py dist/kiosk
	QT_QPA_PLATFORM=offscreen dist/kiosk/kiosk self-test
	dist/kiosk/kiosk check-content --quiet
	dist/kiosk/kiosk --version
	PYTHON=$(BIN)/python scripts/build-archive.sh

# Interface translations: .ts sources (Qt Linguist) are compiled to .qm by the build.
translations: $(QM)

kiosk/translations/%.qm: kiosk/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing interface strings: refresh the .ts sources, then translate the new ones.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find kiosk -name '*.py' | sort) -ts $(TS)
	$(BIN)/python scripts/tidy-ts.py $(TS)

system-deps:
	scripts/system-deps.sh display speech test

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version 2>&1))."; \
	    echo "Set PYTHON=python3.12 (for example) or install python3."; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
	  { echo "Could not create $(VENV): on Debian/Ubuntu, install python3-venv."; exit 1; }

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install -q --upgrade "pip>=24"
	$(PIP) install -q -c constraints.txt -e '.[dev]'
	@touch $@

clean:
	rm -rf build dist preview report .pytest_cache .ruff_cache

# Packaging: the .deb, the size comparison and the package tests.
.PHONY: deb installer-reference size-report test-packaging bench

FROZEN_SOURCES := $(shell find kiosk content assets packaging/pyinstaller -type f \
                    -not -path '*/__pycache__/*' 2>/dev/null) \
                  build_installer.spec pyproject.toml constraints.txt

# Rebuilt only when a source changed since the last `make installer`.
dist/kiosk/kiosk: $(FROZEN_SOURCES)
	$(MAKE) installer

# dist/bloodcancer-kiosk_<version>_<arch>.deb (see docs/deploying.md).
deb: dist/kiosk/kiosk
	@scripts/system-deps.sh tools
	PYTHON=$(BIN)/python scripts/build-deb.sh

# The empty-PySide6-window reference and the kiosk without the Qt filter, in build/size/.
installer-reference: $(STAMP)
	$(PIP) install -q -c constraints.txt -e '.[build]'
	$(BIN)/python scripts/size-report.py --build

# Performance against the empty frozen PySide6 window (bench/README.md): one table, no
# pass or fail. Builds the frozen kiosk and the reference first if they are out of date.
REFERENCE := build/size/reference/empty_window/empty_window

$(REFERENCE): bench/size/empty_window.py bench/size/empty_window.spec | $(STAMP)
	$(PIP) install -q -c constraints.txt -e '.[build]'
	$(BIN)/python scripts/size-report.py --build-reference

bench: dist/kiosk/kiosk $(REFERENCE)
	$(PIP) install -q -c constraints.txt -e '.[bench]'
	$(BIN)/python -m bench.run

size-report: $(STAMP)
	$(BIN)/python scripts/size-report.py

test-packaging: $(STAMP)
	$(MAKE) installer
	$(MAKE) deb
	$(MAKE) installer-reference
	$(BIN)/python -m pytest -q tests/packaging

# Windows, on this Debian machine under Wine (docs/windows-under-wine.md): the installer
# dist/windows/bloodcancer-kiosk-<version>-setup.exe, then installed and tested in a new
# Wine prefix. Every Windows download is pinned (scripts/windows/common.sh) and cached in
# ~/.cache/bloodcancer-kiosk/windows.
.PHONY: windows test-windows

VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
WINDOWS_SETUP := dist/windows/bloodcancer-kiosk-$(VERSION)-setup.exe
WINDOWS_SOURCES := $(FROZEN_SOURCES) $(wildcard packaging/windows/* packaging/windows/*/*) \
                   scripts/windows/common.sh scripts/windows/build.sh \
                   kiosk.example.toml docs/deploying.md README.md

$(WINDOWS_SETUP): $(WINDOWS_SOURCES) | $(STAMP)
	@scripts/system-deps.sh windows
	$(MAKE) translations
	scripts/windows/build.sh

windows: $(WINDOWS_SETUP)

test-windows: $(WINDOWS_SETUP)
	@scripts/system-deps.sh windows display
	xvfb-run -a -s '-screen 0 1920x1080x24' scripts/windows/test.sh
