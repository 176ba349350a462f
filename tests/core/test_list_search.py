"""Long lists (a headquarters store): the database finds what the in-memory search found, through an index that
every write keeps current.

The in-memory search of a short list (``desktop.ui.models.RecordFilterProxy``) keeps a record when every word typed
is in the lower-case text of its searchable fields joined by spaces. ``records.list_window`` asks the database
(SQLite FTS5 trigram index, PostgreSQL pg_trgm) and must keep the same records, in the list's order.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, insert, select, text

from db.models import Initiative, KnowledgeProduct
from db.store import Store, open_store
from desktop.core import records

STORES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
#: Letters of both cases, digits, spaces and what LIKE and FTS5 treat specially. Upper-case letters outside A–Z are
#: left out: there the database's case folding is not Python's (see migration 0009).
ALPHABET = "abcdeABCDE xyz 012-%_\\\"'é.ü"
SEARCH_FIELDS = {"initiative": ("code", "title", "locality", "country"),
                 "knowledge_product": ("title", "initiative_code", "link")}


def in_memory_search(rows: list[Any], entity: str, typed: str) -> list[uuid.UUID]:
    """What a short list shows for ``typed``: the same test as ``models.build_haystack`` + ``RecordFilterProxy``."""
    words = typed.strip().casefold().split()
    fields = SEARCH_FIELDS[entity]
    haystacks = [(row, " ".join(str(getattr(row, f)) for f in fields).casefold()) for row in rows]
    return [row.id for row, hay in haystacks if all(word in hay for word in words)]


def shown(store: Store, query: records.ListQuery) -> list[uuid.UUID]:
    """The ids a long list shows for ``query``, in order."""
    window = records.list_window(store, query)
    rows = records.list_rows(store, query.entity, window.keys)
    return [rows[key].id for key in window.keys]


def _initiative(code: str, title: str, locality: str = "", country: str = "KEN") -> dict[str, Any]:
    now = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    return {"id": uuid.uuid4(), "revision": 1, "created_at": now, "updated_at": now, "office_code": "TST-01",
            "code": code, "title": title, "description": "", "status": "active", "start_date": None,
            "end_date": None, "country": country, "admin1": "", "locality": locality, "flagship_code": "FP1",
            "subprogramme_code": None, "outcome_code": None, "crisis_context": "none"}


text_of = st.text(alphabet=ALPHABET, max_size=14)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(text_of, text_of, st.sampled_from(["KEN", "MEX", "ABC"])), min_size=1, max_size=25),
       typed=st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=5), min_size=1, max_size=3))
def test_the_index_finds_what_the_in_memory_search_found(store: Store, rows: list[tuple[str, str, str]],
                                                         typed: list[str]) -> None:
    """Random initiatives and random words (short and long ones, with %, _, \\, quotes): the long list shows the
    same records, in the same order, as the short list's in-memory search."""
    with store.engine.begin() as conn:
        conn.execute(delete(Initiative.__table__))
        conn.execute(insert(Initiative.__table__), [_initiative(f"C-{n:03d}{a[:3]}", a, b, country)
                                                    for n, (a, b, country) in enumerate(rows)])
    loaded = records.initiative_rows(store)
    for query in (" ".join(typed), typed[0], typed[-1] + " " + typed[0]):
        expected = in_memory_search(loaded, "initiative", query)
        assert shown(store, records.ListQuery("initiative", query)) == expected, query


def typed_a_key_at_a_time(store: Store, entity: str, texts: list[str]) -> list[tuple[str, list[uuid.UUID]]]:
    """What a long list shows after each text of ``texts`` typed into its search field, asked as ``ListPage`` asks:
    the order read once, and the index's last answers kept from one keystroke to the next."""
    order = records.list_window(store, records.ListQuery(entity)).order
    cache: dict[Any, Any] = {}
    shown_after = []
    for typed in texts:
        window = records.list_window(store, records.ListQuery(entity, typed.strip()), order, None, cache)
        rows = records.list_rows(store, entity, window.keys)
        shown_after.append((typed, [rows[key].id for key in window.keys]))
    return shown_after


