"""Record services the desktop app calls: list rows, one record's values, save, delete, history, summary counts.

Plain Python over the store, no Qt. Lists are read with SQLAlchemy Core selects into frozen dataclasses (DTOs) so
that a table model never holds a live ORM object or a session; every function opens its own short session, so the
UI's worker thread can call them one at a time. Saving asks :mod:`desktop.core.rules` first: errors block
(``ValidationFailed``), warnings come back with the result.

Long functions take an optional ``progress`` object (:mod:`desktop.core.progress`: ``set_value(done, total)``,
``cancelled()``) and raise ``Cancelled`` when asked to stop.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import String, and_, case, cast, delete, func, literal, literal_column, or_, select, true
from sqlalchemy.exc import IntegrityError

from db import reference
from db.models import (
    COUNT_COLUMNS,
    ENTITY_TYPES,
    BeneficiaryCount,
    ChangeLog,
    FundingLine,
    Initiative,
    InitiativePartner,
    KnowledgeProduct,
    Office,
    Partner,
    Record,
    Tombstone,
)
from db.store import Store, backup_sqlite, backups_dir, restore_sqlite
from desktop.core import rules
from desktop.core.periods import parse_period
from desktop.core.progress import Cancelled, Progress

#: The entities the desktop app edits directly (initiative partner links are edited with their initiative).
EDITABLE = ("office", "initiative", "partner", "beneficiary_count", "funding_line", "knowledge_product")
CHUNK = 5_000


class ValidationFailed(ValueError):
    """A save refused by the rules; ``problems`` holds every problem found, errors and warnings."""

    def __init__(self, problems: Sequence[rules.Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error]
        super().__init__("; ".join(p.message for p in errors) or "invalid record")


class RecordNotFound(LookupError):
    pass


class Conflict(ValueError):
    """The store refused a save: another record already has these keys (an initiative code, a beneficiary cell)."""


# -------------------------------------------------------------------------------------------------------------
# DTOs


@dataclass(frozen=True, slots=True)
class InitiativeRow:
    id: uuid.UUID
    code: str
    title: str
    status: str
    country: str
    locality: str
    flagship_code: str | None
    subprogramme_code: str | None
    start_date: dt.date | None
    end_date: dt.date | None


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: uuid.UUID
    name: str
    acronym: str
    partner_type: str
    country: str | None
    initiatives: int


@dataclass(frozen=True, slots=True)
class KnowledgeProductRow:
    id: uuid.UUID
    title: str
    product_type: str
    published_on: dt.date | None
    initiative_id: uuid.UUID | None
    initiative_code: str
    link: str


@dataclass(frozen=True, slots=True)
class BeneficiaryRow:
    """One beneficiary count with its initiative's code; ``counts`` follows ``db.models.COUNT_COLUMNS``."""

    id: uuid.UUID
    initiative_id: uuid.UUID
    initiative_code: str
    country: str
    period: str
    group_code: str
    reach_type: str
    counts: tuple[int | None, ...]

    def count(self, column: str) -> int | None:
        return self.counts[COUNT_COLUMNS.index(column)]


@dataclass(frozen=True, slots=True)
class FundingRow:
    id: uuid.UUID
    initiative_id: uuid.UUID
    initiative_code: str
    funder_id: uuid.UUID | None
    funder_name: str
    source_type: str
    modality: str
    transaction_type: str
    transaction_date: dt.date
    currency: str
    amount: Decimal
    usd_rate: Decimal
    amount_usd: Decimal
    reference: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    changed_at: dt.datetime
    changed_by: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    revision: int


@dataclass(frozen=True, slots=True)
class Choice:
    """A record offered in a dropdown (an initiative or a partner)."""

    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class Summary:
    """The Office summary's figures. Money and the headline people figures are the Dashboard's own
    (``desktop.core.kpi``); the figures per period are plain sums of each period's direct counts, which the
    headline does not add up (the counting rule, docs/counting-rule.md)."""

    office_code: str | None
    office_name: str
    counts: dict[str, int]
    initiatives_by_status: dict[str, int]
    usd_by_transaction: dict[str, Decimal]  # transaction type code → exact USD, every type of the reference list
    reached_by_period: dict[str, int]  # period → sum of that period's direct reached totals
    targeted_by_period: dict[str, int]
    tombstones: int
    people_reached: int = 0  # direct, each initiative × group counted once: the Dashboard's "People reached"
    people_targeted: int = 0


@dataclass(frozen=True)
class SaveResult:
    entity: str
    record_id: uuid.UUID
    created: bool
    revision: int
    warnings: list[rules.Problem] = field(default_factory=list)
    before: dict[str, Any] | None = None  # the values before the save (None: the record is new), for undo
    after: dict[str, Any] | None = None  # the values after it


@dataclass(frozen=True)
class Filters:
    """What a list can be narrowed to; empty means everything."""

    status: str | None = None
    programme: str | None = None  # a flagship (FP…) or subprogramme (SP…) code
    period: str | None = None
    country: str | None = None


# -------------------------------------------------------------------------------------------------------------
# Lists


def _check(progress: Progress | None, done: int, total: int) -> None:
    if progress is None:
        return
    if progress.cancelled():
        raise Cancelled()
    progress.set_value(done, total)


def _chunked(store: Store, statement: Any, make: Any, total: int | None, progress: Progress | None) -> list[Any]:
    out: list[Any] = []
    with store.engine.connect() as conn:
        result = conn.execute(statement)
        while True:
            chunk = result.fetchmany(CHUNK)
            if not chunk:
                break
            out.extend(make(*row) for row in chunk)
            _check(progress, len(out), total or len(out))
    return out


def _count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def initiative_rows(store: Store, filters: Filters | None = None, progress: Progress | None = None) -> list[InitiativeRow]:
    """Every initiative of the store (or those matching ``filters``), ordered by code."""
    t = Initiative.__table__
    statement = select(t.c.id, t.c.code, t.c.title, t.c.status, t.c.country, t.c.locality, t.c.flagship_code,
                       t.c.subprogramme_code, t.c.start_date, t.c.end_date).order_by(t.c.code)
    if filters is not None:
        statement = statement.where(*_initiative_filter(filters))
    total = _count(store, t) if progress is not None else None
    return _chunked(store, statement, InitiativeRow, total, progress)


def _initiative_filter(filters: Filters) -> list[Any]:
    t = Initiative.__table__
    where: list[Any] = []
    if filters.status:
        where.append(t.c.status == filters.status)
    if filters.country:
        where.append(t.c.country == filters.country)
    if filters.programme:
        where.append(or_(t.c.flagship_code == filters.programme, t.c.subprogramme_code == filters.programme))
    if filters.period:
        period = parse_period(filters.period)
        where.append(and_(or_(t.c.start_date.is_(None), t.c.start_date <= period.end),
                          or_(t.c.end_date.is_(None), t.c.end_date >= period.start)))
    return where


