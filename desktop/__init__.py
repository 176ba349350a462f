"""Fieldbook: the office portfolio book. ``core`` and ``exchange`` are plain Python; ``ui`` is the Qt layer.

``__version__`` is the one place the version is written (pyproject.toml reads it; CHANGELOG.md says what each
version brought). :func:`versions` adds the two versions a file carries: the package format and the store schema.
"""

from __future__ import annotations

from typing import NamedTuple

__version__ = "0.2.0"


class Versions(NamedTuple):
    """What this copy of Fieldbook is, writes and reads."""

    fieldbook: str
    package_format: int  # the format version of the Excel packages it writes
    store_schema: str  # the Alembic head of its migrations: the schema its data files are brought to

    def line(self) -> str:
        return f"fieldbook {self.fieldbook} (package format {self.package_format}, store schema {self.store_schema})"


def versions() -> Versions:
    """Found without opening any store. Imported here, not at the top: ``import desktop`` stays cheap, and reading
    the migrations costs a quarter of a second that only ``--version`` and the About box need."""
    from db.store import shipped_schema
    from desktop.exchange.format import FORMAT_VERSION

    return Versions(__version__, FORMAT_VERSION, shipped_schema())
