"""Fixtures the import tests share: a demo office, and a small set of packages from two offices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Initiative
from db.store import Store, open_store
from desktop.core.demo import build_demo
from tests.exchange.test_import import export


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "office.sqlite", user="amina") as store:
        build_demo(store, "KEN-NBO")
        yield store


@pytest.fixture
def packages(tmp_path: Path) -> dict[str, Path]:
    """Two successive packages of one office, and one of another office."""
    with open_store(tmp_path / "ken.sqlite", user="amina") as ken:
        build_demo(ken, "KEN-NBO")
        first = export(ken, tmp_path / "out", sequence=1)
        with ken.session() as session:
            initiative = session.scalars(select(Initiative).order_by(Initiative.code)).first()
            initiative.title = "Renamed in the second half"
        second = export(ken, tmp_path / "out", sequence=2)
    with open_store(tmp_path / "mex.sqlite", user="luis") as mex:
        build_demo(mex, "MEX-MEX")
        other = export(mex, tmp_path / "out", sequence=1)
    return {"first": first, "second": second, "other": other}
