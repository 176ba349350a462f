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
PYTEST_ARGS ?=

.PHONY: run test bench screenshots setup system-deps qt-deps test-deps clean demo dist

run: setup
	$(BIN)/fieldbook $(ARGS)

test: setup test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: setup test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench $(ARGS)

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.ui.screenshots docs/screenshots

dist: setup
	$(BIN)/python -m pip install --quiet 'pyinstaller==6.22.3'
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build installers/fieldbook.spec

demo: setup
	$(BIN)/fieldbook demo --db demo.sqlite

setup: system-deps $(STAMP) qt-deps

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
