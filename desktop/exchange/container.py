"""Container safety: what a file must be before any spreadsheet parser may look at it.

A package arrives by e-mail or USB from anywhere. Before python-calamine (or openpyxl) parses it, the zip container
is inspected with the standard library alone: size caps, member count, compression ratio (zip bombs), truncation
and CRC (every member is decompressed once, counting the real bytes, not the sizes the header claims), no macros,
external links, embedded objects or ActiveX, no DTD in any XML part (OOXML never has one: it is how entity
expansion and external-entity attacks get in), and — because python-calamine allocates a dense grid from the
first to the last cell of a sheet and aborts the whole process if that fails — a bound on the cell range each
worksheet really uses, found by scanning its cell references.

Every refusal is a ``PackageError`` whose message is one line naming the file.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.exchange.errors import PackageError
from desktop.exchange.format import EXCEL_MAX_ROWS

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 1_000
#: Real packages compress their XML 5–30 times; zip bombs compress hundreds to millions of times.
MAX_RATIO = 200
RATIO_APPLIES_ABOVE = 4 * 1024 * 1024
#: Columns and cells (first to last, as a rectangle) a worksheet may span: 100,000 records need about 3.5 million.
MAX_SHEET_COLUMNS = 256
MAX_SHEET_CELLS = 12_000_000

#: The compression methods Open Packaging Conventions allow (ECMA-376 Part 2, annex C): stored and deflated.
_OPC_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_CHUNK = 1 << 20
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
# A cell reference (r="AB12") or a row number (r="12"), wherever an r attribute appears in a worksheet.
_REF_ROW = re.compile(rb"""\sr\s*=\s*["'][A-Za-z]{0,3}([0-9]+)["']""")
_REF_COL = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]{1,3})[0-9]""")
_ANY_COL = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]{4,})[0-9]""")
# The range a worksheet says it uses (<dimension ref="A1:AL120"/>); its last cell counts like a real one.
_DIMENSION = re.compile(rb"""<(?:[\w.-]+:)?dimension\s+ref\s*=\s*["'][^"':]*:?([A-Za-z]{1,4})([0-9]{1,9})["']""")

# The fast look at a worksheet. Every spreadsheet writer puts a cell's reference as ` r="B12"`; when every r
# attribute in a stretch of XML has that form, two literal searches (fast: they start with a fixed string) show that
# no reference there is beyond row 9,999 or column IV, which keeps any sheet far inside the limits. Anything else —
# another spelling of the attribute, a bigger reference — is scanned exactly, reference by reference.
_ODD_R_ATTRIBUTE = (b"\tr", b"\nr", b"\rr")
# One pass for both: an r attribute spelled otherwise (a space after r, or no double quote after =), or a reference
# beyond row 9,999 or column IV.
_ODD_OR_FAR_REF = re.compile(rb' r(?:\s|=[^"]|="'
                             rb'(?:[A-Za-z]{0,2}[0-9]{5}|[A-Za-z]{3}|(?:I[W-Zw-z]|[J-Zj-z][A-Za-z])[0-9]))')
#: Bytes of a chunk's end looked at again with the next chunk's start: longer than anything searched for.
_OVERLAP = 64
NEAR_ROWS = 9_999

# Each reason is translated where it is said (PackageError's message).
_FORBIDDEN_PARTS = (
    (re.compile(r"(^|/)vbaProject\.bin$|(^|/)vbaData\.xml$", re.I),
     QT_TRANSLATE_NOOP("exchange", "contains macros (vbaProject.bin); a Fieldbook package never does")),
    (re.compile(r"(^|/)externalLinks?/", re.I),
     QT_TRANSLATE_NOOP("exchange", "links to other workbooks (externalLinks); a Fieldbook package never does")),
    (re.compile(r"(^|/)embeddings/|oleObject", re.I),
     QT_TRANSLATE_NOOP("exchange", "contains embedded objects (OLE); a Fieldbook package never does")),
    (re.compile(r"(^|/)activeX/", re.I),
     QT_TRANSLATE_NOOP("exchange", "contains ActiveX controls; a Fieldbook package never does")),
)


@dataclass
class ContainerInfo:
    """What the inspection learnt: the parts, and the extent of each worksheet (rows, columns)."""

    members: list[str] = field(default_factory=list)
    uncompressed_bytes: int = 0
    #: Worksheet part → (rows, columns) it may span: exact, or an upper bound that is well within the limits.
    sheet_extents: dict[str, tuple[int, int]] = field(default_factory=dict)


