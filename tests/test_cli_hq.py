"""merge, import and report on the command line: exit codes and one readable line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


@pytest.fixture
def packages(tmp_path: Path) -> list[Path]:
    out = []
    for office in ("KEN-NBO", "UKR-KYI"):
        db = str(tmp_path / f"{office}.sqlite")
        assert main(["demo", "--db", db, "--office", office]) == 0
        assert main(["export", "--db", db, "--out", str(tmp_path / f"{office}.xlsx"), "--period", "2023-H2"]) == 0
        out.append(tmp_path / f"{office}.xlsx")
    return out


def test_merge_import_twice_and_report(packages, tmp_path, capsys) -> None:
    merged, hq = tmp_path / "merged.xlsx", str(tmp_path / "hq.sqlite")
    assert main(["merge", *map(str, packages), "--out", str(merged), "--report", str(tmp_path / "r.xlsx")]) == 0
    assert merged.exists() and (tmp_path / "r.xlsx").exists()
    err = capsys.readouterr().err.splitlines()  # progress on stderr, a line per tenth when it is not a terminal
    assert err[0].startswith("merging 2 packages:") and err[-1] == "merging 2 packages: 100%"
    assert main(["import", str(merged), "--db", hq, "--json", "--trust-new-keys"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert main(["import", str(merged), "--db", hq, "--json", "--trust-new-keys"]) == 0
    second = json.loads(capsys.readouterr().out)[0]
    assert first["status"] == "imported" and second["status"] == "already imported"
    assert second["unchanged"] == first["created"] > 0
    assert main(["report", "--db", hq, "--json", "--out", str(tmp_path / "kpi.xlsx")]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["initiatives"] == 6 and (tmp_path / "kpi.xlsx").exists()


def test_import_rejects_a_broken_file_with_exit_1(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("hello")
    assert main(["import", str(bad), "--db", str(tmp_path / "hq.sqlite")]) == 1
    out = capsys.readouterr().out
    assert "rejected" in out and "bad.xlsx" in out and "Traceback" not in out


def test_dry_run_and_undo(packages, tmp_path, capsys) -> None:
    hq = str(tmp_path / "hq.sqlite")
    assert main(["import", str(packages[0]), "--db", hq, "--dry-run", "--trust-new-keys"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert main(["import", "--undo-last", "--db", hq]) == 1  # nothing imported yet
    assert "no import to undo" in capsys.readouterr().err
    assert main(["import", str(packages[0]), "--db", hq, "--trust-new-keys"]) == 0
    assert main(["import", "--undo-last", "--db", hq]) == 0
    assert main(["info", "--db", hq]) == 0
    assert "0 initiative" in capsys.readouterr().out


def test_undo_takes_back_a_whole_run_of_packages(packages, tmp_path, capsys) -> None:
    hq = str(tmp_path / "hq.sqlite")
    assert main(["import", *map(str, packages), "--db", hq, "--trust-new-keys"]) == 0
    capsys.readouterr()
    assert main(["import", "--undo-last", "--db", hq]) == 0
    said = capsys.readouterr().out
    assert "undid the import of 2 packages" in said and "\n" == said[-1] and said.count("\n") == 1
    assert main(["info", "--db", hq]) == 0
    assert "0 initiative" in capsys.readouterr().out


def test_usage_errors_exit_2(tmp_path) -> None:
    assert main(["import", "--db", str(tmp_path / "x.sqlite")]) == 2
    assert main(["report", "--db", str(tmp_path / "x.sqlite"), "--period", "2023-H9"]) == 2


def test_strict_merge_fails_on_an_invalid_package(packages, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("hello")
    assert main(["merge", str(packages[0]), str(bad), "--out", str(tmp_path / "m.xlsx"), "--strict"]) == 1
    assert "--strict" in capsys.readouterr().err
    assert main(["merge", str(packages[0]), str(bad), "--out", str(tmp_path / "m.xlsx")]) == 0
    assert "left out" in capsys.readouterr().out
