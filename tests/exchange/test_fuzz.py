"""Fuzzing the way in: whatever workbook arrives, the container scan, the reader and the validator answer with a
report or with one readable line naming the file — never a traceback, never unbounded memory.

Workbooks are made cheaply from one real package (the demo office KEN-NBO, with some deletions, exported once per
module) and damaged at two levels:

* cells — values, types, references, shared strings, styles that make numbers dates, the manifest, rows deleted,
  duplicated, moved, columns swapped, sheets emptied, dropped or renamed, malformed XML;
* the container — bytes flipped, files cut short, zip headers that lie (sizes, CRC, method, flags, names), duplicate
  and forbidden members, zip bombs, DTDs and entities, too many parts. These run in a child process whose address
  space is limited (as tests/exchange/test_hostile.py does): a blow-up kills the child and fails the test, not the
  run, and the child's peak memory is checked too.

Every example ends one of two ways: ``read_package`` raises an ``ExchangeError`` whose message is one line starting
with the file's path, or it returns a package whose report has one line per problem, each naming the file.

Examples are drawn deterministically (``derandomize``), so CI runs the same workbooks every time. The counts below add
up to more than 10,000 workbooks per run (about 90 s on two cores); ``FIELDBOOK_FUZZ_SCALE=10`` runs ten times as
many.
"""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.exchange.format import column_letter, sheet_columns
from tests.bench import _peak_kb  # VmHWM: ru_maxrss would carry over the pytest process's own peak to a child
from desktop.exchange.errors import ExchangeError, PackageError
from desktop.exchange.read import read_package

ROOT = Path(__file__).resolve().parents[2]
SCALE = float(os.environ.get("FIELDBOOK_FUZZ_SCALE", "1"))
#: Workbooks per test in the default (CI) run; together more than 10,000.
CELL_EXAMPLES = int(5000 * SCALE)
STRUCTURE_EXAMPLES = int(2000 * SCALE)
CONTAINER_EXAMPLES = int(3500 * SCALE)
#: The child that fuzzes containers may map this much memory; it must peak far lower.
CHILD_ADDRESS_SPACE = 2 << 30
CHILD_PEAK_RSS_MB = 768
#: A line a person can read: a message and a column key quote at most errors.MAX_QUOTED characters each.
MAX_LINE = 2100


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, derandomize=True, deadline=None, database=None, print_blob=False,
                    suppress_health_check=list(HealthCheck))


# ---------------------------------------------------------------------------------------------------------------
# The base package and a zip writer that can lie


def export_base(folder: Path) -> Path:
    """The demo office KEN-NBO with one initiative deleted (so Deletions has rows), exported once."""
    from db.models import Initiative
    from db.store import open_store
    from desktop.core.demo import build_demo
    from desktop.exchange.export import export_package

    folder.mkdir(parents=True, exist_ok=True)
    with open_store(folder / "office.sqlite", user="amina") as store:
        build_demo(store, "KEN-NBO")
        with store.session() as session:
            session.delete(session.scalars(select(Initiative).where(Initiative.code == "KEN-004")).one())
        return export_package(store, folder / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path


@dataclass
class Entry:
    """One zip member as it will be written: every header field may be made to lie."""

    name: bytes
    raw: bytes  # the bytes stored (compressed, or not)
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0
    crc: int = 0
    usize: int = 0
    csize: int | None = None  # None: the real length of raw
    extra: bytes = b""

    @classmethod
    def of(cls, name: str | bytes, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> Entry:
        name = name.encode() if isinstance(name, str) else name
        return cls(name, compress(data, method), method, 0x800 if not name.isascii() else 0, zlib.crc32(data),
                   len(data))


def compress(data: bytes, method: int) -> bytes:
    if method == zipfile.ZIP_DEFLATED:
        packer = zlib.compressobj(1, zlib.DEFLATED, -15)
        return packer.compress(data) + packer.flush()
    if method == zipfile.ZIP_BZIP2:
        import bz2

        return bz2.compress(data, 1)
    return data  # stored (or a method whose header lies)


def write_zip(entries: list[Entry], comment: bytes = b"", eocd: dict[str, int] | None = None) -> bytes:
    out = bytearray()
    central = bytearray()
    for e in entries:
        offset = len(out)
        csize = len(e.raw) if e.csize is None else e.csize
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, e.flags, e.method, 0, 0x21, e.crc & 0xFFFFFFFF,
                           csize & 0xFFFFFFFF, e.usize & 0xFFFFFFFF, len(e.name), len(e.extra))
        out += e.name + e.extra + e.raw
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, e.flags, e.method, 0, 0x21,
                               e.crc & 0xFFFFFFFF, csize & 0xFFFFFFFF, e.usize & 0xFFFFFFFF, len(e.name),
                               len(e.extra), 0, 0, 0, 0, offset & 0xFFFFFFFF)
        central += e.name + e.extra
    fields = {"count": len(entries), "size": len(central), "offset": len(out), "comment": len(comment)}
    fields.update(eocd or {})
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, fields["count"] & 0xFFFF, fields["count"] & 0xFFFF,
                      fields["size"] & 0xFFFFFFFF, fields["offset"] & 0xFFFFFFFF, fields["comment"] & 0xFFFF)
    return bytes(out + central + end + comment)


@dataclass
class Base:
    path: Path
    parts: dict[str, bytes]  # in the order of the archive
    sheets: dict[str, str]  # sheet name → worksheet part
    entries: dict[str, Entry] = field(default_factory=dict)  # each part deflated once

    @classmethod
    def load(cls, path: Path) -> Base:
        with zipfile.ZipFile(path) as archive:
            parts = {info.filename: archive.read(info) for info in archive.infolist()}
        workbook, rels = parts["xl/workbook.xml"].decode(), parts["xl/_rels/workbook.xml.rels"].decode()
        targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
        sheets = {name: "xl/" + targets[rid] for name, rid in re.findall(r'<sheet name="([^"]+)" sheetId="\d+" '
                                                                        r'r:id="(rId\d+)"', workbook)}
        parts["xl/styles.xml"] = _with_date_styles(parts["xl/styles.xml"])
        base = cls(path, parts, sheets)
        base.entries = {name: Entry.of(name, data) for name, data in parts.items()}
        return base

    def zip(self, parts: dict[str, bytes]) -> bytes:
        """The parts as an xlsx; a part still the base's own object is not compressed again."""
        return write_zip([self.entries[name] if self.parts.get(name) is data else Entry.of(name, data)
                          for name, data in parts.items()])


#: Number formats that make python-calamine give numbers back as dates, times and durations.
DATE_FORMATS = (14, 22, 20, 21, 45, 46, 47, 164)
FIRST_DATE_STYLE = 18  # the export writes 16 cell styles; these are added after them


