"""Which version of a record wins: the one ordering that merge and import both use.

Every record travels as a *version*: (entity, id, revision, updated-at, office, content), or a tombstone. For each
record the highest revision wins; at the same revision the same content is one record; different content at the same
revision is a **conflict**, won deterministically by: a version edited by hand in a spreadsheet over one that was
not, then the latest updated-at (for a tombstone, its deleted-at), then the office code, then a tombstone over a
record, then the sha256 of the content. Values are never compared as text ("6600" would beat "10000"). Because that is
a total order, merging is taking a maximum — commutative, associative and idempotent — and never depends on the order
packages arrive in.

A row edited by hand since export (format 2 finds it by its fingerprint) becomes a new version: the next revision,
the same updated-at (so the same edit found twice is one version, not a conflict), marked hand-edited and attributed
(:func:`hand_edited_version`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.exchange.digest import canonicalizer
from desktop.exchange.format import columns, row_fingerprint


@dataclass(frozen=True, slots=True)
class Version:
    entity: str
    record_id: uuid.UUID
    revision: int
    updated_at: dt.datetime  # deleted-at for a tombstone
    office_code: str
    values: Mapping[str, Any] | None  # every column of the record; None for a tombstone
    content: str  # canonical content line: equal content ⇔ equal line
    source: str = field(default="", compare=False)  # the package it came from (its digest), for reports
    bound: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)  # its row in the store's driver form
    hand_edited: bool = False  # made by an edit in a spreadsheet (accepted by a merge or an import)
    edit: Mapping[str, Any] | None = field(default=None, compare=False)  # who, when, in which file, fingerprint
    file: str = field(default="", compare=False)  # the file it came from, for people

    @property
    def key(self) -> tuple[str, uuid.UUID]:
        return (self.entity, self.record_id)

    @property
    def is_tombstone(self) -> bool:
        return self.values is None

    def order(self) -> tuple[Any, ...]:
        return (self.revision, self.hand_edited, self.updated_at, self.office_code, self.is_tombstone,
                hashlib.sha256(self.content.encode()).digest())


_LINES: dict[str, Any] = {}


def record_version(entity: str, values: Mapping[str, Any], source: str = "", content: str | None = None,
                   bound: tuple[Any, ...] | None = None, *, edit: Mapping[str, Any] | None = None,
                   file: str = "") -> Version:
    """A record's version; ``content`` is its canonical line when already computed (the reader computes it), and
    ``bound`` its row as the store's driver takes it, when prepared (importer.prepare)."""
    if content is None:
        line = _LINES.get(entity)
        if line is None:
            line = _LINES[entity] = canonicalizer(entity)
        content = line([values.get(column.key) for column in columns(entity)])
    return Version(
        entity=entity,
        record_id=values["id"],
        revision=values["revision"],
        updated_at=values["updated_at"],
        office_code=values["office_code"],
        values=values,
        content=content,
        source=source,
        bound=bound,
        hand_edited=edit is not None,
        edit=edit,
        file=file,
    )


def hand_edited_version(entity: str, values: Mapping[str, Any], source: str, editor: str, file: str,
                        when: str) -> Version:
    """The new version a row edited by hand makes: the next revision, the same updated-at, attributed."""
    edited = {**values, "revision": values["revision"] + 1}
    line = _LINES.get(entity) or _LINES.setdefault(entity, canonicalizer(entity))
    content = line([edited.get(column.key) for column in columns(entity)])
    edit = {"edited_by": editor, "edited_at": when, "file": file, "fingerprint": row_fingerprint(content)}
    return record_version(entity, edited, source, content, edit=edit, file=file)


def tombstone_version(
    entity: str, record_id: uuid.UUID, revision: int, deleted_at: dt.datetime, office_code: str, source: str = "",
    file: str = "",
) -> Version:
    content = f"deleted {entity} {record_id} {revision} {deleted_at.isoformat()} {office_code}"
    return Version(entity, record_id, revision, deleted_at, office_code, None, content, source, file=file)


def wins_over(candidate: Version, current: Version) -> bool:
    return candidate.order() > current.order()


def variant(version: Version) -> bytes:
    """What :func:`resolve` tells one record's versions apart by: versions with the same variant have the same place
    in the order and the same content. So resolving only the first version of each variant of a record, in the order
    they came, picks the same winner and lists the same conflicts and superseded versions as resolving them all;
    every version left out is one more duplicate. A merge keeps only those first versions, on disk, while it reads
    (desktop.exchange.merge)."""
    revision, hand_edited, updated_at, office_code, is_tombstone, content_hash = version.order()
    # Each field but the last has no space in it, and the content's hash has a fixed length: one text per order.
    order = f"{revision} {hand_edited:d} {updated_at.isoformat()} {is_tombstone:d} {office_code}\n".encode()
    return hashlib.sha256(order + content_hash).digest()


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two different versions of one record at the same revision; ``loser`` is kept in the report, not the data."""

    winner: Version
    loser: Version

    def differences(self) -> list[tuple[str, Any, Any]]:
        """Field by field: (field, winner's value, loser's value)."""
        return field_differences(self.winner, self.loser)


def field_differences(winner: Version, loser: Version) -> list[tuple[str, Any, Any]]:
    if winner.values is None or loser.values is None:
        return [("(deleted)", winner.is_tombstone, loser.is_tombstone)]
    keys = [column.key for column in columns(winner.entity)]
    return [(k, winner.values.get(k), loser.values.get(k)) for k in keys if winner.values.get(k) != loser.values.get(k)]


@dataclass
class Resolution:
    """The outcome for a set of versions: the winners, and where every other version went."""

    winners: dict[tuple[str, uuid.UUID], Version] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    superseded: list[Version] = field(default_factory=list)  # an older revision than the winner's
    duplicates: int = 0  # identical copies of a winner


def resolve(versions: Iterable[Version]) -> Resolution:
    """The winning version of every record, with every losing version accounted for."""
    grouped: dict[tuple[str, uuid.UUID], list[Version]] = {}
    for version in versions:
        grouped.setdefault(version.key, []).append(version)
    out = Resolution()
    for key, group in grouped.items():
        winner = group[0] if len(group) == 1 else max(group, key=Version.order)
        out.winners[key] = winner
        seen: set[str] = {winner.content}
        for version in group:
            if version.content in seen:
                if version is not winner:
                    out.duplicates += 1
                continue
            seen.add(version.content)
            if version.revision == winner.revision:
                out.conflicts.append(Conflict(winner, version))
            else:
                out.superseded.append(version)
    return out
