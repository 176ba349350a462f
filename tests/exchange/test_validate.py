"""Validating packages: every problem located by file, sheet, row and column; hand edits; the report; the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from db.store import Store
from desktop.cli import main
from desktop.core.rules import Severity
from desktop.exchange import export as export_module
from desktop.exchange.export import export_package
from desktop.exchange.format import FIRST_DATA_ROW, FORMAT_VERSION, next_sequence
from desktop.core.progress import Cancelled
from desktop.exchange.read import read_package, validate_package
from desktop.exchange.report import PROBLEMS_SHEET, write_report


@pytest.fixture
def package(demo_store: Store, tmp_path: Path) -> Path:
    return export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path


def edit(path: Path, sheet: str, key: str, value: object, row: int = FIRST_DATA_ROW) -> str:
    """Change one data cell by hand, as a regional officer would in Excel; returns its column letter."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    col = next(c.column_letter for c in ws[1] if c.value == key)
    ws[f"{col}{row}"] = value
    book.save(path)
    return col


def test_a_bad_code_is_an_error_at_its_cell(package: Path) -> None:
    col = edit(package, "Initiatives", "status", "bogus")
    report = validate_package(package)
    assert not report.valid
    [problem] = [p for p in report.errors]
    assert (problem.file, problem.sheet, problem.row, problem.column, problem.key, problem.code) == (
        str(package), "Initiatives", FIRST_DATA_ROW, col, "status", "code")
    assert "bogus" in problem.message
    assert problem.record_id is not None


def test_a_hand_edit_that_keeps_the_data_valid_is_a_digest_warning_naming_the_row(package: Path) -> None:
    edit(package, "Partners", "acronym", "NEW")
    row = FIRST_DATA_ROW
    report = validate_package(package)
    assert report.valid
    assert report.digest_matches is False
    [warning] = report.warnings
    assert (warning.sheet, warning.key, warning.code, warning.severity) == (
        "Manifest", "data_sha256", "digest", Severity.WARNING)
    assert report.edited_rows == {"Partners": [row]}
    assert f"edited by hand: Partners row {row} " in warning.message


def test_a_value_of_the_wrong_type_names_the_value(package: Path) -> None:
    edit(package, "Beneficiaries", "targeted_total", "many")
    report = validate_package(package)
    [problem] = report.errors  # one problem for one bad cell: not also "required" or "total missing" for it
    assert (problem.key, problem.code) == ("targeted_total", "type") and "'many'" in problem.message


def test_a_reference_to_a_record_missing_from_the_package_is_an_error(package: Path) -> None:
    edit(package, "Funding", "initiative_id", "00000000-0000-0000-0000-000000000001")
    report = validate_package(package)
    assert [(p.sheet, p.key, p.code) for p in report.errors] == [("Funding", "initiative_id", "reference")]


def test_a_duplicated_record_id_is_an_error(package: Path) -> None:
    book = openpyxl.load_workbook(package)
    ws = book["Partners"]
    col = next(c.column for c in ws[1] if c.value == "id")
    ws.cell(FIRST_DATA_ROW + 1, col).value = ws.cell(FIRST_DATA_ROW, col).value
    book.save(package)
    codes = [(p.row, p.code) for p in validate_package(package).errors]
    assert (FIRST_DATA_ROW + 1, "duplicate_id") in codes


def test_a_missing_column_is_reported_once_and_rejects_the_package(package: Path) -> None:
    book = openpyxl.load_workbook(package)
    book["Partners"].delete_cols(1)  # the name column
    book.save(package)
    report = validate_package(package)
    assert [(p.sheet, p.row, p.code) for p in report.errors] == [("Partners", 1, "column_missing")]
    assert "name" in report.errors[0].message


def test_a_newer_format_version_asks_for_an_update(package: Path) -> None:
    from desktop.exchange.errors import PackageError

    book = openpyxl.load_workbook(package)
    ws = book["Manifest"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "format_version")
    ws.cell(row, 2).value = FORMAT_VERSION + 1
    book.save(package)
    with pytest.raises(PackageError, match="newer Fieldbook"):
        validate_package(package)


