"""The package format, version 2: file name, sheets, row layout, columns, text escaping and the number rule.

Everything the writer and the reader must agree on lives here, so that neither keeps its own copy.
Columns come from the one rules module (``rules.IDENTITY_FIELDS`` + ``rules.FIELDS``): the machine key of a column is
the field name, the human label is the field's label, and the HXL tag comes from :data:`HXL_TAGS` below.
See docs/package-format.md for the same rules in prose.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.core import rules
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules import FieldSpec, Kind

FORMAT_NAME = "fieldbook-package"
FORMAT_VERSION = 2
#: Every version this Fieldbook reads. A later Fieldbook reads every earlier version (docs/package-format.md).
#: Version 2 added each row's fingerprint, the readable link columns, the HandEdits sheet and the signature.
READABLE_VERSIONS = frozenset({1, 2})

#: Row layout of an entity sheet (1-based, as Excel shows them).
KEY_ROW, LABEL_ROW, HXL_ROW = 1, 2, 3
FIRST_DATA_ROW = 4
#: Rows of an Excel sheet, and the data rows a package sheet can hold below its header rows.
EXCEL_MAX_ROWS = 1_048_576
SHEET_CAPACITY = EXCEL_MAX_ROWS - (FIRST_DATA_ROW - 1)
HEADER_ROWS = 3

README_SHEET = "README"
MANIFEST_SHEET = "Manifest"
DELETIONS_SHEET = "Deletions"
CODE_LISTS_SHEET = "CodeLists"
HAND_EDITS_SHEET = "HandEdits"  # version 2: rows accepted as edited in a spreadsheet, and by whom
PROVENANCE_SHEET = "Provenance"  # version 2, merged packages: what each signed source signed, line by line (hidden)

#: Entity → sheet name (≤ 31 characters, stable; never translated: the reader finds sheets by these names).
ENTITY_SHEETS: dict[str, str] = {
    "office": "Office",
    "partner": "Partners",
    "initiative": "Initiatives",
    "initiative_partner": "InitiativePartners",
    "beneficiary_count": "Beneficiaries",
    "funding_line": "Funding",
    "knowledge_product": "KnowledgeProducts",
}
SHEET_ENTITIES = {sheet: entity for entity, sheet in ENTITY_SHEETS.items()}

#: Rows of an entity sheet are written in this order (the digest does not depend on it).
ROW_ORDER: dict[str, tuple[str, ...]] = {
    "office": ("code",),
    "partner": ("name", "id"),
    "initiative": ("code", "id"),
    "initiative_partner": ("initiative_id", "partner_id", "role"),
    "beneficiary_count": ("initiative_id", "period", "group_code", "reach_type"),
    "funding_line": ("initiative_id", "transaction_date", "id"),
    "knowledge_product": ("title", "id"),
}

_COUNT_HXL = {"total": "+total", "female": "+f", "male": "+m", "other": "+x", "children": "+children",
              "youth": "+youth", "adults": "+adults", "older": "+elderly", "pwd": "+disabled"}

#: HXL hashtag of every column (https://hxlstandard.org/standard/dictionary/), so humanitarian tools can read a sheet.
HXL_TAGS: dict[str, dict[str, str]] = {
    "*": {
        "id": "#meta+id",
        "revision": "#meta+revision",
        "created_at": "#date+created",
        "updated_at": "#date+updated",
        "office_code": "#org+code+office",
    },
    "office": {
        "code": "#org+code",
        "name": "#org+name",
        "country": "#country+code",
        "region": "#region+code",
        "currency": "#currency+code",
        "language": "#meta+lang",
    },
    "initiative": {
        "code": "#activity+code",
        "title": "#activity+name",
        "description": "#description",
        "status": "#status+code",
        "start_date": "#date+start",
        "end_date": "#date+end",
        "country": "#country+code",
        "admin1": "#adm1+name",
        "locality": "#loc+name",
        "flagship_code": "#activity+flagship+code",
        "subprogramme_code": "#activity+subprogramme+code",
        "outcome_code": "#indicator+outcome+code",
        "crisis_context": "#crisis+type",
        "sdg_targets": "#indicator+sdg+target+list",
    },
    "partner": {
        "name": "#org+name",
        "acronym": "#org+acronym",
        "partner_type": "#org+type",
        "country": "#country+code",
    },
    "initiative_partner": {
        "initiative_id": "#activity+id",
        "partner_id": "#org+id",
        "role": "#org+role",
    },
    "beneficiary_count": {
        "initiative_id": "#activity+id",
        "period": "#date+period",
        "group_code": "#group+code",
        "reach_type": "#meta+reach",
        **{f"{kind}_{part}": f"#{kind}{tag}" for kind in ("targeted", "reached") for part, tag in _COUNT_HXL.items()},
    },
    "funding_line": {
        "initiative_id": "#activity+id",
        "funder_id": "#org+funder+id",
        "source_type": "#org+funder+type",
        "modality": "#modality+code",
        "transaction_type": "#meta+transaction+type",
        "transaction_date": "#date+transaction",
        "currency": "#currency+code",
        "amount": "#value",
        "usd_rate": "#meta+rate+usd",
        "amount_usd": "#value+usd",
        "reference": "#meta+ref",
        "notes": "#description+notes",
    },
    "knowledge_product": {
        "title": "#output+name",
        "product_type": "#output+type",
        "published_on": "#date+published",
        "initiative_id": "#activity+id",
        "link": "#meta+url",
    },
}

#: Column widths in characters, by kind; text columns get their own below.
_KIND_WIDTHS = {Kind.UUID: 37, Kind.DATETIME: 28, Kind.DATE: 12, Kind.INT: 11, Kind.DECIMAL: 16, Kind.CODE: 14,
                Kind.CODES: 24, Kind.TEXT: 20}
_TEXT_WIDTHS = {"title": 48, "name": 40, "description": 60, "notes": 40, "link": 40, "code": 14, "office_code": 11,
                "period": 9, "reference": 18}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an entity sheet."""

    key: str  # machine key: the field name
    label: str  # English label (row 2)
    hxl: str  # HXL hashtag (row 3)
    spec: FieldSpec

    @property
    def kind(self) -> Kind:
        return self.spec.kind

    @property
    def width(self) -> int:
        if self.kind is Kind.TEXT:
            return _TEXT_WIDTHS.get(self.key, 20)
        if self.kind is Kind.CODE and self.spec.code_list == "countries":
            return 10
        return max(_KIND_WIDTHS[self.kind], min(len(self.label) + 2, 24))


