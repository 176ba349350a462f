"""Reference lists: shipped, versioned, complete; countries and currencies from pycountry, not typed by hand."""

from __future__ import annotations

from collections import Counter

import pycountry

from db import reference


def test_all_17_goals_and_169_targets() -> None:
    goals, targets = reference.sdg_goals(), reference.sdg_targets()
    assert len(goals.items) == 17 and len(targets.items) == 169
    per_goal = Counter(t.parent for t in targets.items)
    assert per_goal["11"] == 10 and per_goal["17"] == 19 and set(per_goal) == goals.codes()
    assert "11.a" in targets and "18.1" not in targets


def test_every_list_has_unique_codes_and_labels() -> None:
    for name in reference.list_names():
        codes = [item.code for item in reference.code_list(name).items]
        assert len(codes) == len(set(codes)), name
        assert all(item.label for item in reference.code_list(name).items), name


def test_lists_named_in_the_domain_brief() -> None:
    assert reference.code_list("flagship_programmes").codes() == {"FP1", "FP2", "FP3", "FP4", "FP5"}
    assert reference.code_list("subprogrammes").codes() == {"SP1", "SP2", "SP3", "SP4"}
    assert reference.code_list("funding_modalities").codes() == {"core", "softly_earmarked", "earmarked"}
    assert reference.code_list("transaction_types").codes() == {"pledge", "commitment", "incoming", "expenditure"}
    assert {"refugees", "host", "idps", "migrants", "returnees"} <= reference.code_list("beneficiary_groups").codes()


def test_countries_and_currencies_come_from_pycountry() -> None:
    assert len(reference.countries().items) == len(pycountry.countries)
    assert "KEN" in reference.countries() and "XKX" not in reference.countries()
    assert {"USD", "XOF", "KWD", "KES"} <= reference.currencies().codes()
    assert reference.countries().label("MEX") == "Mexico"


def test_reference_version_names_every_source() -> None:
    version = reference.reference_version()
    assert "lists 2024.1" in version and "sdg" in version and "pycountry" in version
