"""Table models over plain DTO rows (``desktop.core.records``), and the proxy that filters them.

After Vorta's ``*_table_model.py`` and ``sort_proxy.py``: one model class per kind of row, described by column
constants, with custom roles for the row itself and its id. Sorting happens in the source model with one
``list.sort`` (a Python ``lessThan`` called a million times would freeze a 100k list); the proxy filters with a set
of accepted rows computed in one pass when the search text or a filter changes, so ``filterAcceptsRow`` is one
lookup. ``data()`` reads an attribute and, for codes, one dict lookup: no queries, no ORM.

A headquarters-size list is not held whole: ``LazyRowModel`` holds the keys the database answered with (it searches
through its index, filters and sorts: ``desktop.core.records.list_window``) and the rows of the pages scrolled to.
"""

from __future__ import annotations

import datetime as dt
import operator
from functools import cache
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QT_TRANSLATE_NOOP,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from db import reference
from desktop.core import i18n
from db.models import AGE_BAND_YEARS, AGE_PARTS, COUNT_COLUMNS, SEX_PARTS
from desktop.core import records
from desktop.core.money import format_amount

RowRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
ProblemRole = Qt.ItemDataRole.UserRole + 4

ERROR_BRUSH = QBrush(QColor("#fde2e1"))
WARNING_BRUSH = QBrush(QColor("#fff4d6"))
GROUP_BRUSH = QBrush(QColor("#f4f6f8"))  # every other group of the beneficiary grid

Index = QModelIndex | QPersistentModelIndex