def columns(entity: str) -> tuple[Column, ...]:
    """The columns of an entity sheet: the entity's fields in the order people read them, then the identity."""
    return _COLUMNS[entity]


def _build_columns(entity: str) -> tuple[Column, ...]:
    tags = {**HXL_TAGS["*"], **HXL_TAGS[entity]}
    specs = (*rules.FIELDS[entity], *rules.IDENTITY_FIELDS)
    return tuple(Column(spec.name, spec.label, tags[spec.name], spec) for spec in specs)


_COLUMNS: dict[str, tuple[Column, ...]] = {entity: _build_columns(entity) for entity in rules.ENTITIES}

# ---------------------------------------------------------------------------------------------------------------
# Version 2: the sheet as written holds, beside the record's columns, a readable column for each link (for people;
# checked against the id on read) and the row's fingerprint (the sha256 of the row's content as exported, so an edit
# made in a spreadsheet is found row by row). Neither is part of the record or of the digest.

FINGERPRINT_KEY = "row_fingerprint"
FINGERPRINT_LABEL = QT_TRANSLATE_NOOP("package", "Row fingerprint (Fieldbook; do not change)")
FINGERPRINT_HXL = "#meta+fingerprint"
FINGERPRINT_WIDTH = 34
#: Hex digits of a row fingerprint: 128 bits of sha256, enough that no edit keeps it.
FINGERPRINT_DIGITS = 32

#: Link column → (its readable column's key, label, HXL tag).
LINK_LABELS: dict[str, tuple[str, str, str]] = {
    "initiative_id": ("initiative", QT_TRANSLATE_NOOP("package", "Initiative (code — title)"), "#activity+name"),
    "partner_id": ("partner", QT_TRANSLATE_NOOP("package", "Partner"), "#org+name"),
    "funder_id": ("funder", QT_TRANSLATE_NOOP("package", "Funder"), "#org+funder+name"),
}