def inspect_container(path: str | Path) -> ContainerInfo:
    """Refuse anything that is not a safe, complete .xlsx zip container. Raises ``PackageError``."""
    path = Path(path)
    if not path.exists():
        raise PackageError(path, translate("exchange", "no such file"))
    if not path.is_file():
        raise PackageError(path, translate("exchange", "is not a file"))
    size = path.stat().st_size
    if size == 0:
        raise PackageError(path, translate("exchange", "is empty (0 bytes)"))
    if size > MAX_FILE_BYTES:
        raise PackageError(path, translate("exchange", "is too large for a package ({size} MB; at most {limit} MB)")
                           .format(size=f"{size / 2**20:.0f}", limit=MAX_FILE_BYTES // 2**20))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise PackageError(path, translate("exchange", "is an old .xls workbook or a password-protected one; a "
                                           "package is a plain .xlsx"))
    if not head.startswith(b"PK"):
        raise PackageError(path, translate("exchange", "is not an Excel .xlsx file (not a zip archive)"))
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PackageError(path, translate("exchange", "is damaged or incomplete (the zip archive is "
                                           "truncated)")) from None
    except (OSError, ValueError, NotImplementedError) as exc:  # NotImplementedError: "zip file version 6.4"
        raise PackageError(path, translate("exchange", "cannot be opened as a zip archive ({reason})")
                           .format(reason=exc)) from None
    with archive:
        return _inspect(path, archive)


def _inspect(path: Path, archive: zipfile.ZipFile) -> ContainerInfo:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageError(path, translate("exchange", "has {count} parts; a package has a few dozen (possible zip "
                                           "bomb)").format(count=len(infos)))
    names = [info.filename for info in infos]
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise PackageError(path, translate("exchange", "is a zip archive but not an Excel workbook"))
    for info in infos:
        for pattern, reason in _FORBIDDEN_PARTS:
            if pattern.search(info.filename):
                raise PackageError(path, translate("exchange", reason))
        if info.flag_bits & 0x1:
            raise PackageError(path, translate("exchange", "is encrypted; a package is a plain .xlsx"))
        if info.compress_type not in _OPC_METHODS:  # zipfile raises NotImplementedError on some when opened
            raise PackageError(path, translate("exchange", "{part} is compressed with method {method}; an .xlsx "
                                               "stores its parts plain or deflated")
                               .format(part=info.filename, method=info.compress_type))
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNCOMPRESSED_BYTES:
        raise PackageError(path, translate("exchange", "would expand to {size} MB (possible zip bomb)")
                           .format(size=f"{declared / 2**20:.0f}"))
    content_types = _read_small(path, archive, "[Content_Types].xml")
    if b"macroEnabled" in content_types or b"vbaProject" in content_types:
        raise PackageError(path, translate("exchange", "is a macro-enabled workbook (.xlsm); a package never has "
                                           "macros"))

    info_out = ContainerInfo(members=names)
    labels = _sheet_labels(path, archive, names)
    for info in infos:
        is_sheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
        info_out.uncompressed_bytes += _scan_member(path, archive, info, info_out, is_sheet,
                                                    labels.get(info.filename, info.filename))
    return info_out