def plain_number(value: int) -> str:
    """A count as the chosen language writes its digits (٢٥٩٤٠ in Arabic, 25940 in English), not grouped."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(int(value))


def code_labels(list_name: str) -> dict[str, str]:
    """Code → label for one reference list, in the chosen language (country, currency and language names from
    CLDR, the others from the "reference" translations)."""
    return {item.code: i18n.code_label(list_name, item.code) for item in reference.code_list(list_name).items}


@dataclass(frozen=True)
class Column:
    key: str  # stable, stored in settings
    title: str  # English source; translated in the "Columns" context
    get: Callable[[Any], Any]
    code_list: str | None = None
    money: bool = False  # a Decimal shown with the currency precision of the row's ``currency``
    align_right: bool = False
    show_code: bool = False  # codes lists show "code" rather than the label (countries, currencies)
    currency: str | None = None  # a money column in this one currency (USD) rather than the row's
    context: str = "Columns"  # where ``title`` is translated (marked with QT_TRANSLATE_NOOP in that context)


def attr(name: str) -> Callable[[Any], Any]:
    def get(row: Any) -> Any:
        return getattr(row, name)

    get.__name__ = name
    return get


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


def build_haystack(rows: list[Any], search_fields: tuple[str, ...]) -> list[tuple[Any, str]]:
    """(row, lower-case text of its searchable fields) for every row: plain Python, safe on the worker thread."""
    if not search_fields:
        return [(row, "") for row in rows]
    getter = operator.attrgetter(*search_fields)
    if len(search_fields) == 1:
        return [(row, str(getter(row)).casefold()) for row in rows]
    return [(row, " ".join(map(str, getter(row))).casefold()) for row in rows]


class RowTableModel(QAbstractTableModel):
    """A read-only table of DTO rows described by ``Column``s."""

    def __init__(self, columns: Sequence[Column], search_fields: Sequence[str] = (), parent: QObject | None = None,
                 locale: str | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.search_fields = tuple(search_fields)
        self.locale = locale
        self._rows: list[Any] = []
        self._labels = {c.code_list: code_labels(c.code_list) for c in self.columns if c.code_list}
        self._titles = [QCoreApplication.translate(c.context, c.title) for c in self.columns]
        self._haystack: list[tuple[Any, str]] | None = None
        #: Grows on every reset, so that a proxy knows its accepted set is stale.
        self.generation = 0

    # -- rows -----------------------------------------------------------------------------------------------
    def set_rows(self, rows: list[Any], haystack: list[tuple[Any, str]] | None = None) -> None:
        """New rows; ``haystack`` is their search text when it was built off the UI thread (``build_haystack``)."""
        self.beginResetModel()
        self._rows = rows
        self._haystack = haystack
        self.generation += 1
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, record_id: uuid.UUID) -> int:
        for n, row in enumerate(self._rows):
            if row.id == record_id:
                return n
        return -1

    def haystack(self) -> list[tuple[Any, str]]:
        """(row, lower-case text of its searchable fields), built once per reset for search-as-you-type."""
        if self._haystack is None:
            self._haystack = build_haystack(self._rows, self.search_fields)
        return self._haystack

    # -- Qt ---------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def display(self, row: Any, column: Column) -> str:
        value = column.get(row)
        if value is None:
            return ""
        if column.code_list and not column.show_code:
            return self._labels[column.code_list].get(value, value)
        if isinstance(value, Decimal):
            if column.money:
                return format_amount(value, column.currency or getattr(row, "currency", None), self.locale)
            return format(value, "f")
        if isinstance(value, dt.datetime):
            # Isolated left-to-right, so that date and time keep their order in a right-to-left layout.
            return "\u2066" + value.astimezone().strftime("%Y-%m-%d %H:%M") + "\u2069"
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    def row_shown(self, position: int) -> Any:
        """The row at a position of the model (a long list may not have fetched it yet: None)."""
        return self._rows[position]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_shown(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.code_list:
                value = column.get(row)
                return f"{value} — {self._labels[column.code_list].get(value, value)}" if value else None
            text = self.display(row, column)
            return text if len(text) > 24 else None  # long text is often cut off in its column
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right or column.money:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        if role == SortRole:
            return column.get(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._titles):
                return self._titles[section]
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        spec = self.columns[column]
        get = spec.get
        if spec.code_list and not spec.show_code:
            labels = self._labels[spec.code_list]
            key: Callable[[Any], Any] = lambda row: _sort_key(labels.get(get(row), get(row)))  # noqa: E731
        else:
            key = lambda row: _sort_key(get(row))  # noqa: E731
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_rows = [self._rows[index.row()] for index in persistent]
        # In place, so that the proxy's view of the list stays the same object.
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        if persistent:
            position = {id(row): n for n, row in enumerate(self._rows)}
            self.changePersistentIndexList(
                persistent, [self.index(position[id(row)], index.column()) for row, index in zip(old_rows, persistent)])
        self.layoutChanged.emit()


class LazyRowModel(RowTableModel):
    """A long list (a headquarters store): every shown record's key, in order, and the rows of the pages scrolled to.

    The database searches, filters and sorts (``desktop.core.records.list_window``); this model knows the keys it
    answered with and asks for the rows of a page (``page_wanted``) the first time the view paints one of its rows.
    Until they come (a few milliseconds, through the worker) the row is blank. Sorting asks the page for a new
    window (``sort_wanted``); no row is moved here.
    """

    page_wanted = Signal(int, list)  # page number, its keys
    sort_wanted = Signal(int, Qt.SortOrder)

    def __init__(self, columns: Sequence[Column], search_fields: Sequence[str] = (), parent: QObject | None = None,
                 locale: str | None = None, page_size: int = 200) -> None:
        super().__init__(columns, search_fields, parent, locale)
        self.page_size = page_size
        self._keys: list[Any] = []
        self._by_key: dict[Any, Any] = {}
        self._asked: set[int] = set()
        #: How many records the list holds before search and filters (the "of N" of the count under the list).
        self.total = 0

    def set_window(self, keys: list[Any], rows: dict[Any, Any], total: int) -> None:
        """New keys (a new search, filter, sort or a refresh) with the rows already read, by key."""
        self.beginResetModel()
        self._keys = keys
        self._by_key = dict(rows)
        self._asked = {n // self.page_size for n in range(0, len(keys), self.page_size)
                       if all(k in self._by_key for k in keys[n:n + self.page_size])}
        self.total = total
        self.generation += 1
        self.endResetModel()

    def put_rows(self, generation: int, page: int, rows: dict[Any, Any]) -> None:
        """The rows of a page asked for with ``page_wanted``; ignored when the keys changed meanwhile."""
        if generation != self.generation:
            return
        self._by_key.update(rows)
        first = page * self.page_size
        last = min(len(self._keys), first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def keys(self) -> list[Any]:
        return self._keys

    def key_at(self, row: int) -> Any:
        return self._keys[row]

    def row_of_key(self, key: Any) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def rows(self) -> list[Any]:
        """The rows read so far, in the list's order (not every row of a long list)."""
        return [self._by_key[k] for k in self._keys if k in self._by_key]

    def row_at(self, row: int) -> Any:
        """The row at ``row`` (None while its page is being read, or when the record was deleted meanwhile)."""
        if not 0 <= row < len(self._keys):
            return None
        found = self._by_key.get(self._keys[row])
        if found is None:
            page = row // self.page_size
            if page not in self._asked:
                self._asked.add(page)
                first = page * self.page_size
                self.page_wanted.emit(page, self._keys[first:first + self.page_size])
        return found

    def row_of_id(self, record_id: uuid.UUID) -> int:
        for key, row in self._by_key.items():
            if row.id == record_id:
                return self.row_of_key(key)
        return -1

    def haystack(self) -> list[tuple[Any, str]]:
        return []  # the database searches a long list

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def row_shown(self, position: int) -> Any:
        return self.row_at(position)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            self.sort_wanted.emit(column, order)

    def sort_labels(self, column: int) -> dict[str, str]:
        """Code → label of a code-list column shown by label (the order a sort by it follows), else empty."""
        spec = self.columns[column]
        return dict(self._labels[spec.code_list]) if spec.code_list and not spec.show_code else {}