def test_the_report_highlights_and_comments_the_offending_cell(package: Path, tmp_path: Path) -> None:
    col = edit(package, "Initiatives", "status", "bogus")
    report = validate_package(package)
    out = write_report(report, tmp_path / "checked.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == PROBLEMS_SHEET
    cell = book["Initiatives"][f"{col}{FIRST_DATA_ROW}"]
    assert cell.value == "bogus"
    assert cell.fill.fgColor.rgb == "FFF4B6B6"
    assert "bogus" in cell.comment.text
    problems = list(book[PROBLEMS_SHEET].iter_rows(min_row=2, values_only=True))
    assert any(row[0] == "error" and row[1] == "Initiatives" and row[2] == f"{col}{FIRST_DATA_ROW}"
               for row in problems)


def test_export_names_packages_and_counts_sequences_per_office(demo_store: Store, tmp_path: Path) -> None:
    (tmp_path / "MEX-MEX_2023-H2_007.xlsx").write_bytes(b"")  # another office's numbers do not count
    first = export_package(demo_store, tmp_path, period="2023-H2")
    second = export_package(demo_store, tmp_path, period="2024-H1")
    assert (first.path.name, second.path.name) == ("KEN-NBO_2023-H2_001.xlsx", "KEN-NBO_2024-H1_002.xlsx")
    assert next_sequence(tmp_path, "KEN-NBO") == 3
    third = export_package(demo_store, f"{tmp_path / 'new-folder'}/", period="2024-H1")
    assert third.path == tmp_path / "new-folder" / "KEN-NBO_2024-H1_001.xlsx"
    manifest = read_package(second.path).manifest
    assert (manifest["office_code"], manifest["period"], manifest["sequence"]) == ("KEN-NBO", "2024-H1", 2)
    assert manifest["rows.Funding"] == 22 and manifest["format_version"] == FORMAT_VERSION


def test_progress_is_reported_and_cancel_leaves_no_file(demo_store: Store, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_module, "PROGRESS_EVERY", 10)

    class Recorder:
        def __init__(self, cancel_after: int | None) -> None:
            self.values: list[tuple[int, int]] = []
            self.cancel_after = cancel_after

        def set_value(self, done: int, total: int) -> None:
            self.values.append((done, total))

        def cancelled(self) -> bool:
            return self.cancel_after is not None and len(self.values) >= self.cancel_after

    out = tmp_path / "out"
    seen = Recorder(None)
    export_package(demo_store, out / "a.xlsx", period="2023-H2", progress=seen)
    assert seen.values[-1] == (70, 70) and len(seen.values) > 3
    assert [d for d, _ in seen.values] == sorted(d for d, _ in seen.values)

    with pytest.raises(Cancelled):
        export_package(demo_store, out / "b.xlsx", period="2023-H2", progress=Recorder(2))
    assert sorted(p.name for p in out.iterdir()) == ["a.xlsx"]


def test_cli_export_then_validate(demo_store: Store, store_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.close()  # the CLI opens the store itself
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "--db", str(store_path), "--out", str(out), "--period", "2023-H2"]) == 0
    package = out / "KEN-NBO_2023-H2_001.xlsx"
    assert str(package) in capsys.readouterr().out
    assert main(["validate", str(package), "--json"]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert result["valid"] is True and result["digest_matches"] is True and result["records"] == 70

    edit(package, "Initiatives", "status", "bogus")
    report = tmp_path / "checked.xlsx"
    assert main(["validate", str(package), "--report", str(report)]) == 1
    printed = capsys.readouterr().out
    assert "rejected" in printed and "Initiatives!" in printed and "(status)" in printed
    assert report.exists()


def test_cli_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["validate"])
    assert exited.value.code == 2
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert main(["validate", str(a), str(b), "--report", str(tmp_path / "nope.xlsx")]) == 2


def test_cli_export_refuses_a_bad_period(demo_store: Store, store_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.close()
    assert main(["export", "--db", str(store_path), "--out", str(tmp_path), "--period", "2023-H3"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "2023-H3" in err[0]


def test_sorting_rows_in_excel_keeps_the_digest(package: Path) -> None:
    """The digest is over the data, not its order: a regional officer may sort a sheet."""
    book = openpyxl.load_workbook(package)
    ws = book["Partners"]
    first = [c.value for c in ws[FIRST_DATA_ROW]]
    second = [c.value for c in ws[FIRST_DATA_ROW + 1]]
    for col, (a, b) in enumerate(zip(first, second), start=1):
        ws.cell(FIRST_DATA_ROW, col).value, ws.cell(FIRST_DATA_ROW + 1, col).value = b, a
    book.save(package)
    report = validate_package(package)
    assert report.valid and report.digest_matches is True


def test_text_beyond_excels_cell_limit_stops_the_export_with_a_clear_message(store: Store, tmp_path: Path) -> None:
    """Excel counts UTF-16 units: 16,384 emoji pass the rules' 32,767 characters but not a cell. Never truncate."""
    from db.models import Initiative
    from desktop.core import rules
    from desktop.exchange.errors import ExportError

    description = "😀" * 16_384
    with store.session() as session:
        session.add(Initiative(code="I-1", title="Long", description=description, status="pipeline",
                               country="KEN", crisis_context="none", flagship_code="FP1"))
    assert not [p for p in rules.check("initiative", {"description": description}) if p.field == "description"]
    with pytest.raises(ExportError, match="Initiatives row 4: Description is longer than Excel's limit"):
        export_package(store, tmp_path / "out" / "p.xlsx", period="2023-H2")
    assert not (tmp_path / "out" / "p.xlsx").exists()


def test_reading_reports_progress_and_can_be_cancelled(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.exchange import read as read_module

    monkeypatch.setattr(read_module, "PROGRESS_EVERY", 5)

    class Recorder:
        def __init__(self, cancel: bool) -> None:
            self.values: list[tuple[int, int]] = []
            self.cancel = cancel

        def set_value(self, done: int, total: int) -> None:
            self.values.append((done, total))

        def cancelled(self) -> bool:
            return self.cancel

    seen = Recorder(cancel=False)
    assert read_package(package, seen).report.valid
    assert seen.values[-1] == (70, 70) and len(seen.values) > 5
    with pytest.raises(Cancelled):
        read_package(package, Recorder(cancel=True))


def test_the_summary_line_counts_in_english_plurals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.exchange.read import ValidationReport

    report = ValidationReport(file=tmp_path / "x.xlsx", row_counts={"Initiatives": 1})
    assert report.summary().endswith("valid: 1 record, 0 errors, 0 warnings")