#: Few letters, so that words of several keys still match many of the records of ``dense_rows`` (and a keystroke's
#: answer is often narrowed from the last one's), with what LIKE treats specially.
DENSE = "abAB 1-%_\\é"
dense_rows = st.lists(st.tuples(st.text(alphabet=DENSE, max_size=20), st.text(alphabet=DENSE, max_size=8),
                                st.sampled_from(["KEN", "MEX", "ABC"])), min_size=1, max_size=25)


@st.composite
def keystrokes(draw: st.DrawFn) -> list[str]:
    """What the search field holds after each of a few edits: a key typed, a key deleted, or the text replaced."""
    texts, text = [], ""
    for _ in range(draw(st.integers(1, 12))):
        edit = draw(st.sampled_from(["type", "type", "type", "delete", "replace"]))
        if edit == "type":
            text += draw(st.sampled_from(DENSE))
        elif edit == "delete":
            text = text[:-1]
        else:
            text = draw(st.text(alphabet=DENSE, max_size=6))
        texts.append(text)
    return texts


def _fill(store: Store, rows: list[tuple[str, str, str]]) -> list[Any]:
    with store.engine.begin() as conn:
        conn.execute(delete(Initiative.__table__))
        conn.execute(insert(Initiative.__table__), [_initiative(f"C-{n:03d}{a[:3]}", a, b, country)
                                                    for n, (a, b, country) in enumerate(rows)])
    return records.initiative_rows(store)


def _assert_as_you_type(store: Store, rows: list[tuple[str, str, str]], texts: list[str], refine_max: int) -> None:
    """After each text of ``texts``, and after each key of a record's own title and locality typed (a search that
    narrows without ever finding nothing), the long list shows what the in-memory search shows."""
    loaded = _fill(store, rows)
    own = rows[0][0] + " " + rows[0][1]
    with mock.patch.object(records, "LIST_REFINE_MAX", refine_max):
        for sequence in (texts, [own[:end] for end in range(1, len(own) + 1)]):
            for typed, ids in typed_a_key_at_a_time(store, "initiative", sequence):
                assert ids == in_memory_search(loaded, "initiative", typed), (typed, sequence)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=dense_rows, texts=keystrokes())
def test_search_as_you_type_shows_at_each_key_what_the_in_memory_search_shows(store: Store, rows: Any,
                                                                              texts: list[str]) -> None:
    """Keys typed, deleted and texts replaced, with the answers of the keystrokes before kept (as the page keeps
    them): after every key the long list shows what the short list shows."""
    _assert_as_you_type(store, rows, texts, records.LIST_REFINE_MAX)


@pytest.mark.parametrize("typed", ["kakuma", "KEN-0", "ke", "r", "regeneration housing", "ken 1", "nothing like it",
                                   "%", "_", "ken-001 kakuma"])
def test_the_demo_office_lists_find_the_same_records(demo_store: Store, typed: str) -> None:
    """The demo office's initiatives and knowledge products (found by title, link or their initiative's code)."""
    for entity, loader in (("initiative", records.initiative_rows),
                           ("knowledge_product", records.knowledge_product_rows)):
        expected = in_memory_search(loader(demo_store), entity, typed)
        assert shown(demo_store, records.ListQuery(entity, typed)) == expected, (entity, typed)


def test_filters_and_sorting_in_the_database_match_the_short_list(demo_store: Store) -> None:
    rows = records.initiative_rows(demo_store)
    active = shown(demo_store, records.ListQuery("initiative", filters=(("status", "active"),)))
    assert active == [r.id for r in rows if r.status == "active"] and active
    period = shown(demo_store, records.ListQuery("initiative", filters=(("period", "2021-H2"),)))
    assert period == [r.id for r in records.initiative_rows(demo_store, records.Filters(period="2021-H2"))]
    by_title = shown(demo_store, records.ListQuery("initiative", sort="title", descending=True))
    assert by_title == [r.id for r in sorted(rows, key=lambda r: r.title.casefold(), reverse=True)]
    labels = {"KEN": "Kenya", "SOM": "Somalia", "MEX": "Mexico"}
    by_country = shown(demo_store, records.ListQuery("initiative", sort="country", labels=tuple(labels.items())))
    assert by_country == [r.id for r in sorted(rows, key=lambda r: labels.get(r.country, r.country).casefold())]


def _found(store: Store, entity: str, typed: str) -> set[uuid.UUID]:
    return set(shown(store, records.ListQuery(entity, typed)))


