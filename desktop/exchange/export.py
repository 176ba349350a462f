"""Writing a package: one office's records, read with SQLAlchemy Core and streamed to xlsxwriter.

Rows are never loaded as ORM objects: each entity is one Core ``select`` whose rows go straight to cells
(``constant_memory``: xlsxwriter keeps one row in memory per sheet), each data row's cells written out as one piece
of text (:func:`_rows_at_once`). The file is written in a scratch folder beside its destination and moved into
place, synced, only when complete (db.files), so a cancelled, failed or killed export leaves nothing: a killed one's
scratch is removed by the next export or merge into that folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
import xlsxwriter.exceptions
from sqlalchemy import Connection, String, func, select, type_coerce
from sqlalchemy.orm import Session
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import CellNumberTuple, CellStringTuple, Worksheet

from db import reference
from db.files import disk_reason, output_file, what_to_do
from db.models import ENTITY_TYPES, Initiative, InitiativeSdgTarget, Office, Tombstone
from db.types import canonical_decimal
from desktop import __version__
from desktop.core import rules
from desktop.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, RIGHT_TO_LEFT, Context, translate_to
from desktop.core.periods import PeriodError, half_year_of, parse_period
from desktop.core.rules import Kind
from desktop.exchange import format as fmt
from desktop.exchange import trust
from desktop.exchange.digest import DigestBuilder, RowsDigest, SpilledDigest
from desktop.exchange.errors import ExportError
from desktop.core.progress import NO_PROGRESS, Cancelled, Progress

#: Rows between two progress reports (and cancel checks).
PROGRESS_EVERY = 2000
#: Data validation and unlocked cells reach down to Excel's last row, so people can add rows.
LAST_EXCEL_ROW = 1_048_575
#: Let go of each data row's height once xlsxwriter has written the row out (see _write_entity); off only in tests,
#: to show the package is the same without.
FORGET_WRITTEN_HEIGHTS = True
#: Write each data row's cells out as one piece of text (:func:`_rows_at_once`) instead of xlsxwriter's call per cell
#: and attribute; off only in tests, to show the package is the same without.
ROWS_AT_ONCE = True


@dataclass
class ExportResult:
    path: Path
    office_code: str
    period: str
    sequence: int
    row_counts: dict[str, int]  # by sheet name
    digest: str
    seconds: float = 0.0
    exported_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))

    @property
    def records(self) -> int:
        return sum(n for sheet, n in self.row_counts.items() if sheet in fmt.SHEET_ENTITIES)


def export_package(
    store: Any,
    out_path: str | Path,
    period: str | None = None,
    progress: Progress | None = None,
    *,
    sequence: int | None = None,
    exported_by: str | None = None,
    merged_as: str | None = None,
    sources: list[dict[str, Any]] | None = None,
    signer: Any = None,
    rotation: dict[str, Any] | None = None,
    provenance: dict[str, list[str]] | None = None,
    bounded: bool = False,
) -> ExportResult:
    """Write the store's office as one package.

    ``out_path`` is a file, or an existing folder (or a path ending in a separator) in which the package gets its
    standard name ``<OFFICE>_<PERIOD>_<SEQ>.xlsx``; ``sequence`` defaults to one more than the highest of this
    office's packages in that folder. ``period`` defaults to the half-year of today (UTC).
    Raises ``ExportError`` (one readable line) or ``Cancelled``.

    A merge writes a store holding many offices: ``merged_as`` names the package (a region, say) in place of the
    office, and ``sources`` (office, period, sequence, digest of each package merged) goes to the manifest.

    ``signer`` (a :class:`desktop.exchange.signing.SigningKey`) signs the package: the office's key, or for a merge
    the region's; ``rotation`` is the statement of a key rotation to carry (signed by the previous key), so the
    receiver learns the new key from the old one. ``provenance`` (a merge's) is each signed source's signed lines,
    by the source's data digest, written to the hidden Provenance sheet.

    ``bounded`` (a merge's) keeps the digests' lines in a scratch file beside the package instead of in memory
    (:class:`SpilledDigest`: the same digests), so writing takes the same memory whatever the number of records.
    """
    started = time.perf_counter()
    progress = progress or NO_PROGRESS
    now = dt.datetime.now(dt.timezone.utc)
    try:
        period_code = parse_period(period).code if period else half_year_of(now.date())
    except PeriodError as exc:
        raise ExportError(str(exc)) from None

    with store.engine.connect() as conn:  # one read transaction: every sheet from the same snapshot
        office = _the_office(conn) if merged_as is None else _merged_office(conn, merged_as)
        path, sequence = _destination(out_path, office["code"], period_code, sequence)
        manifest_head = {
            "format": fmt.FORMAT_NAME,
            "format_version": fmt.FORMAT_VERSION,
            "app_version": __version__,
            "office_code": office["code"],
            "office_name": office["name"],
            "country": office["country"],
            "period": period_code,
            "sequence": sequence,
            "exported_at": fmt.timestamp_text(now),
            "exported_by": exported_by or getattr(store, "user", None) or "unknown",
        }
        if sources is not None:
            manifest_head["sources"] = json.dumps(sources, sort_keys=True, ensure_ascii=False)
        totals = {e: conn.scalar(select(func.count()).select_from(ENTITY_TYPES[e].__table__)) or 0
                  for e in rules.ENTITIES}
        _check_capacity(path, {**{fmt.ENTITY_SHEETS[e]: n for e, n in totals.items()},
                               fmt.DELETIONS_SHEET: conn.scalar(select(func.count()).select_from(Tombstone.__table__))
                               or 0,
                               fmt.PROVENANCE_SHEET: sum(map(len, (provenance or {}).values()))})
        # Written in a scratch folder beside the package (xlsxwriter's temporary files too) and moved into place
        # durably when complete: a failed, cancelled or killed export leaves nothing (db.files).
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with output_file(path, "export") as scratch:
                counts, digest = _write(conn, scratch.partial, manifest_head, totals, progress, scratch.folder,
                                        signer, rotation, provenance, package_language(office.get("language")),
                                        bounded)
        except (OSError, xlsxwriter.exceptions.XlsxWriterException) as exc:  # a full disk, a read-only folder
            raise ExportError(f"{path} could not be written ({disk_reason(exc)}); nothing was written: "
                              f"{what_to_do(exc)}") from None
    return ExportResult(path, office["code"], period_code, sequence, counts, digest,
                        time.perf_counter() - started, now)


def _check_capacity(path: Path, rows: dict[str, int]) -> None:
    """Refuse, before anything is written, a package with a sheet longer than Excel allows: xlsxwriter would leave
    the rows past the last one out without a word, and the package would lose them."""
    for sheet, count in rows.items():
        if count > fmt.SHEET_CAPACITY:
            raise ExportError(f"{path} could not be written: the sheet {sheet} would need {count:,} rows, more than an "
                              f"Excel sheet holds ({fmt.SHEET_CAPACITY:,}); nothing was written: put fewer records in "
                              f"one package (merge fewer packages at once, by region or by period)")


@dataclass
class PlanProblem:
    """A rules problem with one stored record, named so a person can find it (and the app can open it)."""

    entity: str
    record_id: Any
    label: str
    problem: rules.Problem


@dataclass
class ExportPlan:
    """What an export of the office store would write, known before writing: shown in the export dialog."""

    office_code: str | None
    office_name: str
    counts: dict[str, int]  # by entity, with "deletion" for tombstones
    periods: list[str]  # periods with data, newest first
    default_period: str
    problems: list[PlanProblem]
    blocker: str | None = None  # why the store cannot be exported as an office package, and what to do

    @property
    def errors(self) -> list[PlanProblem]:
        return [p for p in self.problems if p.problem.is_error]

    @property
    def records(self) -> int:
        return sum(n for entity, n in self.counts.items() if entity != "deletion")


def plan_export(store: Any, progress: Progress | None = None, today: dt.date | None = None) -> ExportPlan:
    """Everything the export dialog shows before writing: the office, record counts, periods with data (the
    newest is the default), and every problem the rules find in the stored records (the package validator
    would find the same ones in the package)."""
    progress = progress or NO_PROGRESS
    today = today or dt.datetime.now(dt.timezone.utc).date()
    with store.engine.connect() as conn:
        offices = conn.execute(select(Office.__table__.c.code, Office.__table__.c.name)
                               .order_by(Office.__table__.c.code)).all()
        counts = {e: conn.scalar(select(func.count()).select_from(ENTITY_TYPES[e].__table__)) or 0
                  for e in rules.ENTITIES if e != "office"}
        counts["deletion"] = conn.scalar(select(func.count()).select_from(Tombstone.__table__)) or 0
        owners: set[str] = set()
        for table in [ENTITY_TYPES[entity].__table__ for entity in rules.ENTITIES] + [Tombstone.__table__]:
            owners.update(conn.scalars(select(table.c.office_code).distinct()))  # deletions travel too
        b = ENTITY_TYPES["beneficiary_count"].__table__
        f = ENTITY_TYPES["funding_line"].__table__
        periods = {p for p in conn.scalars(select(b.c.period).distinct()) if p}
        periods |= {half_year_of(d) for d in conn.scalars(select(f.c.transaction_date).distinct()) if d}
    blocker = None
    code = offices[0].code if len(offices) == 1 else None
    name = offices[0].name if len(offices) == 1 else ""
    if not offices:
        blocker = "This data file holds no office profile yet: set up the office first (File ▸ Settings)."
    elif len(offices) > 1 or owners - {code}:
        others = sorted((owners | {o.code for o in offices}) - {code} if code else {o.code for o in offices})
        blocker = (f"This data file holds records of other offices ({', '.join(others)}), as a headquarters or "
                   "merged store does; a package carries one office's records. Export from the office's own data "
                   "file, or use Consolidate ▸ Merge to make a regional package.")
    current = half_year_of(today)
    ordered = sorted(periods | {current}, key=lambda p: (parse_period(p).end, parse_period(p).start), reverse=True)
    # The newest period with data that has begun (data dated in the future is a typing slip, not the period).
    begun = [p for p in ordered if p in periods and parse_period(p).start <= today]
    default = begun[0] if begun else current
    problems: list[PlanProblem] = []
    if blocker is None:
        problems = _stored_problems(store, progress)
    return ExportPlan(code, name, counts, ordered, default, problems, blocker)


def _stored_problems(store: Any, progress: Progress) -> list[PlanProblem]:
    out: list[PlanProblem] = []
    with Session(store.engine) as session:
        initiatives = {i.id: i for i in session.scalars(select(Initiative))}
        labels = {i: f"{o.code} — {o.title}" for i, o in initiatives.items()}
        context = rules.Context(initiative_dates={i: (o.start_date, o.end_date) for i, o in initiatives.items()})
        total = sum(session.scalar(select(func.count()).select_from(ENTITY_TYPES[e].__table__)) or 0
                    for e in rules.ENTITIES) or 1
        done = 0
        for entity in rules.ENTITIES:
            cls = ENTITY_TYPES[entity]
            rows = initiatives.values() if entity == "initiative" else session.scalars(select(cls))
            for obj in rows:
                done += 1
                if done % PROGRESS_EVERY == 0:
                    if progress.cancelled():
                        raise Cancelled()
                    progress.set_value(done, total)
                found = rules.check(entity, obj.as_dict(), context=context)
                if found:
                    label = _record_label(entity, obj, labels)
                    out += [PlanProblem(entity, obj.id, label, p) for p in found]
    out.sort(key=lambda p: (not p.problem.is_error, rules.ENTITIES.index(p.entity), p.label))
    progress.set_value(total, total)
    return out


def _record_label(entity: str, obj: Any, initiatives: dict[Any, str]) -> str:
    if entity == "initiative":
        return initiatives.get(obj.id, "")
    if entity in ("beneficiary_count", "funding_line"):
        what = (f"{obj.period} {obj.group_code}" if entity == "beneficiary_count"
                else f"{obj.transaction_type} {obj.currency} {obj.amount}")
        return f"{initiatives.get(obj.initiative_id, '?')}: {what}"
    return str(getattr(obj, "name", None) or getattr(obj, "title", None) or getattr(obj, "code", ""))


def _the_office(conn: Connection) -> dict[str, Any]:
    table = Office.__table__
    rows = conn.execute(select(table.c.code, table.c.name, table.c.country, table.c.language)
                        .order_by(table.c.code)).all()
    if not rows:
        raise ExportError("the store holds no office yet; create the office profile first")
    if len(rows) > 1:
        raise ExportError(f"the store holds {len(rows)} offices ({', '.join(r.code for r in rows)}); "
                          "a package carries one office")
    return dict(rows[0]._mapping)


def _merged_office(conn: Connection, label: str) -> dict[str, Any]:
    if not fmt.parse_filename(fmt.package_filename(label, "2023", 1)):
        raise ExportError(f"{label!r} cannot name a package: use capital letters, digits and hyphens")
    table = Office.__table__
    offices = conn.scalars(select(table.c.code).order_by(table.c.code)).all()
    return {"code": label, "name": f"Merged package of {len(offices)} offices: {' '.join(offices)}", "country": "",
            "language": "en"}


def _destination(out_path: str | Path, office: str, period: str, sequence: int | None) -> tuple[Path, int]:
    out = Path(out_path)
    if out.is_dir() or str(out_path).endswith((os.sep, "/")):  # Path() drops a trailing separator: ask the text
        seq = sequence or fmt.next_sequence(out, office)
        return out / fmt.package_filename(office, period, seq), seq
    parsed = fmt.parse_filename(out.name)
    return out, sequence or (parsed[2] if parsed else 1)


class _Formats:
    """Cell formats, made once per workbook. Data cells are unlocked; header rows stay locked (sheet protection)."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        base = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
        self.key = book.add_format({**base, "font_name": "Consolas", "font_size": 8, "font_color": "#59606b",
                                    "bg_color": "#eef1f5", "bottom": 1, "bottom_color": "#c9ced6"})
        self.label = book.add_format({**base, "bold": True, "text_wrap": True, "bg_color": "#1f4e79",
                                      "font_color": "#ffffff", "border": 1, "border_color": "#8ea9c8"})
        self.hxl = book.add_format({**base, "italic": True, "font_size": 8, "font_color": "#2f6b2f",
                                    "bg_color": "#e8f3e8", "bottom": 2, "bottom_color": "#1f4e79"})
        self.text = book.add_format({**base, "locked": False, "text_wrap": True})
        self.ident = book.add_format({**base, "locked": False, "font_color": "#6b7280"})  # 10 pt: 8 pt at 80 %
        # Written by Fieldbook for people or for checking, never to be typed in: locked (the sheet is protected).
        self.link = book.add_format({**base, "font_color": "#1f4e79", "italic": True, "text_wrap": True})
        self.fingerprint = book.add_format({**base, "font_name": "Consolas", "font_size": 8, "font_color": "#6b7280",
                                            "bg_color": "#eef1f5"})
        self.int = book.add_format({**base, "locked": False, "num_format": "#,##0"})
        self.date = book.add_format({**base, "locked": False, "num_format": "yyyy-mm-dd", "align": "left"})
        self._decimal: dict[int, Any] = {}
        self._book, self._base = book, base
        self.plain = book.add_format(base)
        self.bold = book.add_format({**base, "bold": True})
        self.title = book.add_format({**base, "bold": True, "font_size": 14, "font_color": "#1f4e79"})
        self.wrap = book.add_format({**base, "text_wrap": True})
        # The README beside its English: the title wraps in its column; right-to-left text reads right to left.
        self.title_wrap = book.add_format({**base, "bold": True, "font_size": 14, "font_color": "#1f4e79",
                                           "text_wrap": True})
        rtl = {"reading_order": 2, "align": "right"}
        self.rtl = {"title": book.add_format({**base, "bold": True, "font_size": 14, "font_color": "#1f4e79",
                                              "text_wrap": True, **rtl}),
                    "wrap": book.add_format({**base, "text_wrap": True, **rtl}),
                    "plain": book.add_format({**base, **rtl}), "bold": book.add_format({**base, "bold": True, **rtl})}

    def decimal(self, places: int) -> Any:
        places = min(max(places, 0), 10)
        if places not in self._decimal:
            pattern = "#,##0" + ("." + "0" * places if places else "")
            self._decimal[places] = self._book.add_format({**self._base, "locked": False, "num_format": pattern})
        return self._decimal[places]


def _column_format(column: fmt.Column, formats: _Formats) -> Any:
    if column.kind is Kind.INT:
        return formats.int
    if column.kind is Kind.DATE:
        return formats.date
    if column.kind is Kind.DECIMAL:
        return formats.decimal(2)
    if column.spec in rules.IDENTITY_FIELDS:
        return formats.ident
    return formats.text


def _writer(ws: Worksheet, column: fmt.Column, formats: _Formats, entity: str,
            write_string: Callable[[int, int, str, Any], Any], write_number: Callable[[int, int, Any, Any], Any],
            ) -> Callable[[int, int, Any], None]:
    """The function that writes one non-None value of this column (by ``write_string`` and ``write_number``, see
    :func:`_write_entity`). Text is always a string cell: never a formula.

    Record ids and times arrive as their package text already (see :func:`_selectable`).
    """
    kind = column.kind
    cell = formats.ident if column.spec in rules.IDENTITY_FIELDS else formats.text
    needs_escape, escape = fmt._NEEDS_ESCAPE.search, fmt.escape_text

    if kind in (Kind.TEXT, Kind.CODE):
        def write_text(row: int, col: int, value: str) -> None:
            if value:
                if needs_escape(value):
                    value = escape(value)
                if _too_long(value) or write_string(row, col, value, cell) == -2:
                    raise ExportError(f"{fmt.ENTITY_SHEETS[entity]} row {row + 1}: {column.label} is longer than "
                                      f"Excel's limit of {rules.MAX_TEXT} characters in a cell")
        return write_text
    if kind in (Kind.CODES, Kind.UUID, Kind.DATETIME):
        def write_plain(row: int, col: int, value: str) -> None:
            if value:  # codes, ids and ISO times: plain ASCII, nothing to escape
                write_string(row, col, value, cell)
        return write_plain
    if kind is Kind.DATE:
        date_format, write_date = formats.date, ws.write_datetime

        def write_day(row: int, col: int, value: dt.date) -> None:
            if value >= _FIRST_PLAIN_SERIAL_DAY:
                write_number(row, col, value.toordinal() - _EXCEL_EPOCH_ORDINAL, date_format)
            else:  # before March 1900 Excel's serials are irregular (its 1900 leap-year bug): let xlsxwriter do it
                write_date(row, col, value, date_format)
        return write_day
    if kind is Kind.INT:
        int_format = formats.int

        def write_int(row: int, col: int, value: int) -> None:
            if -_NUMBER_LIMIT < value < _NUMBER_LIMIT:
                write_number(row, col, value, int_format)
            else:
                write_string(row, col, str(value), cell)
        return write_int
    if kind is Kind.DECIMAL:
        as_number, decimal_format = fmt.decimal_as_number, formats.decimal

        def write_decimal(row: int, col: int, value: Decimal) -> None:
            number = as_number(value)
            if number is None:
                write_string(row, col, canonical_decimal(value), cell)
            else:
                exponent = value.as_tuple().exponent
                write_number(row, col, number, decimal_format(-exponent if isinstance(exponent, int) else 0))
        return write_decimal
    raise AssertionError(kind)


def _too_long(text: str) -> bool:
    """Longer than a cell holds: more than MAX_TEXT UTF-16 units (xlsxwriter's test, which would cut the text)."""
    return len(text) > rules.MAX_TEXT // 2 and len(text.encode("utf-16-le")) > 2 * rules.MAX_TEXT


_EXCEL_EPOCH_ORDINAL = dt.date(1899, 12, 30).toordinal()
_FIRST_PLAIN_SERIAL_DAY = dt.date(1900, 3, 1)
_NUMBER_LIMIT = 10**fmt.MAX_NUMBER_DIGITS


#: Text xlsxwriter writes as it is, between <t> and </t>: nothing to escape (XML's &, <, >; a quote and a line break
#: are in xlsxwriter's own test), no control character nor a text that looks like its escape of one (_x0000_), no
#: space to keep at either end (xml:space="preserve"). Other text takes xlsxwriter's own way (Worksheet._write_cell).
_NOT_AS_IT_IS = re.compile(r'["&<>\n\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^\s|\s$')


def _rows_at_once(ws: Worksheet) -> Callable[[int, int], dict[int, Any]]:
    """Make a constant_memory worksheet write each row's cells as one piece of text, the very text xlsxwriter's
    _write_single_row writes (it takes about half of an export's time, most of it calls per cell and attribute):
    text cells and numbers that need nothing of it are written here, any other cell by xlsxwriter's _write_cell.
    xlsxwriter still decides when a row is written (when the next is begun, and the last when the book is closed),
    so cell formats get their numbers (Format._get_xf_index) in the same order too.

    Returns the function that begins a row: it gives the dictionary to put the row's cells in (the row's part of
    xlsxwriter's Worksheet.table), having done what xlsxwriter's _write_string does on a row's first cell — the
    sheet's dimensions (the rows: the header gave the columns), the row before written out. A row beyond the sheet
    gets a dictionary nobody reads, as xlsxwriter drops each of its cells."""
    columns: list[str] = []
    write_cell, write_row = ws._write_cell, ws._write_row
    plain = _NOT_AS_IT_IS.search

    def write_single_row(current_row_num: int = 0) -> None:
        row_num = ws.previous_row
        ws.previous_row = current_row_num
        cells = ws.table[row_num]
        if cells:
            write_row(row_num, None, ws.row_info.get(row_num))
            number = str(row_num + 1)
            parts = []
            for col in sorted(cells):
                cell = cells[col]
                kind, cell_format = cell.__class__, cell.format
                if cell_format is not None:
                    while len(columns) <= col:
                        columns.append(xl_col_to_name(len(columns)))
                    if kind is CellStringTuple and not plain(cell.string):
                        parts.append(f'<c r="{columns[col]}{number}" s="{cell_format._get_xf_index()}" t="inlineStr">'
                                     f"<is><t>{cell.string}</t></is></c>")
                        continue
                    if kind is CellNumberTuple:
                        parts.append(f'<c r="{columns[col]}{number}" s="{cell_format._get_xf_index()}">'
                                     f"<v>{cell.number:.16G}</v></c>")
                        continue
                if parts:
                    ws.fh.write("".join(parts))
                    parts = []
                write_cell(row_num, col, cell)
            parts.append("</row>")
            ws.fh.write("".join(parts))
        elif row_num in ws.row_info or row_num in ws.comments:
            ws._write_empty_row(row_num, None, ws.row_info[row_num])
        ws.table.clear()

    ws._write_single_row = write_single_row  # type: ignore[method-assign]

    def begin(row: int, last_col: int) -> dict[int, Any]:
        if ws._check_dimensions(row, last_col):
            return {}
        if row > ws.previous_row:
            write_single_row(row)
        return ws.table[row]

    return begin


def _uuid_text(hex32: str) -> str:
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"


def _selectable(conn: Connection, column: Any, kind: Kind) -> tuple[Any, Callable[[Any], str] | None]:
    """What to select for a column, and how to turn it into its package text (None: it already is).

    On SQLite a record time is stored as exactly the text a package carries (UTCDateTime's ISO form) and an id as
    its 32 hex digits, so the raw text is read instead of building datetime and UUID objects only to format them
    back. Elsewhere (PostgreSQL) the typed values are formatted.
    """
    if kind is Kind.DATETIME:
        if conn.dialect.name == "sqlite":
            return type_coerce(column, String()), None
        return column, fmt.timestamp_text
    if kind is Kind.UUID:
        if conn.dialect.name == "sqlite":
            return type_coerce(column, String()), _uuid_text
        return column, str
    return column, None


def _write(conn: Connection, path: Path, manifest_head: dict[str, Any], totals: dict[str, int],
           progress: Progress, scratch: Path | None = None, signer: Any = None,
           rotation: dict[str, Any] | None = None,
           provenance: dict[str, list[str]] | None = None, lang: str = "en",
           bounded: bool = False) -> tuple[dict[str, int], str]:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False,
                                           "tmpdir": str(scratch) if scratch is not None else None})
    book.set_properties({"title": f"Fieldbook package {manifest_head['office_code']} {manifest_head['period']}",
                         "author": "Fieldbook", "comments": f"{fmt.FORMAT_NAME} version {fmt.FORMAT_VERSION}"})
    formats = _Formats(book)
    readme = book.add_worksheet(fmt.README_SHEET)
    sheets = {entity: book.add_worksheet(fmt.ENTITY_SHEETS[entity]) for entity in rules.ENTITIES}
    deletions = book.add_worksheet(fmt.DELETIONS_SHEET)
    edits_sheet = book.add_worksheet(fmt.HAND_EDITS_SHEET)
    provenance_sheet = book.add_worksheet(fmt.PROVENANCE_SHEET) if provenance else None
    code_lists = book.add_worksheet(fmt.CODE_LISTS_SHEET)
    manifest = book.add_worksheet(fmt.MANIFEST_SHEET)
    readme.activate()

    list_ranges = _write_code_lists(code_lists, formats)
    # A merge's digests are made from a scratch file beside the package, an office's in memory (faster).
    spilled = SpilledDigest(Path(scratch or path.parent) / "digest.sqlite") if bounded else None
    digest = spilled or DigestBuilder()
    counts: dict[str, int] = {}
    total = sum(totals.values()) or 1
    done = 0
    links = _link_texts(conn)
    stored_edits = _stored_hand_edits(conn)
    edits: list[dict[str, Any]] = []
    try:
        for entity, ws in sheets.items():
            if progress.cancelled():  # also between sheets: a small sheet has no row where it is asked
                raise Cancelled()
            counts[ws.name], done = _write_entity(conn, ws, entity, formats, list_ranges, digest, progress, done,
                                                  total, links, stored_edits, edits, lang)
        counts[fmt.DELETIONS_SHEET] = _write_deletions(conn, deletions, formats, digest)
        counts[fmt.HAND_EDITS_SHEET] = _write_hand_edits(edits_sheet, formats, edits, digest.rows)
        if provenance_sheet is not None and provenance:
            _write_provenance(provenance_sheet, formats, provenance)
        digest_hex = digest.hexdigest()
        head = {**manifest_head, "data_sha256": digest_hex, "rows_sha256": digest.rows.hexdigest()}
        if rotation is not None:
            head["key_rotation"] = json.dumps(rotation, sort_keys=True)
        if signer is not None:
            head.update(trust.sign_manifest(signer, head))
        _write_manifest(manifest, formats, head, counts)
        _write_readme(readme, formats, manifest_head, counts, lang)
    except BaseException:
        book.close()
        raise
    finally:
        if spilled is not None:
            spilled.close()
    book.close()
    progress.set_value(total, total)
    return counts, digest_hex