def _with_date_styles(styles: bytes) -> bytes:
    """The base's styles with a cell style per date, time and duration format (a valid package stays valid)."""
    extra = "".join(f'<xf numFmtId="{n}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                    for n in DATE_FORMATS)
    text = styles.decode()
    count = int(re.search(r'<cellXfs count="(\d+)"', text).group(1))
    assert count == FIRST_DATE_STYLE, "the export's styles changed: update FIRST_DATE_STYLE"
    text = text.replace(f'<cellXfs count="{count}"', f'<cellXfs count="{count + len(DATE_FORMATS)}"')
    return text.replace("</cellXfs>", extra + "</cellXfs>").encode()


# ---------------------------------------------------------------------------------------------------------------
# What every example must end in


@dataclass
class Tally:
    outcomes: Counter[str] = field(default_factory=Counter)
    refusals: Counter[str] = field(default_factory=Counter)  # the start of each refusal's reason

    @property
    def workbooks(self) -> int:
        return sum(self.outcomes.values())


TALLY = Tally()


def check_one(path: Path, data: bytes) -> str:
    """Write the workbook, read it, and hold the answer to the promise: a report, or one line naming the file."""
    path.write_bytes(data)
    try:
        package = read_package(path)
    except ExchangeError as exc:
        message = str(exc)
        assert isinstance(exc, PackageError), f"{type(exc).__name__}: {message}"
        assert message.startswith(f"{path}: ") and len(message) > len(f"{path}: "), message
        assert len(message.splitlines()) == 1, f"not one line: {message!r}"
        assert len(message) <= MAX_LINE + len(str(path)), f"not readable: {len(message):,} characters"
        outcome = "refused"
        TALLY.refusals[re.sub(r"[0-9]+", "N", exc.reason[:90])] += 1
    else:
        report = package.report
        assert report.file == path
        for problem in report.problems:
            assert problem.file == str(path)
            line = problem.line()
            assert len(line.splitlines()) == 1, f"not one line: {line!r}"
            assert len(line) <= MAX_LINE, f"not readable: {len(line):,} characters: {line[:300]!r}…"
        assert len(report.summary().splitlines()) == 1
        json.dumps(report.as_json(), default=str)
        outcome = "valid" if report.valid else "rejected"
    TALLY.outcomes[outcome] += 1
    return outcome


# ---------------------------------------------------------------------------------------------------------------
# Cells


@dataclass
class Sheet:
    """A worksheet split for editing: the XML before its rows, the rows (opening tag, cells), the XML after."""

    head: str
    rows: list[tuple[str, list[str]]]
    tail: str

    _ROW = re.compile(r"(<row\b[^>]*?)(?:/>|>(.*?)</row>)", re.S)
    _CELL = re.compile(r"<c\b[^>]*?(?:/>|>.*?</c>)", re.S)

    @classmethod
    def parse(cls, xml: str) -> Sheet:
        start = xml.index("<sheetData")
        open_end = xml.index(">", start) + 1
        if xml[open_end - 2] == "/":
            return cls(xml[:start] + "<sheetData>", [], "</sheetData>" + xml[open_end:])
        end = xml.index("</sheetData>")
        rows = [(m.group(1) + ">", cls._CELL.findall(m.group(2) or ""))
                for m in cls._ROW.finditer(xml, open_end, end)]
        return cls(xml[:open_end], rows, xml[end:])

    def render(self) -> str:
        return self.head + "".join(tag + "".join(cells) + "</row>" for tag, cells in self.rows) + self.tail

    def copy(self) -> Sheet:
        return Sheet(self.head, [(tag, list(cells)) for tag, cells in self.rows], self.tail)


def _letters(number: int) -> str:
    text = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        text = chr(65 + rest) + text
    return text


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_REF_ATTR = re.compile(r'\sr="[^"]*"')


def _with_ref(cell: str, ref: str | None) -> str:
    """The cell with its reference replaced (None: with none at all)."""
    cell = _REF_ATTR.sub("", cell, count=1)
    return cell if ref is None else cell.replace("<c", f'<c r="{ref}"', 1)


def _ref_of(cell: str) -> str | None:
    match = re.search(r'\sr="([A-Z]+)([0-9]+)"', cell)
    return match.group(1) if match else None


# Text a person, another program or an attacker may put in a cell.
SPECIAL_TEXT = [
    "", " ", "\t", "NaN", "nan", "-nan", "inf", "-inf", "Infinity", "1e309", "-1e309", "1e-400", "-0", "0x1A",
    "1_000", "1,000.5", "1.000,5", " 42 ", "+7", "٣", "１２３", "Ⅻ", "²", "=1+1", "=SUM(A1:A3)", "@SUM(A1)",
    "=HYPERLINK(\"http://example.org\")", "-2147483649", "99999999999999999999999999999999", "1" * 400,
    "2023-13-45", "2023-02-29", "0000-01-01", "9999-12-31", "10000-01-01", "2023-07-01T24:00:00Z",
    "2023-07-01T09:30:00.000000Z", "2023-07-01T09:30:00+14:00", "2023-07-01 09:30", "01/07/2023", "44621",
    "2023-H2", "2023-Q5", "2023-H3", "99999-H1", "6cb25a4c-b4b7-5387-9fbb-6b9eb52391dc",
    "{6CB25A4C-B4B7-5387-9FBB-6B9EB52391DC}", "6cb25a4cb4b753879fbb6b9eb52391dc",
    "00000000-0000-0000-0000-000000000000",
    "KEN-NBO", "KEN", "active", "11.1 11.3", "11.1  11.1", "none", "\u241b000A", "\u241b", "\u241bZZZZ",
    "\u241b0000", "\u241bD800", "\u241bFFFF", "_x000A_", "_x0000_", "a\u2028b", "a\u0085b", "a\x0bb", "a\x1cb",
    "\ud7ff", "\U0001f600", "\u202eevil", "\ufeff", "True", "FALSE", "None", "null", "#N/A", "#DIV/0!",
]


def _text_values() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(SPECIAL_TEXT),
        st.text(max_size=30),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12),
        st.text(alphabet="0123456789.-+eE,:TZ _", max_size=24),
        st.tuples(st.sampled_from(["a", "é", "\u241b", "漢", " ", "\n", "0"]),
                  st.sampled_from([500, 4000, 32_767, 32_768, 200_000])).map(lambda t: t[0] * t[1]),
    )


_NUMBER_TEXT = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["NaN", "nan", "inf", "-inf", "1e309", "-0", "0x10", "", " 1 ", "1,5", "abc", "1e", "4.9e-324",
                     "1.7976931348623157e308", "2958466", "-1", "60", "0.5", "1e16", "9007199254740993"]),
)


class Abbrev(str):
    """A cell's XML, shown shortened in a falsifying example when it is long (the text is not changed)."""

    def __repr__(self) -> str:
        text = str(self)
        if len(text) <= 300:
            return repr(text)
        return f"{text[:120]!r} + ... + {text[-60:]!r} ({len(text):,} characters)"