def test_the_index_follows_every_write_of_the_entry_forms(store: Store) -> None:
    """Create, edit, delete and undo, as the app does them: the search finds what the store holds."""
    saved = records.save_record(store, "initiative", {
        "code": "TST-001", "title": "Flood shelters in Garissa", "status": "pipeline", "country": "KEN",
        "crisis_context": "none", "flagship_code": "FP1", "locality": "Garissa"})
    assert _found(store, "initiative", "shelters garissa") == {saved.record_id}
    records.save_record(store, "initiative", {"title": "Cyclone shelters"}, saved.record_id)
    assert _found(store, "initiative", "flood") == set()
    assert _found(store, "initiative", "cyclone") == {saved.record_id}
    partner = records.save_record(store, "partner", {"name": "Habitat Trust", "acronym": "HT",
                                                     "partner_type": "ngo", "country": "KEN"})
    assert _found(store, "partner", "habitat") == {partner.record_id}
    changes = records.delete_record(store, "initiative", saved.record_id)
    assert _found(store, "initiative", "cyclone") == set()
    records.apply_state(store, "initiative", saved.record_id, changes[0].before)  # undo the deletion
    assert _found(store, "initiative", "cyclone") == {saved.record_id}


def test_the_index_follows_an_import_and_its_undo(demo_store: Store, tmp_path: Path) -> None:
    from desktop.exchange.export import export_package
    from desktop.exchange.importer import import_package, undo_last_import

    package = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    with open_store(tmp_path / "hq.sqlite", user="hq") as hq:
        assert import_package(hq, package).status == "imported"
        expected = in_memory_search(records.initiative_rows(hq), "initiative", "kakuma")
        assert expected and shown(hq, records.ListQuery("initiative", "kakuma")) == expected
        undo_last_import(hq)
        assert shown(hq, records.ListQuery("initiative", "kakuma")) == []
        with hq.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM search_initiative")) == 0


def test_an_upgraded_store_gets_its_index_filled(tmp_path: Path) -> None:
    """A data file of the first release, opened by this version: every record is in the index at once."""
    path = tmp_path / "fieldbook.sqlite"
    shutil.copy(STORES / "0.1.0" / "fieldbook.sqlite", path)
    with sqlite3.connect(path) as conn:
        code, title = conn.execute("SELECT code, title FROM initiative ORDER BY code").fetchone()
    conn.close()
    with open_store(path, user="tester") as store:
        with store.engine.connect() as conn:
            for entity in ("initiative", "partner", "knowledge_product"):
                assert conn.scalar(text(f"SELECT count(*) FROM search_{entity}")) == conn.scalar(
                    text(f"SELECT count(*) FROM {entity}"))
        word = max(title.split(), key=len)
        assert code in {r.code for r in records.list_rows(
            store, "initiative", records.list_window(store, records.ListQuery("initiative", f"{code} {word}")).keys
        ).values()}


def test_a_record_deleted_after_its_key_was_read_is_left_out(demo_store: Store) -> None:
    window = records.list_window(demo_store, records.ListQuery("initiative"))
    first = window.rows[window.keys[0]]
    records.delete_record(demo_store, "initiative", first.id)
    rows = records.list_rows(demo_store, "initiative", window.keys[:5])
    assert window.keys[0] not in rows and len(rows) == len(window.keys[:5]) - 1


def test_the_position_of_the_record_to_keep_selected(demo_store: Store) -> None:
    rows = records.initiative_rows(demo_store)
    window = records.list_window(demo_store, records.ListQuery("initiative"), reselect=rows[2].id)
    assert window.position == 2 and window.rows[window.keys[2]].id == rows[2].id
    narrowed = records.list_window(demo_store, records.ListQuery("initiative", rows[0].code), reselect=rows[2].id)
    assert narrowed.position == -1  # not shown any more


