"""The real app on a real X server: Xvfb, Qt's xcb platform plugin and its system libraries, fonts.

The other UI tests draw offscreen, which needs none of what a desktop needs; this one starts ``python -m desktop`` as a
person's ``make run`` does, on an X server in memory, goes through the first run by keyboard (xdotool) and looks at
the screen. It catches a missing xcb library (Qt then aborts before any window) and blank or font-less windows.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)
#: Seconds: Xvfb's start, the app's first window, the demo office being built, the app's exit.
XVFB_START, FIRST_WINDOW, DEMO_BUILT, DIALOG, EXIT = 15, 60, 120, 20, 30

pytestmark = [
    pytest.mark.skipif(shutil.which("Xvfb") is None,
                       reason="Xvfb is not installed (`make test` installs it: apt-get install xvfb)"),
    pytest.mark.skipif(shutil.which("xdotool") is None,
                       reason="xdotool is not installed (`make test` installs it: apt-get install xdotool)"),
]

#: Takes a picture of the whole X screen each time a path arrives on stdin; one process for all the pictures.
GRABBER = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
for line in sys.stdin:
    path = line.strip()
    print("saved" if app.primaryScreen().grabWindow(0).save(path) else "failed", flush=True)
"""


def stop(process: subprocess.Popen | None) -> None:  # type: ignore[type-arg]
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def read_line(stream: int, timeout: float) -> str:
    """One line from a pipe within ``timeout`` seconds ("" if it closed or took longer)."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([stream], [], [], left)[0]:
            return ""
        chunk = os.read(stream, 1)
        if not chunk:
            return ""
        data += chunk
    return data.decode().strip()


@pytest.fixture
def display() -> Iterator[str]:
    """An X server in memory on a display number it picks itself (-displayfd: no clash with other test runs)."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    os.close(write_end)
    try:
        number = read_line(read_end, XVFB_START)
        if not number.isdigit():
            stop(xvfb)
            pytest.fail(f"Xvfb did not start within {XVFB_START} s: {xvfb.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        yield f":{number}"
    finally:
        os.close(read_end)
        stop(xvfb)


class Screen:
    """xdotool and screenshots on one X display."""

    def __init__(self, display: str, folder: Path) -> None:
        self.env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        self.env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        self.folder = folder
        self.grabber: subprocess.Popen | None = None  # type: ignore[type-arg]

    def xdotool(self, *args: str, timeout: float = 10) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout)
        assert done.returncode == 0, f"xdotool {' '.join(args)}: {done.stderr.strip()}"
        return done.stdout.strip()

    def wait_for_window(self, name_pattern: str, timeout: float, app: subprocess.Popen) -> str | None:  # type: ignore[type-arg]
        """The id of the first visible window whose title matches (xdotool's regular expression); None when the
        app has ended or ``timeout`` seconds have passed first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and app.poll() is None:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name_pattern], env=self.env,
                                   capture_output=True, text=True, timeout=10)
            if found.returncode == 0 and found.stdout.split():
                return found.stdout.split()[0]
            time.sleep(0.1)  # xdotool's own --sync polls too, but cannot tell that the app has died
        return None

    def shot(self, name: str) -> QImage:
        if self.grabber is None:
            self.grabber = subprocess.Popen([sys.executable, "-c", GRABBER], env=self.env, stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        path = self.folder / f"{name}.png"
        self.grabber.stdin.write(f"{path}\n")  # type: ignore[union-attr]
        self.grabber.stdin.flush()  # type: ignore[union-attr]
        assert read_line(self.grabber.stdout.fileno(), 30) == "saved", "no screenshot"  # type: ignore[union-attr]
        image = QImage(str(path))
        assert not image.isNull()
        return image

    def close(self) -> None:
        if self.grabber is not None:
            self.grabber.stdin.close()  # type: ignore[union-attr]
            stop(self.grabber)


def colours(image: QImage, x: int, y: int, width: int, height: int, step: int = 3) -> int:
    """How many different colours a sample of the rectangle holds: 1 is blank; text brings many (anti-aliasing)."""
    return len({image.pixel(i, j) for i in range(x, x + width, step) for j in range(y, y + height, step)})


def ended(app: subprocess.Popen, waited: float) -> str:  # type: ignore[type-arg]
    code = app.poll()
    return f"the app ended with exit code {code}" if code is not None else f"none within {waited} s"


def geometry(screen: Screen, window: str) -> tuple[int, int, int, int]:
    values = dict(line.split("=") for line in screen.xdotool("getwindowgeometry", "--shell", window).splitlines())
    x, y = max(0, int(values["X"])), max(0, int(values["Y"]))
    return x, y, min(int(values["WIDTH"]), SCREEN[0] - x), min(int(values["HEIGHT"]), SCREEN[1] - y)


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
        x, y, width, height = geometry(screen, welcome)
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
        x, y, width, height = geometry(screen, main)
        assert width >= 800 and height >= 500, (width, height)
        # The first page fills in on the worker: wait until two pictures in a row are the same (bounded).
        deadline, previous, shot = time.monotonic() + 30, None, None
        while time.monotonic() < deadline:
            shot = screen.shot("main-window")
            if previous is not None and shot == previous:
                break
            previous = shot
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

        screen.xdotool("windowfocus", "--sync", main)
        screen.xdotool("key", "ctrl+q")
        try:
            code = app.wait(timeout=EXIT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"Ctrl+Q did not close the app within {EXIT} s: {app_said()}")
        assert code == 0, app_said()
        print(f"real window test: {time.monotonic() - started:.1f} s, screenshots in {tmp_path}")
    finally:
        stop(app)
        screen.close()
        log.close()
