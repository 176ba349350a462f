"""Upgrades never lose data: every store a released Fieldbook wrote, opened by this version.

``tests/fixtures/stores/<version>/fieldbook.sqlite`` is a data file written by that released version (its
``make.py`` is the recipe, run in a checkout of that version). Each one is copied, read row by row with plain
``sqlite3``, opened with :func:`open_store` — which backs it up, then migrates it — and read again: every row of
every table the old version had is still there, equal on every column the old version had (a column added since
holds NULL or its default), and the backup is a readable copy of the file as it was. The new code then reads it all
(every row through the models, each record's history, each tombstone) and reports the same figures.

When a version is released, add its folder here (the last test says which are missing). A store written by a
*newer* version is refused in one line and left byte-identical with no backup: that is
``tests/test_failures.py::test_a_store_from_a_newer_version_is_refused_untouched_and_never_backed_up``.

Also here: a portable copy's data folder (``db.store.default_data_dir``), what a new copy on a USB stick finds.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.counting import kind_bit, refresh_counted, spans_of
from db.migrate import head_revision, is_known_revision
from db.models import Base, CountedBeneficiary
from db.store import Store, default_data_dir, default_store_path, open_store, portable_data_dir, store_schema
from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
STORES = ROOT / "tests" / "fixtures" / "stores"
FIXTURES = sorted((folder for folder in STORES.iterdir() if (folder / "fieldbook.sqlite").is_file()),
                  key=lambda folder: tuple(int(part) for part in folder.name.split(".")))
#: What the issue names, at least: the records, their history, tombstones, the ledger and where records came from.
MUST_HOLD = ("office", "initiative", "partner", "initiative_partner", "beneficiary_count", "funding_line",
             "knowledge_product", "initiative_sdg_target", "counted_beneficiary", "change_log", "tombstone",
             "package_ledger", "record_source")

Rows = dict[tuple[Any, ...], dict[str, Any]]


@dataclass
class Table:
    columns: list[str]
    defaults: dict[str, str | None]  # column → its declared default (SQL text), None when it has none
    rows: Rows  # primary key → the row as stored (raw SQLite values: no type of ours decodes them)


def read_tables(path: Path) -> dict[str, Table]:
    """Every table of a SQLite file, every row as stored, read without SQLAlchemy or any Fieldbook code."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        tables = {}
        for name in names:
            info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()  # cid, name, type, notnull, dflt, pk
            columns = [column[1] for column in info]
            key = [column[1] for column in sorted(info, key=lambda c: c[5]) if column[5]] or columns
            rows: Rows = {}
            for values in conn.execute(f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)} '
                                       f'FROM "{name}"'):
                row = dict(zip(columns, values))
                rows[tuple(row[k] for k in key)] = row
            tables[name] = Table(columns, {column[1]: column[4] for column in info}, rows)
    conn.close()
    return tables


def default_value(sql: str | None) -> Any:
    """What SQLite stores for a column's declared default (``'x'``, ``0``, ``CURRENT_TIMESTAMP`` aside)."""
    if sql is None:
        return None
    with sqlite3.connect(":memory:") as conn:
        value = conn.execute(f"SELECT {sql}").fetchone()[0]
    conn.close()
    return value


#: Derived tables, made again in a new layout by a migration (0011: counted_beneficiary), are compared by what they
#: say rather than row by row: which beneficiary row counts for which kind in which span.
def counted_meaning(table: Table) -> set[tuple[Any, ...]]:
    """(kind, span, initiative, group, reach type, row) of a ``counted_beneficiary`` table, in either layout: a row
    per initiative, span, group and reach type (up to 0010), or a row per counting row with bits (0011 on)."""
    kinds = ("targeted", "reached")
    out = set()
    for row in table.rows.values():
        if "span" in row:
            out |= {(kind, row["span"], row["initiative_id"], row["group_code"], row["reach_type"],
                     row[f"{kind}_row_id"]) for kind in kinds if row[f"{kind}_row_id"] is not None}
            continue
        for level, span in enumerate(spans_of(row["period"])):
            for kind in kinds:
                if row["counted"] & kind_bit(kind, level):
                    out.add((kind, span, row["initiative_id"], row["group_code"], row["reach_type"], row["row_id"]))
    return out


#: Where each record came from (record_source, up to 0011) moved onto the record rows (source, edited_by) in 0012.
RECORD_TABLES = ("office", "partner", "initiative", "initiative_partner", "beneficiary_count", "funding_line",
                 "knowledge_product")
PROVENANCE = ("source", "edited_by")


def provenance_meaning(tables: dict[str, Table]) -> set[tuple[Any, ...]]:
    """(entity, record id, package digest, edited by) of every record in the store that came from a package, in
    either layout: rows of record_source whose record is still there (a record deleted since had nothing left to
    describe), or the record rows' own source and edited_by."""
    if "record_source" in tables:
        return {(row["entity"], row["record_id"], row["digest"], row.get("edited_by"))
                for row in tables["record_source"].rows.values() if (row["record_id"],) in tables[row["entity"]].rows}
    return {(name, row["id"], row["source"], row["edited_by"]) for name in RECORD_TABLES
            for row in tables[name].rows.values() if row["source"] is not None}


