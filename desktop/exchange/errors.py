"""Errors of the exchange layer. ``str(error)`` is the one line a person sees, naming the file."""

from __future__ import annotations

from desktop.core.i18n import Context

# Counts said in the "exchange" context, for every module of the exchange layer: ``exchange.tr(source, None, n)``
# (lupdate records a plural message only from a call of this form, the name before ".tr" being its context).
exchange = Context("exchange")

#: What str.splitlines() breaks a line at, written as its escape (a cell's line break as \\n).
_LINE_BREAKS = {c: repr(chr(c))[1:-1] for c in (0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)}
#: Text quoted from a file (a cell of 32,767 characters, a part's name) is quoted this far.
MAX_QUOTED = 1000


def counted(n: int, noun: str) -> str:
    """"1 error", "2 errors": a count in the command line's English (plural by adding s). Untranslated: messages
    a person reads say their counts with ``exchange.tr("{count} record(s)", None, n)`` instead."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def one_line(text: str, limit: int | None = MAX_QUOTED) -> str:
    """Text from a file made one line a person can read: line breaks escaped, a long text cut in the middle (a
    message quotes the cell first and says what is wrong with it last)."""
    text = text.translate(_LINE_BREAKS)
    if limit is None or len(text) <= limit:
        return text
    head = limit * 2 // 3
    length = len(text)
    cut = exchange.tr("…({count} character(s))…", None, length).format(count=f"{length:,}")
    return f"{text[:head]}{cut}{text[-(limit - head - 30):]}"


class ExchangeError(Exception):
    """A package could not be written or read."""


class ExportError(ExchangeError):
    """The store cannot be exported as it is (no office, a text too long for a cell, …)."""


class PackageError(ExchangeError):
    """A file is not a readable Fieldbook package: broken, hostile, someone else's workbook, an unknown version."""

    def __init__(self, path: object, reason: str) -> None:
        # Reasons quote the file (a manifest value, a sheet's or a part's name): one line, whatever it holds.
        reason = one_line(reason)
        super().__init__(f"{one_line(str(path), None)}: {reason}")
        self.path = path
        self.reason = reason