@dataclass(frozen=True, slots=True)
class SheetColumn:
    """One column of an entity sheet as written: a record field, a link's readable text, or the fingerprint."""

    key: str
    label: str
    hxl: str
    width: float
    role: str  # "field", "link" (readable text of the field named by ``of``) or "fingerprint"
    of: str = ""


def sheet_columns(entity: str) -> tuple[SheetColumn, ...]:
    """The columns of an entity sheet in version 2, in the order written: each link's readable column just before
    its id, the fingerprint last."""
    return _SHEET_COLUMNS[entity]


def _build_sheet_columns(entity: str) -> tuple[SheetColumn, ...]:
    out: list[SheetColumn] = []
    links = rules.REFERENCES.get(entity, {})
    for column in columns(entity):
        if column.key in links and column.key in LINK_LABELS:
            key, label, hxl = LINK_LABELS[column.key]
            out.append(SheetColumn(key, label, hxl, 40, "link", column.key))
        out.append(SheetColumn(column.key, column.label, column.hxl, column.width, "field"))
    out.append(SheetColumn(FINGERPRINT_KEY, FINGERPRINT_LABEL, FINGERPRINT_HXL, FINGERPRINT_WIDTH, "fingerprint"))
    return tuple(out)


_SHEET_COLUMNS: dict[str, tuple[SheetColumn, ...]] = {entity: _build_sheet_columns(entity) for entity in rules.ENTITIES}


def row_fingerprint(content: str) -> str:
    """The fingerprint of a row: of its canonical content line (digest.canonicalizer), so a re-save that keeps the
    values keeps it, and any change of a value changes it."""
    return hashlib.sha256(content.encode()).hexdigest()[:FINGERPRINT_DIGITS]


def initiative_text(code: Any, title: Any) -> str:
    """How a link to an initiative reads in a package: ``KEN-001 — Climate-smart farming``."""
    return f"{code or ''} — {title or ''}".strip(" —")


#: The HandEdits sheet: one row per record whose current version was edited in a spreadsheet and accepted (by a
#: merge or an import), so the edit stays attributed wherever the package goes next.
HAND_EDIT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("entity", "Entity", "#meta+entity"),
    ("record_id", "Record id", "#meta+id"),
    ("revision", "Revision", "#meta+revision"),
    ("fingerprint", "Fingerprint of the edited row", "#meta+fingerprint"),
    ("edited_by", "Edited by", "#contact+name"),
    ("edited_at", "Accepted (UTC)", "#date+edited"),
    ("file", "Found in", "#meta+source"),
)

#: The Provenance sheet of a merged package: each signed source's rows-digest lines (digest.RowsDigest), so the
#: receiver checks each source's signature again and each record against the office that owns it.
PROVENANCE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("source", "Source package (data digest)", "#meta+source"),
    ("line", "Signed line", "#meta+signed"),
)

#: The Deletions sheet: one row per tombstone.
DELETION_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("entity", "Entity", "#meta+entity"),
    ("record_id", "Record id", "#meta+id"),
    ("revision", "Revision", "#meta+revision"),
    ("deleted_at", "Deleted (UTC)", "#date+deleted"),
    ("office_code", "Office", "#org+code+office"),
)

#: Code lists written to the CodeLists sheet: every list a coded column uses, in first-use order.
CODE_LIST_NAMES: tuple[str, ...] = tuple(
    dict.fromkeys(c.spec.code_list for e in rules.ENTITIES for c in columns(e) if c.spec.code_list)
)


# ---------------------------------------------------------------------------------------------------------------
# Text escaping
#
# XML 1.0 cannot carry most C0 control characters, U+FFFE or U+FFFF. Excel's own ``_xHHHH_`` escape would do, but the
# libraries in between disagree about it (python-calamine decodes it, though not for U+FFFE and not for overlapping
# ``_x005F_`` escapes; openpyxl leaves inline strings undecoded). So the package escapes them itself, with a marker
# no library touches: ``␛`` (U+241B) followed by four upper-case hex digits. ``␛`` itself is written ``␛241B``.
# Text that looks like Excel's escape (``_x0041_``) is defused the same way (its underscore becomes ``␛005F``), so no
# library decodes what a person typed. Tab and line feed are ordinary text and stay as they are.

