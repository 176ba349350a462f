"""The reader hands an id or a time to the digest as its cell text when that text is already canonical. That is only
right if such text is exactly what the typed value would be written as — checked here for any text at all — and if
other spellings of the same values still give the same digest."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from db.store import Store
from desktop.core import rules
from desktop.exchange.digest import _datetime
from desktop.exchange.export import export_package
from desktop.exchange.format import FIRST_DATA_ROW
from desktop.exchange.read import _canonical_datetime, _canonical_uuid, read_package

_UUID_TEXT = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u).upper()),
    st.uuids().map(lambda u: "{" + str(u) + "}"),
    st.uuids().map(lambda u: u.hex),
    st.uuids().map(str).flatmap(lambda t: st.integers(0, 35).flatmap(
        lambda i: st.sampled_from("_+ -{}gG0aF\u0660").map(lambda c: t[:i] + c + t[i + 1 :]))),
    st.text(alphabet="0123456789abcdefABCDEF-_+{} ", min_size=30, max_size=40),
)

_DATETIME_TEXT = st.one_of(
    st.datetimes(min_value=dt.datetime(1, 1, 1), timezones=st.just(dt.timezone.utc)).map(
        lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
    st.datetimes(timezones=st.just(dt.timezone.utc)).map(lambda d: d.isoformat()),
    st.datetimes(min_value=dt.datetime(1000, 1, 1)).map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")).flatmap(
        lambda t: st.integers(0, 26).flatmap(
            lambda i: st.sampled_from("0 9-:.TZt+\u0661x").map(lambda c: t[:i] + c + t[i + 1 :]))),
)


def _parsed(coerce, text):
    try:
        return coerce(text)
    except rules.CoercionError:
        return None


@settings(max_examples=1500)
@given(_UUID_TEXT)
def test_an_id_taken_as_written_is_its_canonical_text(text: str) -> None:
    value = _parsed(rules.coercer(rules.field_spec("partner", "id")), text)
    if value is not None and _canonical_uuid(text):
        assert str(value) == text


@settings(max_examples=1500)
@given(_DATETIME_TEXT)
def test_a_time_taken_as_written_is_its_canonical_text(text: str) -> None:
    value = _parsed(rules.coercer(rules.field_spec("partner", "updated_at")), text)
    if value is not None and _canonical_datetime(text):
        assert _datetime(value) == text


def test_canonical_text_is_recognised() -> None:
    """The shortcut is taken for what exports write (else it would save nothing)."""
    assert _canonical_uuid(str(uuid.uuid4()))
    assert _canonical_datetime(dt.datetime(2023, 7, 1, 9, 30, tzinfo=dt.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ"))
    assert not _canonical_uuid(str(uuid.uuid4()).upper())
    assert not _canonical_datetime("0999-07-01T09:30:00.000000Z")
    assert not _canonical_datetime("2023-07-01T24:00:00.000000Z")  # Python 3.14 reads it as the next midnight


def test_other_spellings_of_the_same_ids_and_times_keep_the_digest(demo_store: Store, tmp_path: Path) -> None:
    package = export_package(demo_store, tmp_path, period="2023-H2").path
    before = read_package(package)
    book = openpyxl.load_workbook(package)
    sheet = book["Partners"]
    keys = [c.value for c in sheet[1]]
    id_cell = sheet.cell(FIRST_DATA_ROW, keys.index("id") + 1)
    time_cell = sheet.cell(FIRST_DATA_ROW, keys.index("updated_at") + 1)
    id_cell.value = "{" + str(id_cell.value).upper() + "}"
    time_cell.value = str(time_cell.value).replace("Z", "+00:00")
    book.save(package)
    after = read_package(package)
    assert after.report.valid and after.report.digest_matches is True
    assert after.report.digest == before.report.digest
    assert [r.content for r in after.records["partner"]] == [r.content for r in before.records["partner"]]
