"""A package in its office's language: the README sheet and the row of column names follow the office profile's
language with English beside, while keys, codes and data stay as they are — so a package exported in Arabic
validates, merges and imports exactly like the same office's package in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import update

from db.models import Office
from db.store import Store, open_store
from desktop import translations
from desktop.core import i18n
from desktop.core.demo import build_demo
from desktop.exchange.export import export_package
from desktop.exchange.importer import import_package
from desktop.exchange.merge import merge_packages
from desktop.exchange.read import read_package, validate_package
from tests.exchange.helpers import package_records, store_records


@pytest.fixture
def translated() -> Iterator[None]:
    """The command line's and the app's set-up: messages and packages translated through the built .qm files."""
    if translations.missing_files("ar"):
        pytest.fail("resources/i18n/fieldbook_ar.qm is not built: run `make translations`")
    translations.use("en")
    yield
    i18n.set_loader(None)


def _office_in(store: Store, language: str) -> None:
    with store.session() as session:
        session.execute(update(Office).values(language=language))


def _export(tmp_path: Path, language: str) -> Path:
    with open_store(tmp_path / f"{language}.sqlite", user="amina") as store:
        build_demo(store, "KEN-NBO")
        _office_in(store, language)
        out = tmp_path / language
        out.mkdir()
        return export_package(store, out, period="2023-H2").path


def test_an_arabic_package_reads_in_arabic_with_english_beside(tmp_path: Path, translated: None) -> None:
    path = _export(tmp_path, "ar")
    book = openpyxl.load_workbook(path)
    readme = book["README"]
    assert readme.sheet_view.rightToLeft
    title_ar, title_en = readme["A1"].value, readme["B1"].value
    assert title_en == "Fieldbook package — UN-Habitat Kenya Country Office (KEN-NBO), period 2023-H2, no. 1"
    assert "KEN-NBO" in title_ar and "2023-H2" in title_ar and title_ar != title_en
    assert any("\u0600" <= char <= "\u06ff" for char in title_ar)  # written in Arabic
    initiatives = book["Initiatives"]
    assert initiatives["A1"].value == "code"  # machine keys never change with the language
    translated_label, english_label = initiatives["B2"].value.split("\n")
    assert english_label == "Title" and any("\u0600" <= char <= "\u06ff" for char in translated_label)


def test_a_package_in_arabic_validates_merges_and_imports_exactly_like_one_in_english(tmp_path: Path,
                                                                                        translated: None) -> None:
    english, arabic = _export(tmp_path, "en"), _export(tmp_path, "ar")
    reports = [validate_package(p) for p in (english, arabic)]
    assert [(r.records, len(r.errors), len(r.warnings)) for r in reports] == [(70, 0, 0), (70, 0, 0)]
    packages = [read_package(p) for p in (english, arabic)]
    records = [package_records(p) for p in packages]
    for entity in records[0]:
        if entity == "office":
            continue  # the office's language is what differs
        assert records[0][entity] == records[1][entity], entity
    assert [r["language"] for r in records[1]["office"].values()] == ["ar"]

    merged = [merge_packages([p], tmp_path / f"merged-{p.parent.name}.xlsx").out for p in (english, arabic)]
    assert [(r.records, len(r.errors)) for r in map(validate_package, merged)] == [(70, 0), (70, 0)]

    stores = []
    for p in (english, arabic):
        store = open_store(tmp_path / f"hq-{p.parent.name}.sqlite", user="hq")
        summary = import_package(store, p)
        assert (summary.status, summary.created, summary.rejected) == ("imported", 70, 0)
        stores.append(store)
    try:
        held = [store_records(s) for s in stores]
        for entity in held[0]:
            if entity != "office":
                assert held[0][entity].keys() == held[1][entity].keys(), entity
    finally:
        for store in stores:
            store.close()


def test_the_readme_is_english_only_for_an_english_office(tmp_path: Path, translated: None) -> None:
    book = openpyxl.load_workbook(_export(tmp_path, "en"))
    assert book["README"]["B1"].value is None
    assert book["Initiatives"]["B2"].value == "Title"
