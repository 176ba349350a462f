"""Hostile and broken files: each is refused with one readable line naming the file, in bounded time and memory.

The reader must never hand such a file to a spreadsheet parser: python-calamine aborts the whole process (it does not
raise) when a sheet's cells span more than memory allows, and XML parsers are where entity attacks live.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.store import Store
from desktop.cli import main
from desktop.exchange.container import _odd_r_attribute, inspect_container
from desktop.exchange.errors import PackageError
from desktop.exchange.export import export_package
from desktop.exchange.read import validate_package

ROOT = Path(__file__).resolve().parents[2]
#: Generous: each case takes well under a second; the bound only catches unbounded work.
TIME_LIMIT_S = 20


@pytest.fixture
def good_package(demo_store: Store, tmp_path: Path) -> Path:
    return export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None],
            extra: dict[str, bytes] | None = None) -> Path:
    """A copy of an xlsx with some parts changed (``change`` returns None to drop a part) or added."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = change(info.filename, src.read(info.filename))
            if data is not None:
                out.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return target


def refused(path: Path, *phrases: str) -> str:
    started = time.perf_counter()
    with pytest.raises(PackageError) as caught:
        validate_package(path)
    assert time.perf_counter() - started < TIME_LIMIT_S
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    for phrase in phrases:
        assert phrase in message, message
    return message


def first_sheet(name: str) -> bool:
    return name == "xl/worksheets/sheet2.xml"  # the Office sheet (sheet1 is the README)


def test_an_external_entity_is_refused(good_package: Path, tmp_path: Path) -> None:
    xxe = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'

    def change(name: str, data: bytes) -> bytes:
        if first_sheet(name):
            data = re.sub(rb"^<\?xml[^>]*\?>", xxe, data).replace(b"<t>KEN-NBO</t>", b"<t>&xxe;</t>", 1)
        return data

    target = rewrite(good_package, tmp_path / "xxe.xlsx", change)
    refused(target, "DTD")
    # The second line of defence, had the first let it through: python-calamine does not resolve entities.
    import python_calamine

    try:
        cells = python_calamine.CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Office").to_python()
    except python_calamine.CalamineError:
        return
    assert not any("root:" in str(cell) for row in cells for cell in row)


def test_entity_expansion_is_refused(good_package: Path, tmp_path: Path) -> None:
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10)
    ) + b"]>"

    def change(name: str, data: bytes) -> bytes:
        if first_sheet(name):
            data = re.sub(rb"^<\?xml[^>]*\?>", laughs, data).replace(b"<t>KEN-NBO</t>", b"<t>&lol9;</t>", 1)
        return data

    refused(rewrite(good_package, tmp_path / "laughs.xlsx", change), "DTD")


def test_a_zip_bomb_is_refused(good_package: Path, tmp_path: Path) -> None:
    target = tmp_path / "bomb.xlsx"
    rewrite(good_package, target, lambda name, data: data)
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("xl/media/pad.xml", "w") as out:
        zeros = b"\0" * (1 << 20)
        for _ in range(64):  # 64 MB of zeros, about 64 KB compressed
            out.write(zeros)
    assert target.stat().st_size < 2 * 1024 * 1024
    refused(target, "zip bomb")


