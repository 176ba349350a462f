"""Helpers for the exchange tests: what a store holds, as the plain dicts a package must give back."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.models import RECORD_TYPES, Tombstone
from db.store import Store


def store_records(store: Store) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """entity → id → ``Record.as_dict()`` for every record in the store."""
    out: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    with store.read_session() as session:
        for cls in RECORD_TYPES:
            out[cls.entity] = {obj.id: obj.as_dict() for obj in session.scalars(select(cls))}
    return out


def store_tombstones(store: Store) -> list[dict[str, Any]]:
    with store.read_session() as session:
        return sorted(
            ({"entity": t.entity, "record_id": t.record_id, "revision": t.revision, "deleted_at": t.deleted_at,
              "office_code": t.office_code} for t in session.scalars(select(Tombstone))),
            key=lambda t: (t["entity"], str(t["record_id"])),
        )


def package_records(package: Any) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    return {entity: {row.values["id"]: row.values for row in rows} for entity, rows in package.records.items()}


def sheet_xml(path: Path, sheet_name: str) -> bytes:
    """The raw XML of one worksheet of an xlsx, found through the workbook's relationships."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(rf'<sheet name="{re.escape(sheet_name)}" sheetId="\d+" r:id="(rId\d+)"', workbook).group(1)
        target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"', rels)
        return archive.read("xl/" + target.group(1).lstrip("/").removeprefix("xl/"))