class RecordFilterProxy(QSortFilterProxyModel):
    """Search-as-you-type and named filters over a ``RowTableModel``; sorting is delegated to the source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._predicates: dict[str, Callable[[Any], bool]] = {}
        self._accepted: set[int] | None = None
        self._rows_ref: list[Any] = []
        self._stale = True
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def source(self) -> RowTableModel:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model

    def setSourceModel(self, model: RowTableModel) -> None:  # type: ignore[override]
        self._stale = True
        model.modelAboutToBeReset.connect(self._mark_stale)
        super().setSourceModel(model)

    def _mark_stale(self) -> None:
        self._stale = True

    # -- filters ------------------------------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self._search = text.strip().casefold()
        self._refilter()

    def set_predicate(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        if predicate is None:
            self._predicates.pop(name, None)
        else:
            self._predicates[name] = predicate
        self._refilter()

    def _refilter(self) -> None:
        # A reset, not Qt's incremental filter change: showing 100k rows again after a filter would otherwise be
        # tens of thousands of separate row insertions (a second or more); a reset rebuilds the mapping in one pass.
        self.beginResetModel()
        self._compute()
        self.endResetModel()

    def _compute(self) -> None:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return
        self._stale = False
        self._rows_ref = model._rows  # sorted in place by the source: the same list while the rows are
        if not self._search and not self._predicates:
            self._accepted = None
            return
        pairs = model.haystack()
        for word in self._search.split():  # one pass per word: a comprehension, not a generator per row
            pairs = [pair for pair in pairs if word in pair[1]]
        rows = [pair[0] for pair in pairs]
        for predicate in self._predicates.values():
            rows = [row for row in rows if predicate(row)]
        self._accepted = {id(row) for row in rows}

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Called once per source row on every change: kept to two attribute reads and a set lookup.
        if self._stale:
            self._compute()
        accepted = self._accepted
        return accepted is None or id(self._rows_ref[source_row]) in accepted

    # -- sorting (in the source) ------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.source().sort(column, order)

    def sort_column(self) -> int:
        return self._sort_column


# -------------------------------------------------------------------------------------------------------------
# Column sets

INITIATIVE_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), attr("code")),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), attr("title")),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), attr("status"), code_list="initiative_statuses"),
    Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), attr("country"), code_list="countries"),
    Column("locality", QT_TRANSLATE_NOOP("Columns", "City or locality"), attr("locality")),
    Column("flagship", QT_TRANSLATE_NOOP("Columns", "Flagship"), attr("flagship_code"), code_list="flagship_programmes",
           show_code=True),
    Column("subprogramme", QT_TRANSLATE_NOOP("Columns", "Subprogramme"), attr("subprogramme_code"), code_list="subprogrammes",
           show_code=True),
    Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), attr("start_date")),
    Column("end", QT_TRANSLATE_NOOP("Columns", "End"), attr("end_date")),
)

PARTNER_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), attr("name")),
    Column("acronym", QT_TRANSLATE_NOOP("Columns", "Acronym"), attr("acronym")),
    Column("type", QT_TRANSLATE_NOOP("Columns", "Partner type"), attr("partner_type"), code_list="partner_types"),
    Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), attr("country"), code_list="countries"),
    Column("initiatives", QT_TRANSLATE_NOOP("Columns", "Initiatives"), attr("initiatives"), align_right=True),
)

KNOWLEDGE_COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), attr("title")),
    Column("type", QT_TRANSLATE_NOOP("Columns", "Type"), attr("product_type"), code_list="knowledge_product_types"),
    Column("published", QT_TRANSLATE_NOOP("Columns", "Date"), attr("published_on")),
    Column("initiative", QT_TRANSLATE_NOOP("Columns", "Initiative"), attr("initiative_code")),
    Column("link", QT_TRANSLATE_NOOP("Columns", "Link"), attr("link")),
)

FUNDING_COLUMNS = (
    Column("type", QT_TRANSLATE_NOOP("Columns", "Transaction"), attr("transaction_type"), code_list="transaction_types"),
    Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), attr("transaction_date")),
    Column("funder", QT_TRANSLATE_NOOP("Columns", "Funder"), attr("funder_name")),
    Column("source", QT_TRANSLATE_NOOP("Columns", "Source type"), attr("source_type"), code_list="source_types"),
    Column("modality", QT_TRANSLATE_NOOP("Columns", "Modality"), attr("modality"), code_list="funding_modalities"),
    Column("currency", QT_TRANSLATE_NOOP("Columns", "Currency"), attr("currency")),
    Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), attr("amount"), money=True),
    Column("rate", QT_TRANSLATE_NOOP("Columns", "USD rate"), attr("usd_rate"), align_right=True),
    Column("usd", QT_TRANSLATE_NOOP("Columns", "Amount (USD)"), attr("amount_usd"), money=True, currency="USD"),
    Column("reference", QT_TRANSLATE_NOOP("Columns", "Reference"), attr("reference")),
)

def _history_what(entry: Any) -> str:
    if entry.action == "create":
        return QCoreApplication.translate("History", "created")
    if entry.action == "delete":
        return QCoreApplication.translate("History", "deleted")
    return (entry.field or "").replace("_", " ")


def _history_change(entry: Any) -> str:
    if entry.action != "update":
        return _history_what(entry)
    old = entry.old_value if entry.old_value is not None else "—"
    new = entry.new_value if entry.new_value is not None else "—"
    return f"{_history_what(entry)}: {old} → {new}"


def _history_entry(entry: Any) -> str:
    # Two lines, for a narrow side panel: who and when, then what changed.
    when = entry.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"\u2066{when}\u2069 · {entry.changed_by} · r{entry.revision}\u2028{_history_change(entry)}"


HISTORY_COLUMNS = (
    Column("entry", QT_TRANSLATE_NOOP("Columns", "Change"), _history_entry),
)


def initiative_model(parent: QObject | None = None) -> RowTableModel:
    return RowTableModel(INITIATIVE_COLUMNS, ("code", "title", "locality", "country"), parent)


def partner_model(parent: QObject | None = None) -> RowTableModel:
    return RowTableModel(PARTNER_COLUMNS, ("name", "acronym", "country"), parent)


def knowledge_model(parent: QObject | None = None) -> RowTableModel:
    return RowTableModel(KNOWLEDGE_COLUMNS, ("title", "initiative_code", "link"), parent)


def funding_model(parent: QObject | None = None, locale: str | None = None) -> RowTableModel:
    return RowTableModel(FUNDING_COLUMNS, ("funder_name", "reference", "currency", "transaction_type"), parent,
                         locale=locale)


def history_model(parent: QObject | None = None) -> RowTableModel:
    return RowTableModel(HISTORY_COLUMNS, (), parent)


# -------------------------------------------------------------------------------------------------------------
# The beneficiary grid: one initiative × one period × one reach type; a row per beneficiary group

COUNT_PARTS = ("total", *SEX_PARTS, *AGE_PARTS, "pwd")
def part_tooltip(part: str) -> str:
    """What a count column holds, in words: the age bands with their years (the sum rule too)."""
    if part in AGE_BAND_YEARS:
        low, high = AGE_BAND_YEARS[part]
        years = (QCoreApplication.translate("Columns", "{low}–{high} years").format(low=low, high=high)
                 if high is not None else QCoreApplication.translate("Columns", "{low} years and over").format(low=low))
        return QCoreApplication.translate("Columns", "{band}: {years}. The four age bands add up to the total.").format(
            band=QCoreApplication.translate("Columns", PART_TITLES[part]), years=years)
    if part in ("female", "male", "other"):
        return QCoreApplication.translate("Columns", "People of this sex; female, male and other add up to the total.")
    if part == "pwd":
        return QCoreApplication.translate("Columns", "Persons with disabilities, of any age or sex (part of the total).")
    return QCoreApplication.translate("Columns", "Everyone counted in this group.")


PART_TITLES = {
    "total": QT_TRANSLATE_NOOP("Columns", "Total"), "female": QT_TRANSLATE_NOOP("Columns", "Female"), "male": QT_TRANSLATE_NOOP("Columns", "Male"),
    "other": QT_TRANSLATE_NOOP("Columns", "Other sex"), "children": QT_TRANSLATE_NOOP("Columns", "Children"), "youth": QT_TRANSLATE_NOOP("Columns", "Youth"),
    "adults": QT_TRANSLATE_NOOP("Columns", "Adults"), "older": QT_TRANSLATE_NOOP("Columns", "Older"), "pwd": QT_TRANSLATE_NOOP("Columns", "Disability"),
}


@dataclass
class GridRow:
    group_code: str
    record_id: uuid.UUID | None
    values: dict[str, int | None]
    saved: dict[str, int | None]
    problems: list[Any]

    @property
    def dirty(self) -> bool:
        return self.values != self.saved

    @property
    def empty(self) -> bool:
        return all(v is None for v in self.values.values())


@cache
def dirty_font() -> QFont:
    """Bold, for a group with unsaved counts (made on first use: a QFont needs the application)."""
    font = QFont()
    font.setBold(True)
    return font


class BeneficiaryGridModel(QAbstractTableModel):
    """Counts of one initiative in one period: two rows per group (targeted, reached), a column per part (total,
    sex, age band, disability). Every edit is checked by the rules at once; the last column says what is wrong."""

    GROUP, KIND = 0, 1
    FIRST_PART = 2
    CHECK = FIRST_PART + len(COUNT_PARTS)
    KINDS = ("targeted", "reached")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.initiative_id: uuid.UUID | None = None
        self.period = ""
        self.reach_type = "direct"
        self._rows: list[GridRow] = []
        self._labels = code_labels("beneficiary_groups")
        self._kind_titles = {"targeted": QCoreApplication.translate("Columns", "Targeted"),
                             "reached": QCoreApplication.translate("Columns", "Reached")}
        self._titles = [QCoreApplication.translate("Columns", "Group"), ""] + [
            QCoreApplication.translate("Columns", PART_TITLES[part]) for part in COUNT_PARTS] + [
            QCoreApplication.translate("Columns", "Check")]

    @classmethod
    def column_of(cls, part: str) -> int:
        """The column of a count part ("total", "female", …)."""
        return cls.FIRST_PART + COUNT_PARTS.index(part)

    @classmethod
    def row_of(cls, group_index: int, kind: str) -> int:
        return 2 * group_index + cls.KINDS.index(kind)

    def _cell(self, index: Index) -> tuple[GridRow, str]:
        return self._rows[index.row() // 2], self.KINDS[index.row() % 2]

    def load(self, initiative_id: uuid.UUID | None, period: str, reach_type: str,
             rows: list[records.BeneficiaryRow]) -> None:
        self.beginResetModel()
        self.initiative_id, self.period, self.reach_type = initiative_id, period, reach_type
        by_group = {row.group_code: row for row in rows if row.reach_type == reach_type and row.period == period}
        self._rows = []
        for item in reference.code_list("beneficiary_groups").items:
            found = by_group.get(item.code)
            values = dict(zip(COUNT_COLUMNS, found.counts)) if found else dict.fromkeys(COUNT_COLUMNS)
            grid_row = GridRow(item.code, found.id if found else None, dict(values), dict(values), [])
            self._check(grid_row)
            self._rows.append(grid_row)
        self.endResetModel()

    def revert(self) -> None:
        """Every row back to its saved counts (the person discarded what was typed)."""
        self.beginResetModel()
        for row in self._rows:
            row.values = dict(row.saved)
            self._check(row)
        self.endResetModel()

    def put_values(self, counts: dict[str, dict[str, Any]]) -> None:
        """Counts by group typed elsewhere (a window replaced by one in another language), shown unsaved here."""
        for row in self._rows:
            if row.group_code in counts:
                row.values = dict(counts[row.group_code])
                self._check(row)
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def grid_rows(self) -> list[GridRow]:
        return self._rows

    def record_values(self, row: GridRow) -> dict[str, Any]:
        return {"initiative_id": self.initiative_id, "period": self.period, "group_code": row.group_code,
                "reach_type": self.reach_type, **row.values}

    def _check(self, row: GridRow) -> None:
        if row.empty or self.initiative_id is None:
            row.problems = []
            return
        _values, row.problems = records.validate("beneficiary_count", self.record_values(row))

    def dirty_rows(self) -> list[GridRow]:
        return [row for row in self._rows if row.dirty and not (row.empty and row.record_id is None)]

    def has_errors(self) -> bool:
        return any(p.is_error for row in self.dirty_rows() for p in row.problems)

    def _field_problems(self, row: GridRow, name: str) -> list[Any]:
        """Problems of one cell. A sum that does not add up is every part's problem, not only the first's."""
        kind, part = name.split("_", 1)
        out = []
        for problem in row.problems:
            if problem.field == name:
                out.append(problem)
            elif problem.code in ("sum_above", "sum_mismatch") and (problem.field or "").startswith(kind + "_"):
                first = problem.field.split("_", 1)[1]
                parts = SEX_PARTS if first == SEX_PARTS[0] else AGE_PARTS if first == AGE_PARTS[0] else ()
                if part in parts:
                    out.append(problem)
        return out

    def problems(self) -> list[tuple[str, Any]]:
        return [(self._labels.get(row.group_code, row.group_code), p) for row in self._rows for p in row.problems]

    # -- Qt ---------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2 * len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and self.FIRST_PART <= section < self.CHECK:
            return part_tooltip(COUNT_PARTS[section - self.FIRST_PART])
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.FIRST_PART <= index.column() < self.CHECK:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _field(self, kind: str, column: int) -> str:
        return f"{kind}_{COUNT_PARTS[column - self.FIRST_PART]}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, kind = self._cell(index)
        column = index.column()
        if column == self.GROUP:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._labels.get(row.group_code, row.group_code) if kind == "targeted" else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                label = self._labels.get(row.group_code, row.group_code)
                return label + (QCoreApplication.translate("BeneficiaryGrid", " (changed, not saved yet)")
                                if row.dirty else "")
            if role == Qt.ItemDataRole.FontRole and row.dirty:
                return dirty_font()
            if role == Qt.ItemDataRole.BackgroundRole:
                return GROUP_BRUSH if (index.row() // 2) % 2 else None
            return None
        if column == self.KIND:
            if role == Qt.ItemDataRole.BackgroundRole:
                return GROUP_BRUSH if (index.row() // 2) % 2 else None
            return self._kind_titles[kind] if role == Qt.ItemDataRole.DisplayRole else None
        if column == self.CHECK:
            mine = [p for p in row.problems if (p.field or "").startswith(kind)]
            errors = [p for p in mine if p.is_error]
            warnings = [p for p in mine if not p.is_error]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if row.empty:
                    return ""
                if errors or warnings:
                    first = (errors or warnings)[0]
                    message = first.message
                    if role == Qt.ItemDataRole.ToolTipRole:
                        return message
                    # The cell says what kind of problem in a word (never cut off); the line under the grid and
                    # the tooltip say it whole.
                    return (QCoreApplication.translate("BeneficiaryGrid", "✗ see below") if errors
                            else QCoreApplication.translate("BeneficiaryGrid", "⚠ see below"))
                if all(row.values[f"{kind}_{part}"] is None for part in COUNT_PARTS):
                    return ""
                return QCoreApplication.translate("BeneficiaryGrid", "✓ sums agree")
            if role == Qt.ItemDataRole.BackgroundRole:
                return ERROR_BRUSH if errors else WARNING_BRUSH if warnings else None
            return None
        name = self._field(kind, column)
        value = row.values[name]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            # Text in both (a line editor: typing replaces the cell), in the language's digits (Arabic-Indic in
            # Arabic), without grouping, as typed; either digits are read back.
            return "" if value is None else plain_number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problems = self._field_problems(row, name)
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                return ERROR_BRUSH if any(p.is_error for p in problems) else WARNING_BRUSH
            return GROUP_BRUSH if (index.row() // 2) % 2 else None
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(p.message for p in problems)
        if role == ProblemRole:
            return problems
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or \
                not self.FIRST_PART <= index.column() < self.CHECK:
            return False
        text = str(value).strip() if value is not None else ""
        if text == "":
            number: int | None = None
        else:
            from desktop.core.money import MoneyError, parse_money

            try:
                parsed = parse_money(text)
            except MoneyError:
                return False
            if parsed is None or parsed != parsed.to_integral_value():
                return False
            number = int(parsed)
        row, kind = self._cell(index)
        row.values[self._field(kind, index.column())] = number
        self._check(row)
        first = (index.row() // 2) * 2
        self.dataChanged.emit(self.index(first, 0), self.index(first + 1, self.CHECK))
        return True
