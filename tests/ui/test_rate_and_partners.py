"""The office's whole job inside the editors: a partner created on the way, a funding line's rate typed the way it is
quoted and shown both ways (questioned when far from the office's earlier lines), and no typed work lost without
asking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import records
from desktop.ui.editors import UNITS_PER_USD, FunderField, RateField, RecordEditor, quoted_rate, usd_per_unit
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, answer_message_box, focused, wait_active, wait_idle
from tests.ui.test_editors import open_editor
from tests.ui.test_entry import CTRL, tab, type_into_focus

ALT = Qt.KeyboardModifier.AltModifier


def retype(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Go to a field and type over what it holds, as a person does (Ctrl+A, then the keys)."""
    widget.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, text)


def open_funding_editor(qtbot, window: MainWindow, record_id=None) -> RecordEditor:  # type: ignore[no-untyped-def]
    window.select_page("funding_line")
    qtbot.waitUntil(lambda: window.funding.initiative.value() is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    return open_editor(qtbot, window, "funding_line", record_id)


def wait_partner_editor(qtbot, editor: RecordEditor) -> RecordEditor:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: editor.partner_editor is not None and editor.partner_editor.isVisible(), timeout=WAIT_MS)
    nested = editor.partner_editor
    assert nested is not None
    wait_active(qtbot, nested)
    return nested


def partner_named(window: MainWindow, name: str) -> records.PartnerRow | None:
    return next((p for p in records.partner_rows(window.tasks.store) if p.name == name), None)


# -- create as you go ---------------------------------------------------------------------------------------------