def test_a_truncated_file_is_refused(good_package: Path, tmp_path: Path) -> None:
    target = tmp_path / "truncated.xlsx"
    target.write_bytes(good_package.read_bytes()[: good_package.stat().st_size // 2])
    refused(target, "damaged or incomplete")


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "empty.xlsx"
    target.write_bytes(b"")
    refused(target, "empty")


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "notes.xlsx"
    target.write_text("initiative,title\nKEN-1,Nairobi River\n")
    refused(target, "not an Excel .xlsx file")


def test_an_old_xls_or_encrypted_workbook_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    refused(target, ".xls")


def test_a_macro_enabled_workbook_is_refused(good_package: Path, tmp_path: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            data = data.replace(b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml")
        return data

    target = rewrite(good_package, tmp_path / "macro.xlsm", change, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0vba"})
    refused(target, "macros")


def test_an_external_link_is_refused(good_package: Path, tmp_path: Path) -> None:
    target = rewrite(good_package, tmp_path / "links.xlsx", lambda n, d: d,
                     {"xl/externalLinks/externalLink1.xml": b"<externalLink/>"})
    refused(target, "externalLinks")


def test_somebody_elses_workbook_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "budget.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Project", "Budget"])
    book.active.append(["Nairobi River", 1_000_000])
    book.save(target)
    refused(target, "not a Fieldbook package", "Manifest")


def test_a_sheet_claiming_the_last_row_of_the_grid_is_refused(good_package: Path, tmp_path: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if first_sheet(name):
            data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', data)
        return data

    refused(rewrite(good_package, tmp_path / "grid.xlsx", change), "sheet Office", "row 1,048,576")


def test_a_real_cell_in_the_last_row_and_column_is_refused_before_any_parser_sees_it(
    good_package: Path, tmp_path: Path
) -> None:
    """python-calamine would try to allocate 17 billion cells and abort the process: run it in a child to be sure."""
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row></sheetData>'

    def change(name: str, data: bytes) -> bytes:
        return data.replace(b"</sheetData>", far) if first_sheet(name) else data

    target = rewrite(good_package, tmp_path / "far.xlsx", change)
    started = time.perf_counter()
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)); "
    child = subprocess.run(
        [sys.executable, "-c", limit + "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))",
         "validate", str(target)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert time.perf_counter() - started < 60
    assert child.returncode == 1, child.stderr
    lines = child.stderr.strip().splitlines()
    assert len(lines) == 1, child.stderr
    assert str(target) in lines[0] and "1,048,576" in lines[0]


def test_the_command_line_prints_one_line_for_a_broken_file(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "notes.xlsx"
    target.write_text("not a workbook")
    assert main(["validate", str(target)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"fieldbook: {target}: is not an Excel .xlsx file (not a zip archive)"]


@pytest.mark.parametrize("cell", [
    b'<c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c>',
    b'<c r = "XFD1048576" t="inlineStr"><is><t>far</t></is></c>',
    b"<c r='XFD1048576' t=\"inlineStr\"><is><t>far</t></is></c>",
    b'<c\tr="XFD1048576" t="inlineStr"><is><t>far</t></is></c>',
    b'<c\nr="XFD1048576" t="inlineStr"><is><t>far</t></is></c>',
    b'<c\rr="XFD1048576" t="inlineStr"><is><t>far</t></is></c>',
    # after many line feeds in a text (past where the fast look follows each one)
    b'<c r="A2" t="inlineStr"><is><t>' + b"a\n" * 100 + b'</t></is></c><c\nr="XFD1048576" t="inlineStr"><is><t>far'
    b'</t></is></c>',
    b'<c r="ZZ1048576" t="inlineStr"><is><t>far</t></is></c>',
    b'<c r="A1048577" t="inlineStr"><is><t>far</t></is></c>',
    b'<c r="IV60000" t="inlineStr"><is><t>far</t></is></c>',
])
def test_a_far_cell_is_found_however_its_reference_is_written(good_package: Path, tmp_path: Path,
                                                               cell: bytes) -> None:
    """The container's fast look trusts only references spelled ` r="…"` within row 9,999 and column IV; any other
    spelling, or a farther cell, is scanned exactly — and refused before a parser sees it."""
    def change(name: str, data: bytes) -> bytes:
        return data.replace(b"</row></sheetData>", cell + b"</row></sheetData>") if first_sheet(name) else data

    target = rewrite(good_package, tmp_path / "far.xlsx", change)
    with pytest.raises(PackageError) as caught:
        inspect_container(target)
    assert str(target) in str(caught.value) and "sheet Office" in str(caught.value)


@pytest.mark.parametrize("inserted, phrase", [
    (b'<c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="IV60000" t="inlineStr"><is><t>far</t></is></c>',
     "sheet Office"),
    (b'<c r="A2" t="inlineStr"><is><t>x</t></is></c><c\nr="XFD1048576" t="inlineStr"><is><t>far</t></is></c>',
     "sheet Office"),
    (b'<!DOCTYPE x>', "DTD"),
])
def test_what_a_chunk_border_cuts_through_is_still_found(good_package: Path, tmp_path: Path, monkeypatch,
                                                        inserted: bytes, phrase: str) -> None:
    """A part is decompressed and searched chunk by chunk, each border searched again in a short window of its own:
    a far reference or a DTD cut by the border at any byte is found as when it lies inside one chunk."""
    from desktop.exchange import container

    def change(name: str, data: bytes) -> bytes:
        return data.replace(b"</row></sheetData>", inserted + b"</row></sheetData>") if first_sheet(name) else data

    target = rewrite(good_package, tmp_path / "cut.xlsx", change)
    with zipfile.ZipFile(target) as book:
        at = book.read("xl/worksheets/sheet2.xml").index(inserted)
    for cut in range(len(inserted) + 1):  # the first border falls before the cut-th byte of what was inserted
        monkeypatch.setattr(container, "_CHUNK", at + cut)
        with pytest.raises(PackageError, match=phrase):
            inspect_container(target)
    monkeypatch.setattr(container, "_CHUNK", 1 << 20)
    inspect_container(good_package)  # and a package as exported passes, in whole chunks


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=300).map(lambda b: bytes(b"\t\n\rr x"[c % 6] for c in b)))
def test_the_fast_look_for_an_odd_reference_finds_what_a_plain_search_finds(window: bytes) -> None:
    """A tab, line feed or carriage return before "r" is found byte by byte from each first byte, or by a plain
    search when that byte is frequent: either way the same answer as searching for each pair."""
    assert _odd_r_attribute(window) == any(odd in window for odd in (b"\tr", b"\nr", b"\rr"))


def test_a_long_sheet_within_the_limits_is_accepted(good_package: Path, tmp_path: Path) -> None:
    """Rows past 9,999 are beyond the fast look: the exact scan measures them and lets the sheet through."""
    def change(name: str, data: bytes) -> bytes:
        far = b'<row r="40000"><c r="B40000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
        return data.replace(b"</sheetData>", far) if first_sheet(name) else data

    info = inspect_container(rewrite(good_package, tmp_path / "long.xlsx", change))
    assert info.sheet_extents["xl/worksheets/sheet2.xml"][0] == 40000


@pytest.mark.parametrize("cell", [
    b'<c r="&#88;FD1048576" t="inlineStr"><is><t>far</t></is></c>',  # XFD1048576, its X as a character reference
    b'<c r="&#x49;V&#x39;00000" t="inlineStr"><is><t>far</t></is></c>',  # IV900000, in hexadecimal references
])
def test_a_cell_reference_written_with_character_references_is_refused_in_one_line(good_package: Path,
                                                                                  tmp_path: Path,
                                                                                  cell: bytes) -> None:
    """The container's scan reads references as bytes and does not decode ``&#…;``: such a reference is not seen
    there. It is safe because python-calamine does not decode them either — it refuses the sheet, which the reader
    reports in one line. Run in a child with bounded memory: were a parser to decode the reference, the child, not
    the test run, would die."""
    def change(name: str, data: bytes) -> bytes:
        return data.replace(b"</row></sheetData>", cell + b"</row></sheetData>") if first_sheet(name) else data

    target = rewrite(good_package, tmp_path / "charref.xlsx", change)
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)); "
    child = subprocess.run(
        [sys.executable, "-c", limit + "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))",
         "validate", str(target)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.returncode == 1, child.stderr
    lines = child.stderr.strip().splitlines()
    assert len(lines) == 1, child.stderr
    assert str(target) in lines[0] and "sheet Office cannot be read" in lines[0] and "exported again" in lines[0]
