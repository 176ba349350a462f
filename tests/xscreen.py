"""A real X server for the tests that open the app's window as a person sees it: Xvfb, xdotool and screenshots.

Used by ``tests/ui/test_real_window.py`` (the app from the source tree) and ``tests/test_dist.py`` (the built bundle).
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SCREEN = (1366, 768)
#: Seconds Xvfb may take to start.
XVFB_START = 15

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


@contextmanager
def xvfb() -> Iterator[str]:
    """An X server in memory on a display number it picks itself (-displayfd: no clash with other test runs)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    os.close(write_end)
    try:
        number = read_line(read_end, XVFB_START)
        if not number.isdigit():
            stop(server)
            pytest.fail(f"Xvfb did not start within {XVFB_START} s: {server.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        yield f":{number}"
    finally:
        os.close(read_end)
        stop(server)


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

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        """The window's rectangle, clipped to the screen."""
        shell = self.xdotool("getwindowgeometry", "--shell", window)
        values = dict(line.split("=", 1) for line in shell.splitlines() if "=" in line)
        x, y = max(0, int(values["X"])), max(0, int(values["Y"]))
        return x, y, min(int(values["WIDTH"]), SCREEN[0] - x), min(int(values["HEIGHT"]), SCREEN[1] - y)

    def shot(self, name: str):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QImage

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

    def settled(self, name: str, timeout: float = 30, pause: float = 0.0):  # type: ignore[no-untyped-def]
        """A screenshot once the screen has stopped changing (two pictures in a row the same; at most ``timeout``
        seconds): a page fills in on the app's worker after its window shows."""
        deadline, previous, shot = time.monotonic() + timeout, None, None
        while time.monotonic() < deadline:
            shot = self.shot(name)
            if previous is not None and shot == previous:
                break
            previous = shot
            time.sleep(pause)
        return shot

    def quit(self, window: str, app: subprocess.Popen, timeout: float, said: Callable[[], str]) -> None:  # type: ignore[type-arg]
        """Ctrl+Q in ``window``: the app must end, with exit code 0, within ``timeout`` seconds (``said``: its
        output, for the failure message)."""
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("key", "ctrl+q")
        try:
            code = app.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"Ctrl+Q did not close the app within {timeout} s: {said()}")
        assert code == 0, said()

    def close(self) -> None:
        if self.grabber is not None:
            self.grabber.stdin.close()  # type: ignore[union-attr]
            stop(self.grabber)


def colours(image, x: int, y: int, width: int, height: int, step: int = 3) -> int:  # type: ignore[no-untyped-def]
    """How many different colours a sample of the rectangle holds: 1 is blank; text and pictures bring many."""
    return len({image.pixel(i, j) for i in range(x, x + width, step) for j in range(y, y + height, step)})