def initiative_in_period(row: InitiativeRow, start: dt.date, end: dt.date) -> bool:
    """The same test as the period filter of :func:`initiative_rows`, for rows already loaded."""
    return (row.start_date is None or row.start_date <= end) and (row.end_date is None or row.end_date >= start)


def partner_rows(store: Store) -> list[PartnerRow]:
    p, link = Partner.__table__, InitiativePartner.__table__
    used = select(link.c.partner_id, func.count(func.distinct(link.c.initiative_id)).label("n")).group_by(
        link.c.partner_id).subquery()
    statement = (select(p.c.id, p.c.name, p.c.acronym, p.c.partner_type, p.c.country, func.coalesce(used.c.n, 0))
                 .outerjoin(used, used.c.partner_id == p.c.id).order_by(p.c.name))
    return _chunked(store, statement, PartnerRow, None, None)


def knowledge_product_rows(store: Store) -> list[KnowledgeProductRow]:
    k, i = KnowledgeProduct.__table__, Initiative.__table__
    statement = (select(k.c.id, k.c.title, k.c.product_type, k.c.published_on, k.c.initiative_id,
                        func.coalesce(i.c.code, ""), k.c.link)
                 .outerjoin(i, i.c.id == k.c.initiative_id).order_by(k.c.published_on.desc(), k.c.title))
    return _chunked(store, statement, KnowledgeProductRow, None, None)


def beneficiary_rows(store: Store, initiative_id: uuid.UUID | None = None, period: str | None = None) -> list[BeneficiaryRow]:
    b, i = BeneficiaryCount.__table__, Initiative.__table__
    statement = (select(b.c.id, b.c.initiative_id, i.c.code, i.c.country, b.c.period, b.c.group_code, b.c.reach_type,
                        *(b.c[name] for name in COUNT_COLUMNS))
                 .join(i, i.c.id == b.c.initiative_id).order_by(i.c.code, b.c.period, b.c.group_code, b.c.reach_type))
    if initiative_id is not None:
        statement = statement.where(b.c.initiative_id == initiative_id)
    if period:
        statement = statement.where(b.c.period == period)
    n = 7
    return _chunked(store, statement, lambda *r: BeneficiaryRow(*r[:n], tuple(r[n:])), None, None)


def funding_rows(store: Store, initiative_id: uuid.UUID | None = None) -> list[FundingRow]:
    f, i, p = FundingLine.__table__, Initiative.__table__, Partner.__table__
    statement = (select(f.c.id, f.c.initiative_id, i.c.code, f.c.funder_id, func.coalesce(p.c.name, ""),
                        f.c.source_type, f.c.modality, f.c.transaction_type, f.c.transaction_date, f.c.currency,
                        f.c.amount, f.c.usd_rate, f.c.amount_usd, f.c.reference)
                 .join(i, i.c.id == f.c.initiative_id).outerjoin(p, p.c.id == f.c.funder_id)
                 .order_by(i.c.code, f.c.transaction_date, f.c.transaction_type))
    if initiative_id is not None:
        statement = statement.where(f.c.initiative_id == initiative_id)
    return _chunked(store, statement, FundingRow, None, None)


def usd_totals(lines: Iterable[FundingRow]) -> dict[str, Decimal]:
    """USD totals per transaction type, in the order of the reference list (pledge → expenditure)."""
    from db import reference

    totals = {code: Decimal("0.00") for code in reference.code_list("transaction_types").codes()}
    for line in lines:
        totals[line.transaction_type] = totals.get(line.transaction_type, Decimal("0.00")) + line.amount_usd
    order = [item.code for item in reference.code_list("transaction_types").items]
    return {code: totals[code] for code in order if code in totals}


def initiative_choices(store: Store) -> list[Choice]:
    t = Initiative.__table__
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.c.id, t.c.code, t.c.title).order_by(t.c.code)).all()
    return [Choice(row[0], f"{row[1]} — {row[2]}") for row in rows]


def partner_choices(store: Store) -> list[Choice]:
    t = Partner.__table__
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.c.id, t.c.name, t.c.acronym).order_by(t.c.name)).all()
    return [Choice(row[0], f"{row[1]} ({row[2]})" if row[2] else row[1]) for row in rows]


def usd_rates_by_currency(store: Store, *, exclude: uuid.UUID | None = None, latest: int = 50
                          ) -> dict[str, list[Decimal]]:
    """The USD rates of the funding lines already stored, per currency, newest ``latest`` by transaction date first
    (rates drift; the recent ones are the usual ones); ``exclude`` leaves out the line being edited. What
    ``rules.rate_outlier`` compares a typed rate with."""
    f = FundingLine.__table__
    statement = select(f.c.currency, f.c.usd_rate).order_by(f.c.transaction_date.desc())
    if exclude is not None:
        statement = statement.where(f.c.id != exclude)
    out: dict[str, list[Decimal]] = {}
    with store.engine.connect() as conn:
        for currency, rate in conn.execute(statement):
            rates = out.setdefault(currency, [])
            if len(rates) < latest and rate is not None:
                rates.append(rate)
    return out


def latest_period(store: Store, initiative_id: uuid.UUID | None) -> str | None:
    """The newest period with beneficiary counts for one initiative (where its grid opens), or ``None``."""
    if initiative_id is None:
        return None
    b = BeneficiaryCount.__table__
    with store.engine.connect() as conn:
        periods = [row[0] for row in conn.execute(select(b.c.period).where(b.c.initiative_id == initiative_id)
                                                   .distinct())]
    if not periods:
        return None
    return max(periods, key=lambda p: (parse_period(p).end, -parse_period(p).start.toordinal()))


def periods_in_use(store: Store) -> list[str]:
    b = BeneficiaryCount.__table__
    with store.engine.connect() as conn:
        return [row[0] for row in conn.execute(select(b.c.period).distinct().order_by(b.c.period))]


# -------------------------------------------------------------------------------------------------------------
# Lists at headquarters size: keys in order from the database, rows a page at a time, search through an index

#: Lists of at most this many records are read whole and searched, filtered and sorted in memory (an office's own
#: list, a few hundred rows, behaves as it always has); longer ones (a headquarters store) are read a page at a time,
#: and the database searches, filters and sorts them.
LIST_IN_MEMORY_MAX = 20_000
#: Rows read at once when a list is read a page at a time.
LIST_PAGE = 200
#: A list's searchable text is defined once, by migration 0009 (its SQLite triggers fill the search_* tables) and, on
#: PostgreSQL, migration 0010 (the stored column ``search_text``, lower-cased). A word matches when it is in that text.