def _read_small(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        with archive.open(name) as member:
            data = member.read(1 << 20)
    # NotImplementedError: zipfile's answer to flags it does not read (strong encryption, patched data).
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
        raise PackageError(path, translate("exchange", "is damaged ({part}: {reason})")
                           .format(part=name, reason=exc)) from None
    return data


def _wide_text(head: bytes) -> bool:
    """The start of XML in UTF-16 or UTF-32: a byte-order mark, or the NUL bytes of its first character."""
    return (head[:2] in (b"\xff\xfe", b"\xfe\xff") or head == b"\0\0\xfe\xff"
            or (len(head) >= 2 and (head[0] == 0) != (head[1] == 0))
            or (len(head) == 4 and head[:3] == b"\0\0\0" and head[3] != 0))


def _near_refs_only(window: bytes) -> bool:
    """True when every cell reference in this stretch of worksheet XML is written ` r="…"` and lies within row
    9,999 and column IV (256)."""
    return not _odd_r_attribute(window) and _ODD_OR_FAR_REF.search(window) is None


def _odd_r_attribute(window: bytes) -> bool:
    """Any of _ODD_R_ATTRIBUTE in this stretch: a tab, line feed or carriage return followed by "r". Found from
    each occurrence of the first byte (a search for one byte is many times faster than for two, and a sheet holds a
    line feed or two), or by searching for both bytes where that byte is frequent."""
    for odd in _ODD_R_ATTRIBUTE:
        first = odd[0]
        at = window.find(first)
        for _ in range(64):
            if at < 0:
                break
            if window[at + 1:at + 2] == b"r":
                return True
            at = window.find(first, at + 1)
        else:
            if odd in window:
                return True
    return False


def _scan_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, out: ContainerInfo,
                 is_sheet: bool, label: str, exact: bool = False) -> int:
    """Decompress one part as a stream: real size and ratio, CRC, no DTD; for worksheets, the cell extent (an upper
    bound where the fast look suffices; ``exact`` scans every reference)."""
    total = 0
    max_row = 0
    columns: set[bytes] = set()
    bounded = False  # some stretch was judged by the fast look: the extent is an upper bound
    tail = b""
    is_xml = info.filename.endswith((".xml", ".rels", ".vml"))
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > MAX_UNCOMPRESSED_BYTES or (
                    total > RATIO_APPLIES_ABOVE and total > MAX_RATIO * max(info.compress_size, 1)
                ):
                    raise PackageError(path, translate("exchange", "{part} expands far beyond its compressed size "
                                                       "(possible zip bomb)").format(part=info.filename))
                if is_xml:
                    # In UTF-16 or UTF-32 "<!DOCTYPE" is not these bytes: such a part would pass the DTD check
                    # unseen. Excel writes UTF-8 (python-calamine reads nothing from another encoding anyway).
                    if total == len(chunk) and _wide_text(chunk[:4]):
                        raise PackageError(path, translate(
                            "exchange", "{part} is written in UTF-16 or UTF-32, not UTF-8 as Excel writes every XML "
                            "part; another encoding could hide a DTD from this check").format(part=label))
                    # What lies across the border with the chunk before is searched in a short window of its own
                    # (copying each chunk behind the end of the last would cost more than the searches). A DTD needs
                    # "!": one byte, searched for as fast as memory is read, where "<!" would be as slow as a regex.
                    seam = tail + chunk[:_OVERLAP]
                    if (b"!" in chunk and _DTD.search(chunk)) or (tail and _DTD.search(seam)):
                        raise PackageError(path, translate(
                            "exchange", "{part} declares a DTD or entities (<!DOCTYPE>); Excel never writes one, it "
                            "is how XML entity attacks work").format(part=label))
                    if is_sheet:
                        if total == len(chunk) and (dimension := _DIMENSION.search(chunk)):
                            max_row = int(dimension.group(2))
                            columns.add(dimension.group(1))
                            if len(dimension.group(1)) > 3:
                                raise PackageError(path, translate(
                                    "exchange", "{part} claims a range beyond Excel's last column").format(part=label))
                        if not exact and _near_refs_only(chunk) and (not tail or _near_refs_only(seam)):
                            bounded = True
                        else:
                            window = tail + chunk
                            rows = _REF_ROW.findall(window)
                            if rows:
                                max_row = max(max_row, max(map(int, rows)))
                            columns.update(_REF_COL.findall(window))
                            if _ANY_COL.search(window):
                                raise PackageError(path, translate(
                                    "exchange", "{part} has a cell beyond Excel's last column").format(part=label))
                    tail = chunk[-_OVERLAP:]
    except PackageError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise PackageError(path, translate("exchange", "is damaged or incomplete ({part}: {reason})")
                           .format(part=info.filename, reason=exc)) from None
    except OSError as exc:
        raise PackageError(path, translate("exchange", "cannot be read ({reason})").format(reason=exc)) from None
    if is_sheet:
        max_col = max((_column_number(c) for c in columns), default=0)
        if bounded:
            max_row, max_col = max(max_row, NEAR_ROWS), max(max_col, MAX_SHEET_COLUMNS)
            if max_row > EXCEL_MAX_ROWS or max_col > MAX_SHEET_COLUMNS or max_row * max_col > MAX_SHEET_CELLS:
                return _scan_member(path, archive, info, out, is_sheet, label, exact=True)  # the bound is too loose
        if max_row > EXCEL_MAX_ROWS or max_col > MAX_SHEET_COLUMNS:
            raise PackageError(path, translate("exchange", "{part} claims cells up to row {row}, column {column}; a "
                                               "package sheet has at most {limit} columns")
                               .format(part=label, row=f"{max_row:,}", column=f"{max_col:,}", limit=MAX_SHEET_COLUMNS))
        if max_row * max(max_col, 1) > MAX_SHEET_CELLS:
            raise PackageError(path, translate("exchange", "{part} spans {rows} rows × {columns} columns, more than a "
                                               "package may ({limit} cells)")
                               .format(part=label, rows=f"{max_row:,}", columns=f"{max_col:,}",
                                       limit=f"{MAX_SHEET_CELLS:,}"))
        out.sheet_extents[info.filename] = (max_row, max_col)
    return total


_SHEET = re.compile(rb'<(?:[\w.-]+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\bid="([^"]+)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"')


def _sheet_labels(path: Path, archive: zipfile.ZipFile, names: list[str]) -> dict[str, str]:
    """Worksheet part → "sheet NAME", to name sheets in messages (found with regular expressions: no parser yet)."""
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    sheets = {rid: name for name, rid in _SHEET.findall(_read_small(path, archive, "xl/workbook.xml"))}
    labels = {}
    for rid, target in _REL.findall(_read_small(path, archive, "xl/_rels/workbook.xml.rels")):
        if rid in sheets:
            part = target.decode(errors="replace").lstrip("/")
            part = part if part.startswith("xl/") else "xl/" + part
            labels[part] = translate("exchange", "sheet {name}").format(name=sheets[rid].decode(errors="replace"))
    return labels


def _column_number(letters: bytes) -> int:
    number = 0
    for byte in letters.upper():
        number = number * 26 + (byte - 64)
    return number
