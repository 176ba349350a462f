"""Merging packages: one valid package out, every version accounted for, invalid inputs left out and listed."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from db.models import Partner
from db.store import Store, open_store
from desktop.core.demo import build_demo
from desktop.exchange.export import export_package
from desktop.exchange.importer import import_package
from desktop.exchange.merge import MergeFailed, merge_packages
from desktop.exchange.read import read_package


@pytest.fixture
def offices(tmp_path: Path) -> dict[str, Store]:
    stores = {}
    for code in ("KEN-NBO", "MEX-MEX"):
        store = open_store(tmp_path / f"{code}.sqlite")
        build_demo(store, code)
        stores[code] = store
    yield stores
    for store in stores.values():
        store.close()


def export(store: Store, folder: Path) -> Path:
    folder.mkdir(exist_ok=True, parents=True)
    return export_package(store, folder, period="2023-H2").path


def records(path: Path) -> dict[str, dict]:
    package = read_package(path)
    out = {f"{entity}/{row.values['id']}": row.values for entity, rows in package.records.items() for row in rows}
    out |= {f"deleted/{t['entity']}/{t['record_id']}": t for t in package.deletions}
    return out


def test_two_offices_merge_into_one_valid_package_that_lists_its_sources(offices, tmp_path) -> None:
    ken, mex = export(offices["KEN-NBO"], tmp_path / "in"), export(offices["MEX-MEX"], tmp_path / "in")
    result = merge_packages([ken, mex], tmp_path / "out" / "", report=tmp_path / "report.xlsx", label="RO-MIX")
    merged = read_package(result.out)
    assert merged.report.valid and merged.report.digest_matches
    assert records(result.out) == records(ken) | records(mex)
    sources = json.loads(merged.manifest["sources"])
    assert {(s["office_code"], s["sequence"]) for s in sources} == {("KEN-NBO", 1), ("MEX-MEX", 1)}
    assert merged.manifest["office_code"] == "RO-MIX" and result.out.name.startswith("RO-MIX_2023-H2_")
    report = openpyxl.load_workbook(tmp_path / "report.xlsx")
    assert report.sheetnames == ["Sources", "Left out", "Conflicts", "Superseded"]
    assert {r[1] for r in report["Sources"].iter_rows(min_row=4, max_row=5, values_only=True)} == {"KEN-NBO",
                                                                                                   "MEX-MEX"}


def test_merging_a_merge_again_changes_nothing(offices, tmp_path) -> None:
    ken, mex = export(offices["KEN-NBO"], tmp_path / "in"), export(offices["MEX-MEX"], tmp_path / "in")
    first = merge_packages([ken, mex], tmp_path / "a" / "", label="RO-MIX")
    again = merge_packages([first.out, ken, mex, first.out], tmp_path / "b" / "", label="RO-MIX")
    assert records(again.out) == records(first.out) and again.digest == first.digest
    assert again.conflicts == [] and again.superseded == []
    assert {(s["office_code"], s["sequence"]) for s in json.loads(read_package(again.out).manifest["sources"])} == {
        ("KEN-NBO", 1), ("MEX-MEX", 1)}


def test_newer_revisions_win_and_older_ones_are_listed_as_superseded(offices, tmp_path) -> None:
    old = export(offices["KEN-NBO"], tmp_path / "old")
    with offices["KEN-NBO"].session() as session:
        session.scalars(select(Partner).where(Partner.acronym == "UoN")).one().name = "Renamed"
    new = export(offices["KEN-NBO"], tmp_path / "new")
    result = merge_packages([new, old], tmp_path / "out" / "", report=tmp_path / "r.xlsx")
    names = {v["name"] for k, v in records(result.out).items() if k.startswith("partner/")}
    assert "Renamed" in names and "University of Nairobi" not in names
    assert [v.revision for v in result.superseded] == [1]
    rows = list(openpyxl.load_workbook(tmp_path / "r.xlsx")["Superseded"].iter_rows(min_row=4, values_only=True))
    assert rows[0][0] == "partner" and rows[0][1] == "Renamed" and rows[0][3] == 1


def test_a_conflict_is_listed_field_by_field(tmp_path) -> None:
    paths = []
    for n, name in enumerate(("Sida (office copy)", "Sida (edited elsewhere)")):
        with open_store(tmp_path / f"copy{n}.sqlite") as store:
            build_demo(store, "KEN-NBO")
            with store.session() as session:
                session.scalars(select(Partner).where(Partner.acronym == "Sida")).one().name = name
            paths.append(export(store, tmp_path / f"in{n}"))
    result = merge_packages(paths, tmp_path / "out" / "", report=tmp_path / "r.xlsx")
    assert len(result.conflicts) == 1
    rows = list(openpyxl.load_workbook(tmp_path / "r.xlsx")["Conflicts"].iter_rows(min_row=4, values_only=True))
    fields = {row[4]: (row[5], row[6]) for row in rows}
    assert set(fields["name"]) == {"Sida (office copy)", "Sida (edited elsewhere)"}
    kept = fields["name"][0]
    assert {v["name"] for v in records(result.out).values() if v.get("acronym") == "Sida"} == {kept}


def test_invalid_packages_are_left_out_and_listed_or_fail_the_merge_when_strict(offices, tmp_path) -> None:
    good = export(offices["KEN-NBO"], tmp_path / "in")
    broken = tmp_path / "in" / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    result = merge_packages([good, broken], tmp_path / "out" / "", report=tmp_path / "r.xlsx")
    assert [Path(s.file).name for s in result.left_out] == ["broken.xlsx"]
    assert "broken.xlsx" in result.line()
    left = list(openpyxl.load_workbook(tmp_path / "r.xlsx")["Left out"].iter_rows(min_row=4, values_only=True))
    assert left[0][0] == "broken.xlsx" and left[0][1]
    with pytest.raises(MergeFailed, match="broken.xlsx"):
        merge_packages([good, broken], tmp_path / "strict" / "", strict=True)
    assert not (tmp_path / "strict").exists() or not list((tmp_path / "strict").iterdir())


def test_importing_the_merge_twice_gives_the_same_store_and_all_unchanged(offices, tmp_path) -> None:
    merged = merge_packages([export(offices["KEN-NBO"], tmp_path / "in"), export(offices["MEX-MEX"], tmp_path / "in")],
                            tmp_path / "out" / "", label="RO-MIX").out
    with open_store(tmp_path / "hq.sqlite") as hq:
        first = import_package(hq, merged)
        second = import_package(hq, merged)
    assert first.status == "imported" and first.created == first.records
    assert second.status == "already imported" and second.unchanged == first.created


@pytest.mark.postgres
def test_the_merge_imported_twice_gives_the_same_store_on_sqlite_and_postgresql(offices, tmp_path, pg_url) -> None:
    from tests.exchange.test_import import snapshot, tombstones

    merged = merge_packages([export(offices["KEN-NBO"], tmp_path / "in"), export(offices["MEX-MEX"], tmp_path / "in")],
                            tmp_path / "out" / "", label="RO-MIX").out
    stores = []
    for target in (tmp_path / "hq.sqlite", pg_url):
        with open_store(target) as hq:
            first, second = import_package(hq, merged), import_package(hq, merged)
            assert first.status == "imported" and second.status == "already imported"
            assert second.counts() == {"created": 0, "updated": 0, "unchanged": first.created, "stale": 0,
                                       "deleted": 0, "conflicts": 0, "rejected": 0}
            stores.append((snapshot(hq), tombstones(hq)))
    assert stores[0] == stores[1]
    assert sum(len(rows) for rows in stores[0][0].values()) == first.created


class Recorder:
    """Progress that remembers every fraction reported, and asks to stop once ``stop_at`` is reached."""

    def __init__(self, stop_at: float | None = None) -> None:
        self.seen: list[float] = []
        self.stop_at = stop_at

    def set_value(self, done: int, total: int) -> None:
        self.seen.append(done / total)

    def cancelled(self) -> bool:
        return self.stop_at is not None and bool(self.seen) and self.seen[-1] >= self.stop_at


@pytest.mark.parametrize("readers", [0, 2], ids=["read here", "read by reader processes"])
def test_a_merge_reports_progress_through_reading_and_writing(offices, tmp_path, readers) -> None:
    ken, mex = export(offices["KEN-NBO"], tmp_path / "in"), export(offices["MEX-MEX"], tmp_path / "in")
    progress = Recorder()
    result = merge_packages([ken, mex], tmp_path / "out" / "", progress=progress, readers=readers)
    assert progress.seen == sorted(progress.seen), "progress never goes back"
    assert progress.seen[-1] == 1.0
    assert any(0 < f < 0.4 for f in progress.seen)  # reading the second package
    assert any(0.4 <= f <= 0.5 for f in progress.seen)  # the merged store, table by table
    alone = merge_packages([ken, mex], tmp_path / "again" / "", readers=0 if readers else 2)
    assert alone.digest == result.digest  # reader processes or not, the same merge


@pytest.mark.parametrize("stop_at", [0.1, 0.45, 0.5], ids=["while reading", "in the merged store", "while writing"])
def test_cancelling_a_merge_writes_nothing(offices, tmp_path, stop_at) -> None:
    from desktop.core.progress import Cancelled

    ken, mex = export(offices["KEN-NBO"], tmp_path / "in"), export(offices["MEX-MEX"], tmp_path / "in")
    with pytest.raises(Cancelled):
        merge_packages([ken, mex], tmp_path / "out" / "", report=tmp_path / "r.xlsx", progress=Recorder(stop_at))
    assert not (tmp_path / "r.xlsx").exists()
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