@dataclass(frozen=True)
class ListQuery:
    """What a long list shows: the words searched for, the named filters, and the column it is sorted by.

    ``sort`` is a column key of the list (``desktop.ui.models.Column.key``), None for the list's own order;
    ``labels`` maps the codes of that column to the labels the person sees, when it is a code-list column (the
    list is sorted by label, in the person's language, as a short list is)."""

    entity: str
    search: str = ""
    filters: tuple[tuple[str, Any], ...] = ()
    sort: str | None = None
    descending: bool = False
    labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ListWindow:
    """A long list as the database answered a ``ListQuery``: every matching record's key in order, the rows of the
    first page, how many records the list holds before search and filters, and where the record asked for is."""

    query: ListQuery
    keys: list[Any]
    rows: dict[Any, Any]  # key → row, for the first page (and the page of ``position``)
    total: int
    position: int = -1
    order: list[Any] = field(default_factory=list)  # every record's key in this sort: for the next keystroke
    reselect: uuid.UUID | None = None  # the record whose ``position`` was asked for


def list_size(store: Store, entity: str) -> int:
    """How many records a list holds (one count; the list decides how it is read)."""
    return _count(store, ENTITY_TYPES[entity].__table__)


def _empty(column: Any, text: bool = True) -> Any:
    return or_(column.is_(None), column == "") if text else column.is_(None)


def _list_spec(entity: str) -> dict[str, Any]:
    """Per list: its table, the columns of its DTO (first the key is added), the DTO, the list's own order, the
    sortable columns (key → (expression, is text)), and its filters (name → value → condition)."""
    if entity == "initiative":
        t = Initiative.__table__
        return {
            "table": t, "from": t, "make": InitiativeRow,
            "columns": [t.c.id, t.c.code, t.c.title, t.c.status, t.c.country, t.c.locality, t.c.flagship_code,
                        t.c.subprogramme_code, t.c.start_date, t.c.end_date],
            "order": [t.c.code],
            "sort": {"code": (t.c.code, True), "title": (t.c.title, True), "status": (t.c.status, True),
                     "country": (t.c.country, True), "locality": (t.c.locality, True),
                     "flagship": (t.c.flagship_code, True), "subprogramme": (t.c.subprogramme_code, True),
                     "start": (t.c.start_date, False), "end": (t.c.end_date, False)},
            "filters": {name: (lambda value, name=name: and_(*_initiative_filter(Filters(**{name: value}))))
                        for name in ("status", "programme", "period", "country")},
        }
    if entity == "partner":
        p, link = Partner.__table__, InitiativePartner.__table__
        used = (select(func.count(func.distinct(link.c.initiative_id))).where(link.c.partner_id == p.c.id)
                .scalar_subquery())
        return {
            "table": p, "from": p, "make": PartnerRow,
            "columns": [p.c.id, p.c.name, p.c.acronym, p.c.partner_type, p.c.country, used],
            "order": [p.c.name],
            "sort": {"name": (p.c.name, True), "acronym": (p.c.acronym, True), "type": (p.c.partner_type, True),
                     "country": (p.c.country, True), "initiatives": (used, False)},
            "filters": {"partner_type": lambda value: p.c.partner_type == value},
        }
    if entity == "knowledge_product":
        k, i = KnowledgeProduct.__table__, Initiative.__table__
        code = func.coalesce(i.c.code, "")
        return {
            "table": k, "from": k.outerjoin(i, i.c.id == k.c.initiative_id), "make": KnowledgeProductRow,
            "columns": [k.c.id, k.c.title, k.c.product_type, k.c.published_on, k.c.initiative_id, code, k.c.link],
            "order": [k.c.published_on.desc(), k.c.title],
            "sort": {"title": (k.c.title, True), "type": (k.c.product_type, True),
                     "published": (k.c.published_on, False), "initiative": (code, True), "link": (k.c.link, True)},
            "filters": {"product_type": lambda value: k.c.product_type == value},
        }
    raise KeyError(f"no long list of {entity!r}")


def _key_column(table: Any, dialect: str) -> Any:
    # SQLite: the rowid, which the search index (migration 0009) is keyed by, and the cheapest key to read 100k of.
    # PostgreSQL: the id as text (no UUID objects made for 100k keys).
    if dialect == "sqlite":
        return literal_column(f"{table.name}.rowid")
    return cast(table.c.id, String)


