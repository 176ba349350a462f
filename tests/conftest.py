"""Shared fixtures: a store in a temporary file (never :memory: — threads would each see another database)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.store import Store, open_store

# No display on CI or developer machines here; `make test` sets this too.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite"


@pytest.fixture
def empty_store(store_path: Path) -> Iterator[Store]:
    """A new store with no office profile yet (what the first-run wizard sees)."""
    with open_store(store_path, user="tester") as opened:
        yield opened


@pytest.fixture
def store(empty_store: Store) -> Store:
    """A new office store: the profile of office TST-01 and nothing else."""
    from db.models import Office

    with empty_store.session() as session:
        session.add(Office(code="TST-01", name="Test office", country="KEN", region="AF", currency="KES"))
    empty_store.office_code = "TST-01"
    return empty_store


@pytest.fixture
def demo_store(empty_store: Store) -> Store:
    """The demo office KEN-NBO."""
    from desktop.core.demo import build_demo

    build_demo(empty_store, "KEN-NBO")
    return empty_store


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A PostgreSQL server for the whole run: ``FIELDBOOK_PG_URL`` if set, else a throwaway cluster."""
    import os

    from tests.pgserver import NoPostgres, PostgresServer

    if os.environ.get("FIELDBOOK_PG_URL"):
        yield os.environ["FIELDBOOK_PG_URL"]
        return
    try:
        server = PostgresServer().start()
    except NoPostgres as exc:
        message = f"POSTGRESQL TESTS SKIPPED: {exc}"
        print(f"\n{'!' * 20} {message} {'!' * 20}")
        pytest.skip(message)
    try:
        yield server.admin_url
    finally:
        server.stop()


@pytest.fixture
def pg_url(postgres_admin_url: str) -> str:
    """A fresh, empty PostgreSQL database (SQLAlchemy URL) for one test."""
    from tests.pgserver import create_database

    return create_database(postgres_admin_url)


@pytest.fixture(autouse=True)
def _unsigned_packages_in_tests(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Most tests import packages they export themselves, unsigned, through the Python API, and are about
    something else than signatures: for them an import without a policy lets unsigned packages in. The command line
    and the app always pass their own (strict) policy, and tests marked ``signatures`` get the real default."""
    if request.node.get_closest_marker("signatures") is not None:
        return
    from desktop.exchange import importer
    from desktop.exchange.trust import Policy

    monkeypatch.setattr(importer, "default_policy", lambda store: Policy(by=store.user, accept_unsigned=True))