def _stored_hand_edits(conn: Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """The store's records whose current version came from an edit made in a spreadsheet (their row's edited_by:
    who, when, in which file, the edited row's fingerprint), by (entity, id as package text)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for entity, cls in ENTITY_TYPES.items():
        table = cls.__table__
        what, convert = _selectable(conn, table.c.id, Kind.UUID)
        for record_id, edited in conn.execute(select(what, table.c.edited_by).where(table.c.edited_by.is_not(None))):
            try:
                edit = json.loads(edited)
            except ValueError:
                continue
            if isinstance(edit, dict):
                out[(entity, convert(record_id) if convert else record_id)] = edit
    return out


def _write_provenance(ws: Worksheet, formats: _Formats, provenance: dict[str, list[str]]) -> None:
    """Machine data for the receiver's checks, not for people: hidden (so never printed), protected."""
    widths = [66, 120]
    for i, width in enumerate(widths):
        ws.set_column(i, i, width, formats.ident)
    _header(ws, formats, *(list(x) for x in zip(*fmt.PROVENANCE_COLUMNS)), widths)
    write_string = getattr(ws, "_write_string", ws.write_string)
    row = fmt.FIRST_DATA_ROW - 1
    for source in sorted(provenance):
        for line in provenance[source]:
            write_string(row, 0, source, formats.ident)
            write_string(row, 1, fmt.escape_text(line), formats.ident)
            row += 1
    ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
    ws.hide()


def _write_hand_edits(ws: Worksheet, formats: _Formats, edits: list[dict[str, Any]], rows: RowsDigest) -> int:
    widths = [20, 37, 10, 34, 30, 28, 34]
    for i, width in enumerate(widths):
        ws.set_column(i, i, width, formats.ident)
    _header(ws, formats, *(list(x) for x in zip(*fmt.HAND_EDIT_COLUMNS)), list(widths))
    row = fmt.FIRST_DATA_ROW - 1
    for edit in sorted(edits, key=lambda e: (e["entity"], e["record_id"])):
        for col, (key, _, _) in enumerate(fmt.HAND_EDIT_COLUMNS):
            value = edit.get(key)
            if key == "revision":
                ws.write_number(row, col, int(value), formats.int)
            else:
                ws.write_string(row, col, fmt.escape_text(str(value or "")), formats.ident)
        rows.add_edit(edit["entity"], edit["record_id"], int(edit["revision"]), str(edit.get("fingerprint") or ""),
                      str(edit.get("edited_by") or ""))
        row += 1
    ws.autofilter(fmt.HXL_ROW - 1, 0, max(row - 1, fmt.HXL_ROW - 1), len(widths) - 1)
    return row - (fmt.FIRST_DATA_ROW - 1)


#: Printed pages: A4 (landscape, but for the Manifest) with narrow margins, in inches; text on paper is never
#: smaller than _SMALLEST_PRINTED_PT.
_A4 = 9  # xlsxwriter's paper number
_A4_LONG_IN = 11.69
_SIDE_MARGIN_IN, _END_MARGIN_IN, _HEADER_MARGIN_IN = 0.4, 0.6, 0.25
_SMALLEST_PRINTED_PT = 8
#: A page is reckoned to hold 8 % less than it does: LibreOffice draws a column some 6 % wider than Excel's 7 pixels
#: a character, and a column that does not fit moves whole to the next page.
_ALLOWANCE = 0.92
#: Across a landscape page at 100 %, in pixels (96 dpi).
_PRINTED_PX = (_A4_LONG_IN - 2 * _SIDE_MARGIN_IN) * 96 * _ALLOWANCE


def _page_setup(ws: Worksheet, gridlines: bool = True) -> None:
    """What every printed sheet shares: A4 landscape, narrow margins, the package file and the sheet named on every
    page, pages numbered."""
    ws.set_paper(_A4)
    ws.set_landscape()
    ws.set_margins(_SIDE_MARGIN_IN, _SIDE_MARGIN_IN, _END_MARGIN_IN, _END_MARGIN_IN)
    ws.set_header("&L&F", margin=_HEADER_MARGIN_IN)  # the file name: the package's office, period and number
    ws.set_footer("&L&A&RPage &P of &N", margin=_HEADER_MARGIN_IN)
    if gridlines:
        ws.hide_gridlines(0)  # printed too


def _column_px(width: float) -> int:
    """A column's width in pixels at 100 %, from its width in characters (Excel's rule for Calibri 11, as
    xlsxwriter writes it)."""
    return int(width * 7 + 0.5) + 5 if width >= 1 else int(width * 12 + 0.5)


def _pages_across(px: list[int], scale: int, repeated: int) -> int:
    """How many pages wide columns this wide (pixels) print at ``scale`` %, ``repeated`` pixels of them (the first
    column) printed again at the left of every page after the first. A column never splits: one that does not fit
    starts the next page."""
    room = _PRINTED_PX * 100 / scale
    pages, used = 1, 0
    for width in px:
        if used + width > room and used > (repeated if pages > 1 else 0):
            pages, used = pages + 1, repeated
        used += width
    return pages


def _least_scale(*cell_formats: Any) -> int:
    """The smallest print scale (percent) that keeps text in these formats at least _SMALLEST_PRINTED_PT high, and
    never below 80 %."""
    smallest = min(float(getattr(f, "font_size", 11) or 11) for f in cell_formats)
    return max(80, min(100, int(-(-100 * _SMALLEST_PRINTED_PT // smallest))))


def _print_columns(ws: Worksheet, widths: list[float], least: int) -> None:
    """Print the sheet one page wide when it fits at ``least`` % or more; else at the largest scale from ``least`` to
    100 % that needs no more pages across than ``least`` does, the first column repeated on each page so a record
    can be followed, and pages numbered across then down: all the columns of the first rows, then the next rows."""
    px = [_column_px(w) for w in widths]
    if sum(px) * least / 100 <= _PRINTED_PX:
        ws.fit_to_pages(1, 0)
        return
    repeated = px[0] if px[0] * 3 <= _PRINTED_PX * 100 / least else 0
    pages = _pages_across(px, least, repeated)
    ws.set_print_scale(max(s for s in range(least, 101) if _pages_across(px, s, repeated) <= pages))
    if repeated:
        ws.repeat_columns(0)
    ws.print_across()


def _wrapped_lines(text: str, width: float, font_pt: float) -> int:
    """About how many lines a text wraps to in a column ``width`` characters wide, rather more than fewer: a
    character of ``font_pt`` text taken as 0.45 of the font size wide (Calibri averages 0.42); words wrap whole
    (after a space or a slash), a word longer than a line anywhere."""
    fits = max(1, int(_column_px(width) / (font_pt * 0.6)))  # pixels: a point is 4/3 px, 0.45 × 4/3 = 0.6
    lines = 0
    for paragraph in text.split("\n"):
        lines, used = lines + 1, 0
        for word in paragraph.replace("/", "/ ").split(" "):
            if used and used + len(word) > fits:
                lines, used = lines + 1, 0
            used += len(word)
            while used > fits:
                lines, used = lines + 1, used - fits
            used += 1  # the space
    return lines


def _row_heights(columns: list[tuple[int, float, Any]]) -> Callable[[list[Any]], float | None]:
    """For the data rows of a sheet whose ``columns`` are (index of the value in a row's values, width, cell
    format): the height (points) a row needs to show all its wrapped text, or None when one line does (the row
    keeps the default height).

    Excel grows a row with wrapped text when it opens the file, but LibreOffice keeps the height the file gives
    (15 pt by default) and prints the lines over each other; and constant_memory cannot set a height once the row
    is written. So a row whose text is longer than its column gets its height as it is written (ws.set_row)."""
    wrapped = [(at, width, float(f.font_size or 11)) for at, width, f in columns if getattr(f, "text_wrap", 0)]
    if not wrapped:
        return lambda values: None
    line_pt = max(font for _, _, font in wrapped) * 1.3

    def height(values: list[Any]) -> float | None:
        lines = 1
        for at, width, font in wrapped:
            value = values[at]
            if isinstance(value, str) and len(value) > width:
                lines = max(lines, _wrapped_lines(value, width, font))
        return round(lines * line_pt + 2, 1) if lines > 1 else None
    return height


def _header(ws: Worksheet, formats: _Formats, keys: list[str], labels: list[str], hxl: list[str],
            widths: list[float], lines: int = 1) -> None:
    ws.set_row(fmt.LABEL_ROW - 1, 30 if lines == 1 else 45)
    # constant_memory: a row is flushed as soon as a later row is written, so headers go row by row.
    for row, texts, cell_format in ((fmt.KEY_ROW, keys, formats.key), (fmt.LABEL_ROW, labels, formats.label),
                                    (fmt.HXL_ROW, hxl, formats.hxl)):
        for col, text in enumerate(texts):
            ws.write_string(row - 1, col, text, cell_format)
    ws.freeze_panes(fmt.HEADER_ROWS, 1)
    # Printed: A4 landscape, the text people read never below 8 pt (several pages across instead), the column names
    # on every page. What is there for programs (machine keys, HXL tags, row fingerprints) may print smaller; the
    # keys and tags print once, above the first rows.
    _page_setup(ws)
    _print_columns(ws, widths, _least_scale(formats.label, formats.text, formats.ident, formats.int, formats.date,
                                            formats.link))
    ws.repeat_rows(fmt.LABEL_ROW - 1)
    ws.protect("", {"autofilter": True, "sort": True, "insert_rows": True, "delete_rows": True,
                    "format_columns": True, "format_rows": True, "select_locked_cells": True,
                    "select_unlocked_cells": True})


def _write_entity(conn: Connection, ws: Worksheet, entity: str, formats: _Formats, list_ranges: dict[str, str],
                  digest: DigestBuilder, progress: Progress, done: int, total: int,
                  links: dict[str, dict[str, str]], hand_edits: dict[tuple[str, str], dict[str, Any]],
                  still_edited: list[dict[str, Any]], lang: str = "en") -> tuple[int, int]:
    """One entity's sheet; ``still_edited`` gets the hand edits (of ``hand_edits``, from the store) whose row is
    still the edited version (the same fingerprint): an edit made in the app since is not a hand edit."""
    cols = fmt.columns(entity)
    layout = fmt.sheet_columns(entity)
    field_at = {c.key: i for i, c in enumerate(cols)}  # record field → its index in the values read
    for i, column in enumerate(layout):
        if column.role == "field":
            ws.set_column(i, i, column.width, _column_format(cols[field_at[column.key]], formats))
        else:
            ws.set_column(i, i, column.width, formats.fingerprint if column.role == "fingerprint" else formats.link)
    # A row's cells go straight into xlsxwriter's table, a row at once (_rows_at_once); else one by one through its
    # undecorated _write_* methods (they skip its A1-notation wrapper, a quarter of the cost of a cell).
    cells: dict[int, Any] = {}
    begin: Callable[[int, int], dict[int, Any]] | None = None
    if ROWS_AT_ONCE and getattr(ws, "constant_memory", False):
        begin = _rows_at_once(ws)

        def write_string(row: int, col: int, string: str, cell_format: Any) -> int:
            cells[col] = CellStringTuple(string, cell_format)
            return 0

        def write_number(row: int, col: int, number: Any, cell_format: Any) -> int:
            cells[col] = CellNumberTuple(number, cell_format)
            return 0
    else:
        write_string = getattr(ws, "_write_string", ws.write_string)
        write_number = getattr(ws, "_write_number", ws.write_number)
    _header(ws, formats, [c.key for c in layout],
            [bilingual(lang, "rules" if c.role == "field" else "package", c.label) for c in layout],
            [c.hxl for c in layout], [c.width for c in layout], lines=1 if lang == "en" else 2)
    for i, column in enumerate(layout):
        spec = cols[field_at[column.key]].spec if column.role == "field" else None
        if spec is not None and spec.kind is Kind.CODE and spec.code_list in list_ranges:
            ws.data_validation(fmt.FIRST_DATA_ROW - 1, i, LAST_EXCEL_ROW, i, {
                "validate": "list", "source": list_ranges[spec.code_list], "ignore_blank": True,
                "error_type": "warning", "error_title": translate_to(lang, "rules", column.label)[:32],
                "error_message": translate_to(lang, "package", "Choose a code from the {list} list (sheet "
                                              "{sheet}).").format(list=spec.code_list, sheet=fmt.CODE_LISTS_SHEET),
            })

    table = ENTITY_TYPES[entity].__table__
    codes_at = [i for i, c in enumerate(cols) if c.kind is Kind.CODES]
    selected, to_text = [], []
    for column in cols:
        if column.kind is not Kind.CODES:
            what, convert = _selectable(conn, table.c[column.key], column.kind)
            selected.append(what)
            if convert is not None:
                to_text.append((len(selected) - 1, convert))
    order = [table.c[k] for k in fmt.ROW_ORDER[entity]]
    sdg = _sdg_targets(conn) if codes_at else {}
    # Each sheet column: (where, the field's index or -1, how to write it); the fingerprint is written last.
    field_writers = [(i, field_at[c.key], _writer(ws, cols[field_at[c.key]], formats, entity, write_string,
                                                  write_number))
                     for i, c in enumerate(layout) if c.role == "field"]
    link_cells = [(i, field_at[c.of], links["initiative" if c.of == "initiative_id" else "partner"])
                  for i, c in enumerate(layout) if c.role == "link"]
    fingerprint_at = len(layout) - 1
    link_format, fingerprint_format = formats.link, formats.fingerprint
    add = digest.add_entity(entity)
    id_at = [c.key for c in cols if c.kind is not Kind.CODES].index("id")  # before the codes are put in
    record_id_at = field_at["id"]  # after
    fingerprint, add_row = fmt.row_fingerprint, digest.rows.add_row

    # constant_memory cannot fit row heights afterwards, and LibreOffice does not on opening: a row with long text
    # gets the height of its wrapped lines as it is written.
    field_height = _row_heights([(at, layout[col].width, _column_format(cols[at], formats))
                                 for col, at, _ in field_writers])
    link_height = _row_heights([(n, layout[col].width, formats.link) for n, (col, _, _) in enumerate(link_cells)])
    # xlsxwriter keeps every height given (set_row) to the end, even with constant_memory, which writes each row out
    # when the next is begun: a sheet of 300,000 rows with long text held 70 MB of them. Let go of each once used.
    heights, sizes = getattr(ws, "row_info", None), getattr(ws, "row_sizes", None)
    if heights is None or sizes is None or not FORGET_WRITTEN_HEIGHTS:
        heights = None
    row = fmt.FIRST_DATA_ROW - 1
    for values in conn.execute(select(*selected).order_by(*order)):
        values = list(values)
        for i, convert in to_text:  # ids and times become their package text once, for the cell and the digest
            if values[i] is not None:
                values[i] = convert(values[i])
        for i in codes_at:  # only initiatives have a set of codes (SDG targets), kept in a link table
            values.insert(i, sdg.get(values[id_at], ""))
        if begin is not None:  # every row has its last cell, the fingerprint
            cells = begin(row, fingerprint_at)
        for col, at, write in field_writers:
            value = values[at]
            if value is not None:
                write(row, col, value)
        linked = []
        for col, at, texts in link_cells:
            text = texts.get(values[at]) if values[at] is not None else None
            linked.append(text)
            if text:
                write_string(row, col, text, link_format)  # escaped once, in _link_texts
        height = max(field_height(values) or 0, link_height(linked) or 0)
        if height:
            ws.set_row(row, height)
        content = add(values)
        print_ = fingerprint(content)
        write_string(row, fingerprint_at, print_, fingerprint_format)
        if heights:  # the row before is written out now (constant_memory): its height is never read again
            heights.pop(row - 1, None)
            sizes.pop(row - 1, None)
        record_id = values[record_id_at]
        add_row(entity, record_id, print_)
        if hand_edits:
            edit = hand_edits.get((entity, record_id))
            if edit is not None and edit.get("fingerprint") == print_:
                still_edited.append({**edit, "entity": entity, "record_id": record_id,
                                     "revision": values[field_at["revision"]]})
        row += 1
        done += 1
        if done % PROGRESS_EVERY == 0:
            if progress.cancelled():
                raise Cancelled()
            progress.set_value(done, total)
    count = row - (fmt.FIRST_DATA_ROW - 1)
    ws.autofilter(fmt.HXL_ROW - 1, 0, max(row - 1, fmt.HXL_ROW - 1), len(layout) - 1)
    return count, done


def _link_texts(conn: Connection) -> dict[str, dict[str, str]]:
    """The readable text of every initiative and partner a row may link to, by id as package text."""
    i, p = ENTITY_TYPES["initiative"].__table__, ENTITY_TYPES["partner"].__table__
    i_id, i_convert = _selectable(conn, i.c.id, Kind.UUID)
    p_id, p_convert = _selectable(conn, p.c.id, Kind.UUID)
    same = lambda value: value  # noqa: E731
    i_text, p_text = i_convert or same, p_convert or same
    escape = fmt.escape_text
    return {
        "initiative": {i_text(key): escape(fmt.initiative_text(code, title))
                       for key, code, title in conn.execute(select(i_id, i.c.code, i.c.title))},
        "partner": {p_text(key): escape(name or "") for key, name in conn.execute(select(p_id, p.c.name))},
    }


def _sdg_targets(conn: Connection) -> dict[str, str]:
    """Initiative id (package text) → its SDG target codes, space-separated and sorted."""
    table = InitiativeSdgTarget.__table__
    what, convert = _selectable(conn, table.c.initiative_id, Kind.UUID)
    grouped: dict[str, list[str]] = defaultdict(list)
    for initiative_id, code in conn.execute(select(what, table.c.target_code)):
        grouped[convert(initiative_id) if convert else initiative_id].append(code)
    return {key: " ".join(sorted(codes)) for key, codes in grouped.items()}


def _write_deletions(conn: Connection, ws: Worksheet, formats: _Formats, digest: DigestBuilder) -> int:
    widths = (20, 37, 10, 28, 11)
    for i, width in enumerate(widths):
        ws.set_column(i, i, width, formats.ident)
    _header(ws, formats, *(list(x) for x in zip(*fmt.DELETION_COLUMNS)), list(widths))
    table = Tombstone.__table__
    row = fmt.FIRST_DATA_ROW - 1
    query = select(table.c.entity, table.c.record_id, table.c.revision, table.c.deleted_at, table.c.office_code)
    for entity, record_id, revision, deleted_at, office_code in conn.execute(query.order_by(table.c.deleted_at)):
        ws.write_string(row, 0, entity, formats.ident)
        ws.write_string(row, 1, str(record_id), formats.ident)
        ws.write_number(row, 2, revision, formats.int)
        ws.write_string(row, 3, fmt.timestamp_text(deleted_at), formats.ident)
        ws.write_string(row, 4, office_code, formats.ident)
        digest.add_deletion(entity, record_id, revision, deleted_at, office_code)
        row += 1
    ws.autofilter(fmt.HXL_ROW - 1, 0, max(row - 1, fmt.HXL_ROW - 1), len(widths) - 1)
    return row - (fmt.FIRST_DATA_ROW - 1)


def _write_code_lists(ws: Worksheet, formats: _Formats) -> dict[str, str]:
    """Each list in two columns (code, label) from row 4; returns list name → the range a dropdown refers to."""
    ranges: dict[str, str] = {}
    keys, labels, tags = [], [], []
    for n, name in enumerate(fmt.CODE_LIST_NAMES):
        code_list = reference.code_list(name)
        col = 2 * n
        ws.set_column(col, col, max(10, min(len(name) + 2, 16)))
        ws.set_column(col + 1, col + 1, 60 if name == "sdg_targets" else 40)
        keys += [name, f"version {code_list.version}"]
        labels += ["Code", name.replace("_", " ").capitalize()]
        tags += ["#meta+code", "#meta+label"]
        letter = fmt.column_letter(col)
        first = fmt.FIRST_DATA_ROW
        ranges[name] = f"={fmt.CODE_LISTS_SHEET}!${letter}${first}:${letter}${first + len(code_list.items) - 1}"
    lists = [reference.code_list(name).items for name in fmt.CODE_LIST_NAMES]
    # Printed, the lists would take dozens of pages nobody reads: the print area is one note, right of the lists.
    note_col = 2 * len(lists) + 1
    note = (f"{fmt.CODE_LISTS_SHEET} is not printed: its {len(lists)} code lists ({sum(map(len, lists))} codes) "
            "feed the dropdowns of the data sheets. Read them on screen, or clear the print area to print them.")
    ws.set_column(note_col, note_col, 120)
    for row, texts, cell_format in ((fmt.KEY_ROW, keys, formats.key), (fmt.LABEL_ROW, labels, formats.label),
                                    (fmt.HXL_ROW, tags, formats.hxl)):
        for col, text in enumerate(texts):
            ws.write_string(row - 1, col, text, cell_format)
        if row == fmt.KEY_ROW:  # constant_memory: the note's row is written with the row it is in
            ws.write_string(row - 1, note_col, note, formats.plain)
    # constant_memory: rows must be written top to bottom, so lists are written side by side row by row.
    for i in range(max(len(items) for items in lists)):
        for n, items in enumerate(lists):
            if i < len(items):
                ws.write_string(fmt.FIRST_DATA_ROW - 1 + i, 2 * n, items[i].code, formats.plain)
                ws.write_string(fmt.FIRST_DATA_ROW - 1 + i, 2 * n + 1, items[i].label, formats.plain)
    ws.freeze_panes(fmt.HEADER_ROWS, 0)
    _page_setup(ws, gridlines=False)
    ws.print_area(fmt.KEY_ROW - 1, note_col, fmt.KEY_ROW - 1, note_col)
    ws.fit_to_pages(1, 1)
    ws.protect("", {"autofilter": True, "sort": True, "select_locked_cells": True})
    return ranges


def _write_manifest(ws: Worksheet, formats: _Formats, head: dict[str, Any], counts: dict[str, int]) -> None:
    key_width, value_width = 30, 64  # side by side across a portrait page (the longest key, a SHA-256 in one line)
    ws.set_column(0, 0, key_width)
    ws.set_column(1, 1, value_width)
    ws.write_string(0, 0, "key", formats.label)
    ws.write_string(0, 1, "value", formats.label)
    rows: list[tuple[str, Any]] = list(head.items())
    rows += [(f"rows.{sheet}", n) for sheet, n in counts.items()]
    rows += [("reference_version", reference.reference_version())]
    rows += [(f"reference.{name}", reference.code_list(name).version) for name in fmt.CODE_LIST_NAMES]
    font_pt = formats.wrap.font_size or 11
    height = 30.0  # points: the header row, and a line to spare
    for r, (key, value) in enumerate(rows, start=1):
        if isinstance(value, int):
            ws.write_string(r, 0, key, formats.bold)
            ws.write_number(r, 1, value, formats.plain)
            height += 15
            continue
        text = fmt.escape_text(str(value))
        lines = _wrapped_lines(text, value_width, font_pt)
        if lines > 1:  # a long value (the sources of a merge) wraps, in a row as tall as its lines
            ws.set_row(r, lines * font_pt * 1.3 + 2)
        height += max(15, lines * font_pt * 1.3 + 2)
        ws.write_string(r, 0, key, formats.bold)
        ws.write_string(r, 1, text, formats.wrap)
    # Printed: keys beside their values on a portrait page (a long list of two columns), one page wide; one page
    # tall too when that keeps text at 8 pt or more, else on pages down, the header row on each.
    _page_setup(ws)
    ws.set_portrait()
    ws.repeat_rows(0)
    room = (_A4_LONG_IN - 2 * _END_MARGIN_IN) * 72 * _ALLOWANCE  # points down a portrait page
    least = _least_scale(formats.bold, formats.plain, formats.wrap, formats.label)
    ws.fit_to_pages(1, 1 if height * least / 100 <= room else 0)
    ws.protect("", {"select_locked_cells": True})


#: The README sheet, in the package's language with English beside (translated in the "package" context).
README_TEXT = (
    QT_TRANSLATE_NOOP("package", "This workbook is a Fieldbook package: one country office's portfolio for one reporting period."),
    "",
    QT_TRANSLATE_NOOP("package", "Each data sheet has three header rows: row 1 the machine keys (do not change them), row 2 the column names, "
                      "row 3 the HXL hashtags. Records start on row 4. Header rows are protected; data cells are not "
                      "(Review › Unprotect Sheet, no password, to change the layout)."),
    QT_TRANSLATE_NOOP("package", "Every row carries its record id (a UUID that never changes), its revision, when it was created and last "
                      "updated (UTC) and the office that owns it. Keep those columns as they are: they are how packages from many "
                      "offices are merged. Add new records in Fieldbook itself: a package row without a valid id is refused."),
    QT_TRANSLATE_NOOP("package", "Coded columns offer a list of codes (sheet CodeLists). Dates are real dates; amounts are numbers unless too long "
                      "to stay exact in Excel, then they are text. Times are text in ISO 8601, UTC."),
    QT_TRANSLATE_NOOP("package", "An empty cell in a text column is empty text; in any other column it means not known."),
    QT_TRANSLATE_NOOP("package", "Text that contains invisible control characters shows them as ␛ and four hex digits (␛000B)."),
    QT_TRANSLATE_NOOP("package", "Sheet Deletions lists records deleted in the office. Sheet Manifest describes the package and holds a "
                      "digest of its data: if the data was changed by hand, Fieldbook says so when it checks the package."),
    QT_TRANSLATE_NOOP("package", "Check a package with: fieldbook validate FILE.xlsx --report checked.xlsx"),
    QT_TRANSLATE_NOOP("package", "Printed, each sheet is A4 landscape (Manifest portrait) with its column names on every page. A sheet too wide "
                      "for one page at a readable size prints on several pages across, in order (across, then down), its first "
                      "column repeated on each. CodeLists prints only a note: clear its print area to print the lists."),
)


def package_language(code: str | None) -> str:
    """The language a package is written in: its office's (the profile's Language), when Fieldbook speaks it."""
    return code if code in LANGUAGES else "en"



def bilingual(lang: str, context: str, text: str) -> str:
    """A column name in the package's language with the English under it (headquarters reads every package)."""
    translated = translate_to(lang, context, text)
    return translated if lang == "en" or translated == text else f"{translated}\n{text}"


def _write_readme(ws: Worksheet, formats: _Formats, head: dict[str, Any], counts: dict[str, int],
                  lang: str = "en") -> None:
    """The README: in the package's language, and in English beside it (column B) when that is another."""
    both = lang != "en"
    width = 62 if both else 110
    ws.set_column(0, 1 if both else 0, width, formats.wrap)
    if lang == "ar":
        ws.right_to_left()
    _page_setup(ws, gridlines=False)
    ws.fit_to_pages(1, 0)  # 110 characters fit at 100 %: never smaller, and one page wide
    title = QT_TRANSLATE_NOOP("package", "Fieldbook package — {office} ({code}), period {period}, no. {sequence}")
    values = {"office": head["office_name"], "code": head["office_code"], "period": head["period"],
              "sequence": head["sequence"]}
    languages = [lang, "en"] if both else ["en"]

    def cell(col: int, kind: str) -> Any:
        """The format of a README cell: right to left in column A of a right-to-left language."""
        if col == 0 and lang in RIGHT_TO_LEFT:
            return formats.rtl[kind]
        return {"title": formats.title_wrap if both else formats.title, "wrap": formats.wrap,
                "plain": formats.plain, "bold": formats.bold}[kind]

    titles = [translate_to(language, "package", title).format(**values) for language in languages]
    for col, text in enumerate(titles):
        ws.write_string(0, col, text, cell(col, "title"))
    ws.set_row(0, 22 * max(_wrapped_lines(text, width, 14 * 1.2) for text in titles))
    row = 2
    for line in README_TEXT:
        if line:
            # constant_memory cannot fit row heights afterwards, and LibreOffice keeps the height a file gives: give
            # wrapped paragraphs their lines' height now.
            texts = [translate_to(language, "package", line) for language in languages]
            lines = max(_wrapped_lines(text, width, formats.wrap.font_size or 11) for text in texts)
            ws.set_row(row, 15 * lines)
            for col, text in enumerate(texts):
                ws.write_string(row, col, text, cell(col, "wrap"))
        row += 1
    row += 1
    for col, language in enumerate(languages):
        ws.write_string(row, col, translate_to(language, "package", "Sheets"), cell(col, "bold"))
    for sheet, n in counts.items():
        row += 1
        for col, language in enumerate(languages):
            package = Context("package", language)
            ws.write_string(row, col, package.tr("{sheet}: %n row(s)", None, n).format(sheet=sheet),
                            cell(col, "plain"))
    ws.protect("", {"select_locked_cells": True})
