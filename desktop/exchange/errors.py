"""Errors of the exchange layer. ``str(error)`` is the one line a person sees, naming the file."""

from __future__ import annotations


class ExchangeError(Exception):
    """A package could not be written or read."""


class ExportError(ExchangeError):
    """The store cannot be exported as it is (no office, a text too long for a cell, …)."""


class PackageError(ExchangeError):
    """A file is not a readable Fieldbook package: broken, hostile, someone else's workbook, an unknown version."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
