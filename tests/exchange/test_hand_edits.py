"""A package edited by hand: each edit found by its row's fingerprint, taken in as a new, attributed version by merge
and import, whatever the order of the files — also after a re-save through LibreOffice (the issue's script)."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from db.models import ENTITY_TYPES, BeneficiaryCount, ChangeLog
from db.store import Store, open_store
from desktop.exchange.export import export_package
from desktop.exchange.format import FIRST_DATA_ROW, HAND_EDITS_SHEET
from desktop.exchange.importer import import_package, import_packages
from desktop.exchange.merge import merge_packages
from desktop.exchange.read import read_package, validate_package

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "packages" / "v1" / "KEN-NBO_2023-H2_001.xlsx"


def _edit_count(source: Path, out: Path, row: int, total: int | None = None, delta: int = 0) -> tuple[str, int]:
    """Change one beneficiary row's reached total by hand, keeping its parts adding up (female and adults move with
    it); returns the row's id and its new total."""
    book = openpyxl.load_workbook(source)
    ws = book["Beneficiaries"]
    keys = [c.value for c in ws[1]]
    old = ws.cell(row, keys.index("reached_total") + 1).value
    delta = (total - old) if total is not None else delta
    for key in ("reached_total", "reached_female", "reached_adults"):
        cell = ws.cell(row, keys.index(key) + 1)
        cell.value = cell.value + delta
    book.save(out)
    return ws.cell(row, keys.index("id") + 1).value, old + delta


def _resave_with_libreoffice(path: Path, work: Path) -> Path:
    """Open and save the workbook as a person with LibreOffice would (a new file, same name)."""
    out = work / "resaved"
    out.mkdir(exist_ok=True)
    profile = (work / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx", "--outdir",
                    str(out), str(path)], check=True, capture_output=True, timeout=180)
    return out / path.name


def _reached(store: Store) -> dict[str, tuple[int, int]]:
    with store.read_session() as session:
        return {str(b.id): (b.reached_total, b.revision) for b in session.scalars(select(BeneficiaryCount))}


@pytest.fixture
def edited(demo_store: Store, tmp_path: Path) -> dict[str, object]:
    """The demo office's package and three hand-edited copies: a count raised, one lowered, one across a digit length
    (to 10000, which sorts before the old value as text) — re-saved through LibreOffice when it is installed."""
    original = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    edits = {}
    files = []
    for name, row, change in (("up", FIRST_DATA_ROW, {"delta": 60}), ("down", FIRST_DATA_ROW + 1, {"delta": -60}),
                              ("longer", FIRST_DATA_ROW + 2, {"total": 10000})):
        path = tmp_path / f"{name}.xlsx"
        record_id, total = _edit_count(original, path, row, **change)
        edits[record_id] = (name, row, total)
        files.append(path)
    resaved = shutil.which("soffice") is not None
    if resaved:
        files = [_resave_with_libreoffice(path, tmp_path) for path in files]
    return {"original": original, "files": files, "edits": edits, "resaved": resaved}


def test_validate_lists_each_edited_row_and_the_digest_warning_names_them(edited) -> None:
    for path, (record_id, (name, row, total)) in zip(edited["files"], edited["edits"].items()):
        report = validate_package(path)
        assert report.valid, [p.line() for p in report.errors]
        assert report.edited_rows == {"Beneficiaries": [row]}, name
        [digest] = [p for p in report.warnings if p.code == "digest"]
        assert f"edited by hand: Beneficiaries row {row} " in digest.message