@pytest.mark.postgres
def test_postgresql_finds_the_same_records_through_its_trigram_index(pg_url: str) -> None:
    from desktop.core.demo import build_demo

    with open_store(pg_url, user="tester") as store:
        build_demo(store, "KEN-NBO")
        with store.engine.connect() as conn:
            indexes = {row[0] for row in conn.execute(text(
                "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'search_%'"))}
        assert indexes == {"search_initiative_trgm", "search_partner_trgm", "search_knowledge_product_trgm"}
        for typed in ("kakuma", "KEN-0", "ke", "r", "regeneration housing", "%", "ken-001 kakuma"):
            for entity, loader in (("initiative", records.initiative_rows),
                                   ("knowledge_product", records.knowledge_product_rows)):
                assert shown(store, records.ListQuery(entity, typed)) == in_memory_search(
                    loader(store), entity, typed), (entity, typed)
        row = records.initiative_rows(store)[0]
        records.save_record(store, "initiative", {"title": "Cyclone shelters"}, row.id)
        assert _found(store, "initiative", "cyclone") == {row.id}
        records.delete_record(store, "initiative", row.id)
        assert _found(store, "initiative", "cyclone") == set()
        with store.engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(KnowledgeProduct.__table__)) > 0


@pytest.mark.postgres
def test_postgresql_search_as_you_type_on_random_records(pg_url: str) -> None:
    """PostgreSQL answers a keystroke from the last ones' answers (the texts of the few records found, the records
    a word leaves out when most hold it): after every key it shows what the in-memory search shows, whether the
    answers are small enough to keep their texts (a limit of 1, 4 or the real one) or not."""
    with open_store(pg_url, user="tester") as store:
        with store.session() as session:
            from db.models import Office

            session.add(Office(code="TST-01", name="Test office", country="KEN", region="AF", currency="KES"))

        @settings(max_examples=60, deadline=None)
        @given(rows=dense_rows, texts=keystrokes(), refine_max=st.sampled_from([1, 4, records.LIST_REFINE_MAX]))
        def check(rows: list[tuple[str, str, str]], texts: list[str], refine_max: int) -> None:
            _assert_as_you_type(store, rows, texts, refine_max)

        check()


@pytest.mark.postgres
def test_postgresql_products_as_you_type_found_by_their_initiative_code(pg_url: str) -> None:
    """Knowledge products (their text and their initiative's code, a product without initiative too), typed a key at
    a time, with a limit that keeps texts and one that does not."""
    from desktop.core.demo import build_demo

    with open_store(pg_url, user="tester") as store:
        build_demo(store, "KEN-NBO")
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE knowledge_product SET initiative_id = NULL WHERE id = "
                              "(SELECT min(id::text)::uuid FROM knowledge_product)"))
        products = records.knowledge_product_rows(store)
        assert any(p.initiative_code == "" for p in products)
        for refine_max in (1, records.LIST_REFINE_MAX):
            with mock.patch.object(records, "LIST_REFINE_MAX", refine_max):
                for typed in ("ken-001 kakuma", "lessons", "kalobeyei 2023", "nairobi river", "ken-002 prof",
                              "https unhab", "ken-0012"):
                    texts = [typed[:end] for end in range(1, len(typed) + 1)]
                    for shown_text, ids in typed_a_key_at_a_time(store, "knowledge_product", texts):
                        assert ids == in_memory_search(products, "knowledge_product", shown_text), shown_text


@pytest.mark.postgres
def test_postgresql_search_column_migrates_down_and_up(pg_url: str) -> None:
    """Migration 0010 stores the search text in a column the server computes, with the trigram index on it;
    downgraded to 0009 the index is on the expression again, and upgraded again the lists find the same records."""
    from alembic import command as alembic_command

    from db.migrate import alembic_config, upgrade
    from desktop.core.demo import build_demo

    def index_definition(conn: Any) -> str:
        return conn.scalar(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_initiative_trgm'"))

    with open_store(pg_url, user="tester") as store:
        build_demo(store, "KEN-NBO")
        expected = in_memory_search(records.initiative_rows(store), "initiative", "kakuma")
        with store.engine.connect() as conn:
            assert "(search_text gin_trgm_ops)" in index_definition(conn)
            assert conn.scalar(text("SELECT is_generated FROM information_schema.columns WHERE "
                                    "table_name = 'initiative' AND column_name = 'search_text'")) == "ALWAYS"
        config = alembic_config()
        with store.engine.connect() as conn, conn.begin():
            config.attributes["connection"] = conn
            alembic_command.downgrade(config, "0009")
        with store.engine.connect() as conn:
            assert "lower(" in index_definition(conn) and "search_text" not in index_definition(conn)
        upgrade(store.engine)
        with store.engine.connect() as conn:
            assert "(search_text gin_trgm_ops)" in index_definition(conn)
        assert expected and shown(store, records.ListQuery("initiative", "kakuma")) == expected
