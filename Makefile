# Two commands do everything on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PROJECT ?= builtin:lesson/linear-unit

.PHONY: install run test bench pages translations bundle bundle-test system-deps clean

# Re-installs whenever pyproject.toml changes; the stamp keeps repeated runs instant.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/nnbuilder $(PROJECT)

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The benchmarks (a few minutes on 2 cores); a subset: make bench BENCH="plot heatmap"
BENCH ?=
bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py $(BENCH)

# A small class end to end (assignment, three hand-ins, one faked, collect), then the lab report and
# the class page rendered to PNG by headless Chromium (apt-get install chromium): resources/screenshots/
pages: install
	bash packaging/render-pages.sh

# After changing any text the window or the command line shows: lupdate collects every
# translate("Context", "…") into resources/i18n/*.ts (translate the new entries there, with
# pyside6-linguist or an editor), and lrelease compiles them into the .qm files the program reads.
TRANSLATIONS := resources/i18n/nnbuilder_tr.ts
translations: install
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -source-language en -target-language tr_TR \
		nnbuilder -ts $(TRANSLATIONS)
	for ts in $(TRANSLATIONS); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

# The one-folder bundle for lab machines without Python: dist/nnbuilder/ (see README, "For teachers").
bundle:
	PYTHON=$(PYTHON) bash packaging/build.sh

# Builds the bundle, then runs the frozen program from a temporary folder: --self-test, a lesson
# trained headless, a window screenshot.
bundle-test: bundle
	bash packaging/bundle-test.sh dist/nnbuilder

# Optional, for a desktop with a real display: the X11 libraries Qt's xcb plugin loads
# (offscreen tests and the command line need none of them). Debian/Ubuntu, as root.
system-deps:
	apt-get update
	apt-get install -y --no-install-recommends libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 \
		libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libegl1 libgl1 \
		libfontconfig1 libdbus-1-3

clean:
	rm -rf $(VENV) build dist *.egg-info