def test_add_partner_on_a_new_name_creates_the_partner_and_links_it_keeping_what_was_typed(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    row = window.initiatives.model.rows()[0]
    editor = open_editor(qtbot, window, "initiative", row.id)
    retype(qtbot, editor.form.widget("title"), "Nairobi River regeneration, phase 2")
    links = editor.links
    before = len(links.value())
    editor.form.tabs.setCurrentWidget(links)
    links.partner.setFocus()
    type_into_focus(qtbot, "Mukuru Residents Forum")
    tab(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Community partner")
    tab(qtbot)
    assert focused() is links.add
    qtbot.keyClick(focused(), Qt.Key.Key_Space)

    nested = wait_partner_editor(qtbot, editor)
    assert nested.windowTitle() == "New partner"
    assert nested.form.widget("name").text() == "Mukuru Residents Forum"  # prefilled with the typed name
    assert focused() is nested.form.widget("partner_type")  # the name is there: the first field still to fill
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # back to the acronym
    type_into_focus(qtbot, "MRF")
    tab(qtbot)
    type_into_focus(qtbot, "Community-based")
    tab(qtbot)
    type_into_focus(qtbot, "Kenya")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not nested.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(links.value()) == before + 1, timeout=WAIT_MS)

    created = partner_named(window, "Mukuru Residents Forum")
    assert created is not None and (created.acronym, created.partner_type, created.country) == ("MRF", "community",
                                                                                               "KEN")
    assert (created.id, "community") in links.value()
    assert editor.isVisible(), "the initiative editor stays open"
    assert editor.form.widget("title").text() == "Nairobi River regeneration, phase 2", "typed work kept"
    assert links.table.item(before, 0).text() == "Mukuru Residents Forum (MRF)"

    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    stored = records.get_record(window.tasks.store, "initiative", row.id)
    assert (created.id, "community") in stored["partner_links"]
    assert stored["title"] == "Nairobi River regeneration, phase 2"


def test_enter_on_a_name_that_matches_no_partner_opens_the_new_partner_dialog_and_esc_goes_back(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_editor(qtbot, window, "initiative", window.initiatives.model.rows()[0].id)
    links = editor.links
    before = links.value()
    editor.form.tabs.setCurrentWidget(links)
    links.partner.setFocus()
    type_into_focus(qtbot, "Kibera Savings Group")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    nested = wait_partner_editor(qtbot, editor)
    assert nested.form.widget("name").text() == "Kibera Savings Group"

    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # nothing changed in the short dialog: it closes at once
    qtbot.waitUntil(lambda: not nested.isVisible(), timeout=WAIT_MS)
    assert editor.isVisible() and links.value() == before
    qtbot.waitUntil(lambda: QApplication.focusWidget() is links.partner, timeout=WAIT_MS)  # back where it was
    assert links.partner.currentText() == "Kibera Savings Group"
    assert partner_named(window, "Kibera Savings Group") is None


def test_an_existing_partner_typed_by_part_of_its_name_is_just_added(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_editor(qtbot, window, "initiative", window.initiatives.model.rows()[0].id)
    links = editor.links
    before = len(links.value())
    count = len(records.partner_rows(window.tasks.store))
    editor.form.tabs.setCurrentWidget(links)
    links.partner.setFocus()
    type_into_focus(qtbot, "Slum Dwellers")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the first Enter closes the suggestions
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the next adds
    assert len(links.value()) == before + 1
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Japan International")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_A, ALT)  # or the button's mnemonic
    qtbot.waitUntil(lambda: len(links.value()) == before + 2, timeout=WAIT_MS)
    assert editor.partner_editor is None, "no dialog for a partner that exists"
    by_acronym = {p.acronym: p.id for p in records.partner_rows(window.tasks.store)}
    assert {(by_acronym["SDI"], "implementing"), (by_acronym["JICA"], "implementing")} <= set(links.value())
    assert len(records.partner_rows(window.tasks.store)) == count


def test_add_partner_on_a_name_several_partners_share_offers_them_and_creates_none(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, "initiative", demo_window.initiatives.model.rows()[0].id)
    links = editor.links
    before = links.value()
    editor.form.tabs.setCurrentWidget(links)
    links.partner.setFocus()
    type_into_focus(qtbot, "County Government")  # Nairobi's and Turkana's
    links.partner.completer().popup().hide()
    QTest.mouseClick(links.add, Qt.MouseButton.LeftButton)
    assert links.partner.completer().popup().isVisible(), "the partners that match are offered"
    assert links.value() == before and editor.partner_editor is None


def test_a_new_funder_is_created_from_the_funding_line_with_alt_n_and_chosen(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_funding_editor(qtbot, window)
    retype(qtbot, editor.form.widget("amount"), "2,500,000")
    funder: FunderField = editor.form.widget("funder_id")
    retype(qtbot, funder, "Green Cities Fund")
    assert "is not in the list" in editor.form.messages["funder_id"].text()
    qtbot.keyClick(focused(), Qt.Key.Key_N, ALT)
    nested = wait_partner_editor(qtbot, editor)
    assert nested.form.widget("name").text() == "Green Cities Fund"
    nested.form.widget("partner_type").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Foundation")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not nested.isVisible(), timeout=WAIT_MS)

    created = partner_named(window, "Green Cities Fund")
    assert created is not None and created.partner_type == "foundation"
    qtbot.waitUntil(lambda: funder.value() == created.id, timeout=WAIT_MS)
    assert funder.combo.currentText() == "Green Cities Fund"
    assert editor.form.messages["funder_id"].text() == ""
    assert editor.form.widget("amount").value() == Decimal("2500000"), "typed work kept"
    assert editor.isVisible()


def test_enter_on_an_unknown_funder_opens_the_new_partner_dialog(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_funding_editor(qtbot, demo_window)
    retype(qtbot, editor.form.widget("funder_id"), "Lake Basin Trust")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    nested = wait_partner_editor(qtbot, editor)
    assert nested.form.widget("name").text() == "Lake Basin Trust"
    assert editor.isVisible(), "Enter did not save the funding line"


# -- the rate made visible ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("toggle_presses, stored, usd, both_ways", [
    (0, Decimal("0.0156494523"), Decimal("15649.45"), "1 USD = 63.90 MZN · 1 MZN = 0.01565 USD"),
    (1, Decimal("63.9"), Decimal("63900000.00"), "1 USD = 0.01565 MZN · 1 MZN = 63.90 USD"),
])
def test_a_rate_of_63_9_is_read_the_way_the_toggle_says_shown_both_ways_and_stored_as_usd_per_unit(
        qtbot, demo_window: MainWindow, toggle_presses: int, stored: Decimal, usd: Decimal, both_ways: str) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_funding_editor(qtbot, window)
    retype(qtbot, editor.form.widget("currency"), "MZN")
    tab(qtbot)
    type_into_focus(qtbot, "1,000,000")
    tab(qtbot)
    rate: RateField = editor.form.widget("usd_rate")
    assert focused() is rate.edit
    assert rate.direction.currentText() == "MZN per 1 USD", "the way people quote it"
    type_into_focus(qtbot, "63.9")
    tab(qtbot)
    assert focused() is rate.direction
    for _ in range(toggle_presses):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert rate.direction.currentText() == ("MZN per 1 USD", "USD per 1 MZN")[toggle_presses]
    assert rate.both_ways.text() == both_ways
    assert rate.value() == stored
    assert editor.form.widget("amount_usd").value() == usd
    assert editor.form.widget("amount_usd").text() == f"{usd:,.2f}"
    assert editor.save_button.isEnabled(), [p.message for p in editor.form.problems]
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    line = next(f for f in records.funding_rows(window.tasks.store) if f.currency == "MZN")
    assert (line.usd_rate, line.amount_usd) == (stored, usd)


def test_the_way_a_rate_was_typed_is_remembered_for_its_currency(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_funding_editor(qtbot, window)
    retype(qtbot, editor.form.widget("currency"), "MZN")
    rate: RateField = editor.form.widget("usd_rate")
    rate.direction.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    editor.reject()
    editor = open_funding_editor(qtbot, window)
    retype(qtbot, editor.form.widget("currency"), "MZN")
    assert editor.form.widget("usd_rate").direction.currentText() == "USD per 1 MZN"
    retype(qtbot, editor.form.widget("currency"), "EUR")  # EUR is quoted in USD per euro
    assert editor.form.widget("usd_rate").direction.currentText() == "USD per 1 EUR"


def test_a_rate_far_from_the_offices_earlier_lines_is_a_warning_that_does_not_block_saving(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_funding_editor(qtbot, window)  # the demo office's earlier KES lines: 1 KES = 0.0069 USD
    assert editor.form.widget("currency").value() == "KES"
    retype(qtbot, editor.form.widget("funder_id"), "Sida")
    retype(qtbot, editor.form.widget("amount"), "1,000,000")
    tab(qtbot)
    type_into_focus(qtbot, "145")
    tab(qtbot)
    message, rate = editor.form.messages["usd_rate"], editor.form.widget("usd_rate")
    assert message.text() == "", "145 KES per USD is the usual rate"
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # now read as 145 USD per KES
    assert message.isVisible() and message.property("problem") == "warning"
    assert message.text() == "Over 5× the office's usual KES rate (1 KES = 0.006900 USD): typed the wrong way round?"
    assert rate.both_ways.text() == "1 USD = 0.006897 KES · 1 KES = 145.00 USD"
    assert message.fontMetrics().horizontalAdvance(message.text()) <= message.contentsRect().width(), "read whole"
    assert editor.form.widget("usd_rate").edit.property("problem") == "warning"
    assert editor.status.text() == "Can be saved; 1 warning to check."
    assert editor.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert any(f.usd_rate == Decimal("145") for f in records.funding_rows(window.tasks.store))


def test_opening_and_saving_an_existing_line_keeps_its_rate_exactly(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_page("funding_line")
    qtbot.waitUntil(lambda: window.funding.model.rowCount() > 0, timeout=WAIT_MS)
    line = next(f for f in records.funding_rows(window.tasks.store, window.funding.initiative.value())
                if f.currency == "KES")
    editor = open_funding_editor(qtbot, window, line.id)
    rate: RateField = editor.form.widget("usd_rate")
    assert rate.direction.currentText() == "KES per 1 USD"
    assert rate.value() == line.usd_rate
    assert rate.both_ways.text() == "1 USD = 144.93 KES · 1 KES = 0.006900 USD"
    assert not editor.has_changes()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert records.get_record(window.tasks.store, "funding_line", line.id)["usd_rate"] == line.usd_rate


@given(st.decimals(min_value=Decimal("0.0000000001"), max_value=Decimal("100000"), places=10))
def test_a_stored_rate_shown_as_units_per_usd_gives_back_the_same_rate(stored: Decimal) -> None:
    """Opening a line and saving it untouched never changes its rate, whichever way it is shown."""
    shown = quoted_rate(stored, UNITS_PER_USD)
    assert shown is None or usd_per_unit(shown, UNITS_PER_USD) == stored


def test_the_funding_line_editor_with_its_rate_line_and_toggle(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """What a person sees: MZN, 63.9 typed, the rate both ways and which way it goes (saved as a PNG to look at)."""
    editor = open_funding_editor(qtbot, demo_window)
    retype(qtbot, editor.form.widget("currency"), "MZN")
    tab(qtbot)
    type_into_focus(qtbot, "1,000,000")
    tab(qtbot)
    type_into_focus(qtbot, "63.9")
    rate: RateField = editor.form.widget("usd_rate")
    assert rate.both_ways.isVisible() and rate.direction.isVisible()
    assert editor.grab().save("/tmp/rate-editor.png")


# -- nothing lost without asking ----------------------------------------------------------------------------------

def test_escape_on_an_untouched_form_closes_at_once(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, "initiative", demo_window.initiatives.model.rows()[0].id)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and editor._asking is None


def test_escape_on_a_changed_form_asks_and_discard_closes_without_saving(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    row = window.initiatives.model.rows()[0]
    editor = open_editor(qtbot, window, "initiative", row.id)
    retype(qtbot, editor.form.widget("title"), "A title nobody saves")
    asked: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Discard, on_shown=lambda box: asked.append(box.text()))
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    assert asked == ["Save the changes to this initiative?"]
    wait_idle(qtbot, window)
    assert records.get_record(window.tasks.store, "initiative", row.id)["title"] == row.title


def test_cancel_in_the_question_goes_back_to_the_form_with_what_was_typed(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, "initiative", demo_window.initiatives.model.rows()[0].id)
    title = editor.form.widget("title")
    retype(qtbot, title, "Still being typed")
    answer_message_box(QMessageBox.StandardButton.Cancel)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor._asking is None, timeout=WAIT_MS)
    assert editor.isVisible() and title.text() == "Still being typed"


def test_save_in_the_question_saves_then_closes(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    row = window.initiatives.model.rows()[0]
    editor = open_editor(qtbot, window, "initiative", row.id)
    retype(qtbot, editor.form.widget("title"), "Saved on the way out")
    answer_message_box(QMessageBox.StandardButton.Save)
    QTest.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert records.get_record(window.tasks.store, "initiative", row.id)["title"] == "Saved on the way out"


def test_save_in_the_question_keeps_an_invalid_form_open_and_says_what_to_fix(
        qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, office_window, "initiative")
    retype(qtbot, editor.form.widget("title"), "No code yet")
    answer_message_box(QMessageBox.StandardButton.Save)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor._asking is None, timeout=WAIT_MS)
    assert editor.isVisible()
    assert editor.form.messages["code"].text() == "Code is required"
    assert records.initiative_rows(office_window.tasks.store) == []


def test_the_close_button_on_a_changed_form_asks_too(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_funding_editor(qtbot, demo_window)
    retype(qtbot, editor.form.widget("amount"), "12")
    asked: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Cancel, on_shown=lambda box: asked.append(box.text()))
    editor.close()
    qtbot.waitUntil(lambda: editor._asking is None and bool(asked), timeout=WAIT_MS)
    assert asked == ["Save the changes to this funding line?"] and editor.isVisible()
    answer_message_box(QMessageBox.StandardButton.Discard)
    editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
