"""Bulk writing (db.bulk) stores exactly what the ORM would, on SQLite (executemany) and on PostgreSQL (COPY, and
one INSERT of unnested arrays for an upsert) — money, times, ids, empty values — and an upsert replaces."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, String, Table, Text, Uuid, select

from db.bulk import Bulk
from db.models import RECORD_TYPES, InitiativeSdgTarget, Partner
from db.store import open_store

#: A table keyed by two columns, with a text beside them: what an upsert is tried on (made in each test's store).
PROBE = Table("bulk_probe", MetaData(), Column("entity", String(32), primary_key=True),
              Column("record_id", Uuid, primary_key=True), Column("digest", Text))


def _probe(conn):  # type: ignore[no-untyped-def]
    PROBE.drop(conn, checkfirst=True)
    PROBE.create(conn)
    return Bulk(conn, PROBE)


def _probed(store):  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return {(row.record_id, row.digest) for row in conn.execute(select(PROBE))}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request, tmp_path: Path) -> str | Path:
    return tmp_path / "bulk.sqlite" if request.param == "sqlite" else request.getfixturevalue("pg_url")


def test_rows_written_in_bulk_read_back_as_the_orm_wrote_them(target, tmp_path) -> None:
    """Every record of the demo office — money, dates, times, ids, empty values, every script — written again in
    bulk into another store reads back the same."""
    from desktop.core.demo import build_demo
    from tests.exchange.test_import import snapshot

    with open_store(tmp_path / "office.sqlite") as office:
        build_demo(office, "KEN-NBO")
        records = snapshot(office)
        with open_store(target) as copy, copy.engine.begin() as conn:
            for cls in RECORD_TYPES:  # parents before children
                bulk = Bulk(conn, cls.__table__)
                bulk.insert([bulk.row(values) for values in records[cls.entity]])
            links = Bulk(conn, InitiativeSdgTarget.__table__)
            links.insert([links.row({"initiative_id": i["id"], "target_code": code})
                          for i in records["initiative"] for code in i.get("sdg_targets") or ()])
        with open_store(target) as copy:
            assert snapshot(copy) == records
            assert sum(len(v) for v in records.values()) > 50


def test_an_upsert_in_bulk_replaces_what_it_conflicts_with(target) -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    with open_store(target) as store, store.engine.begin() as conn:
        bulk = _probe(conn)
        entity, record_id, digest = (bulk.column(k) for k in ("entity", "record_id", "digest"))
        suffix = f" ON CONFLICT ({entity}, {record_id}) DO UPDATE SET {digest} = excluded.{digest}"
        bulk.insert([bulk.row({"entity": "partner", "record_id": i, "digest": "first"}) for i in ids[:2]], suffix)
        bulk.insert([bulk.row({"entity": "partner", "record_id": i, "digest": "second"}) for i in ids[1:]], suffix)
    with open_store(target) as store:
        got = _probed(store)
    assert got == {(ids[0], "first"), (ids[1], "second"), (ids[2], "second")}


def test_present_names_exactly_the_values_a_column_holds_in_the_rows_asked_about(target) -> None:
    """More values than one IN list takes (SQLite asks in chunks; PostgreSQL in one array), given as they are or
    already bound for the driver, and narrowed by a condition with its own parameter."""
    from db.bulk import CHUNK

    held = [uuid.uuid4() for _ in range(CHUNK + 20)]
    other_entity = uuid.uuid4()
    asked = held[::2] + [uuid.uuid4() for _ in range(CHUNK)] + [other_entity]
    with open_store(target) as store, store.engine.begin() as conn:
        bulk = _probe(conn)
        bulk.insert([bulk.row({"entity": "partner", "record_id": i, "digest": "d"}) for i in held]
                    + [bulk.row({"entity": "initiative", "record_id": other_entity, "digest": "d"})])
        assert bulk.present("record_id", asked) == set(held[::2]) | {other_entity}
        bound = [bulk.bind("record_id", i) for i in asked]
        where, params = f"{bulk.column('entity')} = {bulk.mark}", ("partner",)
        assert bulk.present("record_id", asked, where=where, params=params, bound=bound) == set(held[::2])
        assert bulk.present("record_id", [], where=where, params=params) == set()
        assert bulk.present("entity", ["partner", "x,partner", "initiative,"]) == {"partner"}  # texts: as asked


@pytest.mark.parametrize("digests", [
    ["plain-1", "plain.2", "a:b_c"],  # sent to PostgreSQL as one array literal
    ['a "quoted", {odd} value', "back\\slash"],  # sent element by element: quotes, braces, commas, backslash
    ["NULL", "null", "x"],  # ... the word NULL (in a literal, no value at all)
    ["", "x"],  # ... the empty text
    ["a,b", "c"],  # ... a comma, which would split one element in two
])
def test_an_upsert_in_bulk_keeps_every_text_as_it_was(target, digests) -> None:
    ids = [uuid.uuid4() for _ in digests]
    with open_store(target) as store, store.engine.begin() as conn:
        bulk = _probe(conn)
        entity, record_id, digest = (bulk.column(k) for k in ("entity", "record_id", "digest"))
        suffix = f" ON CONFLICT ({entity}, {record_id}) DO UPDATE SET {digest} = excluded.{digest}"
        bulk.insert([bulk.row({"entity": "partner", "record_id": i, "digest": d}) for i, d in zip(ids, digests)],
                    suffix)
    with open_store(target) as store:
        got = _probed(store)
    assert got == set(zip(ids, digests))


def test_a_record_row_written_in_bulk_gets_the_provenance_given_and_no_value_of_its_own_sets_it(target) -> None:
    """A record table's provenance columns (source, edited_by) are not among the values Bulk binds: the rows of one
    statement get the provenance given to it (COPY on PostgreSQL, executemany on SQLite), or none."""
    now = dt.datetime.now(dt.timezone.utc)
    partner = {"name": "P", "acronym": "", "partner_type": "ngo", "country": "KEN", "office_code": "KEN-NBO",
               "revision": 1, "created_at": now, "updated_at": now}
    ids = [uuid.uuid4() for _ in range(3)]
    with open_store(target) as store, store.engine.begin() as conn:
        bulk = Bulk(conn, Partner.__table__)
        assert "source" not in bulk.keys and "edited_by" not in bulk.keys
        bulk.insert([bulk.row({**partner, "id": i, "source": "ignored"}) for i in ids[:2]], provenance=("abc", None))
        bulk.insert([bulk.row({**partner, "id": ids[2]})], provenance=("def", '{"edited_by": "Ana"}'))
        bulk.insert([bulk.row({**partner, "id": uuid.uuid4(), "name": "Q"})])
    with open_store(target) as store, store.engine.connect() as conn:
        p = Partner.__table__.c
        got = {row.name if row.id not in ids else row.id: (row.source, row.edited_by)
               for row in conn.execute(select(p.id, p.name, p.source, p.edited_by))}
    assert got == {ids[0]: ("abc", None), ids[1]: ("abc", None), ids[2]: ("def", '{"edited_by": "Ana"}'),
                   "Q": (None, None)}
