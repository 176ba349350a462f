"""Editor widgets: partner links, optional dates, money in the user's locale, partners and knowledge products."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop.core import records
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets import MoneyEdit, OptionalDateEdit
from tests.ui.conftest import WAIT_MS, focused, wait_active, wait_idle
from tests.ui.test_entry import CTRL, type_into_focus


def open_editor(qtbot, window: MainWindow, entity: str, record_id=None):  # type: ignore[no-untyped-def]
    window.editor = None
    window.open_editor(entity, record_id)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=WAIT_MS)
    wait_active(qtbot, window.editor)
    return window.editor


def test_partner_links_are_added_by_keyboard_and_saved_with_the_initiative(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    row = window.initiatives.model.rows()[0]
    editor = open_editor(qtbot, window, "initiative", row.id)
    links = editor.links
    before = len(links.value())
    editor.form.tabs.setCurrentWidget(links)
    links.partner.setFocus()
    type_into_focus(qtbot, "JICA")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Funding")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is links.add
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert len(links.value()) == before + 1
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    jica = next(p for p in records.partner_rows(window.tasks.store) if p.acronym == "JICA")
    assert (jica.id, "funding") in records.get_record(window.tasks.store, "initiative", row.id)["partner_links"]


def test_an_optional_date_can_be_left_empty_again(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, office_window, "initiative")
    end: OptionalDateEdit = editor.form.widget("end_date")
    assert end.value() is None and end.edit.text() == "Not set"
    end.set_value(dt.date(2025, 6, 30))
    assert end.value() == dt.date(2025, 6, 30)
    end.edit.setFocus()
    qtbot.keyClick(end.edit, Qt.Key.Key_Delete, CTRL)
    assert end.value() is None
    assert editor.form.raw_values()["end_date"] is None


def test_money_is_read_as_the_users_locale_writes_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = MoneyEdit()
    qtbot.addWidget(field)
    field.locale_name = "fr_FR"
    field.set_currency("EUR")
    qtbot.keyClicks(field, "1 234,5")
    assert field.value() == Decimal("1234.5")
    field.editingFinished.emit()
    assert field.text() == "1\u202f234,50"  # shown with the currency's two places
    field.clear()
    field.locale_name = "ar_EG"
    field.insert("١٬٢٣٤٫٥٠")  # what an Arabic keyboard layout or input method commits
    assert field.value() == Decimal("1234.50")


def test_a_partner_and_a_knowledge_product_from_their_editors(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_page("partner")
    editor = open_editor(qtbot, window, "partner")
    type_into_focus(qtbot, "Kenya Slum Upgrading Programme")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "KENSUP")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "National government")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Kenya")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert any(p.acronym == "KENSUP" and p.partner_type == "gov_national" and p.country == "KEN"
               for p in records.partner_rows(window.tasks.store))

    window.select_page("knowledge_product")
    editor = open_editor(qtbot, window, "knowledge_product")
    type_into_focus(qtbot, "Mathare upgrading: lessons")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Case study")
    editor.form.widget("initiative_id").setFocus()
    type_into_focus(qtbot, "KEN-004")
    editor.form.widget("link").setFocus()
    type_into_focus(qtbot, "unhabitat.org/mathare")
    assert "should start with https://" in editor.form.messages["link"].text()  # a warning: saving goes on
    assert editor.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    product = next(k for k in records.knowledge_product_rows(window.tasks.store) if k.title.startswith("Mathare"))
    assert (product.product_type, product.initiative_code) == ("case_study", "KEN-004")