def differences(name: str, before: Table, after: Table) -> list[str]:
    """What changed in ``name``, on the columns it had before: rows lost, rows added, values changed."""
    if name == "counted_beneficiary" and before.columns != after.columns:  # made again in a new layout
        old, new = counted_meaning(before), counted_meaning(after)
        return ([f"{name}: {c} no longer counts" for c in old - new] + [f"{name}: {c} counts now" for c in new - old]
                + ([f"{name}: nothing counts"] if not new else []))
    found = [f"{name}: row {key} lost" for key in before.rows.keys() - after.rows.keys()]
    found += [f"{name}: row {key} appeared" for key in after.rows.keys() - before.rows.keys()]
    for key in before.rows.keys() & after.rows.keys():
        old, new = before.rows[key], after.rows[key]
        found += [f"{name}: row {key} {column} was {old[column]!r}, is {new[column]!r}"
                  for column in before.columns if old[column] != new.get(column)]
        for column in after.columns:
            if name in RECORD_TABLES and column in PROVENANCE:
                continue  # compared as record_source was (provenance_meaning)
            if column not in before.columns and new[column] not in (None, default_value(after.defaults[column])):
                found.append(f"{name}: row {key} new column {column} holds {new[column]!r}, not NULL or its default")
    return found


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Upgraded:
    """One fixture, copied and opened by this version."""

    version: str
    path: Path
    old_schema: str
    before: dict[str, Table]
    after: dict[str, Table]
    backups: list[Path]
    seconds: float  # open_store: integrity check, backup and migration
    backups_after_reopen: list[Path] = field(default_factory=list)
    store: Store | None = None


@pytest.fixture(scope="module", params=FIXTURES, ids=[folder.name for folder in FIXTURES])
def upgraded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Upgraded]:
    source = request.param / "fieldbook.sqlite"
    original = digest(source)
    path = tmp_path_factory.mktemp(f"store-{request.param.name}") / "fieldbook.sqlite"
    shutil.copyfile(source, path)
    before = read_tables(path)
    [(old_schema,)] = before["alembic_version"].rows
    started = time.perf_counter()
    open_store(path, user="upgrade-test").close()
    seconds = time.perf_counter() - started
    backups = sorted((path.parent / "backups").glob("*.sqlite"))
    after = read_tables(path)
    result = Upgraded(request.param.name, path, old_schema, before, after, backups, seconds)
    result.store = open_store(path, user="upgrade-test")  # a second open: at the newest schema already
    result.backups_after_reopen = sorted((path.parent / "backups").glob("*.sqlite"))
    compared = {name: len(table.rows) for name, table in before.items() if name != "alembic_version"}
    print(f"\nupgrade of the {result.version} store (schema {old_schema} → {head_revision()}): opened, backed up and "
          f"migrated in {seconds:.2f} s; rows compared: {sum(compared.values())} "
          f"({', '.join(f'{name} {n}' for name, n in sorted(compared.items()))})")
    yield result
    result.store.close()
    assert digest(source) == original, f"the fixture {source} itself was changed: tests work on a copy"


def test_every_fixture_store_is_from_an_older_or_this_schema_and_holds_what_the_issue_names(
        upgraded: Upgraded) -> None:
    assert FIXTURES, "no fixture store under tests/fixtures/stores"
    assert is_known_revision(upgraded.old_schema), "a fixture from a version newer than this one"
    for name in MUST_HOLD:
        assert upgraded.before[name].rows, f"the {upgraded.version} fixture has no {name} rows to compare"


def test_every_row_of_every_old_table_is_kept_on_every_old_column(upgraded: Upgraded) -> None:
    lost_tables = upgraded.before.keys() - upgraded.after.keys() - {"record_source"}
    assert not lost_tables, f"tables gone after the upgrade: {sorted(lost_tables)}"
    found = []
    for name, table in upgraded.before.items():
        if name not in ("alembic_version", "record_source"):
            found += differences(name, table, upgraded.after[name])
    sources_before, sources_after = provenance_meaning(upgraded.before), provenance_meaning(upgraded.after)
    assert sources_before, "the fixture has no imported record to trace"
    found += [f"record_source: {row} lost" for row in sources_before - sources_after]
    found += [f"record_source: {row} appeared" for row in sources_after - sources_before]
    assert not found, f"{len(found)} differences, first: " + "; ".join(found[:5])
    assert list(upgraded.after["alembic_version"].rows) == [(head_revision(),)]


def test_the_upgrade_backed_up_the_file_as_it_was_first_and_only_once(upgraded: Upgraded) -> None:
    if upgraded.old_schema == head_revision():
        assert upgraded.backups == [], "a store at the newest schema is not backed up at open"
        return
    [backup] = upgraded.backups
    assert backup.name.endswith(f"-before-migration-from-{upgraded.old_schema}.sqlite")
    with sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    copy = read_tables(backup)
    assert copy.keys() == upgraded.before.keys()
    for name, table in upgraded.before.items():
        assert copy[name].columns == table.columns and copy[name].rows == table.rows, f"{name} differs in the backup"
    assert upgraded.backups_after_reopen == upgraded.backups, "opening the upgraded store again made another backup"