@pytest.mark.slow
def test_every_edit_arrives_attributed_whatever_the_order_of_the_files(edited, tmp_path: Path) -> None:
    if not edited["resaved"]:
        pytest.skip("LibreOffice (soffice) is not installed: the edits were not re-saved through it")
    files = edited["files"]
    expected = {record_id: total for record_id, (_, _, total) in edited["edits"].items()}
    finals = []
    lines = []
    for n, order in enumerate(itertools.permutations(files)):
        with open_store(tmp_path / f"hq{n}.sqlite", user="hq") as hq:
            summaries = import_packages(hq, [edited["original"], *order], editor="maria", readers=0)
            lines.append([s.line() for s in summaries])
            assert [s.status for s in summaries] == ["imported"] * 4
            assert sum(s.hand_edited for s in summaries) == 3
            reached = _reached(hq)
            for record_id, total in expected.items():
                assert reached[record_id] == (total, 2)  # the edit, as the next revision
            finals.append(reached)
            with hq.read_session() as session:
                history = session.scalars(select(ChangeLog).where(ChangeLog.field == "reached_total")).all()
                assert {str(h.record_id) for h in history} == set(expected)
                assert all(h.changed_by.startswith("maria (spreadsheet edit in ") for h in history)
                sources = {str(r.id): json.loads(r.edited_by) for cls in ENTITY_TYPES.values() for r in session.scalars(
                    select(cls).where(cls.edited_by.is_not(None)))}
                assert set(sources) == set(expected) and {s["edited_by"] for s in sources.values()} == {"maria"}
    assert all(final == finals[0] for final in finals)
    print("\n".join(lines[0]))  # the import summary lines, for the closing note


@pytest.mark.slow
def test_a_merge_of_edited_files_carries_each_edit_attributed_to_headquarters(edited, tmp_path: Path) -> None:
    files = edited["files"]
    expected = {record_id: total for record_id, (_, _, total) in edited["edits"].items()}
    outputs = []
    for n, order in enumerate((files, files[::-1])):
        result = merge_packages([edited["original"], *order], tmp_path / f"merged{n}", editor="joao", readers=0)
        assert len(result.hand_edited) == 3 and result.conflicts == []
        outputs.append(result.out)
    assert read_package(outputs[0]).report.digest == read_package(outputs[1]).report.digest
    merged = read_package(outputs[0])
    assert merged.report.valid and merged.report.edited_rows == {}  # accepted edits are not edits again
    assert {str(e["record_id"]): e["edited_by"] for e in merged.hand_edits} == {k: "joao" for k in expected}
    with open_store(tmp_path / "hq.sqlite", user="hq") as hq:
        summary = import_package(hq, outputs[0])
        assert summary.status == "imported" and summary.hand_edited == 3
        assert {k: v[0] for k, v in _reached(hq).items() if k in expected} == expected
        with hq.read_session() as session:
            by = {h.changed_by for h in session.scalars(select(ChangeLog))}
        assert any(b.startswith("joao (spreadsheet edit in ") for b in by)


def test_two_different_edits_of_one_row_are_a_conflict_reported_with_both_files(demo_store: Store,
                                                                               tmp_path: Path) -> None:
    original = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    _edit_count(original, tmp_path / "a.xlsx", FIRST_DATA_ROW, delta=60)
    _edit_count(original, tmp_path / "b.xlsx", FIRST_DATA_ROW, total=10000)
    result = merge_packages([tmp_path / "a.xlsx", tmp_path / "b.xlsx"], tmp_path / "m", readers=0,
                            report=tmp_path / "report.xlsx")
    [conflict] = result.conflicts
    assert {conflict.winner.file, conflict.loser.file} == {"a.xlsx", "b.xlsx"}
    fields = result.as_json()["conflicts"][0]["fields"]
    totals = {f["winner"] for f in fields if f["field"] == "reached_total"} | {
        f["loser"] for f in fields if f["field"] == "reached_total"}
    assert "10000" in totals
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx")["Conflicts"]
    kept_from = {row[7] for row in sheet.iter_rows(min_row=4, values_only=True) if row[0]}
    assert any("a.xlsx" in k or "b.xlsx" in k for k in kept_from)


def test_the_office_takes_in_its_own_corrected_package(demo_store: Store, tmp_path: Path) -> None:
    original = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    record_id, total = _edit_count(original, tmp_path / "fixed.xlsx", FIRST_DATA_ROW, delta=60)
    summary = import_package(demo_store, tmp_path / "fixed.xlsx", editor="regional officer")
    assert summary.status == "imported" and summary.updated == 1 and summary.hand_edited == 1
    assert _reached(demo_store)[record_id] == (total, 2)
    # and its next package says who made that version
    again = read_package(export_package(demo_store, tmp_path / "next.xlsx", period="2023-H2").path)
    assert [str(e["record_id"]) for e in again.hand_edits] == [record_id]
    assert again.hand_edits[0]["edited_by"] == "regional officer" and again.report.edited_rows == {}