ESCAPE = "\u241b"
_FORBIDDEN = "\x00-\x08\x0b-\x1f\ufffe\uffff"
#: ... and the "<" of a text that starts "<r>" and ends "</r>", which xlsxwriter (constant_memory) would write as raw
#: rich-text XML, not as text: the package would not even open (same test as xlsxwriter's: "$" allows a last "\n").
_NEEDS_ESCAPE = re.compile(f"[{_FORBIDDEN}{ESCAPE}]|_(?=[xX][0-9A-Fa-f]{{4}}_)|^<(?=r>[\\s\\S]*</r>\\n?\\Z)")
_ESCAPED = re.compile(f"{ESCAPE}([0-9A-F]{{4}})")


def _escape_one(match: re.Match[str]) -> str:
    return f"{ESCAPE}{ord(match.group(0)):04X}"


def escape_text(text: str) -> str:
    """Text as written to a cell: only characters XML 1.0 carries, nothing a reader would decode."""
    return _NEEDS_ESCAPE.sub(_escape_one, text)


def _unescape_one(match: re.Match[str]) -> str:
    return chr(int(match.group(1), 16))


def unescape_text(text: str) -> str:
    """The inverse of :func:`escape_text`. A ``␛`` not followed by four hex digits is kept as it is."""
    if ESCAPE not in text:
        return text
    return _ESCAPED.sub(_unescape_one, text)


# ---------------------------------------------------------------------------------------------------------------
# The number rule

#: A double carries 15 significant decimal digits exactly (DBL_DIG); longer numbers are written as text.
MAX_NUMBER_DIGITS = 15


def decimal_as_number(value: Decimal) -> float | None:
    """The float to write for an exact decimal, or ``None`` if it must be written as text to stay exact.

    A decimal is written as a number when it has at most 15 significant digits and the float, written the way the
    writer writes it (``%.16G``) and read back by shortest repr, gives the same decimal value again.
    """
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return None
    significant = len(digits)
    while significant > 1 and digits[significant - 1] == 0:
        significant -= 1
    if significant > MAX_NUMBER_DIGITS:
        return None
    number = float(value)
    if Decimal(repr(float(f"{number:.16G}"))) != value:
        return None
    return number


def timestamp_text(value: dt.datetime) -> str:
    """Record times travel as ISO 8601 text in UTC with microseconds: Excel times have neither zone nor microseconds."""
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# ---------------------------------------------------------------------------------------------------------------
# File names and sequence numbers

_NAME = re.compile(r"^(?P<office>[A-Z0-9][A-Z0-9-]{1,15})_(?P<period>\d{4}(?:-[HQ]\d)?)_(?P<seq>\d{3,})\.xlsx$")


def package_filename(office_code: str, period: str, sequence: int) -> str:
    """``KEN-NBO_2023-H2_003.xlsx``."""
    return f"{office_code}_{period}_{sequence:03d}.xlsx"


def parse_filename(name: str) -> tuple[str, str, int] | None:
    match = _NAME.match(name)
    return (match["office"], match["period"], int(match["seq"])) if match else None


def manifest_sources(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """The source packages a merged package lists (``sources``: JSON, nested merges flattened); [] for an office's
    package or an unreadable list."""
    raw = manifest.get("sources")
    try:
        listed = json.loads(raw) if isinstance(raw, str) and raw else []
    except ValueError:
        return []
    return [s for s in listed if isinstance(s, dict)] if isinstance(listed, list) else []


def package_offices(manifest: dict[str, Any]) -> set[str]:
    """The offices whose records a package may carry: its own office, and — a merged package — the offices of the
    packages it lists as its sources. No others, ever."""
    offices = {str(manifest.get("office_code") or "")}
    offices |= {str(s["office_code"]) for s in manifest_sources(manifest) if s.get("office_code")}
    offices.discard("")
    return offices


def next_sequence(folder: Path, office_code: str) -> int:
    """1 + the highest sequence number of this office's packages already in ``folder`` (any period); 1 if none."""
    highest = 0
    if folder.is_dir():
        for path in folder.iterdir():
            parsed = parse_filename(path.name)
            if parsed and parsed[0] == office_code:
                highest = max(highest, parsed[2])
    return highest + 1


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
