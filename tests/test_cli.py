"""The command line: exit codes 0/1/2, one readable line on errors, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and __version__ in capsys.readouterr().out


def test_demo_builds_the_office_store(tmp_path: Path) -> None:
    result = run("demo", "--db", str(tmp_path / "demo.db"))
    assert result.returncode == 0, result.stderr
    assert "KEN-NBO" in result.stdout and "4 initiative" in result.stdout
    info = run("info", "--db", str(tmp_path / "demo.db"))
    assert info.returncode == 0 and "4 initiative" in info.stdout


def test_rejected_input_exits_1_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "broken.db"
    bad.write_text("not a database at all" * 50)
    result = run("info", "--db", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and str(bad) in result.stderr


def test_building_a_demo_twice_is_rejected_with_exit_1(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "demo.db")
    assert main(["demo", "--db", db]) == 0
    assert main(["demo", "--db", db]) == 1
    assert "already holds office KEN-NBO" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["no-such-command"])
    assert done.value.code == 2


def test_data_dir_option_places_the_store(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "demo", "--office", "MEX-MEX"]) == 0
    assert (tmp_path / "fieldbook.sqlite").exists()


def test_without_a_display_the_app_says_so_in_one_line(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)], capture_output=True,
                            text=True, cwd=ROOT, timeout=120, env=env)
    assert result.returncode == 1
    assert "no display" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_package_files_given_to_fieldbook_open_the_app_on_them() -> None:
    """What "Open with Fieldbook" runs (`fieldbook FILE.xlsx`, the desktop entry's %f): the files go to the app; a
    command's own files stay the command's."""
    from desktop.cli import packages_to_open

    assert packages_to_open(["--data-dir", "d", "KEN.xlsx"]) == (["--data-dir", "d"], ["KEN.xlsx"])
    assert packages_to_open(["A.XLSX", "b.xlsx"]) == ([], ["A.XLSX", "b.xlsx"])
    assert packages_to_open(["validate", "KEN.xlsx"]) == (["validate", "KEN.xlsx"], [])


def test_progress_without_a_standard_error_stream_is_silent(monkeypatch) -> None:
    """A windowed Windows exe started from Explorer has no stderr (sys.stderr is None): progress must not fail."""
    import sys

    from desktop.cli import _TerminalProgress

    monkeypatch.setattr(sys, "stderr", None)
    progress = _TerminalProgress("importing")
    progress.set_value(1, 2)
    progress.clear()
    assert progress.tty is False
