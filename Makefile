# Fieldbook: `make run` opens the app, `make test` runs the tests. Each sets everything up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Debian packages: Qt's runtime libraries, a CJK font (Chinese text); PostgreSQL for the headquarters tests, an X server
# in memory (Xvfb) and xdotool for the test that opens the real window on X11. The libraries Qt's xcb plugin loads
# are found from the plugin itself once PySide6 is installed (qt-deps).
QT_DEBS   := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-noto-cjk
TEST_DEBS := postgresql xvfb xdotool fonts-crosextra-carlito
# `make test-dist` also checks the desktop entry the .deb installs (desktop-file-validate).
DIST_DEBS := xvfb xdotool desktop-file-utils
PYTEST_ARGS ?=

.PHONY: run test bench screenshots setup system-deps qt-deps test-deps clean demo dist deb test-dist translations translations-update

run: setup
	$(BIN)/fieldbook $(ARGS)

test: setup test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: setup test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench $(ARGS)

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.ui.screenshots docs/screenshots

# The PyInstaller folder dist/fieldbook/ (installers/fieldbook.spec), then the .deb around it (installers/build-deb.sh).
dist: setup
	$(BIN)/python -m pip install --quiet 'pyinstaller==6.22.3'
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build installers/fieldbook.spec

deb: dist
	PYTHON=$(BIN)/python bash installers/build-deb.sh dist/fieldbook dist

# Builds the bundle and runs it from a clean environment, on Xvfb, and as an installed .deb (tests/test_dist.py; as
# root, it installs and removes the package fieldbook). Not part of `make test`: CI runs both.
test-dist: setup
	@bash installers/debian-deps.sh $(DIST_DEBS)
	FIELDBOOK_TEST_DIST=1 $(BIN)/python -m pytest -s tests/test_dist.py $(PYTEST_ARGS)

demo: setup
	$(BIN)/fieldbook demo --db demo.sqlite

setup: system-deps $(STAMP) qt-deps translations

# The compiled translations the app and the command line load: resources/i18n/fieldbook_<lang>.qm from the .ts
# (Qt Linguist sources, committed); the .qm are built here, never committed. `make translations-update` runs
# pyside6-lupdate over every source after strings change (then translate what it adds: resources/i18n/README.md).
LANGS := en ar es fr pt ru zh
QM    := $(foreach l,$(LANGS),resources/i18n/fieldbook_$(l).qm)
translations: $(QM)

resources/i18n/fieldbook_%.qm: resources/i18n/fieldbook_%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-update: $(STAMP)
	$(BIN)/python resources/i18n/tool.py update

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Installs only what is missing, and only where apt-get can (root on Debian); elsewhere says what to install.
system-deps:
	@bash installers/debian-deps.sh $(QT_DEBS)

# After PySide6 is installed: ldd on Qt's xcb plugin names the libraries missing, mapped to Debian packages.
qt-deps: $(STAMP)
	@bash installers/qt-deps.sh $(VENV)

test-deps:
	@bash installers/debian-deps.sh $(TEST_DEBS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
