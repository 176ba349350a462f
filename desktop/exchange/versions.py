"""Which version of a record wins: the one ordering that merge and import both use.

Every record travels as a *version*: (entity, id, revision, updated-at, office, content), or a tombstone. For each
record the highest revision wins; at the same revision the same content is one record; different content at the same
revision is a **conflict**, won deterministically by the latest updated-at (for a tombstone, its deleted-at), then
the office code, then a tombstone over a record, then the content itself. Because that is a total order, merging is
taking a maximum — commutative, associative and idempotent — and never depends on the order packages arrive in.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.exchange.digest import canonicalizer
from desktop.exchange.format import columns


@dataclass(frozen=True, slots=True)
class Version:
    entity: str
    record_id: uuid.UUID
    revision: int
    updated_at: dt.datetime  # deleted-at for a tombstone
    office_code: str
    values: Mapping[str, Any] | None  # every column of the record; None for a tombstone
    content: str  # canonical content line: equal content ⇔ equal line
    source: str = field(default="", compare=False)  # the package it came from, for reports
    bound: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)  # its row in the store's driver form

    @property
    def key(self) -> tuple[str, uuid.UUID]:
        return (self.entity, self.record_id)

    @property
    def is_tombstone(self) -> bool:
        return self.values is None

    def order(self) -> tuple[Any, ...]:
        return (self.revision, self.updated_at, self.office_code, self.is_tombstone, self.content)


_LINES: dict[str, Any] = {}


def record_version(entity: str, values: Mapping[str, Any], source: str = "", content: str | None = None,
                   bound: tuple[Any, ...] | None = None) -> Version:
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
    )


def tombstone_version(
    entity: str, record_id: uuid.UUID, revision: int, deleted_at: dt.datetime, office_code: str, source: str = ""
) -> Version:
    content = f"deleted {entity} {record_id} {revision} {deleted_at.isoformat()} {office_code}"
    return Version(entity, record_id, revision, deleted_at, office_code, None, content, source)


def wins_over(candidate: Version, current: Version) -> bool:
    return candidate.order() > current.order()


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
        winner = max(group, key=Version.order)
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
