"""Deleting an initiative that has knowledge products, in an office, then exchanging packages.

A product outlives its initiative: it loses its link. That loss is a change of the product like any other — the next
revision, a later updated-at, a line of history, in the deletion's own transaction — so the package exported before
the deletion and the one exported after it are two versions of the product that never tie (versions.py: the highest
revision wins). A regional merge of both packages and a headquarters import of both, in either order, end with the
product kept, detached, and the initiative gone; undoing the deletion links the product again as a newer version still.

The last tests are about the exchange side only, where a product's winning version can still name an initiative the
same packages delete (a hand edit in a spreadsheet wins its revision over the office's own detaching): the importer
treats that reference as the database does (ON DELETE SET NULL), keeping the product detached instead of dropping it,
whichever package comes first; a merge too (it failed on the foreign key).
"""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from db.models import Initiative, KnowledgeProduct, Tombstone
from db.store import Store, open_store
from desktop.core import records
from desktop.exchange.export import export_package
from desktop.exchange.format import FIRST_DATA_ROW
from desktop.exchange.importer import import_package
from desktop.exchange.merge import merge_packages
from desktop.exchange.read import read_package
from desktop.exchange.trust import Policy

UNSIGNED = Policy(by="hq", accept_unsigned=True)


def _export(store: Store, folder: Path, sequence: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return export_package(store, folder, period="2023-H2", sequence=sequence).path


def _products(store: Store) -> dict[uuid.UUID, dict[str, Any]]:
    with store.read_session() as session:
        return {p.id: p.as_dict() for p in session.scalars(select(KnowledgeProduct))}


def _initiative_ids(store: Store) -> set[uuid.UUID]:
    with store.read_session() as session:
        return set(session.scalars(select(Initiative.id)))


def _tombstone(store: Store, entity: str, record_id: uuid.UUID) -> Tombstone | None:
    with store.read_session() as session:
        return session.get(Tombstone, (entity, record_id))


def _packaged(path: Path) -> tuple[dict[str, dict[uuid.UUID, dict[str, Any]]], set[tuple[str, uuid.UUID]]]:
    package = read_package(path)
    rows = {entity: {row.values["id"]: row.values for row in found} for entity, found in package.records.items()}
    return rows, {(t["entity"], t["record_id"]) for t in package.deletions}


def _undo(store: Store, changes: list[records.Change]) -> None:
    """What Edit ▸ Undo does with a deletion's changes (desktop/ui/operations.py ChangeCommand.undo): each record's
    values before, in the order the deletion listed them (the initiative first), through the records layer."""
    for change in changes:
        records.apply_state(store, change.entity, change.record_id, change.before, user="amina")


@pytest.fixture
def deletion(office: Store, tmp_path: Path) -> dict[str, Any]:
    """The demo office's package, the initiative with knowledge products deleted as the app deletes it, and the
    package after."""
    with office.read_session() as session:
        linked = session.scalars(select(KnowledgeProduct).where(KnowledgeProduct.initiative_id.is_not(None))
                                 .order_by(KnowledgeProduct.title)).first()
        initiative_id = linked.initiative_id
    before = {k: v for k, v in _products(office).items() if v["initiative_id"] == initiative_id}
    assert before, "the demo office has an initiative with knowledge products"
    first = _export(office, tmp_path / "before", 1)
    changes = records.delete_record(office, "initiative", initiative_id, user="amina")
    second = _export(office, tmp_path / "after", 2)
    return {"store": office, "initiative": initiative_id, "before": before, "changes": changes,
            "first": first, "second": second}


def test_each_detached_product_is_a_new_version_of_it_written_with_the_deletion(deletion) -> None:
    store, initiative_id = deletion["store"], deletion["initiative"]
    now = _products(store)
    deleted_at = _tombstone(store, "initiative", initiative_id).deleted_at
    for product_id, old in deletion["before"].items():
        new = now[product_id]
        assert new["initiative_id"] is None
        assert new["revision"] == old["revision"] + 1
        assert old["updated_at"] < new["updated_at"] <= deleted_at
        assert {k: v for k, v in new.items() if k not in ("initiative_id", "revision", "updated_at")} == \
            {k: v for k, v in old.items() if k not in ("initiative_id", "revision", "updated_at")}
        latest = records.history(store, "knowledge_product", product_id)[0]
        assert (latest.action, latest.field, latest.old_value, latest.new_value, latest.revision) == \
            ("update", "initiative_id", str(initiative_id), None, new["revision"])
        # One undoable change: the deletion lists the product with its link before and without it after.
        listed = [c for c in deletion["changes"] if c.record_id == product_id]
        assert [(c.before["initiative_id"], c.after["initiative_id"]) for c in listed] == [(initiative_id, None)]


def test_each_package_carries_the_product_as_it_was_then(deletion) -> None:
    initiative_id = deletion["initiative"]
    first, _ = _packaged(deletion["first"])
    second, deleted = _packaged(deletion["second"])
    assert ("initiative", initiative_id) in deleted and initiative_id not in second["initiative"]
    for product_id, old in deletion["before"].items():
        assert first["knowledge_product"][product_id]["initiative_id"] == initiative_id
        assert second["knowledge_product"][product_id]["initiative_id"] is None
        assert second["knowledge_product"][product_id]["revision"] > first["knowledge_product"][product_id]["revision"]


@pytest.mark.parametrize("order", ["before, after", "after, before"])
def test_merging_the_packages_before_and_after_keeps_the_products_detached(deletion, tmp_path, order) -> None:
    paths = [deletion["first"], deletion["second"]]
    if order == "after, before":
        paths.reverse()
    result = merge_packages(paths, tmp_path / "merged" / "", report=tmp_path / "report.xlsx", readers=0)
    assert result.left_out == [] and result.conflicts == []
    merged, deleted = _packaged(result.out)
    office_now = _products(deletion["store"])
    assert deletion["initiative"] not in merged["initiative"]
    assert ("initiative", deletion["initiative"]) in deleted
    for product_id in deletion["before"]:
        assert merged["knowledge_product"][product_id] == office_now[product_id]


@pytest.mark.parametrize("order", ["before, after", "after, before", "merged"])
def test_headquarters_importing_both_packages_keeps_the_products_detached(deletion, tmp_path, order) -> None:
    paths = [deletion["first"], deletion["second"]]
    if order == "after, before":
        paths.reverse()
    if order == "merged":
        paths = [merge_packages(paths, tmp_path / "merged" / "", readers=0).out]
    with open_store(tmp_path / "hq.sqlite", user="hq") as hq:
        summaries = [import_package(hq, path, policy=UNSIGNED) for path in paths]
        assert [(s.status, s.problems, s.conflicts) for s in summaries] == [("imported", [], 0)] * len(paths)
        assert _products(hq) == _products(deletion["store"])
        assert deletion["initiative"] not in _initiative_ids(hq)
        assert _tombstone(hq, "initiative", deletion["initiative"]) is not None


def test_undoing_the_deletion_links_the_products_again_as_newer_versions_that_win_everywhere(deletion,
                                                                                           tmp_path) -> None:
    store, initiative_id = deletion["store"], deletion["initiative"]
    detached = _products(store)
    _undo(store, deletion["changes"])
    now = _products(store)
    assert initiative_id in _initiative_ids(store)
    for product_id, old in deletion["before"].items():
        assert now[product_id]["initiative_id"] == initiative_id
        assert now[product_id]["revision"] == detached[product_id]["revision"] + 1
        assert now[product_id]["updated_at"] > detached[product_id]["updated_at"]
    third = _export(store, tmp_path / "undone", 3)
    packages = [deletion["first"], deletion["second"], third]

    for n, paths in enumerate([packages, packages[::-1], [packages[1], packages[2], packages[0]]]):
        result = merge_packages(paths, tmp_path / f"merged-{n}" / "", readers=0)
        assert result.left_out == [] and result.conflicts == []
        merged, _ = _packaged(result.out)
        assert initiative_id in merged["initiative"]
        for product_id in deletion["before"]:
            assert merged["knowledge_product"][product_id] == now[product_id]
        with open_store(tmp_path / f"hq-{n}.sqlite", user="hq") as hq:
            summaries = [import_package(hq, path, policy=UNSIGNED) for path in paths]
            assert [(s.status, s.conflicts) for s in summaries] == [("imported", 0)] * 3
            assert _products(hq) == now
            assert initiative_id in _initiative_ids(hq)


# -- the exchange side: a product's winning version that still names the deleted initiative ----------------------

def _hand_edit_title(source: Path, out: Path, product_id: uuid.UUID) -> str:
    """Change one knowledge product's title by hand in a copy of the package (a regional officer's fix)."""
    book = openpyxl.load_workbook(source)
    sheet = book["KnowledgeProducts"]
    keys = [cell.value for cell in sheet[1]]
    for row in range(FIRST_DATA_ROW, sheet.max_row + 1):
        if str(sheet.cell(row, keys.index("id") + 1).value) == str(product_id):
            cell = sheet.cell(row, keys.index("title") + 1)
            cell.value = f"{cell.value} (revised)"
            title = cell.value
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return title


@pytest.fixture
def hand_edited(deletion, tmp_path: Path) -> dict[str, Any]:
    """The package from before the deletion with one of the initiative's products retitled by hand: at the
    office's next revision, which the hand edit wins (versions.py), still naming the initiative."""
    product_id = sorted(deletion["before"])[0]
    edited = tmp_path / "edited" / deletion["first"].name
    title = _hand_edit_title(deletion["first"], edited, product_id)
    return {**deletion, "edited": edited, "product": product_id, "title": title}


@pytest.mark.parametrize("order", ["edited, after", "after, edited"])
def test_a_hand_edited_product_of_a_deleted_initiative_merges_detached(hand_edited, tmp_path, order) -> None:
    paths = [hand_edited["edited"], hand_edited["second"]]
    if order == "after, edited":
        paths.reverse()
    result = merge_packages(paths, tmp_path / "merged" / "", readers=0)
    merged, deleted = _packaged(result.out)
    assert ("initiative", hand_edited["initiative"]) in deleted
    product = merged["knowledge_product"][hand_edited["product"]]
    assert (product["title"], product["initiative_id"]) == (hand_edited["title"], None)


def test_headquarters_ends_the_same_whichever_of_the_edited_and_later_package_comes_first(hand_edited,
                                                                                          tmp_path) -> None:
    ends = []
    for n, paths in enumerate(itertools.permutations([hand_edited["edited"], hand_edited["second"]])):
        with open_store(tmp_path / f"hq-{n}.sqlite", user="hq") as hq:
            summaries = [import_package(hq, path, policy=UNSIGNED) for path in paths]
            assert [s.status for s in summaries] == ["imported", "imported"]
            product = _products(hq)[hand_edited["product"]]
            assert hand_edited["initiative"] not in _initiative_ids(hq)
            ends.append((product["title"], product["initiative_id"]))
    assert ends == [(hand_edited["title"], None)] * 2