def _cells() -> st.SearchStrategy[str]:
    """A cell's XML after ``<c``, without a reference (one is put in where the cell goes)."""
    date_style = st.integers(0, len(DATE_FORMATS) - 1).map(lambda i: FIRST_DATE_STYLE + i)
    any_style = st.one_of(st.just(5), date_style, st.integers(0, 2000))
    text = _text_values().map(_xml_text)
    return st.one_of(
        st.tuples(any_style, text).map(lambda t: f'<c s="{t[0]}" t="inlineStr"><is><t>{t[1]}</t></is></c>'),
        st.tuples(any_style, text).map(lambda t: f'<c s="{t[0]}" t="inlineStr"><is><t xml:space="preserve">'
                                                f'{t[1]}</t></is></c>'),
        st.tuples(any_style, _NUMBER_TEXT).map(lambda t: f'<c s="{t[0]}"><v>{t[1]}</v></c>'),
        st.tuples(date_style, _NUMBER_TEXT).map(lambda t: f'<c s="{t[0]}" t="n"><v>{t[1]}</v></c>'),
        st.sampled_from(["0", "1", "2", "true", ""]).map(lambda v: f'<c t="b"><v>{v}</v></c>'),
        st.sampled_from(["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA",
                         "bogus"]).map(lambda v: f'<c t="e"><v>{v}</v></c>'),
        st.tuples(text, text).map(lambda t: f'<c t="str"><f>{t[0]}</f><v>{t[1]}</v></c>'),
        st.sampled_from(["1/0", "SUM(A1:XFD1048576)", "NOW()", "A1"]).map(lambda f: f"<c><f>{f}</f></c>"),
        st.tuples(date_style, st.sampled_from(["2023-07-01", "2023-07-01T09:30:00", "2023-07-01T09:30:00Z",
                                               "garbage", "", "-2023-01-01", "99999-01-01T00:00:00"])).map(
            lambda t: f'<c s="{t[0]}" t="d"><v>{t[1]}</v></c>'),
        st.one_of(st.integers(-3, 5), st.sampled_from(["x", "", "1e3", "99999999999999999999"])).map(
            lambda i: f'<c t="s"><v>{i}</v></c>'),
        st.sampled_from(["<c/>", '<c t="inlineStr"/>', '<c t="inlineStr"><is/></c>', "<c><v/></c>",
                         '<c t="zz"><v>1</v></c>', '<c t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>',
                         '<c t="inlineStr"><is><t>a</t><rPh sb="0" eb="1"><t>x</t></rPh></is></c>',
                         '<c t="inlineStr"><is><t><![CDATA[<x>&]]></t></is></c>',
                         '<c t="inlineStr"><is><t>&#0;</t></is></c>', '<c t="inlineStr"><is><t>&#x1F600;</t></is></c>',
                         '<c t="inlineStr"><is><t>&#xFFFFFFFF;</t></is></c>', '<c t="inlineStr"><is><t>&bogus;</t>'
                         "</is></c>", "<c><v>1</c>", "<c><v>1</v>", '<c t="inlineStr"><is><t>x</is></c>',
                         "<c><!-- note --><v>1</v></c>", "<c><?pi x?><v>1</v></c>", '<c s="-1"><v>1</v></c>',
                         '<c s="x"><v>1</v></c>', "<c>\x00</c>", '<c t="inlineStr"><is><t>\x01\x02</t></is></c>']),
    ).map(Abbrev)


#: The sheets the reader reads; README and CodeLists are not read back.
READ_SHEETS = ("Office", "Initiatives", "Partners", "InitiativePartners", "Beneficiaries", "Funding",
               "KnowledgeProducts", "Deletions", "Manifest")

_REFS = st.one_of(
    st.tuples(st.integers(1, 40), st.integers(1, 60)).map(lambda t: f"{_letters(t[0])}{t[1]}"),
    st.tuples(st.integers(1, 300), st.integers(1, 12_000)).map(lambda t: f"{_letters(t[0])}{t[1]}"),
    st.sampled_from(["", "A0", "1A", "$A$1", "a4", "A-1", "A4:B5", "ÀÉ4", "AAA1", "IV9999", "IW1", "XFD1",
                     "A1048576", "A1048577", "A99999999999", "ZZZZ1", "Sheet1!A1", " A4", "A4 "]),
    st.none(),
)
_ROW_NUMBERS = st.one_of(st.integers(0, 60), st.integers(60, 1_048_577).map(str),
                         st.sampled_from(["", "-1", "x", "1.5", "4294967297", " 5"]), st.none())

_SHEET_NAMES = st.one_of(st.sampled_from(READ_SHEETS + ("README", "CodeLists", "manifest", "Manifest ",
                                                        "MANIFEST", "Funding\u200b")),
                         st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters='"&<'),
                                 max_size=40))

_READ = st.sampled_from(READ_SHEETS)
_INDEX = st.integers(0, 1000)  # an index into whatever is there, modulo its length

CELL_OPS = st.one_of(
    st.tuples(st.just("set"), _READ, _INDEX, _INDEX, _cells()),
    st.tuples(st.just("set"), st.just("Manifest"), _INDEX, st.just(1), _cells()),
    st.tuples(st.just("ref"), _READ, _INDEX, _INDEX, _REFS),
    st.tuples(st.just("row_number"), _READ, _INDEX, _ROW_NUMBERS, st.booleans()),
    st.tuples(st.just("delete_row"), _READ, _INDEX),
    st.tuples(st.just("duplicate_row"), _READ, _INDEX, _INDEX),
    st.tuples(st.just("swap_columns"), _READ, st.integers(1, 30), st.integers(1, 30)),
    st.tuples(st.just("swap_keys"), _READ, _INDEX, _INDEX),
    st.tuples(st.just("keep_rows"), _READ, st.integers(0, 4)),
    st.tuples(st.just("drop_cell"), _READ, _INDEX, _INDEX),
    st.tuples(st.just("append_row"), _READ, st.lists(_cells(), max_size=6)),
    st.tuples(st.just("junk"), _READ, _INDEX, st.sampled_from(
        ["</row>", "<row>", "<", "&bogus;", "<c r=\"A4\">", "</sheetData>", "<x:c r=\"A4\"><x:v>1</x:v></x:c>",
         "<row r=\"5\"/>", "\x00", "\ufffe", "<c r=\"A4\" r=\"B4\"><v>1</v></c>", "<![CDATA[junk]]>"])),
    st.tuples(st.just("dimension"), _READ, st.sampled_from(
        ["A1", "", "A1:A1", "B2:A1", "A1:IV9999", "A1:IV46874", "A1:IW2", "A1:ZZ10", "A0:B0", "X", ":", "A1:B"])),
)

MANIFEST_KEYS = ("format", "format_version", "app_version", "office_code", "office_name", "country", "period",
                 "sequence", "exported_at", "exported_by", "data_sha256", "rows.Office", "rows.Initiatives",
                 "rows.Funding", "rows.Deletions", "reference_version", "sources", "unknown.key")
_MANIFEST_VALUES = st.one_of(
    st.sampled_from(["fieldbook-package", "Fieldbook-Package", "fieldbook-package ", "1", "2", "0", "-1", "1.0",
                     "", "\u241b0031", "0" * 64]).map(lambda v: f'<c t="inlineStr"><is><t>{v}</t></is></c>'),
    _NUMBER_TEXT.map(lambda v: f"<c><v>{v}</v></c>"),
    _cells(),
)
MANIFEST_OPS = st.one_of(
    st.tuples(st.just("manifest"), st.sampled_from(MANIFEST_KEYS), _MANIFEST_VALUES),
    st.tuples(st.just("manifest_key"), _INDEX, _text_values().map(Abbrev)),
)