def test_a_version_1_package_is_read_by_up_conversion(tmp_path: Path) -> None:
    report = validate_package(FIXTURE_V1)
    assert report.valid and report.manifest["format_version"] == 1 and report.records == 70
    assert report.edited_rows == {} and report.digest_matches and report.signature is None
    copy = tmp_path / FIXTURE_V1.name
    _edit_count(FIXTURE_V1, copy, FIRST_DATA_ROW, delta=60)
    edited = validate_package(copy)
    assert edited.valid and edited.digest_matches is False and edited.edited_rows == {}  # found by digest only
    with open_store(tmp_path / "hq.sqlite") as hq:
        assert import_package(hq, FIXTURE_V1).created == 70
        changed = import_package(hq, copy)  # the import says the data changed since export
        # format 1 has no fingerprints: the edited row is the same revision with other content, a conflict
        assert changed.conflicts == 1 and changed.hand_edited == 0 and "digest mismatch" in changed.line()


def test_a_row_added_by_hand_has_no_fingerprint_and_is_an_edit(demo_store: Store, tmp_path: Path) -> None:
    original = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    book = openpyxl.load_workbook(original)
    ws = book["Partners"]
    keys = [c.value for c in ws[1]]
    row = ws.max_row + 1
    values = {"name": "Added by hand", "partner_type": "ngo", "id": str(uuid.uuid4()), "revision": 1,
              "created_at": "2023-07-01T00:00:00.000000Z", "updated_at": "2023-07-01T00:00:00.000000Z",
              "office_code": "KEN-NBO"}
    for key, value in values.items():
        ws.cell(row, keys.index(key) + 1).value = value
    book.save(tmp_path / "added.xlsx")
    report = validate_package(tmp_path / "added.xlsx")
    assert report.edited_rows == {"Partners": [row]}
    summary = import_package(demo_store, tmp_path / "added.xlsx", editor="maria")
    assert summary.created == 1 and summary.hand_edited == 1


def test_a_readable_link_that_names_another_record_is_a_warning_naming_both(demo_store: Store,
                                                                           tmp_path: Path) -> None:
    original = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    book = openpyxl.load_workbook(original)
    ws = book["Beneficiaries"]
    keys = [c.value for c in ws[1]]
    first = ws.cell(FIRST_DATA_ROW, keys.index("initiative") + 1).value
    assert first and " — " in first  # "KEN-001 — title", for people
    ws.cell(FIRST_DATA_ROW, keys.index("initiative") + 1).value = "KEN-999 — Somewhere else"
    book.save(tmp_path / "relabelled.xlsx")
    report = validate_package(tmp_path / "relabelled.xlsx")
    [warning] = [p for p in report.warnings if p.code == "link_text"]
    assert "KEN-999 — Somewhere else" in warning.message and first in warning.message
    assert report.digest_matches  # the readable column is not data: the digest does not change


def test_the_hand_edits_sheet_travels_only_while_the_row_is_still_that_edit(demo_store: Store,
                                                                          tmp_path: Path) -> None:
    original = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    record_id, _ = _edit_count(original, tmp_path / "fixed.xlsx", FIRST_DATA_ROW, delta=60)
    import_package(demo_store, tmp_path / "fixed.xlsx", editor="maria")
    with demo_store.session() as session:
        row = session.get(BeneficiaryCount, uuid.UUID(record_id))
        row.reached_total += 1
        row.reached_female += 1
        row.reached_adults += 1
    again = read_package(export_package(demo_store, tmp_path / "next.xlsx", period="2023-H2").path)
    assert again.hand_edits == []
    book = openpyxl.load_workbook(again.path)
    assert book[HAND_EDITS_SHEET].max_row == 3  # header rows only
    os.remove(again.path)
