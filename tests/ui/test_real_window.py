"""The real app on a real X server: Xvfb, Qt's xcb platform plugin and its system libraries, fonts.

The other UI tests draw offscreen, which needs none of what a desktop needs; this one starts ``python -m desktop`` as a
person's ``make run`` does, on an X server in memory, goes through the first run by keyboard (xdotool) and looks at
the screen. It catches a missing xcb library (Qt then aborts before any window) and blank or font-less windows.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.xscreen import Screen, colours, stop, xvfb

ROOT = Path(__file__).resolve().parents[2]
#: Seconds: the app's first window, the demo office being built, a dialog closing, the app's exit.
FIRST_WINDOW, DEMO_BUILT, DIALOG, EXIT = 60, 120, 20, 30

pytestmark = [
    pytest.mark.skipif(shutil.which("Xvfb") is None,
                       reason="Xvfb is not installed (`make test` installs it: apt-get install xvfb)"),
    pytest.mark.skipif(shutil.which("xdotool") is None,
                       reason="xdotool is not installed (`make test` installs it: apt-get install xdotool)"),
]

@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


def ended(app: subprocess.Popen, waited: float) -> str:  # type: ignore[type-arg]
    code = app.poll()
    return f"the app ended with exit code {code}" if code is not None else f"none within {waited} s"


def test_the_app_opens_its_window_on_x11_and_runs_the_first_run_by_keyboard(display: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    screen = Screen(display, tmp_path)
    log = (tmp_path / "app.log").open("w")
    app = None
    started = time.monotonic()
    try:
        app = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir)], cwd=ROOT,
                               env=screen.env, stdout=log, stderr=subprocess.STDOUT)

        def app_said() -> str:
            log.flush()
            return (tmp_path / "app.log").read_text(errors="replace")[-3000:]

        welcome = screen.wait_for_window("^Welcome to Fieldbook$", FIRST_WINDOW, app)
        if welcome is None:
            pytest.fail(f"no welcome window: {ended(app, FIRST_WINDOW)}: {app_said()}")
        x, y, width, height = screen.geometry(welcome)
        assert width > 300 and height > 200
        shot = screen.shot("welcome")
        assert colours(shot, x, y, width, height) > 40, "the welcome window is blank or has no text"

        # No window manager: give the dialog the keyboard, then Tab to "Explore the demo office" and press it.
        screen.xdotool("windowfocus", "--sync", welcome)
        screen.xdotool("key", "--delay", "50", "Tab", "Return")
        main = screen.wait_for_window("KEN-NBO", DEMO_BUILT, app)
        if main is None:
            pytest.fail(f"no demo office window: {ended(app, DEMO_BUILT)}: {app_said()}")
        title = screen.xdotool("getwindowname", main)
        assert title.startswith("Fieldbook — ") and title.endswith("(KEN-NBO)"), title
        x, y, width, height = screen.geometry(main)
        assert width >= 800 and height >= 500, (width, height)
        # The first page fills in on the worker: wait until two pictures in a row are the same (bounded).
        shot = screen.settled("main-window")
        assert shot is not None
        assert colours(shot, x, y, width, height) > 60, "the main window is blank or has no text"
        # The navigation (leading edge) holds the page names: dark text on a light panel, not one flat colour.
        assert colours(shot, x, y + height // 8, 200, height // 2, step=2) > 8, "no page names in the navigation"

        # Ctrl+E exports, even with the keyboard in a text field (X11 gives Ctrl+E to text fields as "end of line").
        screen.xdotool("windowfocus", "--sync", main)
        screen.xdotool("key", "--delay", "80", "ctrl+f", "n", "a", "i", "ctrl+e")
        export = screen.wait_for_window("^Export package$", DIALOG, app)
        if export is None:
            pytest.fail(f"Ctrl+E in the search field opened no export dialog: {app_said()}")
        screen.shot("export-dialog")
        screen.xdotool("key", "--delay", "80", "Escape")
        deadline = time.monotonic() + DIALOG
        while time.monotonic() < deadline and subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Export package$"], env=screen.env,
                capture_output=True, timeout=10).returncode == 0:
            time.sleep(0.1)  # until the dialog is gone

        screen.quit(main, app, EXIT, app_said)
        print(f"real window test: {time.monotonic() - started:.1f} s, screenshots in {tmp_path}")
    finally:
        stop(app)
        screen.close()
        log.close()