STRUCTURE_OPS = st.one_of(
    st.tuples(st.just("drop_sheet"), _READ, st.sampled_from(["workbook", "part", "rels"])),
    st.tuples(st.just("rename_sheet"), _READ, _SHEET_NAMES),
    st.tuples(st.just("shared_strings"), st.sampled_from(["plain", "rich", "short", "no_count", "missing", "junk",
                                                          "no_rels"])),
    st.tuples(st.just("part_text"), st.sampled_from(["xl/workbook.xml", "xl/styles.xml",
                                                      "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]),
              st.sampled_from(["empty", "truncate", "junk", "utf16", "no_decl", "latin1"])),
    st.tuples(st.just("sheet_text"), _READ, st.sampled_from(["empty", "truncate", "junk", "utf16", "no_decl",
                                                             "latin1", "no_sheetdata", "two_sheetdata"])),
)


class Workbook:
    """The base package's parts, being damaged."""

    def __init__(self, base: Base) -> None:
        self.base = base
        self.parts = dict(base.parts)
        self.sheets: dict[str, Sheet] = {}
        self.raw: set[str] = set()  # parts damaged as bytes: no longer edited as XML

    def sheet(self, name: str) -> Sheet | None:
        if name not in self.sheets:
            part = self.base.sheets[name]
            if part not in self.parts or part in self.raw:
                return None
            self.sheets[name] = Sheet.parse(self.parts[part].decode())
        return self.sheets[name]

    def text(self, part: str) -> str:
        return self.parts[part].decode()

    def editable(self, *parts: str) -> bool:
        """The parts are there and still XML this class can edit (not damaged as bytes)."""
        return all(part in self.parts and part not in self.raw for part in parts)

    def apply(self, op: tuple[Any, ...]) -> None:
        kind, *args = op
        getattr(self, "op_" + kind)(*args)

    def to_bytes(self) -> bytes:
        for name, sheet in self.sheets.items():
            part = self.base.sheets[name]
            if part in self.parts:
                self.parts[part] = sheet.render().encode("utf-8", "surrogatepass")
        return self.base.zip(self.parts)

    # -- cells --

    def op_set(self, name: str, row: int, col: int, cell: str) -> None:
        sheet = self.sheet(name)
        if not sheet or not sheet.rows:
            return
        tag, cells = sheet.rows[row % len(sheet.rows)]
        number = re.search(r'\sr="(\d+)"', tag)
        number_text = number.group(1) if number else "1"
        if col % (len(cells) + 1) == len(cells):
            cells.append(_with_ref(cell, f"{_letters(len(cells) + 1 + col % 3)}{number_text}"))
        else:
            index = col % (len(cells) + 1)
            cells[index] = _with_ref(cell, f"{_ref_of(cells[index]) or 'A'}{number_text}")

    def op_ref(self, name: str, row: int, col: int, ref: str | None) -> None:
        sheet = self.sheet(name)
        if sheet and sheet.rows and (cells := sheet.rows[row % len(sheet.rows)][1]):
            cells[col % len(cells)] = _with_ref(cells[col % len(cells)], ref)

    def op_row_number(self, name: str, row: int, number: int | str | None, cells_too: bool) -> None:
        sheet = self.sheet(name)
        if not sheet or not sheet.rows:
            return
        index = row % len(sheet.rows)
        tag, cells = sheet.rows[index]
        tag = _REF_ATTR.sub("", tag, count=1)
        if number is not None:
            tag = tag.replace("<row", f'<row r="{number}"', 1)
        if cells_too:
            cells = [_with_ref(c, f"{_ref_of(c) or 'A'}{number}" if number is not None else None) for c in cells]
        sheet.rows[index] = (tag, cells)

    def op_delete_row(self, name: str, row: int) -> None:
        sheet = self.sheet(name)
        if sheet and sheet.rows:
            del sheet.rows[row % len(sheet.rows)]

    def op_duplicate_row(self, name: str, row: int, to: int) -> None:
        sheet = self.sheet(name)
        if sheet and sheet.rows:
            tag, cells = sheet.rows[row % len(sheet.rows)]
            sheet.rows.insert(to % (len(sheet.rows) + 1), (tag, list(cells)))

    def op_swap_columns(self, name: str, a: int, b: int) -> None:
        """Column a becomes b and b becomes a, in every row (so the cells of a row are out of order)."""
        sheet = self.sheet(name)
        if not sheet:
            return
        first, second = _letters(a), _letters(b)
        swap = {first: second, second: first}

        def move(cell: str) -> str:
            letters = _ref_of(cell)
            if letters not in swap:
                return cell
            return re.sub(r'(\sr=")[A-Z]+', lambda m: m.group(1) + swap[letters], cell, count=1)

        sheet.rows = [(tag, [move(c) for c in cells]) for tag, cells in sheet.rows]

    def op_swap_keys(self, name: str, a: int, b: int) -> None:
        """Two header keys exchanged: the columns are renamed, not moved."""
        sheet = self.sheet(name)
        if sheet and sheet.rows and (cells := sheet.rows[0][1]):
            i, j = a % len(cells), b % len(cells)
            ref_i, ref_j = _ref_of(cells[i]), _ref_of(cells[j])
            cells[i], cells[j] = _with_ref(cells[j], f"{ref_i}1"), _with_ref(cells[i], f"{ref_j}1")

    def op_keep_rows(self, name: str, count: int) -> None:
        sheet = self.sheet(name)
        if sheet:
            sheet.rows = sheet.rows[:count]

    def op_drop_cell(self, name: str, row: int, col: int) -> None:
        sheet = self.sheet(name)
        if sheet and sheet.rows and (cells := sheet.rows[row % len(sheet.rows)][1]):
            del cells[col % len(cells)]

    def op_append_row(self, name: str, cells: list[str]) -> None:
        sheet = self.sheet(name)
        if sheet is not None:
            number = len(sheet.rows) + 1
            sheet.rows.append((f'<row r="{number}">',
                               [_with_ref(c, f"{_letters(i + 1)}{number}") for i, c in enumerate(cells)]))

    def op_junk(self, name: str, row: int, junk: str) -> None:
        sheet = self.sheet(name)
        if sheet and sheet.rows:
            tag, cells = sheet.rows[row % len(sheet.rows)]
            cells.insert(row % (len(cells) + 1), junk)

    def op_dimension(self, name: str, ref: str) -> None:
        sheet = self.sheet(name)
        if sheet:
            sheet.head = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="{ref}"/>', sheet.head)

    # -- the manifest --

    def op_manifest(self, key: str, cell: str) -> None:
        sheet = self.sheet("Manifest")
        if not sheet:
            return
        for index, (tag, cells) in enumerate(sheet.rows):
            if cells and f"<t>{key}</t>" in cells[0]:
                number = re.search(r'\sr="(\d+)"', tag).group(1)
                sheet.rows[index] = (tag, [cells[0], _with_ref(cell, f"B{number}")])
                return
        self.op_append_row("Manifest", [f'<c t="inlineStr"><is><t>{key}</t></is></c>', cell])

    def op_manifest_key(self, row: int, key: str) -> None:
        sheet = self.sheet("Manifest")
        if sheet and sheet.rows and (cells := sheet.rows[row % len(sheet.rows)][1]):
            ref = re.search(r'\sr="([^"]*)"', cells[0])
            cells[0] = _with_ref(f'<c t="inlineStr"><is><t>{_xml_text(key)}</t></is></c>', ref and ref.group(1))

    # -- structure --

    def op_drop_sheet(self, name: str, how: str) -> None:
        if not self.editable("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            return
        part = self.base.sheets[name]
        rid = f"rId{list(self.base.sheets).index(name) + 1}"
        if how == "part":
            self.parts.pop(part, None)
        elif how == "workbook":
            self.parts["xl/workbook.xml"] = re.sub(rf'<sheet name="[^"]*" sheetId="\d+" r:id="{rid}"/>', "",
                                                   self.text("xl/workbook.xml")).encode()
        else:
            self.parts["xl/_rels/workbook.xml.rels"] = re.sub(rf'<Relationship Id="{rid}"[^>]*/>', "",
                                                              self.text("xl/_rels/workbook.xml.rels")).encode()

    def op_rename_sheet(self, name: str, new: str) -> None:
        if not self.editable("xl/workbook.xml"):
            return
        self.parts["xl/workbook.xml"] = self.text("xl/workbook.xml").replace(
            f'<sheet name="{name}"', f'<sheet name="{_xml_text(new)}"', 1).encode("utf-8", "surrogatepass")

    def op_shared_strings(self, how: str) -> None:
        """Every inline string of the read sheets moved to a shared-strings part, which may then be damaged."""
        if not self.editable("[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
            return
        strings: dict[str, int] = {}

        def share(cell: str) -> str:
            match = re.fullmatch(r'<c([^>]*?) t="inlineStr"([^>]*)><is>(.*)</is></c>', cell, re.S)
            if not match:
                return cell
            index = strings.setdefault(match.group(3), len(strings))
            return f'<c{match.group(1)} t="s"{match.group(2)}><v>{index}</v></c>'

        for name in READ_SHEETS:
            if sheet := self.sheet(name):
                sheet.rows = [(tag, [share(c) for c in cells]) for tag, cells in sheet.rows]
        items = list(strings)
        if how == "rich":
            items = [f"<r><rPr><b/></rPr>{s}</r><r>{s}</r>" for s in items]
        elif how == "short":
            items = items[: len(items) // 2]
        count = "" if how == "no_count" else f' count="{len(items)}" uniqueCount="{len(items) * 2}"'
        sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.'
               f'org/spreadsheetml/2006/main"{count}>' + "".join(f"<si>{s}</si>" for s in items) + "</sst>")
        if how == "junk":
            sst = sst[: len(sst) // 2] + "<si><t>&undefined;</t>"
        if how != "missing":
            self.parts["xl/sharedStrings.xml"] = sst.encode("utf-8", "surrogatepass")
        self.parts["[Content_Types].xml"] = self.text("[Content_Types].xml").replace(
            "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode()
        if how != "no_rels":
            self.parts["xl/_rels/workbook.xml.rels"] = self.text("xl/_rels/workbook.xml.rels").replace(
                "</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>').encode()

    def op_part_text(self, part: str, how: str) -> None:
        if part not in self.raw:
            self.parts[part] = _damaged_text(self.parts[part], how)
            self.raw.add(part)

    def op_sheet_text(self, name: str, how: str) -> None:
        sheet = self.sheet(name)
        if sheet is None:
            return
        part = self.base.sheets[name]
        data = sheet.render().encode("utf-8", "surrogatepass")
        del self.sheets[name]
        self.raw.add(part)
        if how == "no_sheetdata":
            self.parts[part] = re.sub(rb"<sheetData>.*</sheetData>", b"", data, flags=re.S)
        elif how == "two_sheetdata":
            body = re.search(rb"<sheetData>.*</sheetData>", data, re.S).group(0)
            self.parts[part] = data.replace(body, body + body)
        else:
            self.parts[part] = _damaged_text(data, how)


def _damaged_text(data: bytes, how: str) -> bytes:
    if how == "empty":
        return b""
    if how == "truncate":
        return data[: len(data) * 2 // 3]
    if how == "junk":
        return data + b"<junk>&amp;<"
    text = data.decode("utf-8", "surrogatepass")
    if how == "utf16":
        return text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16", "surrogatepass")
    if how == "no_decl":
        return re.sub(r"^<\?xml[^>]*\?>\s*", "", text).encode("utf-8", "surrogatepass")
    return text.replace("UTF-8", "ISO-8859-1").encode("latin-1", "replace")  # latin1: declared and written so


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    return Base.load(export_base(tmp_path_factory.mktemp("fuzz-base")))


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where each example's workbook is written (a new file every time; the name is what messages must start
    with)."""
    return tmp_path_factory.mktemp("fuzz") / "KEN-NBO_2023-H2_001.xlsx"


def test_the_base_package_is_valid_and_rewriting_it_changes_nothing(base: Base, target: Path) -> None:
    """The fuzzers' starting point is a valid package with rows on every sheet the reader reads, and the zip writer
    here (with the added date styles) gives a workbook that reads the same."""
    original = read_package(base.path)
    assert original.report.valid and not original.report.warnings, original.report.problems
    assert all(original.report.row_counts[s] > 0 for s in READ_SHEETS if s != "Manifest")
    assert check_one(target, Workbook(base).to_bytes()) == "valid"
    again = read_package(target)
    assert again.report.digest == original.report.digest and again.manifest == original.manifest


def _fuzz_cells(base: Base, target: Path, ops: list[tuple[Any, ...]]) -> None:
    book = Workbook(base)
    for op in ops:
        book.apply(op)
    check_one(target, book.to_bytes())


def _outcomes_during(run: Any) -> Counter[str]:
    """Run a fuzzer; its outcomes (printed with -s, with the commonest refusals)."""
    before, refusals = Counter(TALLY.outcomes), Counter(TALLY.refusals)
    started = time.perf_counter()
    run()
    after = TALLY.outcomes - before
    print(f"\n{sum(after.values())} workbooks in {time.perf_counter() - started:.1f} s: {dict(after)}")
    for reason, count in (TALLY.refusals - refusals).most_common(12):
        print(f"  {count:6}  {reason}")
    return after


def test_damaged_cells_and_manifests_are_reported_never_raised(base: Base, target: Path) -> None:
    """Cell values of every type (numbers that are dates, formulas, errors, huge and non-finite numbers, control
    characters, escapes, very long text), references, rows, columns and manifest values: the reader answers with a
    report or one line."""

    @_settings(CELL_EXAMPLES)
    @given(st.lists(st.one_of(CELL_OPS, MANIFEST_OPS), min_size=1, max_size=5))
    def fuzz(ops: list[tuple[Any, ...]]) -> None:
        _fuzz_cells(base, target, ops)

    outcomes = _outcomes_during(fuzz)
    assert sum(outcomes.values()) >= CELL_EXAMPLES
    # Damaged cells must mostly reach the rows: a fuzzer refused at the door tests nothing but the door.
    assert outcomes["valid"] + outcomes["rejected"] > 0.5 * sum(outcomes.values()), outcomes


def test_damaged_sheets_and_parts_are_reported_never_raised(base: Base, target: Path) -> None:
    """Sheets missing, renamed (to each other's names too), emptied, encoded otherwise or cut short; shared strings
    added and damaged; the workbook's own parts damaged — mixed with damaged cells."""

    @_settings(STRUCTURE_EXAMPLES)
    @given(st.lists(STRUCTURE_OPS, min_size=1, max_size=3), st.lists(CELL_OPS, max_size=3))
    def fuzz(structure: list[tuple[Any, ...]], cells: list[tuple[Any, ...]]) -> None:
        _fuzz_cells(base, target, structure + cells)

    outcomes = _outcomes_during(fuzz)
    assert sum(outcomes.values()) >= STRUCTURE_EXAMPLES


# ---------------------------------------------------------------------------------------------------------------
# The container, in a child process with bounded memory

BOMB_BYTES = 8 << 20


def _deflated(name: str | bytes, data: bytes) -> Entry:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    entry = Entry.of(name, b"")
    return replace(entry, raw=packer.compress(data) + packer.flush(), crc=zlib.crc32(data), usize=len(data))


_BOMBS: dict[str, Entry] = {}


def _bomb(kind: str) -> Entry:
    """Members that expand 1,000 times and more, made once per process: zeros, worksheet rows, and both with
    headers that lie about the size."""
    if kind not in _BOMBS:
        if kind == "zeros":
            _BOMBS[kind] = _deflated("x", b"\0" * BOMB_BYTES)
        elif kind == "rows":
            row = b'<row r="4"><c r="A4" t="inlineStr"><is><t>x</t></is></c></row>'
            sheet = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                     b'spreadsheetml/2006/main"><sheetData>' + row * (BOMB_BYTES // len(row)) +
                     b"</sheetData></worksheet>")
            _BOMBS[kind] = _deflated("x", sheet)
        elif kind == "zeros_small_header":
            _BOMBS[kind] = replace(_bomb("zeros"), usize=1000)
        else:  # just under the ratio: 5 MB that compress about 100 times (a long but honest part)
            data = (b"<x>" + bytes(range(256)) * 40 + b"</x>") * 500
            _BOMBS[kind] = _deflated("x", data)
    return _BOMBS[kind]


_MEMBER = st.integers(0, 100)  # an index into the members, modulo their number
_NAMES = st.one_of(
    st.sampled_from([
        "xl/worksheets/sheet2.xml", "XL/Worksheets/Sheet2.xml", "xl\\worksheets\\sheet2.xml", "/xl/workbook.xml",
        "../xl/workbook.xml", "xl/../../etc/passwd", "", "xl/", "xl/worksheets/", "a\nb.xml", "xl/a\u2028b.xml",
        "xl/\x00.xml", "xl/media/" + "x" * 5000 + ".xml", "xl/sharedStrings.xml", "[Content_Types].xml",
        "xl/vbaProject.bin", "xl/VBAPROJECT.BIN", "xl/externalLinks/externalLink1.xml",
        "xl/embeddings/oleObject1.bin", "xl/activeX/activeX1.xml", "xl/worksheets/sheet2.xml.rels",
        "xl/worksheets/_rels/sheet2.xml.rels", "customXml/item1.xml", "xl/worksheets/sheet99.xml",
    ]).map(str.encode),
    st.binary(min_size=1, max_size=40),
)
_ENTRY_OPS = st.one_of(
    st.tuples(st.just("drop"), _MEMBER),
    st.tuples(st.just("duplicate"), _MEMBER, _MEMBER),
    st.tuples(st.just("rename"), _MEMBER, _NAMES),
    st.tuples(st.just("method"), _MEMBER, st.sampled_from([0, 8, 12]), st.just(True)),
    st.tuples(st.just("method"), _MEMBER, st.sampled_from([0, 1, 6, 9, 12, 14, 93, 95, 97, 98, 99, 65535]),
              st.just(False)),
    st.tuples(st.just("flags"), _MEMBER, st.one_of(st.sampled_from([0x1, 0x8, 0x40, 0x800, 0x2000, 0x41]),
                                                   st.integers(0, 0xFFFF))),
    st.tuples(st.just("crc"), _MEMBER, st.sampled_from(["zero", "plus1", "max"])),
    st.tuples(st.just("csize"), _MEMBER, st.sampled_from([0, 1, -1, 1000, 0xFFFFFFFF])),
    st.tuples(st.just("usize"), _MEMBER, st.sampled_from([0, 1, -1, 1000, 0xFFFFFFFF, 3 << 30])),
    st.tuples(st.just("extra"), _MEMBER, st.one_of(
        st.sampled_from([b"\x01\x00\x08\x00" + b"\xff" * 8, b"\x01\x00\x00\x00", b"\x01\x00\x1c\x00" + b"\0" * 28,
                         b"\x01\x00\xff\xff", b"\x75\x70\x05\x00\x01abcd", b"\xff"]),
        st.binary(max_size=24))),
    st.tuples(st.just("bomb"), st.sampled_from(["zeros", "rows", "zeros_small_header", "honest"]),
              st.sampled_from(["xl/media/pad.xml", "xl/media/pad.bin", "xl/worksheets/sheet2.xml",
                               "xl/worksheets/sheet11.xml", "xl/sharedStrings.xml"])),
    st.tuples(st.just("many"), st.sampled_from([990, 1001, 1500])),
    st.tuples(st.just("dtd"), _MEMBER, st.sampled_from([
        '<!DOCTYPE x [<!ENTITY a "b">]>', "<!doctype x>", '<!ENTITY a "b">',
        '<!DOCTYPE x SYSTEM "http://example.org/x.dtd">', "<!DocType x>"])),
    st.tuples(st.just("utf16_dtd"), _MEMBER),
    st.tuples(st.just("content_types"), st.sampled_from(["macro", "vba", "empty", "junk"])),
    st.tuples(st.just("replace"), _MEMBER, st.one_of(st.binary(max_size=200), st.just(b""),
                                                      st.just(b"<?xml version='1.0'?><x>"))),
    st.tuples(st.just("far"), st.sampled_from([
        '<dimension ref="A1:XFD1048576"/>', '<c r="XFD1"><v>1</v></c>', '<c r="A1048576"><v>1</v></c>',
        '<c r="IV60000"><v>1</v></c>', '<c r = "IW1"><v>1</v></c>', "<c r='A2000000'><v>1</v></c>",
        '<c\tr="ZZZZ1"><v>1</v></c>', '<row r="99999999999"/>'])),
)
_BYTE_OPS = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 1 << 20), st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.integers(0, 1 << 20)),
    st.tuples(st.just("append"), st.binary(max_size=64)),
    st.tuples(st.just("prepend"), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("overwrite"), st.integers(0, 1 << 20), st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("eocd"), st.sampled_from(["count", "size", "offset", "comment"]),
              st.sampled_from([0, 1, 0xFFFF, 0xFFFFFFFF, 12345])),
    st.tuples(st.just("comment"), st.one_of(st.binary(max_size=40), st.just(b"PK\x05\x06" + b"\0" * 18))),
    st.tuples(st.just("zip64_locator"), st.binary(min_size=16, max_size=16)),
)


class Container:
    """The base package's members as zip entries, being damaged."""

    def __init__(self, base: Base) -> None:
        self.base = base
        self.entries = [base.entries[name] for name in base.parts]
        self.comment = b""
        self.eocd: dict[str, int] = {}
        self.locator = b""

    def pick(self, index: int) -> int | None:
        return index % len(self.entries) if self.entries else None

    def apply(self, op: tuple[Any, ...]) -> None:
        kind, *args = op
        getattr(self, "op_" + kind)(*args)

    def data(self, i: int) -> bytes | None:
        """A member's content, if its entry still says how to get it."""
        name = self.entries[i].name.decode(errors="replace")
        entry = self.base.entries.get(name)
        return self.base.parts[name] if entry is self.entries[i] else None

    def op_drop(self, i: int) -> None:
        if (i := self.pick(i)) is not None:
            del self.entries[i]

    def op_duplicate(self, i: int, j: int) -> None:
        if (i := self.pick(i)) is not None:
            self.entries.append(replace(self.entries[self.pick(j)], name=self.entries[i].name))

    def op_rename(self, i: int, name: bytes) -> None:
        if (i := self.pick(i)) is not None:
            self.entries[i] = replace(self.entries[i], name=name[:65535])

    def op_method(self, i: int, method: int, recompress: bool) -> None:
        if (i := self.pick(i)) is None:
            return
        data = self.data(i)
        if recompress and data is not None:
            self.entries[i] = replace(self.entries[i], raw=compress(data, method), method=method)
        else:
            self.entries[i] = replace(self.entries[i], method=method)

    def op_flags(self, i: int, flags: int) -> None:
        if (i := self.pick(i)) is not None:
            self.entries[i] = replace(self.entries[i], flags=flags)

    def op_crc(self, i: int, how: str) -> None:
        if (i := self.pick(i)) is not None:
            crc = {"zero": 0, "plus1": self.entries[i].crc + 1, "max": 0xFFFFFFFF}[how]
            self.entries[i] = replace(self.entries[i], crc=crc)

    def op_csize(self, i: int, value: int) -> None:
        if (i := self.pick(i)) is not None:
            real = len(self.entries[i].raw)
            self.entries[i] = replace(self.entries[i], csize=real + value if value in (1, -1) else value)

    def op_usize(self, i: int, value: int) -> None:
        if (i := self.pick(i)) is not None:
            usize = self.entries[i].usize
            self.entries[i] = replace(self.entries[i], usize=usize + value if value in (1, -1) else value)

    def op_extra(self, i: int, extra: bytes) -> None:
        if (i := self.pick(i)) is not None:
            self.entries[i] = replace(self.entries[i], extra=extra)

    def op_bomb(self, kind: str, name: str) -> None:
        self.entries = [e for e in self.entries if e.name != name.encode()]
        self.entries.append(replace(_bomb(kind), name=name.encode()))

    def op_many(self, count: int) -> None:
        self.entries.extend(Entry.of(f"xl/media/m{n}.xml", b"<m/>") for n in range(count))

    def _xml_members(self) -> list[int]:
        return [i for i, e in enumerate(self.entries) if e.name.endswith((b".xml", b".rels"))
                and self.data(i) is not None]

    def op_dtd(self, i: int, dtd: str) -> None:
        if xml := self._xml_members():
            index = xml[i % len(xml)]
            data = self.data(index)
            data = re.sub(rb"^(<\?xml[^>]*\?>)", lambda m: m.group(1) + dtd.encode(), data, count=1)
            self.entries[index] = Entry.of(self.entries[index].name, data)

    def op_utf16_dtd(self, i: int) -> None:
        """An XML part in UTF-16 with a DTD and an external entity: bytes in which ``<!DOCTYPE`` is not written."""
        if xml := self._xml_members():
            index = xml[i % len(xml)]
            text = self.data(index).decode()
            text = re.sub(r'^<\?xml[^>]*\?>', '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY xxe '
                          'SYSTEM "file:///etc/passwd">]>', text, count=1).replace("<t>KEN-NBO</t>", "<t>&xxe;</t>")
            self.entries[index] = Entry.of(self.entries[index].name, text.encode("utf-16"))

    def op_content_types(self, how: str) -> None:
        data = self.base.parts["[Content_Types].xml"]
        data = {"macro": data.replace(b"sheet.main+xml", b"sheet.macroEnabled.main+xml"),
                "vba": data.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/'
                                    b'vnd.ms-office.vbaProject"/></Types>'),
                "empty": b"", "junk": data[:100]}[how]
        self.entries = [e if e.name != b"[Content_Types].xml" else Entry.of(e.name, data) for e in self.entries]

    def op_replace(self, i: int, data: bytes) -> None:
        if (i := self.pick(i)) is not None:
            self.entries[i] = Entry.of(self.entries[i].name, data)

    def op_far(self, xml: str) -> None:
        """A worksheet whose cells (or whose dimension) reach past what a package sheet may span."""
        part = self.base.sheets["Office"].encode()
        for i, entry in enumerate(self.entries):
            if entry.name == part and (data := self.data(i)) is not None:
                if xml.startswith("<dimension"):
                    data = re.sub(rb'<dimension ref="[^"]*"/>', xml.encode(), data)
                else:
                    data = data.replace(b"</row></sheetData>", xml.encode() + b"</row></sheetData>")
                self.entries[i] = Entry.of(entry.name, data)

    def to_bytes(self, byte_ops: list[tuple[Any, ...]]) -> bytes:
        data = bytearray(write_zip(self.entries, self.comment, self.eocd))
        for kind, *args in byte_ops:
            if kind == "flip" and data:
                data[args[0] % len(data)] ^= args[1]
            elif kind == "truncate":
                del data[args[0] % (len(data) + 1):]
            elif kind == "append":
                data += args[0]
            elif kind == "prepend":
                data[:0] = args[0]
            elif kind == "overwrite" and data:
                at = args[0] % len(data)
                data[at:at + len(args[1])] = args[1]
            elif kind == "eocd":
                self.eocd[args[0]] = args[1]
                data = bytearray(write_zip(self.entries, self.comment, self.eocd))
            elif kind == "comment":
                self.comment = args[0]
                data = bytearray(write_zip(self.entries, self.comment, self.eocd))
            elif kind == "zip64_locator":
                end = data.rfind(b"PK\x05\x06")
                if end >= 0:
                    data[end:end] = b"PK\x06\x07" + args[0]
        return bytes(data)


def run_container_fuzz(base_path: str, folder: str, examples: str) -> None:
    """The container fuzzer, run in a child (see the test below): prints one line of JSON with what it did."""
    base = Base.load(Path(base_path))
    target = Path(folder) / "KEN-NBO_2023-H2_001.xlsx"

    @_settings(int(examples))
    @given(st.lists(_ENTRY_OPS, max_size=3), st.lists(_BYTE_OPS, max_size=2))
    def fuzz(entry_ops: list[tuple[Any, ...]], byte_ops: list[tuple[Any, ...]]) -> None:
        box = Container(base)
        for op in entry_ops:
            box.apply(op)
        check_one(target, box.to_bytes(byte_ops))

    started = time.perf_counter()
    fuzz()
    print(json.dumps({"workbooks": TALLY.workbooks, "seconds": round(time.perf_counter() - started, 1),
                      "outcomes": dict(TALLY.outcomes), "refusals": TALLY.refusals.most_common(),
                      "peak_rss_mb": _peak_kb() // 1024}))


def test_damaged_containers_are_refused_in_one_line_within_bounded_memory(base: Base, tmp_path: Path) -> None:
    """Bytes flipped, files cut short, headers that lie, duplicate and forbidden members, zip bombs, DTDs, too many
    parts: each refused in one line naming the file (or read, when the damage is harmless). Run in a child whose
    address space is limited, so a blow-up fails this test and not the run; its peak memory must stay far lower."""
    limit = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({CHILD_ADDRESS_SPACE}, {CHILD_ADDRESS_SPACE})); "
    child = subprocess.run(
        [sys.executable, "-c", limit + "import sys; from tests.exchange.test_fuzz import run_container_fuzz; "
         "run_container_fuzz(*sys.argv[1:])", str(base.path), str(tmp_path), str(CONTAINER_EXAMPLES)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RUST_BACKTRACE": "0"},
    )
    assert child.returncode == 0, child.stdout[-8000:] + child.stderr[-8000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"\n{result['workbooks']} workbooks in {result['seconds']} s: {result['outcomes']}, "
          f"peak {result['peak_rss_mb']} MB")
    for reason, count in result["refusals"][:15]:
        print(f"  {count:6}  {reason}")
    assert result["workbooks"] >= CONTAINER_EXAMPLES
    assert result["peak_rss_mb"] < CHILD_PEAK_RSS_MB
    # The fuzzer still makes what it is meant to: each defence of the container refuses some of its workbooks.
    refusals = " | ".join(reason for reason, _ in result["refusals"])
    for defence in ("expands far beyond its compressed size", "declares a DTD", "parts; a package has",
                    "is compressed with method", "contains macros", "Bad CRC", "beyond Excel's last column"):
        assert defence in refusals, defence


# ---------------------------------------------------------------------------------------------------------------
# What the fuzzers found, kept as plain tests


def _refused(path: Path, data: bytes, *phrases: str) -> str:
    path.write_bytes(data)
    with pytest.raises(PackageError) as caught:
        read_package(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and len(message.splitlines()) == 1, message
    for phrase in phrases:
        assert phrase in message, message
    return message


def _read(path: Path, data: bytes) -> Any:
    path.write_bytes(data)
    package = read_package(path)
    for problem in package.report.problems:
        assert len(problem.line().splitlines()) == 1 and len(problem.line()) <= MAX_LINE, problem.line()
    return package


def _funding_cell(base: Base, column: int, cell: str) -> bytes:
    """The package with one cell of the fourth funding line replaced (columns counted from 0: F date, H amount,
    I rate, J amount in USD)."""
    book = Workbook(base)
    book.apply(("set", "Funding", 3, column, cell))
    return book.to_bytes()


@pytest.mark.parametrize("style, number, error", [
    (6, "-1e16", "TimeDelta"),  # the package's own date style: python-calamine panics (PanicException)
    (6, "-1e12", "TimeDelta"),
    (FIRST_DATE_STYLE + DATE_FORMATS.index(46), "1e10", "days="),  # a duration: OverflowError making a timedelta
])
def test_a_date_cell_holding_a_number_python_calamine_cannot_convert_is_refused_in_one_line(
    base: Base, target: Path, style: int, number: str, error: str
) -> None:
    """Found by the fuzzer: python-calamine converts a date-formatted cell as its row is read, and panics (a
    BaseException, which ``except Exception`` let through as a traceback) or raises OverflowError on a number far
    outside the dates. The reader refuses the sheet in one line instead."""
    _refused(target, _funding_cell(base, 5, f'<c s="{style}"><v>{number}</v></c>'), "sheet Funding cannot be read",
             error)


_AMOUNT, _RATE = ([c.key for c in sheet_columns("funding_line")].index(k) for k in ("amount", "usd_rate"))


@pytest.mark.parametrize("column, text", [
    (_AMOUNT, "1e300"),  # the digest could not write it out (decimal.InvalidOperation)
    (_AMOUNT, "1e1000000"),  # nor this one (decimal.Overflow)
    (_RATE, "1e-999999999999"),  # validated, then import wrote it out for the store: MemoryError
    (_AMOUNT, "99999999999999999999999999999"),  # 29 digits
])
def test_a_decimal_beyond_28_digits_is_an_error_on_its_cell(base: Base, target: Path, column: int,
                                                            text: str) -> None:
    """Found by the fuzzer: decimals written beyond what a 28-digit decimal context writes out crashed the digest
    (1E+300), or passed validation and then needed a terabyte to be written to the store at import
    (1E-999999999999). The rules refuse them as out of range, on their cell."""
    package = _read(target, _funding_cell(base, column, f'<c t="inlineStr"><is><t>{text}</t></is></c>'))
    letter = column_letter(column)
    assert [(p.cell, p.code) for p in package.report.errors if "out of range" in p.message] == [(f"{letter}4", "type")]


def test_a_whole_number_of_thousands_of_digits_is_an_error_on_its_cell(base: Base, target: Path) -> None:
    """Found by the fuzzer: int() refuses text of more than 4,300 digits with ValueError, which escaped the rules'
    coercion as a traceback. It is "not a whole number" now, quoted short."""
    book = Workbook(base)
    book.apply(("set", "Initiatives", 3, 15, f'<c t="inlineStr"><is><t>{"9" * 5000}</t></is></c>'))
    package = _read(target, book.to_bytes())
    [problem] = [p for p in package.report.errors if p.key == "revision"]
    assert problem.cell == "P4" and "is not a whole number" in problem.message and len(problem.message) < 1100


def test_problems_quoting_line_breaks_or_long_text_are_one_readable_line(base: Base, target: Path) -> None:
    """Found by the fuzzer: a problem quoting a cell — a column key, an office code — held the cell's line breaks,
    and a refusal quoting the manifest held all 32,767 characters of it. Line breaks are escaped, long quotes cut."""
    book = Workbook(base)
    book.apply(("set", "Initiatives", 0, 100, '<c t="inlineStr"><is><t>new\ncolumn\u2028here</t></is></c>'))
    book.apply(("append_row", "Office", ['<c t="inlineStr"><is><t>' + "\n" * 500 + "</t></is></c>"]))
    book.apply(("set", "Partners", 3, 0, f'<c t="inlineStr"><is><t>{"x" * 40_000}</t></is></c>'))
    package = _read(target, book.to_bytes())
    assert any(p.code == "column_unknown" and p.key == "new\\ncolumn\\u2028here" for p in package.report.problems)

    book = Workbook(base)
    book.apply(("manifest", "format_version", f'<c t="inlineStr"><is><t>{"a" * 4000}\nb</t></is></c>'))
    message = _refused(target, book.to_bytes(), "unreadable format version", "(4,0")
    assert len(message) < MAX_LINE


def _zip_with(base: Base, change: Any) -> bytes:
    box = Container(base)
    change(box)
    return write_zip(box.entries)


def test_a_part_compressed_with_a_method_an_xlsx_never_uses_is_refused_in_one_line(base: Base,
                                                                                     target: Path) -> None:
    """Found by the fuzzer: zipfile raises NotImplementedError (not BadZipFile) for a compression method it does
    not know, and the container scan let it through as a traceback."""
    for method in (1, 99, 12, 14):
        _refused(target, _zip_with(base, lambda box: box.op_method(0, method, False)), "is compressed with method")


def test_zip_features_zipfile_does_not_implement_are_refused_in_one_line(base: Base, target: Path) -> None:
    """Found by the fuzzer: a central directory asking for zip version 6.4, or a member flagged as strongly
    encrypted, made zipfile raise NotImplementedError through the container scan."""
    data = bytearray(write_zip(Container(base).entries))
    at = data.find(b"PK\x01\x02")
    data[at + 6:at + 8] = struct.pack("<H", 64)  # version needed to extract: 6.4
    _refused(target, bytes(data), "cannot be opened as a zip archive", "zip file version")
    _refused(target, _zip_with(base, lambda box: box.op_flags(0, 0x40)), "strong encryption")


def test_an_xml_part_in_utf16_cannot_hide_a_dtd(base: Base, target: Path) -> None:
    """Found by the fuzzer: in UTF-16, ``<!DOCTYPE`` is not the bytes the container scan looks for, so a DTD with
    an external entity went past it (python-calamine then read nothing, and openpyxl, for --report, failed on it).
    XML in UTF-16 or UTF-32 is refused before any parser sees it."""
    for index in range(len(base.parts)):
        box = Container(base)
        name = box.entries[index].name.decode()
        if name.endswith((".xml", ".rels")):
            box.op_utf16_dtd(index)
            _refused(target, write_zip(box.entries), "UTF-16")


@pytest.mark.parametrize("kind, name, phrase", [
    ("zeros", "xl/media/pad.xml", "expands far beyond its compressed size"),
    ("rows", "xl/worksheets/sheet2.xml", "expands far beyond its compressed size"),
    ("zeros_small_header", "xl/media/pad.bin", "Bad CRC"),  # the header says 1,000 bytes: only those are read
])
def test_zip_bombs_are_refused_after_reading_a_few_megabytes(base: Base, target: Path, kind: str, name: str,
                                                              phrase: str) -> None:
    """The container scan counts the bytes a member really expands to, not what its header claims, and stops at
    a ratio of 200 past 4 MB — the fuzzer's bombs expand 1,000 times (8 MB from 8 KB)."""
    started = time.perf_counter()
    _refused(target, _zip_with(base, lambda box: box.op_bomb(kind, name)), phrase)
    assert time.perf_counter() - started < 5


def test_a_sheet_just_inside_the_cell_limit_is_read_within_bounded_memory(base: Base, tmp_path: Path) -> None:
    """The container lets a sheet span up to 12 million cells, which python-calamine allocates: the fuzzer's
    largest inside it (the Office sheet's 12 columns of format 2 × 999,999 rows) peaks near 700 MB. Run in a child
    with limited address space."""
    box = Container(base)
    box.op_far('<c r="A999999"><v>1</v></c>')
    target = tmp_path / "KEN-NBO_2023-H2_001.xlsx"
    target.write_bytes(write_zip(box.entries))
    limit = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({CHILD_ADDRESS_SPACE}, {CHILD_ADDRESS_SPACE})); "
    code = (limit + "import sys, resource; from desktop.exchange.read import read_package; "
            "r = read_package(sys.argv[1]).report; "
            "from tests.bench import _peak_kb; print(len(r.problems), _peak_kb() // 1024)")
    child = subprocess.run([sys.executable, "-c", code, str(target)], cwd=ROOT, capture_output=True, text=True,
                           timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.returncode == 0, child.stderr
    problems, peak_mb = map(int, child.stdout.split())
    assert problems > 0 and peak_mb < CHILD_PEAK_RSS_MB, (problems, peak_mb)
