"""The demo offices: deterministic, realistic, and valid by the same rules as everything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import RECORD_TYPES, BeneficiaryCount, FundingLine, Initiative
from db.store import open_store
from desktop.core import rules
from desktop.core.demo import DEMO_OFFICES, build_demo


def _snapshot(path: Path, office: str) -> dict:
    with open_store(path) as store:
        build_demo(store, office)
        with store.read_session() as session:
            return {
                cls.entity: sorted((r.as_dict() for r in session.scalars(select(cls))), key=lambda d: str(d["id"]))
                for cls in RECORD_TYPES
            }


def test_the_same_demo_twice_is_the_same_data(tmp_path: Path) -> None:
    assert _snapshot(tmp_path / "a.sqlite", "KEN-NBO") == _snapshot(tmp_path / "b.sqlite", "KEN-NBO")


@pytest.mark.parametrize("office", list(DEMO_OFFICES))
def test_every_demo_record_passes_the_rules(tmp_path: Path, office: str) -> None:
    snapshot = _snapshot(tmp_path / "demo.sqlite", office)
    known = {entity: {r["id"] for r in records} for entity, records in snapshot.items()}
    context = rules.Context(known_ids=known)
    for entity, records in snapshot.items():
        for record in records:
            assert rules.errors(rules.check(entity, record, identity=True, context=context)) == [], (entity, record)


def test_kenya_demo_holds_the_initiatives_of_the_report(demo_store) -> None:
    with demo_store.read_session() as session:
        titles = set(session.scalars(select(Initiative.title)))
        periods = set(session.scalars(select(BeneficiaryCount.period)))
        currencies = set(session.scalars(select(FundingLine.currency)))
    assert {"Nairobi River regeneration", "Kakuma-Kalobeyei area-based regeneration",
            "Bosaso participatory urban planning"} <= titles
    assert len(periods) >= 3 and len(currencies) >= 3


def test_a_demo_office_cannot_be_built_twice(demo_store) -> None:
    with pytest.raises(ValueError, match="already holds office KEN-NBO"):
        build_demo(demo_store, "KEN-NBO")


def test_unknown_demo_office_is_a_clear_error(store) -> None:
    with pytest.raises(ValueError, match="choose one of"):
        build_demo(store, "XXX")
