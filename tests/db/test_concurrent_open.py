"""Two officers open the same fresh PostgreSQL store at the same moment: both get it, the schema made once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from db.migrate import head_revision
from db.store import open_store

pytestmark = pytest.mark.postgres


def test_two_officers_opening_a_fresh_store_at_once_both_get_it_at_head(pg_url: str) -> None:
    opened: list[str] = []
    failed: list[BaseException] = []
    ready = threading.Barrier(3)

    def officer() -> None:
        ready.wait()
        try:
            with open_store(pg_url) as store, store.engine.connect() as conn:
                opened.append(conn.scalar(text("SELECT version_num FROM alembic_version")))
        except BaseException as exc:  # what the officer would see
            failed.append(exc)

    threads = [threading.Thread(target=officer, daemon=True) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads), "an officer is still waiting for the store"
    assert failed == []
    assert opened == [head_revision()] * 3
