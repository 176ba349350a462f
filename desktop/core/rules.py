"""The one rules module: what makes a record valid.

The entry forms, the package validator and the importer all ask this module and keep no copy of their own.
Records are plain mappings of field name → value. :func:`coerce` turns raw input (text from a form or a cell) into
typed values, reporting type problems; :func:`check` applies the rules to typed values. Both return ``Problem``s:
structured (entity, record id, field, code, severity) with an English message template that the UI translates.
"""

from __future__ import annotations

import datetime as dt
import difflib
import operator
import re
import unicodedata
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from db import reference
from db.models import AGE_PARTS, SEX_PARTS
from db.types import uuid_of
from desktop.core import i18n
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.periods import PeriodError, parse_period

#: Excel refuses longer cell text; nothing longer may be stored, or a package could not carry it.
MAX_TEXT = 32_767


class Severity(StrEnum):
    ERROR = "error"  # blocks saving, rejects a package row
    WARNING = "warning"  # shown, never blocks


@dataclass(frozen=True, slots=True)
class Problem:
    entity: str
    record_id: str | None
    field: str | None
    code: str
    severity: Severity
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The message in the chosen language (:mod:`desktop.core.i18n`), its words (a field's label, "reached",
        "age band", "a country code") translated with it; codes, numbers and typed values stay as they are."""
        return self.render()

    def render(self, quote: Callable[[str], Any] | None = None) -> str:
        """:attr:`message`, with each typed text value passed through ``quote`` (the UI's quotation marks)."""
        params = {}
        for key, value in self.params.items():
            if key == "meaning" and "code_list" in self.params:
                value = i18n.code_label(self.params["code_list"], self.params["code"])
            elif key in _WORD_PARAMS and isinstance(value, str):
                value = _WORD_PARAMS[key](value)
            elif quote is not None and isinstance(value, str):
                value = quote(value)
            params[key] = value
        return translate("rules", self.template).format(**params)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    UUID = "uuid"
    CODE = "code"
    CODES = "codes"  # a set of codes, written space-separated


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    required: bool = False
    code_list: str | None = None
    max_length: int | None = None
    label: str = ""  # English source label; the UI and the package translate it
    signed: bool = False  # a whole number that may be below zero (a revision: its own record rule says how far)


def _f(name: str, kind: Kind = Kind.TEXT, label: str = "", **kw: Any) -> FieldSpec:
    return FieldSpec(name, kind, label=label or name.replace("_", " ").capitalize(), **kw)


#: Fields every exchanged record carries (see db.models.Record).
IDENTITY_FIELDS: tuple[FieldSpec, ...] = (
    _f("id", Kind.UUID, QT_TRANSLATE_NOOP("rules", "Record id"), required=True),
    _f("revision", Kind.INT, QT_TRANSLATE_NOOP("rules", "Revision"), required=True, signed=True),
    _f("created_at", Kind.DATETIME, QT_TRANSLATE_NOOP("rules", "Created (UTC)"), required=True),
    _f("updated_at", Kind.DATETIME, QT_TRANSLATE_NOOP("rules", "Updated (UTC)"), required=True),
    _f("office_code", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Office"), required=True, max_length=16),
)

#: The count fields' labels, written out so that each is a message of its own to translate.
_COUNT_LABELS = {
    "targeted_total": QT_TRANSLATE_NOOP("rules", "Targeted: total"),
    "targeted_female": QT_TRANSLATE_NOOP("rules", "Targeted: female"),
    "targeted_male": QT_TRANSLATE_NOOP("rules", "Targeted: male"),
    "targeted_other": QT_TRANSLATE_NOOP("rules", "Targeted: other"),
    "targeted_children": QT_TRANSLATE_NOOP("rules", "Targeted: children"),
    "targeted_youth": QT_TRANSLATE_NOOP("rules", "Targeted: youth"),
    "targeted_adults": QT_TRANSLATE_NOOP("rules", "Targeted: adults"),
    "targeted_older": QT_TRANSLATE_NOOP("rules", "Targeted: older"),
    "targeted_pwd": QT_TRANSLATE_NOOP("rules", "Targeted: pwd"),
    "reached_total": QT_TRANSLATE_NOOP("rules", "Reached: total"),
    "reached_female": QT_TRANSLATE_NOOP("rules", "Reached: female"),
    "reached_male": QT_TRANSLATE_NOOP("rules", "Reached: male"),
    "reached_other": QT_TRANSLATE_NOOP("rules", "Reached: other"),
    "reached_children": QT_TRANSLATE_NOOP("rules", "Reached: children"),
    "reached_youth": QT_TRANSLATE_NOOP("rules", "Reached: youth"),
    "reached_adults": QT_TRANSLATE_NOOP("rules", "Reached: adults"),
    "reached_older": QT_TRANSLATE_NOOP("rules", "Reached: older"),
    "reached_pwd": QT_TRANSLATE_NOOP("rules", "Reached: pwd"),
}
_COUNT_FIELDS = tuple(
    _f(f"{kind}_{part}", Kind.INT, _COUNT_LABELS[f"{kind}_{part}"])
    for kind in ("targeted", "reached")
    for part in ("total", *SEX_PARTS, *AGE_PARTS, "pwd")
)

#: Words a message is made of, besides its template: translated with it.
_WORDS = (QT_TRANSLATE_NOOP("rules", "targeted"), QT_TRANSLATE_NOOP("rules", "reached"),
          QT_TRANSLATE_NOOP("rules", "sex and age band"),
          # {status} of "An {status} initiative…", {target} of "No {target} with id…", {type} of "Name the funder of
          # a {type}": the codes, as the English sentences say them
          QT_TRANSLATE_NOOP("rules", "active"), QT_TRANSLATE_NOOP("rules", "completed"),
          QT_TRANSLATE_NOOP("rules", "initiative"), QT_TRANSLATE_NOOP("rules", "partner"),
          QT_TRANSLATE_NOOP("rules", "pledge"), QT_TRANSLATE_NOOP("rules", "commitment"),
          QT_TRANSLATE_NOOP("rules", "incoming"), QT_TRANSLATE_NOOP("rules", "expenditure"))


def _word(text: str) -> str:
    return translate("rules", text)


_WORD_PARAMS: dict[str, Callable[[str], str]] = {
    "kind": _word, "what": _word, "other": _word, "noun": _word, "label": _word, "status": _word, "target": _word,
    "type": _word}

#: What each entity holds beyond its identity, in the order people read it.
FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "office": (
        _f("code", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Office code"), required=True, max_length=16),
        _f("name", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Office name"), required=True, max_length=200),
        _f("country", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Country"), required=True, code_list="countries"),
        _f("region", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Region"), required=True, code_list="regions"),
        _f("currency", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Default currency"), required=True, code_list="currencies"),
        _f("language", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Language of its packages"), required=True, code_list="languages"),
    ),
    "initiative": (
        _f("code", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Code"), required=True, max_length=40),
        _f("title", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Title"), required=True, max_length=500),
        _f("description", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Description"), max_length=MAX_TEXT),
        _f("status", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Status"), required=True, code_list="initiative_statuses"),
        _f("start_date", Kind.DATE, QT_TRANSLATE_NOOP("rules", "Start date")),
        _f("end_date", Kind.DATE, QT_TRANSLATE_NOOP("rules", "End date")),
        _f("country", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Country"), required=True, code_list="countries"),
        _f("admin1", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Admin area (level 1)"), max_length=200),
        _f("locality", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "City or locality"), max_length=200),
        _f("flagship_code", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Flagship programme"), code_list="flagship_programmes"),
        _f("subprogramme_code", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Subprogramme"), code_list="subprogrammes"),
        _f("outcome_code", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Flagship outcome"), code_list="flagship_outcomes"),
        _f("crisis_context", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Crisis context"), required=True, code_list="crisis_contexts"),
        _f("sdg_targets", Kind.CODES, QT_TRANSLATE_NOOP("rules", "SDG targets"), code_list="sdg_targets"),
    ),
    "partner": (
        _f("name", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Name"), required=True, max_length=300),
        _f("acronym", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Acronym"), max_length=40),
        _f("partner_type", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Partner type"), required=True, code_list="partner_types"),
        _f("country", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Country"), code_list="countries"),
    ),
    "initiative_partner": (
        _f("initiative_id", Kind.UUID, QT_TRANSLATE_NOOP("rules", "Initiative id"), required=True),
        _f("partner_id", Kind.UUID, QT_TRANSLATE_NOOP("rules", "Partner id"), required=True),
        _f("role", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Role"), required=True, code_list="partner_roles"),
    ),
    "beneficiary_count": (
        _f("initiative_id", Kind.UUID, QT_TRANSLATE_NOOP("rules", "Initiative id"), required=True),
        _f("period", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Period"), required=True, max_length=8),
        _f("group_code", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Group"), required=True, code_list="beneficiary_groups"),
        _f("reach_type", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Direct or indirect"), required=True, code_list="reach_types"),
        *_COUNT_FIELDS,
    ),
    "funding_line": (
        _f("initiative_id", Kind.UUID, QT_TRANSLATE_NOOP("rules", "Initiative id"), required=True),
        _f("funder_id", Kind.UUID, QT_TRANSLATE_NOOP("rules", "Funder id")),
        _f("source_type", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Source type"), required=True, code_list="source_types"),
        _f("modality", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Modality"), required=True, code_list="funding_modalities"),
        _f("transaction_type", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Transaction type"), required=True, code_list="transaction_types"),
        _f("transaction_date", Kind.DATE, QT_TRANSLATE_NOOP("rules", "Date"), required=True),
        _f("currency", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Currency"), required=True, code_list="currencies"),
        _f("amount", Kind.DECIMAL, QT_TRANSLATE_NOOP("rules", "Amount"), required=True),
        _f("usd_rate", Kind.DECIMAL, QT_TRANSLATE_NOOP("rules", "USD rate"), required=True),
        _f("amount_usd", Kind.DECIMAL, QT_TRANSLATE_NOOP("rules", "Amount (USD)"), required=True),
        _f("reference", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Reference"), max_length=100),
        _f("notes", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Notes"), max_length=MAX_TEXT),
    ),
    "knowledge_product": (
        _f("title", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Title"), required=True, max_length=500),
        _f("product_type", Kind.CODE, QT_TRANSLATE_NOOP("rules", "Type"), required=True, code_list="knowledge_product_types"),
        _f("published_on", Kind.DATE, QT_TRANSLATE_NOOP("rules", "Date")),
        _f("initiative_id", Kind.UUID, QT_TRANSLATE_NOOP("rules", "Initiative id")),
        _f("link", Kind.TEXT, QT_TRANSLATE_NOOP("rules", "Link"), max_length=2000),
    ),
}

ENTITIES: tuple[str, ...] = tuple(FIELDS)
#: Rows that depend on another record: field → the entity it points to.
REFERENCES: dict[str, dict[str, str]] = {
    "initiative_partner": {"initiative_id": "initiative", "partner_id": "partner"},
    "beneficiary_count": {"initiative_id": "initiative"},
    "funding_line": {"initiative_id": "initiative", "funder_id": "partner"},
    "knowledge_product": {"initiative_id": "initiative"},
}
USD_TOLERANCE = Decimal("0.01")
#: Digits a decimal may have before the point, and after it: what a decimal context of 28 digits writes out exactly.
#: Beyond, writing the number (the digest, the store) fails (1E+300) or needs unbounded memory (1E-999999999999).
MAX_DECIMAL_DIGITS = 28


def field_spec(entity: str, name: str) -> FieldSpec:
    for spec in (*IDENTITY_FIELDS, *FIELDS[entity]):
        if spec.name == name:
            return spec
    raise KeyError(f"{entity}.{name}")


# ---------------------------------------------------------------------------------------------------------------
# Coercion: raw input → typed values


class CoercionError(ValueError):
    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


def coerce_value(spec: FieldSpec, raw: Any) -> Any:
    """One raw value (text from a cell or a form, or already typed) to its typed form. Empty text is ``None`` (an
    empty set for a list of codes). Raises ``CoercionError``."""
    return _COERCERS[spec.kind](raw)


def coercer(spec: FieldSpec) -> Callable[[Any], Any]:
    """The function :func:`coerce_value` applies for this field: the package reader calls it once per cell."""
    return _COERCERS[spec.kind]


# One function per kind. Each tries the value's most likely class first (a package cell, a form's text) and ends in
# the general case, so every caller — form, validator, importer — gets the same answer at the speed a package needs.

def _blank(text: str) -> bool:
    return not text or text.isspace()  # the same as text.strip() == "", without copying the text


def _coerce_text(raw: Any) -> str | None:
    if isinstance(raw, str):
        return None if _blank(raw) else raw
    return None if raw is None else _text_of_number(raw)


def _coerce_code(raw: Any) -> str | None:
    if isinstance(raw, str):
        return None if _blank(raw) else raw.strip()
    return None if raw is None else _text_of_number(raw).strip()


_SPLIT_CODES = re.compile(r"[\s,;]+").split


def _coerce_codes(raw: Any) -> frozenset[str]:
    if raw is None:
        return frozenset()
    if isinstance(raw, str):
        if _blank(raw):
            return frozenset()
        text = raw
    elif isinstance(raw, (set, frozenset, list, tuple)):
        return frozenset(str(part) for part in raw)
    else:
        text = _text_of_number(raw)
    return frozenset(part for part in _SPLIT_CODES(text.strip()) if part)


_WHOLE_NUMBER = re.compile(r"\s*[+-]?\d+\s*").fullmatch


def _coerce_int(raw: Any) -> int | None:
    cls = raw.__class__
    if cls is int:
        return raw  # type: ignore[no-any-return]
    if cls is float and raw.is_integer():
        return int(raw)
    if raw is None:
        return None
    if isinstance(raw, str):
        if _blank(raw):
            return None
        if _WHOLE_NUMBER(raw):
            try:
                return int(raw.strip())  # int() takes less as space than \s does (\x1f)
            except ValueError:
                pass  # more than 4,300 digits: Python refuses to convert them (its guard against slow conversions)
    elif isinstance(raw, bool):
        pass
    elif isinstance(raw, int):
        return raw
    elif isinstance(raw, float) and raw.is_integer():
        return int(raw)
    elif isinstance(raw, Decimal) and raw.is_finite() and raw == raw.to_integral_value():
        return int(raw)
    raise CoercionError(QT_TRANSLATE_NOOP("rules", "{value!r} is not a whole number"), value=raw)


def _coerce_decimal(raw: Any) -> Decimal | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        if _blank(raw):
            return None
    elif isinstance(raw, bool):
        raise CoercionError(QT_TRANSLATE_NOOP("rules", "{value!r} is not a number"), value=raw)
    elif isinstance(raw, float):
        # A float can only come from a spreadsheet cell; its shortest repr is what the person typed.
        raw = repr(raw)
    try:
        number = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip())
    except InvalidOperation:
        raise CoercionError(QT_TRANSLATE_NOOP("rules", "{value!r} is not a number"), value=raw) from None
    if not number.is_finite():
        raise CoercionError(QT_TRANSLATE_NOOP("rules", "{value!r} is not a number"), value=raw)
    if not _within_digits(number):
        # The template takes only {value}: the package reader and check() format it with the value alone.
        raise CoercionError(QT_TRANSLATE_NOOP("rules", "{value!r} is out of range: a number has at most 28 digits before and after the "
                               "decimal point"), value=raw)
    return number


_MIDNIGHT = dt.time(0)


def _coerce_date(raw: Any) -> dt.date | None:
    cls = raw.__class__
    if cls is dt.date:
        return raw  # type: ignore[no-any-return]
    if raw is None or (isinstance(raw, str) and _blank(raw)):
        return None
    if isinstance(raw, dt.datetime):
        if raw.time() != _MIDNIGHT:
            raise CoercionError(QT_TRANSLATE_NOOP("rules", "{value!r} has a time of day; give a date"), value=str(raw))
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw).strip())
    except ValueError:
        raise CoercionError(QT_TRANSLATE_NOOP("rules", "{value!r} is not a date (write YYYY-MM-DD)"), value=raw) from None


_UTC = dt.timezone.utc


def _coerce_datetime(raw: Any) -> dt.datetime | None:
    if raw is None or (isinstance(raw, str) and _blank(raw)):
        return None
    if isinstance(raw, dt.datetime):
        value = raw
    else:
        try:
            value = dt.datetime.fromisoformat(str(raw).strip().replace("Z", "+00:00"))
        except ValueError:
            raise CoercionError(QT_TRANSLATE_NOOP("rules", "{value!r} is not a date and time"), value=raw) from None
    if value.tzinfo is None:
        return value.replace(tzinfo=_UTC)  # packages write UTC; a spreadsheet cell has no zone
    return value.astimezone(_UTC)


def _coerce_uuid(raw: Any) -> uuid.UUID | None:
    if isinstance(raw, uuid.UUID):
        return raw
    if raw is None or (isinstance(raw, str) and _blank(raw)):
        return None
    try:
        return uuid.UUID(str(raw).strip())
    except ValueError:
        raise CoercionError(QT_TRANSLATE_NOOP("rules", "{value!r} is not a record id (UUID)"), value=raw) from None


_COERCERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: _coerce_text,
    Kind.CODE: _coerce_code,
    Kind.CODES: _coerce_codes,
    Kind.INT: _coerce_int,
    Kind.DECIMAL: _coerce_decimal,
    Kind.DATE: _coerce_date,
    Kind.DATETIME: _coerce_datetime,
    Kind.UUID: _coerce_uuid,
}


def coerce_column(spec: FieldSpec, cells: list[Any]) -> list[Any] | None:
    """``[coerce_value(spec, cell) for cell in cells]`` for a whole column at once, when its cells are all of the
    usual form for the field (whole numbers as a spreadsheet gives them, codes as text, ids as their canonical text);
    ``None`` otherwise — the caller then coerces cell by cell. The same values either way."""
    if not cells:
        return []
    kind = spec.kind
    classes = set(map(type, cells))
    if kind is Kind.INT and classes == {float} and all(map(float.is_integer, cells)):
        return list(map(int, cells))
    if kind is Kind.CODE and classes == {str} and all(cells) and not any(map(str.isspace, cells)):
        return list(map(str.strip, cells))
    if kind is Kind.UUID and classes == {str}:
        distinct = set(cells)
        if len(distinct) * 2 > len(cells):  # mostly different ids (a record's own): each made as it comes
            return _uuids_of_texts(cells) if _uuid_texts(cells) else None
        # The ids of a few parents, each on many rows: each checked and made once, the same object on every row.
        texts = list(distinct)
        if not _uuid_texts(texts):
            return None
        made = dict(zip(texts, _uuids_of_texts(texts), strict=True))
        return list(map(made.__getitem__, cells))
    if kind is Kind.DECIMAL and classes == {float}:
        # Numbers as a spreadsheet gives them: read as _coerce_decimal reads each, from its shortest repr.
        numbers = list(map(Decimal, map(repr, cells)))
        return numbers if all(map(_decimal_in_range, numbers)) else None  # else cell by cell: the one is named
    if kind is Kind.DATETIME and classes == {str} and set(map(len, cells)) == {27} and set(map(_LAST, cells)) == {"Z"}:
        # A package's own times (2023-07-01T09:30:00.000000Z): read as _coerce_datetime reads them, in UTC.
        try:
            return list(map(dt.datetime.fromisoformat, cells))
        except ValueError:
            return None  # cell by cell: the one that cannot be read is named
    return None


def _decimal_in_range(number: Decimal) -> bool:
    """What _coerce_decimal takes: a finite number with at most 28 digits before and after the decimal point."""
    return number.is_finite() and _within_digits(number)


def _within_digits(number: Decimal) -> bool:
    """At most MAX_DECIMAL_DIGITS digits before and after the decimal point (of a finite number)."""
    return (number.as_tuple().exponent >= -MAX_DECIMAL_DIGITS  # type: ignore[operator]
            and not (number and number.adjusted() >= MAX_DECIMAL_DIGITS))


_HEX_DIGITS = "0123456789abcdefABCDEF"
_NO_DASHES = operator.methodcaller("replace", "-", "")
_SIXTEEN = [16]
_LAST = operator.itemgetter(-1)
_DASHES = operator.itemgetter(8, 13, 18, 23)


def _uuid_texts(cells: list[str]) -> bool:
    """Every cell an id written as 8-4-4-4-12 hex digits and no other dash: what ``uuid.UUID`` reads as the same
    number int(…, 16) reads once the dashes are taken out (int alone would also take '_', a sign or spaces)."""
    joined = "".join(cells)
    return (set(map(len, cells)) == {36} and set(map(_DASHES, cells)) == {("-", "-", "-", "-")}
            and joined.count("-") == 4 * len(cells) and not joined.replace("-", "").strip(_HEX_DIGITS))


def _uuids_of_texts(texts: list[str]) -> list[uuid.UUID | None]:
    """The ids of these texts, each already checked by :func:`_uuid_texts`."""
    return uuids_of(map(int, map(_NO_DASHES, texts), _SIXTEEN * len(texts)))


def uuids_of(numbers: Iterable[int | None]) -> list[uuid.UUID | None]:
    """:func:`uuid_of` of each of these numbers; None stays None."""
    return [None if number is None else uuid_of(number) for number in numbers]


def _text_of_number(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw)


def coerce(
    entity: str, raw: Mapping[str, Any], *, identity: bool = False
) -> tuple[dict[str, Any], list[Problem]]:
    """Typed values for the fields present in ``raw``, and a problem for each value of the wrong type."""
    specs = (*IDENTITY_FIELDS, *FIELDS[entity]) if identity else FIELDS[entity]
    record_id = _record_id(raw)
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for spec in specs:
        if spec.name not in raw:
            continue
        try:
            values[spec.name] = _COERCERS[spec.kind](raw[spec.name])
        except CoercionError as exc:
            problems.append(
                Problem(entity, record_id, spec.name, "type", Severity.ERROR, exc.template, {"value": raw[spec.name]})
            )
            values[spec.name] = None
    return values, problems


# ---------------------------------------------------------------------------------------------------------------
# Rules: typed values → problems


@dataclass
class Context:
    """What a rule may need beyond the record itself; everything optional.

    ``known_ids`` maps an entity to the ids that exist (in the store or the same package): references are checked
    only when it is given. ``initiatives`` maps initiative id → (start, end) for period checks.
    """

    known_ids: Mapping[str, set[uuid.UUID]] | None = None
    initiative_dates: Mapping[uuid.UUID, tuple[dt.date | None, dt.date | None]] = field(default_factory=dict)


def check(
    entity: str, record: Mapping[str, Any], *, identity: bool = False, context: Context | None = None,
    unreadable: Collection[str] = (),
) -> list[Problem]:
    """Every problem with one typed record. Fields absent from ``record`` count as empty.

    One bad cell is one problem: a field with an error of its own (negative, not a number, not in its list) makes
    the rules that use its value (sums, reached against targeted, references) stay silent about it. ``unreadable``
    names fields whose raw value :func:`coerce` (or the package reader) already reported as unreadable: they get no
    problem here, and count as fields with an error of their own."""
    if entity not in FIELDS:
        raise KeyError(f"unknown entity {entity!r}")
    context = context or Context()
    out = _Problems(entity, _record_id(record))
    get = record.get
    for name, check_field in _field_checks(entity, identity):
        if unreadable and name in unreadable:
            continue
        check_field(out, get(name))
    if out.items or unreadable:
        out.bad = frozenset({p.field for p in out.items if p.severity is Severity.ERROR and p.field} | {*unreadable})
    if identity:
        revision = record.get("revision")
        if isinstance(revision, int) and revision < 1 and "revision" not in out.bad:
            out.error("revision", "range", QT_TRANSLATE_NOOP("rules", "Revision must be 1 or more"))
    for checker in _ENTITY_RULES.get(entity, ()):
        checker(out, record, context)
    for name, target in REFERENCES.get(entity, {}).items():
        if name in out.bad:
            continue
        value = record.get(name)
        known = context.known_ids.get(target) if context.known_ids is not None else None
        if value is not None and known is not None and value not in known:
            out.error(name, "reference", QT_TRANSLATE_NOOP("rules", "No {target} with id {value} in this package or store"), target=target,
                      value=str(value))
    return out.items


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


class _Problems:
    def __init__(self, entity: str, record_id: str | None) -> None:
        self.entity, self.record_id, self.items = entity, record_id, []
        #: Fields with an error of their own (set once the field checks are done): rules using them stay silent.
        self.bad: frozenset[str] = frozenset()

    def error(self, field_: str | None, code: str, template: str, /, **params: Any) -> None:
        self.items.append(Problem(self.entity, self.record_id, field_, code, Severity.ERROR, template, params))

    def warning(self, field_: str | None, code: str, template: str, /, **params: Any) -> None:
        self.items.append(Problem(self.entity, self.record_id, field_, code, Severity.WARNING, template, params))


def _record_id(record: Mapping[str, Any]) -> str | None:
    value = record.get("id")
    return str(value) if value is not None else None


_EXPECTED: dict[Kind, tuple[type, ...]] = {
    Kind.TEXT: (str,),
    Kind.CODE: (str,),
    Kind.INT: (int,),
    Kind.DECIMAL: (Decimal,),
    Kind.DATE: (dt.date,),
    Kind.DATETIME: (dt.datetime,),
    Kind.UUID: (uuid.UUID,),
    Kind.CODES: (frozenset, set, list, tuple),
}


@cache
def _field_checks(entity: str, identity: bool) -> tuple[tuple[str, Callable[[_Problems, Any], None]], ...]:
    specs = (*IDENTITY_FIELDS, *FIELDS[entity]) if identity else FIELDS[entity]
    return tuple((spec.name, _field_check(spec)) for spec in specs)


def _field_check(spec: FieldSpec) -> Callable[[_Problems, Any], None]:
    """The check of one field, made once per field: the usual value (of its kind, not empty) is judged in a line or
    two; anything else goes through :func:`_check_field`, the general case."""
    kind, name = spec.kind, spec.name

    def general(out: _Problems, value: Any) -> None:
        _check_field(out, spec, value)

    if kind is Kind.TEXT:
        limit = spec.max_length or MAX_TEXT

        def check_text(out: _Problems, value: Any) -> None:
            if value.__class__ is str and value and len(value) <= limit and not value.isspace():
                return
            _check_field(out, spec, value)

        return check_text
    if kind is Kind.CODE and spec.code_list:
        codes = reference.code_list(spec.code_list).codes()

        def check_code(out: _Problems, value: Any) -> None:
            if value.__class__ is not str or value not in codes:
                _check_field(out, spec, value)

        return check_code
    if kind is Kind.INT:
        may_be_negative = spec.signed

        def check_int(out: _Problems, value: Any) -> None:
            if value.__class__ is not int or (value < 0 and not may_be_negative):
                _check_field(out, spec, value)

        return check_int
    exact = {Kind.DECIMAL: Decimal, Kind.DATE: dt.date, Kind.DATETIME: dt.datetime, Kind.UUID: uuid.UUID}.get(kind)
    if exact is not None:
        def check_exact(out: _Problems, value: Any) -> None:
            if value.__class__ is not exact:
                _check_field(out, spec, value)

        return check_exact
    return general


def _check_field(out: _Problems, spec: FieldSpec, value: Any) -> None:
    empty = value is None or (isinstance(value, str) and not value.strip()) or (
        spec.kind is Kind.CODES and not value
    )
    if empty:
        if spec.required:
            out.error(spec.name, "required", QT_TRANSLATE_NOOP("rules", "{label} is required"), label=spec.label)
        return
    if not isinstance(value, _EXPECTED[spec.kind]) or (spec.kind is Kind.INT and isinstance(value, bool)) or (
        spec.kind is Kind.DATE and isinstance(value, dt.datetime)
    ):
        out.error(spec.name, "type", QT_TRANSLATE_NOOP("rules", "{label} has a value of the wrong kind"), label=spec.label)
        return
    if spec.kind is Kind.TEXT:
        limit = spec.max_length or MAX_TEXT
        if len(value) > limit:
            out.error(spec.name, "too_long", QT_TRANSLATE_NOOP("rules", "{label} is longer than {limit} characters"), label=spec.label,
                      limit=limit)
    elif spec.kind is Kind.CODE and spec.code_list:
        if value not in reference.code_list(spec.code_list):
            _unknown_code(out, spec, value)
    elif spec.kind is Kind.CODES and spec.code_list:
        allowed = reference.code_list(spec.code_list)
        # As text: a list a caller typed may hold numbers, which neither sort among the codes nor join with them.
        unknown = sorted(str(code) for code in value if code not in allowed)
        if unknown:
            out.error(spec.name, "code", QT_TRANSLATE_NOOP("rules", "Not in the list of {label}: {codes}"), label=spec.label,
                      codes=" ".join(unknown))
    elif spec.kind is Kind.INT and value < 0 and not spec.signed:
        out.error(spec.name, "negative", QT_TRANSLATE_NOOP("rules", "{label} cannot be negative"), label=spec.label)


#: What one code of each list is, with its article, as a message says it: "'Kenya' is not a country code".
_CODE_NOUNS: dict[str, str] = {
    "countries": QT_TRANSLATE_NOOP("rules", "a country code"),
    "regions": QT_TRANSLATE_NOOP("rules", "a region code"),
    "currencies": QT_TRANSLATE_NOOP("rules", "a currency code"),
    "languages": QT_TRANSLATE_NOOP("rules", "a language code"),
    "flagship_programmes": QT_TRANSLATE_NOOP("rules", "a flagship programme code"),
    "subprogrammes": QT_TRANSLATE_NOOP("rules", "a subprogramme code"),
    "flagship_outcomes": QT_TRANSLATE_NOOP("rules", "a flagship outcome code"),
    "initiative_statuses": QT_TRANSLATE_NOOP("rules", "an initiative status"),
    "crisis_contexts": QT_TRANSLATE_NOOP("rules", "a crisis context code"),
    "beneficiary_groups": QT_TRANSLATE_NOOP("rules", "a beneficiary group code"),
    "reach_types": QT_TRANSLATE_NOOP("rules", "a reach type"),
    "partner_types": QT_TRANSLATE_NOOP("rules", "a partner type code"),
    "partner_roles": QT_TRANSLATE_NOOP("rules", "a partner role code"),
    "source_types": QT_TRANSLATE_NOOP("rules", "a source type code"),
    "funding_modalities": QT_TRANSLATE_NOOP("rules", "a funding modality code"),
    "transaction_types": QT_TRANSLATE_NOOP("rules", "a transaction type"),
    "knowledge_product_types": QT_TRANSLATE_NOOP("rules", "a knowledge product type code"),
    "sdg_targets": QT_TRANSLATE_NOOP("rules", "an SDG target"),
}


def _unknown_code(out: _Problems, spec: FieldSpec, value: str) -> None:
    assert spec.code_list is not None
    noun = _CODE_NOUNS.get(spec.code_list) or f"a code of {spec.label}"
    guess = nearest_code(spec.code_list, value)
    if guess is None:
        out.error(spec.name, "code", QT_TRANSLATE_NOOP("rules", "{value!r} is not {noun}"), value=value, noun=noun, label=spec.label)
    else:
        out.error(spec.name, "code", QT_TRANSLATE_NOOP("rules", "{value!r} is not {noun}; did you mean {code} ({meaning})?"), value=value,
                  noun=noun, label=spec.label, code=guess.code, meaning=guess.label, code_list=spec.code_list)


#: How alike (difflib's ratio) a value and a code or label must be for the code to be suggested, and how long the
#: value must be: below three characters every code is about as near as any other (is "UK" UKR?).
CLOSE_MATCH = 0.8
_CLOSE_MIN_LENGTH = 3


def nearest_code(list_name: str, value: str) -> reference.Code | None:
    """The code of the list ``list_name`` that ``value`` (not one of its codes) most likely means, or ``None`` when
    none is near enough to suggest. In order: the code or the label written otherwise (case, accents, ``_`` for a
    space: "ken", "Kenya", "Côte d'Ivoire"); the label's name before its comma ("Tanzania" for "Tanzania, United
    Republic of"); the start of one label only ("Russia"); one code or label spelt nearly alike ("Kenia")."""
    if not isinstance(value, str) or len(value) > _LONGEST_GUESS:
        return None
    return _nearest(list_name, _fold(value))


#: A value longer than this is no code or label mistyped (the longest label has 90 characters): no guess, none kept.
_LONGEST_GUESS = 200


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).casefold().replace("_", " ")
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


@dataclass(frozen=True, slots=True)
class _CodeIndex:
    exact: dict[str, reference.Code]  # folded code, label or label's name before its comma → its code
    labels: tuple[tuple[str, reference.Code], ...]  # folded labels, for a unique start


@cache
def _code_index(list_name: str) -> _CodeIndex:
    items = reference.code_list(list_name).items
    exact: dict[str, reference.Code] = {}
    for item in items:
        exact.setdefault(_fold(item.code), item)
    for item in items:
        exact.setdefault(_fold(item.label), item)
    names: dict[str, set[str]] = {}
    by_code = {item.code: item for item in items}
    for item in items:
        name = _fold(re.split(r",| \(", item.label, maxsplit=1)[0])
        if name and name not in exact:
            names.setdefault(name, set()).add(item.code)
    for name, codes in names.items():
        if len(codes) == 1:  # "Korea" names two countries: neither is meant more than the other
            exact[name] = by_code[next(iter(codes))]
    labels = tuple((_fold(item.label), item) for item in items)
    return _CodeIndex(exact, labels)


@lru_cache(maxsize=4096)  # a package typed by hand repeats its mistakes on many rows
def _nearest(list_name: str, folded: str) -> reference.Code | None:
    if not folded:
        return None
    index = _code_index(list_name)
    found = index.exact.get(folded)
    if found is not None:
        return found
    if len(folded) >= 4:
        starting = {item.code: item for label, item in index.labels if label.startswith(folded)}
        if len(starting) == 1:
            return next(iter(starting.values()))
    if len(folded) < _CLOSE_MIN_LENGTH:
        return None
    matches = difflib.get_close_matches(folded, index.exact, n=5, cutoff=CLOSE_MATCH)
    if not matches:
        return None
    scored = [(difflib.SequenceMatcher(None, match, folded).ratio(), match) for match in matches]
    best = max(score for score, _ in scored)
    codes = {index.exact[match].code: index.exact[match] for score, match in scored if score == best}
    return next(iter(codes.values())) if len(codes) == 1 else None  # two as near: no guess


def _dates_in_order(out: _Problems, record: Mapping[str, Any], start: str, end: str) -> None:
    if out.bad and (start in out.bad or end in out.bad):
        return  # a date with an error of its own (a time of day, text): its order says nothing more
    first, last = record.get(start), record.get(end)
    if isinstance(first, dt.date) and isinstance(last, dt.date) and first > last:
        out.error(end, "date_order", QT_TRANSLATE_NOOP("rules", "The end date {end} is before the start date {start}"), end=last.isoformat(),
                  start=first.isoformat())


def _office_rules(out: _Problems, record: Mapping[str, Any], _context: Context) -> None:
    code = record.get("code")
    if isinstance(code, str) and code and not re.fullmatch(r"[A-Z0-9][A-Z0-9-]{1,15}", code):
        out.error("code", "format", QT_TRANSLATE_NOOP("rules", "An office code has 2–16 capital letters, digits or hyphens, such as KEN-NBO"))


def _initiative_rules(out: _Problems, record: Mapping[str, Any], _context: Context) -> None:
    _dates_in_order(out, record, "start_date", "end_date")
    status = record.get("status")
    if status in ("active", "completed") and record.get("start_date") is None:
        out.warning("start_date", "missing_start", QT_TRANSLATE_NOOP("rules", "An {status} initiative should have a start date"),
                    status=status)
    if status == "completed" and record.get("end_date") is None:
        out.warning("end_date", "missing_end", QT_TRANSLATE_NOOP("rules", "A completed initiative should have an end date"))
    if record.get("flagship_code") is None and record.get("subprogramme_code") is None:
        out.warning("subprogramme_code", "unlinked",
                    QT_TRANSLATE_NOOP("rules", "Link the initiative to a flagship programme or a subprogramme so it counts in reports"))


@cache
def _period(text: str) -> Any:
    """The parsed period, or the ``PeriodError`` it raises: a package repeats the same few periods thousands of
    times."""
    try:
        return parse_period(text)
    except PeriodError as exc:
        return exc


#: (kind, total field, [(parts' fields, first part's field, what)], pwd field) for the sum rules.
_SUM_RULES = tuple(
    (kind, f"{kind}_total",
     tuple((tuple(f"{kind}_{part}" for part in parts), f"{kind}_{parts[0]}", what)
           for parts, what in ((SEX_PARTS, QT_TRANSLATE_NOOP("rules", "sex")), (AGE_PARTS, QT_TRANSLATE_NOOP("rules", "age band")))),
     f"{kind}_pwd")
    for kind in ("targeted", "reached")
)


def _beneficiary_rules(out: _Problems, record: Mapping[str, Any], context: Context) -> None:
    get = record.get
    period = get("period")
    if isinstance(period, str) and period:
        parsed = _period(period)
        if isinstance(parsed, PeriodError):
            out.error("period", "period", QT_TRANSLATE_NOOP("rules", "{value!r} is not a period: write 2023-H2, 2023-Q3 or 2023"),
                      value=period)
        else:
            if parsed.code != period:
                out.error("period", "period", QT_TRANSLATE_NOOP("rules", "Write the period as {code}"), code=parsed.code)
            try:
                dates = context.initiative_dates.get(get("initiative_id"))  # type: ignore[arg-type]
            except TypeError:  # an unhashable id, of the wrong kind: a problem of its own, not of the period
                dates = None
            if dates and not parsed.overlaps(*dates):
                out.warning("period", "outside_dates", QT_TRANSLATE_NOOP("rules", "Period {period} is outside the initiative's dates"),
                            period=period)
    bad = out.bad
    asked = False  # a total was asked for already
    for kind, total_key, sums, pwd_key in _SUM_RULES:
        if bad and total_key in bad:
            continue  # a total with an error of its own (negative, not a number): its sums say nothing more
        total = _int(get(total_key))
        parts = [[_int(get(key)) for key in keys] for keys, _first, _what in sums]
        if total is None or bad or not (_adds_up(parts[0], total) and _adds_up(parts[1], total)):
            asked = _sum_problems(out, kind, total_key, total, sums, parts) or asked
        pwd = _int(get(pwd_key))
        if pwd is not None and total is not None and pwd > total and pwd_key not in bad:
            out.error(pwd_key, "sum_above", QT_TRANSLATE_NOOP("rules", "Persons with disabilities ({pwd}) cannot be more than the "
                      "{kind} total ({total})"), pwd=pwd, kind=kind, total=total)
    if "targeted_total" in bad or "reached_total" in bad:
        return  # a total with an error of its own was given: whether it is above the other says nothing more
    targeted, reached = _int(record.get("targeted_total")), _int(record.get("reached_total"))
    if targeted is None and reached is None:
        if not asked:
            out.error("targeted_total", "no_counts", QT_TRANSLATE_NOOP("rules", "Give a targeted or a reached total"))
    elif targeted is not None and reached is not None and reached > targeted:
        out.warning("reached_total", "reached_above_target", QT_TRANSLATE_NOOP("rules", "Reached ({reached}) is more than targeted "
                    "({targeted}); check both"), reached=reached, targeted=targeted)


def _adds_up(values: list[int | None], total: int) -> bool:
    """Parts that agree with their total: all given and adding up to it, or some given and not more than it."""
    if None not in values:
        return sum(values) == total
    return sum(filter(None, values)) <= total  # filter(None) also drops zeros: they add nothing


def _sum_problems(out: _Problems, kind: str, total_key: str, total: int | None,
                  sums: tuple[tuple[tuple[str, ...], str, str], ...], parts: list[list[int | None]]) -> bool:
    """The problems of a total and its breakdowns (by sex, by age band), each on the cell most likely wrong; True
    when the total was asked for. Parts with an error of their own (``out.bad``) are left out of it."""
    bad = out.bad
    # Per breakdown: its first part's field, what it is by, its parts as given, whether its parts are all good, and
    # whether they are also all given.
    breakdowns = []
    for (keys, first_key, what), values in zip(sums, parts, strict=True):
        given = [v for v in values if v is not None]
        usable = not bad or bad.isdisjoint(keys)
        breakdowns.append((first_key, what, given, usable, usable and len(given) == len(values)))
    if total is None:
        whats = [what for _first, what, given, _usable, _complete in breakdowns if given]
        if whats:
            out.error(total_key, "total_missing", QT_TRANSLATE_NOOP("rules", "Give the {kind} total: its parts by {what} are given"),
                      kind=kind, what=whats[0] if len(whats) == 1 else "sex and age band")
        return bool(whats)
    (_, _, by_sex, _, sex_complete), (_, _, by_age, _, age_complete) = breakdowns
    if sex_complete and age_complete and sum(by_sex) == sum(by_age) != total:
        # Both breakdowns agree with each other: the total is the likely slip, and the one cell to show.
        out.error(total_key, "total_mismatch", QT_TRANSLATE_NOOP("rules", "The {kind} total {total} differs from female + male + other = "
                  "{sum} (and from the age groups, also {sum}): correct the total"), kind=kind, total=total,
                  sum=sum(by_sex))
        return False
    for index, (first_key, what, given, usable, complete) in enumerate(breakdowns):
        if not given or not usable:
            continue  # a part with an error of its own: its sum says nothing more
        added = sum(given)
        if added == total or (added < total and not complete):
            continue
        _, other, other_given, _, other_complete = breakdowns[1 - index]
        code = "sum_above" if added > total else "sum_mismatch"
        if other_complete and sum(other_given) == total:  # the other breakdown vouches for the total
            out.error(first_key, code, QT_TRANSLATE_NOOP("rules", "The {kind} counts by {what} add up to {sum}, but the total and the counts "
                      "by {other} are {total}: correct the counts by {what}"), kind=kind, what=what, other=other,
                      sum=added, total=total)
        elif added > total:
            out.error(first_key, code, QT_TRANSLATE_NOOP("rules", "The {kind} counts by {what} add up to {sum}, more than the total {total}"),
                      kind=kind, what=what, sum=added, total=total)
        else:
            out.error(first_key, code, QT_TRANSLATE_NOOP("rules", "The {kind} counts by {what} add up to {sum}, not the total {total}"),
                      kind=kind, what=what, sum=added, total=total)
    return False


def _funding_rules(out: _Problems, record: Mapping[str, Any], _context: Context) -> None:
    currency, amount = record.get("currency"), _dec(record.get("amount"))
    rate, usd = _dec(record.get("usd_rate")), _dec(record.get("amount_usd"))
    valid_currency = isinstance(currency, str) and currency in reference.currencies()
    if amount is not None and valid_currency:
        places = _currency_places(currency)
        if _places(amount) > places:
            # One template per count (not "1 decimal places", not a count spliced in English): each translates.
            template = (QT_TRANSLATE_NOOP("rules", "{currency} amounts are whole numbers, without decimal places") if places == 0 else
                        QT_TRANSLATE_NOOP("rules", "{currency} amounts have 1 decimal place at most") if places == 1 else
                        QT_TRANSLATE_NOOP("rules", "{currency} amounts have {places} decimal places at most"))
            out.error("amount", "precision", template, currency=currency, places=places)
    if amount is not None:
        if amount == 0:
            out.warning("amount", "zero", QT_TRANSLATE_NOOP("rules", "The amount is zero"))
        elif amount < 0:
            if record.get("transaction_type") == "expenditure":
                out.warning("amount", "negative", QT_TRANSLATE_NOOP("rules", "A negative expenditure is a correction; check it"))
            else:
                out.error("amount", "negative", QT_TRANSLATE_NOOP("rules", "A pledge, commitment or incoming amount cannot be negative"))
    if rate is not None:
        if rate <= 0:
            out.error("usd_rate", "rate", QT_TRANSLATE_NOOP("rules", "The USD rate must be more than zero"))
        elif currency == "USD" and rate != 1:
            out.error("usd_rate", "rate", QT_TRANSLATE_NOOP("rules", "The USD rate of an amount in USD is 1"))
    if usd is not None and _places(usd) > 2:
        out.error("amount_usd", "precision", QT_TRANSLATE_NOOP("rules", "USD amounts have 2 decimal places at most"))
    if amount is not None and rate is not None and usd is not None and rate > 0:
        try:
            expected = usd_amount(amount, rate)
        except InvalidOperation:  # a product with more digits than the decimal context keeps: it cannot be to the cent
            expected = amount * rate
        if abs(expected - usd) > USD_TOLERANCE:
            out.error("amount_usd", "usd_mismatch", QT_TRANSLATE_NOOP("rules", "Amount × rate is {expected} USD, not {usd}"),
                      expected=str(expected), usd=str(usd))
    if record.get("funder_id") is None and record.get("transaction_type") in ("pledge", "commitment", "incoming"):
        out.warning("funder_id", "no_funder", QT_TRANSLATE_NOOP("rules", "Name the funder of a {type}"), type=record.get("transaction_type"))
    day = record.get("transaction_date")
    if isinstance(day, dt.date) and "transaction_date" not in out.bad and day > dt.date.today() + dt.timedelta(days=366):
        out.warning("transaction_date", "future", QT_TRANSLATE_NOOP("rules", "The date {date} is more than a year ahead"),
                    date=day.isoformat())


def _knowledge_rules(out: _Problems, record: Mapping[str, Any], _context: Context) -> None:
    link = record.get("link")
    if isinstance(link, str) and link.strip() and not re.match(r"^(https?|ftp)://\S+$", link.strip()):
        out.warning("link", "link", QT_TRANSLATE_NOOP("rules", "The link should start with https://"))


_ENTITY_RULES: dict[str, tuple[Callable[[_Problems, Mapping[str, Any], Context], None], ...]] = {
    "office": (_office_rules,),
    "initiative": (_initiative_rules,),
    "beneficiary_count": (_beneficiary_rules,),
    "funding_line": (_funding_rules,),
    "knowledge_product": (_knowledge_rules,),
}


@cache
def _currency_places(currency: str) -> int:
    return reference.currency_precision(currency)


def usd_amount(amount: Decimal, rate: Decimal) -> Decimal:
    """The USD amount of ``amount`` at ``rate``, to the cent, half away from zero as Excel's ROUND does."""
    return (amount * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


#: How many times above or below the usual rate of its currency a line's USD rate may be before it is questioned.
#: A rate typed the wrong way round (63.9 MZN per USD stored as USD per MZN) is off by the rate squared, thousands of
#: times; a real year's swing, even a devaluation, rarely reaches five. Near parity (EUR, GBP, CHF) the two ways
#: differ by less than this, and no warning can tell them apart.
RATE_OUTLIER_FACTOR = Decimal(5)


def rate_outlier(rate: Any, earlier_rates: Iterable[Any], *, currency: str | None,
                 record_id: str | None = None) -> Problem | None:
    """A warning on ``usd_rate`` when ``rate`` (USD per one unit of ``currency``) is more than
    :data:`RATE_OUTLIER_FACTOR` times above or below the median rate of the office's earlier lines in that currency;
    ``None`` when it is not, when there are no earlier rates, or when the rate itself is no usable number (the field
    rules say so). A warning, never an error: a currency can be revalued."""
    value = _dec(rate)
    usable = sorted(r for r in (_dec(e) for e in earlier_rates) if r is not None and r > 0)
    if value is None or value <= 0 or not usable or currency == "USD":
        return None
    middle = len(usable) // 2
    usual = usable[middle] if len(usable) % 2 else (usable[middle - 1] + usable[middle]) / 2
    if value <= usual * RATE_OUTLIER_FACTOR and value * RATE_OUTLIER_FACTOR >= usual:
        return None
    # Short: a form shows it on one line under the field (the rate itself is shown just above it).
    template = (QT_TRANSLATE_NOOP("rules", "Over {factor}× the office's usual {currency} rate (1 {currency} = {usual} USD): typed the wrong "
                   "way round?") if value > usual else
                QT_TRANSLATE_NOOP("rules", "Under 1/{factor} of the office's usual {currency} rate (1 {currency} = {usual} USD): typed the "
                   "wrong way round?"))
    return Problem("funding_line", record_id, "usd_rate", "rate_outlier", Severity.WARNING, template,
                   {"currency": currency or "", "rate": _significant(value), "usual": _significant(usual),
                    "factor": str(RATE_OUTLIER_FACTOR)})


def _significant(number: Decimal, digits: int = 4) -> str:
    """A rate for a message: two decimal places, or ``digits`` significant ones when it is below 1."""
    places = 2 if number >= 1 else max(2, digits - 1 - number.adjusted())
    return format(number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")


def _places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _dec(value: Any) -> Decimal | None:
    return value if isinstance(value, Decimal) and value.is_finite() else None


# ---------------------------------------------------------------------------------------------------------------
# Bulk: the same rules over a whole sheet, column by column
#
# A package holds thousands of rows, nearly all of them valid. :func:`check_sheet` asks of each column at once what
# :func:`check` asks of each value — its types as one set, its codes as one set difference against the list, its
# lengths and its smallest number through C loops (``map``, ``min``, ``max``) — and of each sheet's cross-field rules
# the same where that is simple (sums, references, periods, USD amounts). These bulk checks only ever say "no
# problem here": every row they cannot vouch for goes through :func:`check` itself, so the problems found, and
# their words, are those of the per-record path by construction (tests/core/test_rules_bulk.py checks it).

_NONE = type(None)
#: The class a value of each kind has once typed (CODES: frozenset, what coercion gives).
_TYPED: dict[Kind, type] = {Kind.TEXT: str, Kind.CODE: str, Kind.INT: int, Kind.DECIMAL: Decimal, Kind.DATE: dt.date,
                            Kind.DATETIME: dt.datetime, Kind.UUID: uuid.UUID, Kind.CODES: frozenset}


def check_sheet(
    entity: str, records: Sequence[Mapping[str, Any]], *, identity: bool = False, context: Context | None = None,
    unreadable: Sequence[Collection[str]] | None = None, columns: Mapping[str, list[Any]] | None = None,
) -> list[tuple[int, list[Problem]]]:
    """Every problem with these records, as :func:`check` finds them one by one, found column by column: (index of
    the record, its problems) for each record that has any, in the records' order. Concatenated, the problems are
    exactly ``[p for i, r in enumerate(records) for p in check(entity, r, ..., unreadable=unreadable[i])]`` — the
    same problems, in the same order. ``unreadable`` gives each record's fields already reported (see
    :func:`check`). ``columns``: the records' values column by column, when the caller has them so (the reader):
    ``columns[name][i]`` is ``records[i][name]`` for every record and every field given."""
    if entity not in FIELDS:
        raise KeyError(f"unknown entity {entity!r}")
    context = context or Context()
    count = len(records)
    suspects: set[int] = set()  # rows the bulk checks cannot vouch for: checked one by one
    if unreadable is not None:
        suspects.update(i for i, names in enumerate(unreadable) if names)
    specs = (*IDENTITY_FIELDS, *FIELDS[entity]) if identity else FIELDS[entity]
    names = [spec.name for spec in specs]
    held: dict[str, list[Any]] = {}
    if columns is not None:
        held = {name: columns[name] for name in names if name in columns}
    elif records and len(names) > 1:
        try:  # every record has every field (as the reader gives them): the columns in one pass of C loops
            held = dict(zip(names, map(list, zip(*map(operator.itemgetter(*names), records)))))
        except KeyError:
            held = {}

    def column(name: str) -> list[Any]:
        values = held.get(name)
        if values is None:
            held[name] = values = [record.get(name) for record in records]
        return values

    for spec in specs:
        suspects.update(_column_suspects(spec, column(spec.name)))
    if identity:
        revisions = column("revision")
        if not _all_of(revisions, int) or min(revisions, default=1) < 1:
            suspects.update(i for i, value in enumerate(revisions) if not (value.__class__ is int and value >= 1))
    bulk = _BULK_RULES.get(entity)
    if bulk is not None:
        suspects.update(bulk(column, context, count))
    else:  # cross-field rules with no bulk form: per record (a field with an error is already a suspect)
        for checker in _ENTITY_RULES.get(entity, ()):
            for i, record in enumerate(records):
                if i not in suspects:
                    out = _Problems(entity, None)
                    checker(out, record, context)
                    if out.items:
                        suspects.add(i)
    if context.known_ids is not None:
        for name, target in REFERENCES.get(entity, {}).items():
            known = context.known_ids.get(target)
            if known is not None:
                suspects.update(_unknown_references(column(name), known))
    found = []
    for i in sorted(suspects):
        problems = check(entity, records[i], identity=identity, context=context,
                         unreadable=unreadable[i] if unreadable is not None else ())
        if problems:
            found.append((i, problems))
    return found


def _all_of(values: list[Any], cls: type) -> bool:
    """Every value of exactly this class (not a subclass: a bool is no count)."""
    return not values or set(map(type, values)) == {cls}


def _column_suspects(spec: FieldSpec, values: list[Any]) -> Iterable[int]:
    """The rows whose value of this field :func:`check` may find a problem with; none when the column as a whole
    shows there is none."""
    classes = set(map(type, values))
    allowed = {_TYPED[spec.kind]} if spec.required else {_TYPED[spec.kind], _NONE}
    if classes <= allowed:
        given = values if _NONE not in classes else [v for v in values if v is not None]
        kind = spec.kind
        if kind is Kind.TEXT:
            if max(map(len, given), default=0) <= (spec.max_length or MAX_TEXT) and (
                    not spec.required or (all(given) and not any(map(str.isspace, given)))):
                return ()
        elif kind is Kind.CODE and spec.code_list:
            if set(given) <= reference.code_list(spec.code_list).codes():
                return ()
        elif kind is Kind.INT:
            if spec.signed or min(given, default=0) >= 0:
                return ()
        elif kind is Kind.CODES:
            if spec.code_list:
                allowed_codes = reference.code_list(spec.code_list).codes()
                if set().union(*given) <= allowed_codes and (not spec.required or all(given)):
                    return ()
        else:  # DECIMAL, DATE, DATETIME, UUID: checked by their class alone
            return ()
    return _rows_with_problems(spec, values)


def _rows_with_problems(spec: FieldSpec, values: list[Any]) -> list[int]:
    """The rows whose value of this field has a problem, each distinct value asked of the per-record check once."""
    check_field = _field_check(spec)
    verdicts: dict[Any, bool] = {}

    def bad(value: Any) -> bool:
        out = _Problems("", None)
        check_field(out, value)
        return bool(out.items)

    rows = []
    for i, value in enumerate(values):
        try:
            verdict = verdicts.get((value.__class__, value))
        except TypeError:  # unhashable (a list of codes): asked as it is
            verdict = None
            if bad(value):
                rows.append(i)
            continue
        if verdict is None:
            verdict = verdicts[(value.__class__, value)] = bad(value)
        if verdict:
            rows.append(i)
    return rows


def _unknown_references(values: list[Any], known: Collection[Any]) -> list[int]:
    try:
        unknown = set(values).difference(known)
    except TypeError:  # an unhashable value (of the wrong kind: its own field check flagged its row)
        return [i for i, v in enumerate(values) if v.__class__ is uuid.UUID and v not in known]
    unknown.discard(None)
    if not unknown:
        return []
    return [i for i, v in enumerate(values) if v is not None and v in unknown]


_Column = Callable[[str], list[Any]]


def _beneficiary_suspects(column: _Column, context: Context, count: int) -> set[int]:
    """Rows the beneficiary rules may find a problem with: a period not written as its code or outside its
    initiative's dates; any count missing (the per-record rules decide what is asked for); a total that its parts
    by sex or by age band do not add up to; persons with disabilities above their total; reached above targeted."""
    suspects: set[int] = set()
    periods, initiatives = column("period"), column("initiative_id")
    dates = context.initiative_dates
    verdicts: dict[tuple[Any, Any], bool] = {}
    for i, pair in enumerate(zip(periods, initiatives)):
        try:
            verdict = verdicts.get(pair)
        except TypeError:  # an unhashable id (of the wrong kind: a suspect already)
            suspects.add(i)
            continue
        if verdict is None:
            period, initiative = pair
            verdict = True
            if period.__class__ is str:
                parsed = _period(period)
                verdict = isinstance(parsed, PeriodError) or parsed.code != period
                if not verdict:
                    span = dates.get(initiative)
                    verdict = bool(span) and not parsed.overlaps(*span)
            verdicts[pair] = verdict
        if verdict:
            suspects.add(i)
    totals = {}
    for kind, total_key, sums, pwd_key in _SUM_RULES:
        total = column(total_key)
        parts = [[column(key) for key in keys] for keys, _first, _what in sums]
        pwd = column(pwd_key)
        every = [total, *parts[0], *parts[1], pwd]
        if any(not _all_of(values, int) for values in every):
            # Some count missing (or of another kind, already a suspect): those rows go one by one.
            suspects.update(i for i, row in enumerate(zip(*every)) if any(v.__class__ is not int for v in row))
            keep = [i for i in range(count) if i not in suspects]
            total = [total[i] for i in keep]
            parts = [[[values[i] for i in keep] for values in group] for group in parts]
            pwd = [pwd[i] for i in keep]
        else:
            keep = range(count)
        for group in parts:
            added = group[0]
            for values in group[1:]:
                added = list(map(operator.add, added, values))
            if added != total:
                suspects.update(keep[n] for n, (a, t) in enumerate(zip(added, total)) if a != t)
        if any(map(operator.gt, pwd, total)):
            suspects.update(keep[n] for n, (p, t) in enumerate(zip(pwd, total)) if p > t)
        totals[kind] = column(total_key)
    suspects.update(i for i, (t, r) in enumerate(zip(totals["targeted"], totals["reached"]))
                    if not (t.__class__ is int and r.__class__ is int and r <= t))
    return suspects




def _funding_suspects(column: _Column, context: Context, count: int) -> set[int]:
    """Rows the funding rules may find a problem with: an amount with more places than its currency has, or not
    above zero; a rate not above zero, or not 1 in USD; a USD amount with more than 2 places or not amount × rate;
    no funder named for a pledge, commitment or incoming amount; a date more than a year ahead."""
    amounts, rates, usds = column("amount"), column("usd_rate"), column("amount_usd")
    currencies, types, funders, days = (column("currency"), column("transaction_type"), column("funder_id"),
                                        column("transaction_date"))
    suspects = {i for i, (a, r, u, c) in enumerate(zip(amounts, rates, usds, currencies))
                if a.__class__ is not Decimal or r.__class__ is not Decimal or u.__class__ is not Decimal
                or not (a.is_finite() and r.is_finite() and u.is_finite()) or c.__class__ is not str}
    suspects.update(i for i, (funder, kind) in enumerate(zip(funders, types))
                    if funder is None and kind in ("pledge", "commitment", "incoming"))
    ahead = dt.date.today() + dt.timedelta(days=366)
    suspects.update(i for i, day in enumerate(days) if not (day.__class__ is dt.date and day <= ahead))
    keep = [i for i in range(count) if i not in suspects]
    if len(keep) < count:
        amounts, rates, usds, currencies = ([values[i] for i in keep] for values in (amounts, rates, usds,
                                                                                    currencies))
    places = {c: _currency_places(c) if c in reference.currencies() else 0 for c in set(currencies)}
    exponent = operator.attrgetter("exponent")
    try:
        # An exponent at or above -places is a sufficient sign of no more places than allowed (1.50 in XOF is not,
        # yet has none: the per-record check says so).
        flags = map(operator.or_, map(operator.lt, map(exponent, map(Decimal.as_tuple, amounts)),
                                      [-places[c] for c in currencies]),
                    map(operator.le, amounts, [Decimal(0)] * len(amounts)))
        flags = map(operator.or_, flags, map(operator.le, rates, [Decimal(0)] * len(rates)))
        flags = map(operator.or_, flags, map(operator.lt, map(exponent, map(Decimal.as_tuple, usds)), [-2] * len(usds)))
        expected = map(usd_amount, amounts, rates)
        flags = map(operator.or_, flags, map(USD_TOLERANCE.__lt__, map(abs, map(operator.sub, expected, usds))))
        flagged = list(flags)
    except ArithmeticError:  # a product beyond the decimal context: every row goes one by one, as check() does it
        return set(range(count))
    suspects.update(keep[n] for n, flag in enumerate(flagged) if flag)
    suspects.update(keep[n] for n, (c, r) in enumerate(zip(currencies, rates)) if c == "USD" and r != 1)
    return suspects


#: Entities whose cross-field rules have a bulk form: (column by name, context, row count) → rows to check one by one.
_BULK_RULES: dict[str, Callable[[_Column, Context, int], set[int]]] = {
    "beneficiary_count": _beneficiary_suspects,
    "funding_line": _funding_suspects,
}
