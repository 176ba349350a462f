"""``fieldbook --version`` says the version, the package format it writes and the store schema it brings data files
to; the version is written in one place and the changelog has its entry."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from db.migrate import alembic_config
from desktop import __version__, versions
from desktop.cli import main
from desktop.exchange.format import FORMAT_VERSION

ROOT = Path(__file__).resolve().parents[1]


def head() -> str:
    """The newest migration, found by Alembic itself (not through the helpers under test)."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()  # type: ignore[return-value]


def test_version_says_the_package_format_and_the_store_schema(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr()
    assert re.fullmatch(r"fieldbook \d+\.\d+\.\d+ \(package format \d+, store schema \d{4}\)\n", out.out)
    assert out.out == f"fieldbook {__version__} (package format {FORMAT_VERSION}, store schema {head()})\n"
    assert out.err == ""


def test_the_schema_shown_is_the_newest_shipped_migration_and_the_format_the_one_exports_write() -> None:
    newest_file = max(p.name for p in (ROOT / "db" / "migrations" / "versions").glob("[0-9]*.py"))
    assert versions() == (__version__, FORMAT_VERSION, head())
    assert newest_file.startswith(f"{head()}_")


def test_version_from_the_program_opens_no_store(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "--version"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0 and done.stdout == f"{versions().line()}\n"
    assert not (tmp_path / "data").exists(), "--version touched the data folder"


def test_the_version_is_written_in_one_place_and_the_changelog_has_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop.__version__"}
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", changelog, flags=re.MULTILINE)
    assert newest is not None and newest.group(1) == __version__, "CHANGELOG.md's newest entry is this version"
