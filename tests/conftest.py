"""Shared fixtures: a store in a temporary file (never :memory: — threads would each see another database)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.store import Store, open_store


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