def _like_pattern(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _sqlite_found(conn: Any, entity: str, words: list[str], total: int,
                  cache: dict[Any, set[Any] | None] | None = None) -> set[Any] | None:
    """SQLite: the rowids of the records whose searchable text holds every word (None: every record). Words of
    three characters or more through the FTS5 trigram index (one MATCH of quoted phrases); shorter ones, which
    trigrams cannot find, by reading the index's own copy of the text (one short row per record, a fifth of the
    time of reading the records)."""
    cache = {} if cache is None else cache

    def remembered(sql: str, params: list[Any], counted: bool = False) -> set[Any] | None:
        # Typing "regeneration 12" asks for "regeneration" again with "1", then "12": the answers to the last few
        # questions are kept while the records do not change (the caller drops them when they do).
        if (sql, *params) not in cache:
            if len(cache) > 16:
                cache.clear()
            # A word most records hold ("city", "regeneration"): counting its matches in the index is cheap, and
            # when every record holds it nothing is read at all.
            every = counted and _scalars_sql(conn, sql.replace("SELECT rowid", "SELECT count(*)", 1),
                                             params)[0] == total
            cache[(sql, *params)] = None if every else set(_scalars_sql(conn, sql, params))
        return cache[(sql, *params)]

    found: set[Any] | None = None
    long = [w for w in words if len(w) >= 3]
    if long:
        phrases = " AND ".join('"' + w.replace('"', '""') + '"' for w in long)
        found = remembered(f"SELECT rowid FROM search_{entity} WHERE search_{entity} MATCH ?", [phrases],
                           counted=True)
    short = [w for w in words if len(w) < 3]
    if short and (found is None or found):
        where = " AND ".join("c0 LIKE ? ESCAPE '\\'" for _ in short)
        texts = remembered(f"SELECT id FROM search_{entity}_content WHERE {where}", [_like_pattern(w) for w in short])
        found = texts if found is None else found & texts  # type: ignore[operator]
    return found


def _search_condition(entity: str, word: str) -> Any:
    """PostgreSQL: records whose searchable text holds ``word``, through the pg_trgm index of migration 0010 on the
    stored lower-case text (``search_text``). The records that lack the word are those for which it ``IS NOT TRUE``
    (NULL for a product without an initiative)."""
    pattern = func.lower(_like_pattern(word))
    holds = literal_column(f"{entity}.search_text").like(pattern, escape="\\")
    if entity == "knowledge_product":
        # A product is also found by its initiative's code (as the short list searches the code it shows); the
        # list's query joins the initiative already.
        holds = or_(holds, func.lower(Initiative.__table__.c.code).like(pattern, escape="\\"))
    return holds


def _search_text(entity: str) -> Any:
    """PostgreSQL: the text ``_search_condition`` looks in, as one string: a word (never holding a space) is in it
    exactly when the condition holds."""
    if entity == "knowledge_product":
        return literal_column("coalesce(knowledge_product.search_text, '') || ' ' || "
                              "coalesce(lower(initiative.code), '')", String)
    return literal_column(f"coalesce({entity}.search_text, '')", String)


@dataclass
class _Found:
    """PostgreSQL: the records a search lets through: ``keys``, or (``out``) every record but ``keys``. An answer of
    at most ``LIST_REFINE_MAX`` records keeps each one's searchable text (``texts``): the next keystroke, which
    only narrows it ("regene" after "regen", "12 c" after "12"), is answered from them without the database."""

    keys: set[Any]
    out: bool = False
    texts: dict[Any, str] | None = None

    def both(self, other: _Found) -> _Found:
        if self.out and other.out:
            return _Found(self.keys | other.keys, out=True)
        if self.out:
            return other.both(self)
        keys = self.keys - other.keys if other.out else self.keys & other.keys
        texts = self.texts if self.texts is not None else other.texts
        return _Found(keys, texts=None if texts is None else {k: texts[k] for k in keys})

    def kept(self, order: list[Any]) -> list[Any]:
        """The keys of ``order`` let through, in that order."""
        if self.out:
            return list(itertools.filterfalse(self.keys.__contains__, order)) if self.keys else order
        return list(filter(self.keys.__contains__, order))


#: PostgreSQL: answers of at most this many records keep their records' searchable text (``_Found.texts``).
LIST_REFINE_MAX = 20_000


def _postgres_found(conn: Any, spec: dict[str, Any], entity: str, words: list[str], filters: list[Any], key: Any,
                    cache: dict[Any, Any]) -> _Found | None:
    """PostgreSQL: the keys the search and filters let through (None: every record), a word at a time. A keystroke
    changes one word: the other words' answers are remembered (``cache``), and the new one is answered

    - from the texts of a few records already found, when the word narrows them: a longer word than one answered
      ("regene" after "regen"), or another word among the records the others let through ("12 c");
    - else by the database, through the index, asking first for the side that is likely the smaller: the records
      that lack the word when every shorter word it holds was in nearly every record (or, knowing none, it is one or
      two characters: "r", "ci"), else the records that hold it (with their texts when they are few); the other
      side only when that one is not small. A word every record holds reads no key at all. A word of one or two
      characters likely in most records (no trigram finds it: the table is read whole either way) is answered by one
      read of the records that lack it, however many."""
    source = spec["from"]
    answers: dict[str, _Found] = {}
    for word in dict.fromkeys(words):
        if ("pg", entity, word) in cache:
            answers[word] = cache[("pg", entity, word)]
    found: _Found | None = None
    for known in answers.values():
        found = known if found is None else found.both(known)
    for word in dict.fromkeys(words):
        if word in answers:
            continue
        if found is not None and not found.out and not found.keys:
            return found
        shorter = [answer for asked, answer in cache.items()
                   if asked[:2] == ("pg", entity) and asked[2] in word]
        narrower = [answer for answer in [*shorter, *([found] if found is not None else [])]
                    if answer.texts is not None]
        if narrower:
            among = min(narrower, key=lambda a: len(a.keys))
            lowered = _pg_lower(conn, cache, word)
            assert among.texts is not None
            keys = {k for k, text in among.texts.items() if lowered in text}
            answer = _Found(keys, texts={k: among.texts[k] for k in keys})
            if among is not found:  # the word's own answer (among a shorter word's records): remembered
                _remember(cache, entity, word, answer)
            found = answer if found is None else found.both(answer)
            continue
        condition = _search_condition(entity, word)
        lacking = select(key.label("key")).select_from(source).where(condition.is_not(true()))
        holding = select(key.label("key"), _search_text(entity)).select_from(source).where(condition)
        broad = (all(a.out and len(a.keys) <= LIST_REFINE_MAX for a in shorter) if shorter
                 else len(word) <= 2)
        if broad and len(word) <= 2:
            # No trigram in it: whichever side is asked for, the table is read whole. One read of the records
            # that lack it, however many (a digit: about half), rather than a first try and then the other side.
            answer = _Found(set(_aggregated(conn, lacking)), out=True)
        elif broad:
            without = _aggregated(conn, lacking.limit(LIST_REFINE_MAX + 1))
            if len(without) <= LIST_REFINE_MAX:
                answer = _Found(set(without), out=True)
            else:
                answer = _Found(set(_aggregated(conn, holding.with_only_columns(key.label("key")))))
        else:
            rows = _tuples(conn, holding.limit(LIST_REFINE_MAX + 1))
            if len(rows) <= LIST_REFINE_MAX:
                answer = _Found({k for k, _ in rows}, texts=dict(rows))
            else:
                answer = _Found(set(_aggregated(conn, lacking)), out=True)
        _remember(cache, entity, word, answer)
        found = answer if found is None else found.both(answer)
    if filters and (found is None or found.out or found.keys):
        filtered = _Found(set(_scalars(conn, select(key).select_from(source).where(*filters))))
        found = filtered if found is None else found.both(filtered)
    if found is not None and found.out and not found.keys:
        return None
    return found


def _remember(cache: dict[Any, Any], entity: str, word: str, answer: _Found) -> None:
    if len(cache) > 16:
        cache.clear()
    cache[("pg", entity, word)] = answer


def _pg_lower(conn: Any, cache: dict[Any, Any], word: str) -> str:
    """The word as the server lower-cases it (its case folding, not Python's: the same as the SQL search)."""
    if ("lower", word) not in cache:
        cache[("lower", word)] = conn.exec_driver_sql("SELECT lower(%(word)s)", {"word": word}).scalar()
    return cache[("lower", word)]


def _aggregated(conn: Any, statement: Any) -> list[str]:
    """The keys ``statement`` selects (as its column ``key``), read as one string: many keys at a fraction of the
    time of a row each (PostgreSQL; the keys are UUIDs, without commas)."""
    keys = statement.subquery()
    joined = _scalars(conn, select(func.string_agg(keys.c.key, literal(","))))[0]
    return joined.split(",") if joined else []


def _both(one: set[Any] | None, other: set[Any] | None) -> set[Any] | None:
    """Records in both answers (None: every record)."""
    if one is None:
        return other
    return one if other is None else one & other


def _matching(conn: Any, spec: dict[str, Any], query: ListQuery, key: Any, total: int,
              cache: dict[Any, Any] | None) -> set[Any] | _Found | None:
    """The keys of the records the search and filters let through, in no order (None: every record)."""
    entity = query.entity
    words = query.search.split()
    filters = [spec["filters"][name](value) for name, value in query.filters if value not in (None, "")]
    if not words and not filters:
        return None
    if conn.dialect.name != "sqlite":
        return _postgres_found(conn, spec, entity, words, filters, key, {} if cache is None else cache)
    found: set[Any] | None = None
    if words and entity == "knowledge_product":
        i, k = Initiative.__table__, KnowledgeProduct.__table__
        for word in words:
            these = _sqlite_found(conn, entity, [word], total, cache)
            if these is not None:
                these = these | set(_scalars(conn, select(key).select_from(k.join(i, i.c.id == k.c.initiative_id))
                                             .where(i.c.code.like(_like_pattern(word), escape="\\"))))
            found = _both(found, these)
    elif words:
        found = _sqlite_found(conn, entity, words, total, cache)
    if filters and (found is None or found):
        found = _both(found, set(_scalars(conn, select(key).select_from(spec["from"]).where(*filters))))
    return found


def _order_by(spec: dict[str, Any], query: ListQuery, conn: Any) -> list[Any]:
    """The order of a short list's sort (``desktop.ui.models.RowTableModel.sort``): empty values last (first when
    descending), text without regard to case, code-list columns by the label shown; ties in the list's own order."""
    table = spec["table"]
    own = [*spec["order"], literal_column(f"{table.name}.rowid") if conn.dialect.name == "sqlite" else table.c.id]
    if query.sort is None or query.sort not in spec["sort"]:
        return own
    column, is_text = spec["sort"][query.sort]
    labels = dict(query.labels)
    if labels:
        # Codes ranked by their labels, for the codes the list holds: one small CASE rather than a join.
        used = [code for (code,) in conn.execute(select(column).distinct()) if code not in (None, "")]
        ranked = sorted(used, key=lambda code: (labels.get(code, code).casefold(), code))
        value = case({code: n for n, code in enumerate(ranked)}, value=column, else_=len(ranked))
    elif is_text:
        value = func.lower(column)
    else:
        value = column
    empty = case((_empty(column, is_text), 1), else_=0)
    if query.descending:
        return [empty.desc(), value.desc(), *own]
    return [empty, value, *own]


def _scalars(conn: Any, statement: Any) -> list[Any]:
    return [row[0] for row in _tuples(conn, statement)]


def _tuples(conn: Any, statement: Any) -> list[tuple[Any, ...]]:
    # 100k keys: the driver's own rows, without a SQLAlchemy Row for each (half the time of .scalars().all()).
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    if conn.dialect.name == "postgresql":
        params = {name: params[name] for name in compiled.positiontup} if compiled.positiontup else params
    cursor = conn.connection.driver_connection.cursor()
    try:
        if conn.dialect.paramstyle == "qmark":
            cursor.execute(str(compiled), [params[name] for name in compiled.positiontup or ()])
        else:
            cursor.execute(str(compiled), params)
        return cursor.fetchall()
    finally:
        cursor.close()


def _scalars_sql(conn: Any, sql: str, params: list[Any]) -> list[Any]:
    cursor = conn.connection.driver_connection.cursor()
    try:
        return [row[0] for row in cursor.execute(sql, params).fetchall()]
    finally:
        cursor.close()


def list_window(store: Store, query: ListQuery, order: list[Any] | None = None,
                reselect: uuid.UUID | None = None, cache: dict[Any, Any] | None = None) -> ListWindow:
    """What a long list shows for ``query``: the keys of the records it shows, in order, the rows of the first
    page, and the position of ``reselect`` (-1: not shown).

    ``order`` is the list's order for this sort from an earlier window (``ListWindow.order``), while the records
    have not changed: a keystroke in the search field then asks the database only which records match (through the
    index, in no order, the cheap question) and keeps that order's keys that do. ``cache`` (a dict the caller
    keeps, and empties when the records change) remembers the last answers of the index, for the next keystroke."""
    spec = _list_spec(query.entity)
    table = spec["table"]
    with store.engine.connect() as conn:
        dialect = conn.dialect.name
        key = _key_column(table, dialect)
        if order is None:
            order = _scalars(conn, select(key).select_from(spec["from"]).order_by(*_order_by(spec, query, conn)))
        total = len(order)
        matching = _matching(conn, spec, query, key, total, cache)
        if matching is None:
            keys = order
        elif isinstance(matching, _Found):
            keys = matching.kept(order)
        else:
            keys = [k for k in order if k in matching]
        position = -1
        if reselect is not None:
            found = (conn.execute(select(key).where(table.c.id == reselect)).scalar()
                     if dialect == "sqlite" else str(reselect))
            if found is not None:
                try:
                    position = keys.index(found)
                except ValueError:
                    position = -1
        wanted = keys[:LIST_PAGE]
        if position >= LIST_PAGE:  # the page of the record to select too: it shows at once, with its id
            first = position - position % LIST_PAGE
            wanted = [*wanted, *keys[first:first + LIST_PAGE]]
        rows = _rows_of(conn, spec, wanted, dialect)
    return ListWindow(query, keys, rows, total, position, order, reselect)


def list_rows(store: Store, entity: str, keys: Sequence[Any]) -> dict[Any, Any]:
    """The rows of a long list with these keys (from :func:`list_window`), by key; a record deleted meanwhile is
    not there."""
    spec = _list_spec(entity)
    with store.engine.connect() as conn:
        return _rows_of(conn, spec, keys, conn.dialect.name)


def list_key(store: Store, entity: str, record_id: uuid.UUID) -> Any:
    """The key of one record in a long list (None: there is no such record)."""
    table = ENTITY_TYPES[entity].__table__
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            found = conn.execute(select(table.c.id).where(table.c.id == record_id)).scalar()
            return None if found is None else str(found)
        return conn.execute(select(_key_column(table, "sqlite")).where(table.c.id == record_id)).scalar()


def _rows_of(conn: Any, spec: dict[str, Any], keys: Sequence[Any], dialect: str) -> dict[Any, Any]:
    if not keys:
        return {}
    table = spec["table"]
    key = _key_column(table, dialect)
    where = key.in_(list(keys)) if dialect == "sqlite" else table.c.id.in_([uuid.UUID(k) for k in keys])
    make = spec["make"]
    return {row[0]: make(*row[1:]) for row in conn.execute(
        select(key, *spec["columns"]).select_from(spec["from"]).where(where)).all()}


# -------------------------------------------------------------------------------------------------------------
# One record


def entity_class(entity: str) -> type[Record]:
    try:
        return ENTITY_TYPES[entity]
    except KeyError:
        raise KeyError(f"unknown entity {entity!r}") from None


def editable_fields(entity: str) -> tuple[str, ...]:
    names = tuple(spec.name for spec in rules.FIELDS[entity])
    return (*names, "partner_links") if entity == "initiative" else names


def _values_of(obj: Record) -> dict[str, Any]:
    values = obj.as_dict()
    out = {name: values.get(name) for name in editable_fields(obj.entity) if name != "partner_links"}
    if isinstance(obj, Initiative):
        out["sdg_targets"] = frozenset(obj.sdg_targets)
        out["partner_links"] = tuple(sorted((link.partner_id, link.role) for link in obj.partner_links))
    return out


def get_record(store: Store, entity: str, record_id: uuid.UUID) -> dict[str, Any]:
    """The editable values of one record (what an editor shows and what undo puts back)."""
    with store.read_session() as session:
        obj = session.get(entity_class(entity), record_id)
        if obj is None:
            raise RecordNotFound(f"no {entity} with id {record_id}")
        return _values_of(obj)


def record_place(store: Store, entity: str, record_id: uuid.UUID) -> dict[str, Any]:
    """Where a record is shown: its initiative, period and reach (the pages pick these before the record opens)."""
    with store.engine.connect() as conn:
        table = entity_class(entity).__table__
        columns = [table.c[name] for name in ("initiative_id", "period", "reach_type") if name in table.c]
        row = conn.execute(select(*columns).where(table.c.id == record_id)).first() if columns else None
    return dict(row._mapping) if row is not None else {}


def office_defaults(country: str | None) -> dict[str, str]:
    """What an office in ``country`` most likely uses: its currency (CLDR, through babel) and the first of its
    official languages that packages are written in (English when none is). Offered, never forced."""
    import pycountry
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    found = pycountry.countries.get(alpha_3=country) if isinstance(country, str) and len(country) == 3 else None
    if found is None:
        return {}
    out: dict[str, str] = {}
    currencies = reference.code_list("currencies").codes()
    for code in get_territory_currencies(found.alpha_2):
        if code in currencies:
            out["currency"] = code
            break
    languages = reference.code_list("languages").codes()
    # An official language in law first; else the country's main language in fact (Spanish in Mexico), never a
    # second de-facto one (Russian in Ukraine); else English.
    official = [code for code in get_official_languages(found.alpha_2) if code in languages]
    main = get_official_languages(found.alpha_2, de_facto=True)[:1]
    out["language"] = (official or [code for code in main if code in languages] or ["en"])[0]
    return out


def new_funding_values(store: Store, initiative_id: uuid.UUID, office_currency: str | None,
                       today: dt.date | None = None) -> dict[str, Any]:
    """A new funding line of an initiative starts as its latest line left off (funder, source, modality, currency
    and its rate), dated today: the next line of the same grant is a few keys away. The first line of an
    initiative: a pledge in the office's currency at the office's latest rate for it, bilateral, earmarked."""
    f = FundingLine.__table__
    with store.engine.connect() as conn:
        last = conn.execute(select(f.c.funder_id, f.c.source_type, f.c.modality, f.c.currency, f.c.usd_rate)
                            .where(f.c.initiative_id == initiative_id)
                            .order_by(f.c.created_at.desc()).limit(1)).first()
        rate = None
        if last is None and office_currency:  # a new initiative: the office's latest rate for its currency
            rate = conn.scalar(select(f.c.usd_rate).where(f.c.currency == office_currency)
                               .order_by(f.c.created_at.desc()).limit(1))
    values: dict[str, Any] = {"transaction_type": "pledge", "transaction_date": today or dt.date.today(),
                              "currency": office_currency, "source_type": "bilateral", "modality": "earmarked"}
    if last is not None:
        values.update(last._mapping)
    elif rate is not None:
        values["usd_rate"] = rate
    return values


def office_profile(store: Store) -> dict[str, Any] | None:
    """The values of the store's office profile, with its id; ``None`` before the first-run wizard."""
    with store.read_session() as session:
        office = session.scalars(select(Office).order_by(Office.created_at).limit(1)).first()
        if office is None:
            return None
        return {"id": office.id, **_values_of(office)}


def _context(session: Any, entity: str, values: Mapping[str, Any]) -> rules.Context:
    known: dict[str, set[uuid.UUID]] = {}
    for name, target in rules.REFERENCES.get(entity, {}).items():
        value = values.get(name)
        if isinstance(value, uuid.UUID):
            cls = entity_class(target)
            found = session.scalar(select(cls.id).where(cls.id == value))
            known.setdefault(target, set()).update({found} if found else set())
    dates: dict[uuid.UUID, tuple[dt.date | None, dt.date | None]] = {}
    if entity == "beneficiary_count" and isinstance(values.get("initiative_id"), uuid.UUID):
        row = session.execute(select(Initiative.start_date, Initiative.end_date).where(
            Initiative.id == values["initiative_id"])).first()
        if row is not None:
            dates[values["initiative_id"]] = (row[0], row[1])
    return rules.Context(known_ids=known or None, initiative_dates=dates)


def validate(entity: str, raw: Mapping[str, Any]) -> tuple[dict[str, Any], list[rules.Problem]]:
    """Typed values and every problem the rules find without the store (what an editor shows as the user types)."""
    values, problems = rules.coerce(entity, raw)
    typed_fields = {p.field for p in problems}
    problems += [p for p in rules.check(entity, values) if p.field not in typed_fields]
    return values, problems


def save_record(
    store: Store, entity: str, raw: Mapping[str, Any], record_id: uuid.UUID | None = None, *, user: str | None = None,
) -> SaveResult:
    """Create or update one record from a values dict after asking the rules.

    Fields absent from ``raw`` keep their stored value. An initiative may carry ``partner_links``: (partner id, role)
    pairs that replace its links. A new record may be given the id of a deleted one (undoing a delete): it comes back
    with a revision above its tombstone's, and the tombstone goes.
    Raises ``ValidationFailed`` when the rules find an error; warnings are returned.
    """
    cls = entity_class(entity)
    links = raw.get("partner_links") if entity == "initiative" else None
    with store.session(user=user) as session:
        obj = session.get(cls, record_id) if record_id is not None else None
        before = _values_of(obj) if obj is not None else None
        current = dict(before or {})
        current.pop("partner_links", None)
        values, problems = rules.coerce(entity, {k: v for k, v in raw.items() if k != "partner_links"})
        values = _empty_text_as_stored(cls, entity, values)
        merged = {**current, **values}
        if entity == "funding_line" and merged.get("amount_usd") is None and isinstance(merged.get("amount"), Decimal) \
                and isinstance(merged.get("usd_rate"), Decimal) and merged["usd_rate"] > 0:
            merged["amount_usd"] = rules.usd_amount(merged["amount"], merged["usd_rate"])
        typed_fields = {p.field for p in problems}
        problems += [p for p in rules.check(entity, {**merged, "id": record_id} if record_id else merged,
                                            context=_context(session, entity, merged)) if p.field not in typed_fields]
        link_values: list[tuple[uuid.UUID, str]] = []
        if links is not None:
            for partner_id, role in links:
                link_typed, link_problems = rules.coerce("initiative_partner", {"partner_id": partner_id, "role": role})
                link_typed["initiative_id"] = record_id or uuid.uuid4()
                link_problems += rules.check("initiative_partner", link_typed,
                                             context=_context(session, "initiative_partner", link_typed))
                problems += [p for p in link_problems if p.field != "initiative_id"]
                link_values.append((link_typed["partner_id"], link_typed["role"]))
        errors = [p for p in problems if p.is_error]
        if errors:
            raise ValidationFailed(problems)
        created = obj is None
        if obj is None:
            obj = cls(id=record_id) if record_id is not None else cls()
            tomb = session.get(Tombstone, (entity, obj.id))
            if tomb is not None:
                obj.revision = tomb.revision + 1
                session.delete(tomb)
            session.add(obj)
        for name in editable_fields(entity):
            if name in ("partner_links",) or name not in merged:
                continue
            if name == "sdg_targets":
                obj.set_sdg_targets(sorted(merged[name] or ()))  # type: ignore[attr-defined]
            else:
                setattr(obj, name, merged[name])
        if links is not None and isinstance(obj, Initiative):
            _replace_links(session, obj, link_values)
        try:
            session.flush()
        except IntegrityError as exc:
            if "UNIQUE" in str(exc.orig).upper() or "duplicate key" in str(exc.orig):
                raise Conflict(f"another {entity} already has these keys") from exc
            raise
        return SaveResult(entity, obj.id, created, obj.revision, [p for p in problems if not p.is_error], before,
                          _values_of(obj))


def save_records(store: Store, items: Sequence[tuple[str, uuid.UUID | None, Mapping[str, Any] | None]], *,
                 user: str | None = None, progress: Progress | None = None) -> list[SaveResult]:
    """Several saves, one after the other (a grid's changed rows); ``None`` values delete the record (a row the
    user emptied). Stops at the first one the rules refuse."""
    out = []
    for n, (entity, record_id, raw) in enumerate(items):
        if raw is None:
            if record_id is None:
                continue
            deleted = delete_record(store, entity, record_id, user=user)
            out.append(SaveResult(entity, record_id, False, 0, [], deleted[0].before, None))
        else:
            out.append(save_record(store, entity, raw, record_id, user=user))
        _check(progress, n + 1, len(items))
    return out


def _empty_text_as_stored(cls: type[Record], entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """The rules read empty text as "no value" (None); a text column that may not be NULL stores it as ""."""
    columns = cls.__table__.c
    out = dict(values)
    for name, value in values.items():
        if value is None and name in columns and not columns[name].nullable \
                and rules.field_spec(entity, name).kind is rules.Kind.TEXT:
            out[name] = ""
    return out


def _replace_links(session: Any, initiative: Initiative, wanted: list[tuple[uuid.UUID, str]]) -> None:
    wanted_set = set(wanted)
    for link in list(initiative.partner_links):
        if (link.partner_id, link.role) not in wanted_set:
            initiative.partner_links.remove(link)
            session.delete(link)
    have = {(link.partner_id, link.role) for link in initiative.partner_links}
    for partner_id, role in wanted:
        if (partner_id, role) not in have:
            initiative.partner_links.append(InitiativePartner(partner_id=partner_id, role=role))
            have.add((partner_id, role))


@dataclass(frozen=True)
class Change:
    """One record's state before and after a user action (``None``: the record does not exist)."""

    entity: str
    record_id: uuid.UUID
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def delete_record(store: Store, entity: str, record_id: uuid.UUID, *, user: str | None = None) -> list[Change]:
    """Delete one record, leaving a tombstone, and return every change it made, the record first, so that the
    delete can be undone: an initiative takes its beneficiary counts and funding lines with it, and its knowledge
    products lose their link; a partner takes its initiative links, and its funding lines lose their funder.

    Links are cleared here, through the session, rather than left to the database's ``ON DELETE SET NULL``, so
    that they get a revision and a line of history like any other change.
    """
    with store.session(user=user) as session:
        obj = session.get(entity_class(entity), record_id)
        if obj is None:
            raise RecordNotFound(f"no {entity} with id {record_id}")
        changes = [Change(entity, record_id, _values_of(obj), None)]
        unlinked: list[tuple[Record, str]] = []
        if isinstance(obj, Initiative):
            for child in (*obj.beneficiary_counts, *obj.funding_lines):
                changes.append(Change(child.entity, child.id, _values_of(child), None))
            products = session.scalars(select(KnowledgeProduct).where(KnowledgeProduct.initiative_id == record_id))
            unlinked += [(product, "initiative_id") for product in products]
        if isinstance(obj, Partner):
            for link in obj.initiative_links:
                changes.append(Change(link.entity, link.id, _values_of(link), None))
            lines = session.scalars(select(FundingLine).where(FundingLine.funder_id == record_id))
            unlinked += [(line, "funder_id") for line in lines]
        for other, name in unlinked:
            before = _values_of(other)
            setattr(other, name, None)
            changes.append(Change(other.entity, other.id, before, {**before, name: None}))
        session.flush()
        session.delete(obj)
        return changes


def tombstone(store: Store, entity: str, record_id: uuid.UUID) -> tuple[int, dt.datetime] | None:
    """The revision and time of a deleted record's tombstone, if it was deleted."""
    with store.read_session() as session:
        tomb = session.get(Tombstone, (entity, record_id))
        return (tomb.revision, tomb.deleted_at) if tomb is not None else None


def apply_state(store: Store, entity: str, record_id: uuid.UUID, values: dict[str, Any] | None, *,
                user: str | None = None) -> SaveResult | None:
    """Make one record hold ``values`` (``None``: deleted). Undo and redo go through here, and through the rules."""
    if values is None:
        try:
            delete_record(store, entity, record_id, user=user)
        except RecordNotFound:
            pass
        return None
    return save_record(store, entity, values, record_id, user=user)


def history(store: Store, entity: str, record_id: uuid.UUID) -> list[HistoryEntry]:
    """Who changed what and when, newest first."""
    c = ChangeLog.__table__
    statement = (select(c.c.changed_at, c.c.changed_by, c.c.action, c.c.field, c.c.old_value, c.c.new_value,
                        c.c.revision)
                 .where(c.c.entity == entity, c.c.record_id == record_id).order_by(c.c.id.desc()))
    with store.engine.connect() as conn:
        return [HistoryEntry(*row) for row in conn.execute(statement)]


def summary(store: Store) -> Summary:
    """Record counts and the portfolio figures the summary page shows: the same figures as the Dashboard's."""
    from desktop.core.kpi import people_counted

    with store.engine.connect() as conn:
        counts = {
            cls.entity: conn.execute(select(func.count()).select_from(cls.__table__)).scalar_one()
            for cls in (Initiative, Partner, BeneficiaryCount, FundingLine, KnowledgeProduct)
        }
        i = Initiative.__table__
        by_status = dict(conn.execute(select(i.c.status, func.count()).group_by(i.c.status)).all())
        f = FundingLine.__table__
        # amount_usd is db.types.MinorUnits: the database adds up integer cents and SQLAlchemy hands the sum back
        # through the column's type, already in dollars (Decimal). Scaling it again showed 1/100 of the figure.
        summed = dict(conn.execute(select(f.c.transaction_type, func.sum(f.c.amount_usd))
                                   .group_by(f.c.transaction_type)).all())
        usd = {item.code: summed.get(item.code) or Decimal("0.00")
               for item in reference.code_list("transaction_types").items}  # pledge → expenditure
        usd.update({code: value or Decimal("0.00") for code, value in summed.items() if code not in usd})
        b = BeneficiaryCount.__table__
        direct = b.c.reach_type == "direct"
        reached = dict(conn.execute(select(b.c.period, func.coalesce(func.sum(b.c.reached_total), 0)).where(direct)
                                    .group_by(b.c.period).order_by(b.c.period)).all())
        targeted = dict(conn.execute(select(b.c.period, func.coalesce(func.sum(b.c.targeted_total), 0)).where(direct)
                                     .group_by(b.c.period).order_by(b.c.period)).all())
        tombstones = conn.execute(select(func.count()).select_from(Tombstone.__table__)).scalar_one()
        office = conn.execute(select(Office.__table__.c.code, Office.__table__.c.name).limit(1)).first()
        people = people_counted(conn)
    return Summary(office[0] if office else None, office[1] if office else "", counts, by_status, usd, reached,
                   targeted, tombstones, people.direct["reached"]["total"], people.direct["targeted"]["total"])


def build_demo_office(store: Store, office_code: str | None = None) -> str:
    """Fill an empty store with a demo office (the first-run choice "explore the demo office")."""
    from desktop.core.demo import DEFAULT_DEMO, build_demo

    return build_demo(store, office_code or DEFAULT_DEMO).code


# -------------------------------------------------------------------------------------------------------------
# Backups of the data file


def backups_folder(sqlite_path: Path) -> Path:
    return backups_dir(sqlite_path)


def list_backups(sqlite_path: Path) -> list[Path]:
    """The backups of a data file, newest first."""
    folder = backups_dir(sqlite_path)
    if not folder.exists():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def back_up(store: Store) -> Path:
    """A consistent copy of the data file in its backups folder."""
    if store.path is None:
        raise ValueError("only a data file can be backed up")
    return backup_sqlite(store.engine, store.path, reason="manual")


def restore_backup(store: Store, backup: Path) -> Store:
    """Put a backup in place of the data file, check it and bring it to the current schema; returns the store.

    The current file is backed up first and put back if the backup is unreadable. The store keeps its engine and
    its file lock: the lock belongs to the thread that opened the store, so the worker thread that runs this must
    not close and reopen it.
    """
    from db.migrate import current_revision, head_revision, upgrade

    path = store.path
    if path is None:
        raise ValueError("only a data file can be restored")
    safety = backup_sqlite(store.engine, path, reason="before-restore")
    store.engine.dispose()
    restore_sqlite(backup, path)
    try:
        with store.engine.connect() as conn:
            check = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
            revision = current_revision(conn)
        if check != ["ok"]:
            raise ValueError(f"{backup.name} is damaged ({check[0]})")
        if revision != head_revision():
            upgrade(store.engine)
    except Exception:
        store.engine.dispose()
        restore_sqlite(safety, path)
        raise
    profile = office_profile(store)
    store.office_code = profile["code"] if profile else None
    return store


def create_office(store: Store, raw: Mapping[str, Any]) -> SaveResult:
    """The first-run wizard's office profile; the store then belongs to that office."""
    result = save_record(store, "office", raw)
    store.office_code = str(rules.coerce("office", raw)[0].get("code"))
    return result


def bulk_initiatives(store: Store, n: int, office_code: str = "BENCH", progress: Progress | None = None) -> None:
    """``n`` synthetic initiatives, inserted with Core (for benchmarks and load tests, not for offices)."""
    t = Initiative.__table__
    statuses = ("pipeline", "active", "completed", "suspended")
    countries = ("KEN", "MEX", "UKR", "SOM", "VNM", "CUB", "SAU", "COL")
    now = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    with store.engine.begin() as conn:
        for start in range(0, n, CHUNK):
            rows = [
                {"id": uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{office_code}/{k}"), "revision": 1, "created_at": now,
                 "updated_at": now, "office_code": office_code, "code": f"B-{k:06d}",
                 "title": f"Neighbourhood regeneration {k} — public space and housing",
                 "description": "", "status": statuses[k % 4], "start_date": dt.date(2018 + k % 6, 1 + k % 12, 1),
                 "end_date": dt.date(2025 + k % 3, 12, 31) if k % 3 else None, "country": countries[k % 8],
                 "admin1": "", "locality": f"City {k % 97}", "flagship_code": f"FP{1 + k % 5}",
                 "subprogramme_code": f"SP{1 + k % 4}", "outcome_code": None, "crisis_context": "none"}
                for k in range(start, min(n, start + CHUNK))
            ]
            conn.execute(t.insert(), rows)
            _check(progress, min(n, start + CHUNK), n)


def delete_all_bench(store: Store, office_code: str = "BENCH") -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(Initiative.__table__).where(Initiative.__table__.c.office_code == office_code))
