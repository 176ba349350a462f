"""Which version wins: properties of the one ordering merge and import share."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.exchange.versions import hand_edited_version, record_version, resolve, tombstone_version, variant

IDS = [uuid.UUID(int=n) for n in range(1, 5)]
T0 = dt.datetime(2023, 7, 1, tzinfo=dt.timezone.utc)


@st.composite
def versions(draw):
    record_id = draw(st.sampled_from(IDS))
    revision = draw(st.integers(1, 3))
    at = T0 + dt.timedelta(hours=draw(st.integers(0, 3)))
    office = draw(st.sampled_from(["KEN-NBO", "MEX-MEX"]))
    if draw(st.booleans()) and draw(st.booleans()):
        return tombstone_version("partner", record_id, revision, at, office)
    values = {"id": record_id, "revision": revision, "created_at": T0, "updated_at": at, "office_code": office,
              "name": draw(st.sampled_from(["Sida", "JICA", "GCF"])), "acronym": "", "partner_type": "bilateral",
              "country": draw(st.sampled_from([None, "SWE"]))}
    if draw(st.integers(0, 3)) == 0:  # a row edited by hand in a spreadsheet, found by a merge or an import
        return hand_edited_version("partner", values, "", draw(st.sampled_from(["maria", "spreadsheet edit"])),
                                   "KEN-NBO_2023-H2_001.xlsx", "2026-12-01T10:00:00.000000Z")
    return record_version("partner", values)


sets = st.lists(versions(), max_size=12)


def winners(vs):
    return {key: v.content for key, v in resolve(vs).winners.items()}


@settings(max_examples=200, deadline=None)
@given(a=sets, b=sets)
def test_merge_is_commutative(a, b) -> None:
    assert winners(a + b) == winners(b + a)


@settings(max_examples=200, deadline=None)
@given(a=sets, b=sets, c=sets)
def test_merge_is_associative(a, b, c) -> None:
    left = list(resolve(list(resolve(a + b).winners.values()) + c).winners.values())
    right = list(resolve(a + list(resolve(b + c).winners.values())).winners.values())
    assert winners(left) == winners(right) == winners(a + b + c)


@settings(max_examples=200, deadline=None)
@given(a=sets)
def test_merge_is_idempotent(a) -> None:
    once = list(resolve(a).winners.values())
    assert winners(once + once) == winners(a) == winners(a + a)


@settings(max_examples=200, deadline=None)
@given(a=sets)
def test_every_version_is_in_the_output_or_in_the_report(a) -> None:
    outcome = resolve(a)
    accounted = {v.content for v in outcome.winners.values()}
    accounted |= {c.loser.content for c in outcome.conflicts} | {v.content for v in outcome.superseded}
    assert {v.content for v in a} == accounted
    assert len(a) == len(outcome.winners) + len(outcome.conflicts) + len(outcome.superseded) + outcome.duplicates


@settings(max_examples=200, deadline=None)
@given(a=sets)
def test_resolving_the_first_version_of_each_variant_decides_as_resolving_them_all(a) -> None:
    """What a merge keeps on disk (merge.KeptVersions): of each record, the first version of each variant only."""
    first = {}
    for v in a:
        first.setdefault((v.key, variant(v)), v)
    kept = list(first.values())
    whole, part = resolve(a), resolve(kept)
    assert whole.winners.keys() == part.winners.keys()
    assert all(part.winners[key] is winner for key, winner in whole.winners.items())
    assert [(c.winner, c.loser) for c in part.conflicts] == [(c.winner, c.loser) for c in whole.conflicts]
    assert all(p.winner is w.winner and p.loser is w.loser for p, w in zip(part.conflicts, whole.conflicts))
    assert len(part.superseded) == len(whole.superseded)
    assert all(p is w for p, w in zip(part.superseded, whole.superseded))
    assert part.duplicates + len(a) - len(kept) == whole.duplicates


@settings(max_examples=200, deadline=None)
@given(a=versions(), b=versions())
def test_two_versions_have_the_same_variant_when_they_have_the_same_order_and_content(a, b) -> None:
    assert (variant(a) == variant(b)) == (a.order() == b.order() and a.content == b.content)


def test_highest_revision_wins_and_a_tombstone_beats_older_revisions() -> None:
    old = record_version("partner", {"id": IDS[0], "revision": 2, "created_at": T0, "updated_at": T0 + dt.timedelta(
        days=9), "office_code": "KEN-NBO", "name": "Sida", "acronym": "", "partner_type": "bilateral",
        "country": None})
    deleted = tombstone_version("partner", IDS[0], 3, T0, "KEN-NBO")
    outcome = resolve([old, deleted])
    assert outcome.winners[("partner", IDS[0])].is_tombstone and outcome.superseded == [old]


def test_same_revision_different_content_is_a_conflict_won_by_the_latest_update() -> None:
    base = {"id": IDS[0], "revision": 2, "created_at": T0, "office_code": "KEN-NBO", "acronym": "",
            "partner_type": "bilateral", "country": None}
    early = record_version("partner", {**base, "updated_at": T0, "name": "Sida"})
    late = record_version("partner", {**base, "updated_at": T0 + dt.timedelta(hours=1), "name": "SIDA"})
    outcome = resolve([late, early])
    assert outcome.winners[("partner", IDS[0])] is late
    [conflict] = outcome.conflicts
    assert conflict.loser is early
    assert ("name", "SIDA", "Sida") in conflict.differences()


def _partner(revision: int, updated: dt.datetime, name: str) -> dict:
    return {"id": IDS[0], "revision": revision, "created_at": T0, "updated_at": updated, "office_code": "KEN-NBO",
            "name": name, "acronym": "", "partner_type": "bilateral", "country": None}


def test_a_hand_edit_is_the_next_revision_and_wins_over_the_version_it_edits() -> None:
    exported = record_version("partner", _partner(1, T0, "Sida"))
    edited = hand_edited_version("partner", _partner(1, T0, "Sida (Sweden)"), "", "maria", "a.xlsx", "now")
    assert edited.revision == 2 and edited.hand_edited and edited.edit["edited_by"] == "maria"
    assert edited.values["updated_at"] == T0  # the same edit found twice is one version, not a conflict
    for order in ([exported, edited], [edited, exported]):
        outcome = resolve(order)
        assert outcome.winners[("partner", IDS[0])] is edited and outcome.superseded == [exported]


def test_at_the_same_revision_a_hand_edit_wins_over_a_later_save_in_the_app() -> None:
    edited = hand_edited_version("partner", _partner(1, T0, "Sida (Sweden)"), "", "maria", "a.xlsx", "now")
    saved = record_version("partner", _partner(2, T0 + dt.timedelta(days=30), "Swedish Sida"))
    for order in ([saved, edited], [edited, saved]):
        outcome = resolve(order)
        assert outcome.winners[("partner", IDS[0])] is edited
        assert [c.loser for c in outcome.conflicts] == [saved]


def test_the_same_edit_found_in_two_files_is_one_version() -> None:
    one = hand_edited_version("partner", _partner(1, T0, "Sida (Sweden)"), "", "maria", "a.xlsx", "10:00")
    two = hand_edited_version("partner", _partner(1, T0, "Sida (Sweden)"), "", "joao", "b.xlsx", "11:00")
    outcome = resolve([one, two])
    assert outcome.conflicts == [] and outcome.duplicates == 1


def test_two_edits_of_one_version_are_a_conflict_not_decided_by_comparing_values_as_text() -> None:
    """'6600' sorts after '10000' as text: the winner must not depend on that, nor on the order of the files."""
    up = hand_edited_version("partner", _partner(1, T0, "6660"), "", "maria", "up.xlsx", "now")
    big = hand_edited_version("partner", _partner(1, T0, "10000"), "", "maria", "big.xlsx", "now")
    first = resolve([up, big])
    assert len(first.conflicts) == 1
    assert resolve([big, up]).winners == first.winners
    import hashlib
    by_hash = max((up, big), key=lambda v: hashlib.sha256(v.content.encode()).digest())
    assert first.winners[("partner", IDS[0])] is by_hash