def test_this_version_reads_every_row_history_entry_and_tombstone_of_the_upgraded_store(upgraded: Upgraded) -> None:
    from desktop.core import records

    store = upgraded.store
    assert store is not None and store_schema(store) == head_revision()
    with store.read_session() as session:  # every row through the models: each stored value decodes
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            loaded = session.scalars(select(cls)).all()
            assert len(loaded) == len(upgraded.after[cls.__tablename__].rows), cls.__tablename__
    changes = upgraded.before["change_log"].rows.values()
    for entity, record_id in {(row["entity"], row["record_id"]) for row in changes}:
        entries = records.history(store, entity, uuid.UUID(hex=record_id))
        assert [entry.revision for entry in entries] == [
            row["revision"] for row in sorted(changes, key=lambda r: -r["id"])
            if (row["entity"], row["record_id"]) == (entity, record_id)]
    for (entity, record_id), row in upgraded.before["tombstone"].rows.items():
        kept = records.tombstone(store, entity, uuid.UUID(hex=record_id))
        assert kept is not None and kept[0] == row["revision"], (entity, record_id)


def test_the_upgraded_store_reports_its_figures_and_its_counted_beneficiaries_are_this_versions(
        upgraded: Upgraded) -> None:
    from desktop.core.kpi import compute_kpis
    from desktop.core.records import summary

    store = upgraded.store
    assert store is not None
    before = {name: len(table.rows) for name, table in upgraded.before.items()}
    kpis = compute_kpis(store)
    assert kpis.initiatives == before["initiative"]
    assert kpis.knowledge_products == before["knowledge_product"]
    assert kpis.beneficiaries["reached"]["total"] > 0 and kpis.funds_by_transaction["received"] > 0
    counts = summary(store).counts
    assert counts == {entity: before[entity] for entity in counts}
    assert summary(store).tombstones == before["tombstone"]
    # The derived table the KPIs read, recomputed by this version's counting rule, is what the old version stored:
    # an upgrade that changed the rule would have to refresh it, or the figures would be stale.
    table = CountedBeneficiary.__table__
    with store.engine.connect() as conn:
        transaction = conn.begin()
        stored = sorted(map(tuple, conn.execute(select(table))), key=repr)
        refresh_counted(conn)
        assert conn.scalar(select(func.count()).select_from(table)) == len(stored)
        assert sorted(map(tuple, conn.execute(select(table))), key=repr) == stored
        transaction.rollback()


def test_each_released_version_has_its_store_kept_as_a_fixture() -> None:
    """The CHANGELOG's released versions (every one but this) each have a folder here, so the next version is tested
    against them all."""
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = [v for v in re.findall(r"^## \[(\d+\.\d+\.\d+)\]", changelog, flags=re.MULTILINE) if v != __version__]
    assert released, "CHANGELOG.md names no released version"
    missing = [v for v in released if not (STORES / v / "fieldbook.sqlite").is_file()]
    assert not missing, (f"no store kept for {missing}: run that version's tests/fixtures/stores/<version>/make.py "
                         "recipe (copied from the last one) in a checkout of it")


# --- a portable copy ---------------------------------------------------------------------------------------------


def test_a_portable_marker_beside_the_executable_keeps_the_data_folder_beside_it(tmp_path: Path) -> None:
    executable = tmp_path / "Fieldbook" / "fieldbook.exe"
    executable.parent.mkdir()
    executable.touch()
    assert portable_data_dir(executable) is None
    (executable.parent / "portable").mkdir()
    assert portable_data_dir(executable) is None, "a folder named portable is not the marker file"
    (executable.parent / "portable").rmdir()
    (executable.parent / "portable").write_text("")
    assert portable_data_dir(executable) == executable.parent / "data"
    link = tmp_path / "fieldbook"
    link.symlink_to(executable)
    assert portable_data_dir(link) == executable.parent / "data", "found beside the real executable"


def test_a_built_copy_marked_portable_uses_its_own_data_folder_and_data_dir_still_wins(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import main

    stick = tmp_path / "stick" / "Fieldbook"
    stick.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(stick / "fieldbook"))
    (stick / "portable").touch()
    assert default_data_dir() != stick / "data", "from the source tree (not frozen) the marker is not looked for"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert default_data_dir() == stick / "data"
    assert default_store_path() == stick / "data" / "fieldbook.sqlite"
    assert main(["demo"]) == 0
    assert (stick / "data" / "fieldbook.sqlite").is_file()
    elsewhere = tmp_path / "elsewhere"
    assert main(["--data-dir", str(elsewhere), "demo"]) == 0
    assert (elsewhere / "fieldbook.sqlite").is_file()
    (stick / "portable").unlink()
    assert default_data_dir() != stick / "data", "without the marker: the per-user data folder"
