"""Entry fields as a person uses them: dates typed or picked, code boxes that take the code or part of the name,
money that says what is wrong with it, problems that never move the fields, and nothing cut off on a 1366×768 screen.

Every behaviour is driven by key presses and clicks on the real widgets (QTest), never by setting what is tested.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.main_window import MainWindow
from desktop.ui.widgets import MoneyEdit, OptionalDateEdit, ProblemMessage, RecordForm
from tests.ui.conftest import WAIT_MS, focused, wait_active
from tests.ui.test_editors import open_editor
from tests.ui.test_entry import CTRL, open_new_editor, tab, type_into_focus

#: What a dialog may take of a 1366×768 screen: the taskbar (40 px) and the window's title bar (28 px) come off.
SCREEN_W, SCREEN_H = 1366, 768 - 40 - 28


@pytest.fixture
def locale_en_gb() -> Iterator[QLocale]:
    """The user's locale is British English (dates written 01/03/2024) for the length of a test."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield QLocale()
    QLocale.setDefault(before)


def _date_field(qtbot, optional: bool = True) -> tuple[QWidget, OptionalDateEdit, OptionalDateEdit]:  # type: ignore[no-untyped-def]
    """Two date fields in a window, the second the neighbour of the first (a start and an end date)."""
    host = QWidget()
    layout = QVBoxLayout(host)
    start, end = OptionalDateEdit(optional=optional, parent=host), OptionalDateEdit(optional=optional, parent=host)
    end.set_neighbour(start)
    layout.addWidget(start)
    layout.addWidget(end)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=WAIT_MS)
    return host, start, end


# -- dates ---------------------------------------------------------------------------------------------------------

def test_a_date_typed_key_by_key_into_an_empty_field_is_that_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host, _start, end = _date_field(qtbot)
    assert end.value() is None and end.edit.text() == "Not set"
    QTest.keyClicks(end, "2024-03-01")
    assert end.value() == dt.date(2024, 3, 1)
    assert end.edit.text() == "2024-03-01"


def test_a_date_typed_as_the_locale_writes_it_short_is_read(qtbot, locale_en_gb: QLocale) -> None:  # type: ignore[no-untyped-def]
    assert locale_en_gb.dateFormat(QLocale.FormatType.ShortFormat) == "dd/MM/yyyy"
    _host, start, end = _date_field(qtbot)
    start.edit.setFocus()
    type_into_focus(qtbot, "01/03/2024")
    assert start.value() == dt.date(2024, 3, 1)
    tab(qtbot)  # Tab leaves the field, which then shows the date as it is stored
    assert focused() is end.edit
    assert start.edit.text() == "2024-03-01"
    type_into_focus(qtbot, "1/3/24")
    assert end.value() == dt.date(2024, 3, 1)


def test_a_half_typed_date_is_a_problem_not_an_empty_field(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_new_editor(qtbot, office_window)
    start = editor.form.widget("start_date")
    start.edit.setFocus()
    type_into_focus(qtbot, "2024-03")
    message = editor.form.messages["start_date"]
    assert start.edit.property("problem") == "error"
    short = QLocale().toString(QDate(2024, 3, 1), QLocale.FormatType.ShortFormat)
    assert message.text() == f"“2024-03” is not a date; type it as 2024-03-01 or {short}"
    assert message.isVisibleTo(editor)
    type_into_focus(qtbot, "-01")
    assert start.value() == dt.date(2024, 3, 1)
    assert start.edit.property("problem") == "" and not message.isVisibleTo(editor)


def test_the_calendar_opens_at_today_or_at_the_neighbouring_date_and_a_click_picks_a_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host, start, end = _date_field(qtbot)
    QTest.mouseClick(end.calendar_button, Qt.MouseButton.LeftButton)
    popup = end._calendar
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate.currentDate()  # not January 1900
    QTest.keyClick(popup.calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: end._calendar is None, timeout=WAIT_MS)
    assert end.value() is None

    QTest.keyClicks(start, "2024-03-01")
    QTest.mouseClick(end.calendar_button, Qt.MouseButton.LeftButton)
    popup = end._calendar
    assert popup.calendar.selectedDate() == QDate(2024, 3, 1)  # the end date's calendar opens at the start date
    view = popup.calendar.findChild(QAbstractScrollArea)  # the grid of days
    assert view is not None
    model, grid = view.model(), view.viewport()
    row, column = next((r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                       if str(model.data(model.index(r, c))) == "15")  # the 15th of March
    QTest.mouseClick(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(model.index(row, column)).center())
    qtbot.waitUntil(lambda: end._calendar is None, timeout=WAIT_MS)
    assert end.value() == dt.date(2024, 3, 15)
    assert focused() is end.edit


def test_the_calendar_opens_by_keyboard_and_enter_picks_the_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host, start, _end = _date_field(qtbot)
    start.edit.setFocus()
    type_into_focus(qtbot, "2024-03-01")
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = start._calendar
    assert popup is not None and popup.calendar.selectedDate() == QDate(2024, 3, 1)
    qtbot.waitUntil(lambda: popup.calendar.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: start._calendar is None, timeout=WAIT_MS)
    assert start.value() == dt.date(2024, 3, 2)
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # Up and Down move the date a day
    assert start.value() == dt.date(2024, 3, 3)


def test_an_optional_date_is_emptied_by_ctrl_delete_or_the_clear_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host, start, end = _date_field(qtbot)
    start.edit.setFocus()
    type_into_focus(qtbot, "2024-03-01")
    qtbot.keyClick(focused(), Qt.Key.Key_Delete, CTRL)
    assert start.value() is None
    type_into_focus(qtbot, "2024-03-01")
    QTest.mouseClick(start.clear_button, Qt.MouseButton.LeftButton)
    assert start.value() is None
    end.edit.setFocus()
    assert start.edit.text() == "Not set"  # an empty date says so once it is left


def test_an_end_date_field_knows_its_start_date_in_the_initiative_editor(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_new_editor(qtbot, office_window)
    start, end = editor.form.widget("start_date"), editor.form.widget("end_date")
    start.edit.setFocus()
    type_into_focus(qtbot, "2024-03-01")
    tab(qtbot)
    assert focused() is end.edit
    qtbot.keyClick(focused(), Qt.Key.Key_F4)
    assert end._calendar is not None and end._calendar.calendar.selectedDate() == QDate(2024, 3, 1)
    qtbot.keyClick(end._calendar.calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: end._calendar is None, timeout=WAIT_MS)


# -- code boxes ----------------------------------------------------------------------------------------------------

def _settings_form(qtbot, window: MainWindow) -> RecordForm:  # type: ignore[no-untyped-def]
    window.settings_action.trigger()
    dialog = window.settings_dialog
    wait_active(qtbot, dialog)
    return dialog.office_form


@pytest.mark.parametrize("typed", ["MZN", "mzn", "Metical", "mozambique met"])
def test_a_currency_is_picked_by_its_code_or_a_unique_part_of_its_name(
        qtbot, office_window: MainWindow, typed: str) -> None:  # type: ignore[no-untyped-def]
    form = _settings_form(qtbot, office_window)
    currency = form.widget("currency")
    form.widget("region").setFocus()
    tab(qtbot)  # Tab into the box selects its text: typing replaces it
    assert focused() is currency
    QTest.keyClicks(currency, typed)
    tab(qtbot)
    assert currency.value() == "MZN"
    assert currency.currentText() == "MZN — Mozambique Metical"  # what will be saved, shown whole
    assert form.messages["currency"].text() == ""
    assert focused() is form.widget("language")


def test_typing_in_a_code_box_after_a_click_replaces_the_item_shown(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    form = _settings_form(qtbot, office_window)
    currency = form.widget("currency")
    assert currency.currentText() == "KES — Kenyan Shilling"
    line = currency.lineEdit()
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(line.width() - 5, line.height() // 2))  # the cursor after the label, nothing selected
    assert not line.hasSelectedText()
    QTest.keyClicks(currency, "MZN")
    assert currency.currentText() == "MZN"  # not "KES — Kenyan ShillingMZN"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert currency.value() == "MZN" and currency.currentText() == "MZN — Mozambique Metical"


@pytest.mark.parametrize(("typed", "code", "shown"), [
    ("moz", "MOZ", "Mozambique"),
    ("MAR", "MAR", "Morocco"),  # also in Denmark, Marshall Islands, Martinique, Myanmar
    ("can", "CAN", "Canada"),  # also in American Samoa, Central African Republic…
    ("IND", "IND", "India"),  # also in British Indian Ocean Territory, Indonesia
])
def test_a_country_code_wins_over_names_that_contain_it(
        qtbot, office_window: MainWindow, typed: str, code: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    form = _settings_form(qtbot, office_window)
    country = form.widget("country")
    form.widget("name").setFocus()
    tab(qtbot)
    assert focused() is country
    QTest.keyClicks(country, typed)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert country.value() == code and country.currentText() == shown
    assert form.messages["country"].text() == ""


def test_a_dropdown_list_is_wide_enough_for_its_longest_item(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    form = _settings_form(qtbot, office_window)
    currency = form.widget("currency")
    QTest.mouseClick(currency, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(currency.width() - 8, currency.height() // 2))  # the arrow
    view = currency.view()
    qtbot.waitUntil(view.isVisible, timeout=WAIT_MS)
    metrics = view.fontMetrics()
    longest = max((text for _code, text in currency.choices.items), key=metrics.horizontalAdvance)
    assert view.viewport().width() >= metrics.horizontalAdvance(longest), longest
    currency.hidePopup()


# -- money ---------------------------------------------------------------------------------------------------------

def _funding_editor(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    window.select_page("funding_line")
    qtbot.waitUntil(lambda: window.funding.initiative.value() is not None, timeout=WAIT_MS)
    return open_editor(qtbot, window, "funding_line")


@pytest.mark.parametrize("typed", ["3.195.000,00", "3,195,000.00", "3 195 000,00"])
def test_an_amount_written_either_way_is_read_the_same(qtbot, demo_window: MainWindow, typed: str) -> None:  # type: ignore[no-untyped-def]
    editor = _funding_editor(qtbot, demo_window)
    amount = editor.form.widget("amount")
    amount.setFocus()
    QTest.keyClicks(amount, typed)
    assert amount.value() == Decimal("3195000.00")
    assert editor.form.messages["amount"].text() == ""


@pytest.mark.parametrize(("typed", "message"), [
    ("abc", "“abc” is not a number"),
    ("1,5", "“1,5”: “,” separates thousands here; the decimal sign is “.”"),
])
def test_an_amount_that_is_no_number_says_what_is_wrong_not_that_it_is_required(
        qtbot, demo_window: MainWindow, typed: str, message: str) -> None:  # type: ignore[no-untyped-def]
    editor = _funding_editor(qtbot, demo_window)
    amount = editor.form.widget("amount")
    amount.setFocus()
    QTest.keyClicks(amount, typed)
    tab(qtbot)
    assert amount.property("problem") == "error"
    assert editor.form.messages["amount"].text() == message
    assert not editor.save_button.isEnabled()


def test_a_money_field_in_a_form_hands_the_rules_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The rules module decides: the field gives it the typed text, and the rules call it a type problem."""
    form = RecordForm("funding_line", ["amount"], overrides={"amount": lambda parent, _f: MoneyEdit(parent)})
    qtbot.addWidget(form)
    QTest.keyClicks(form.widget("amount"), "abc")
    assert form.raw_values()["amount"] == "abc"
    assert [(p.field, p.code) for p in form.problems if p.field == "amount"] == [("amount", "type")]


# -- problems shown without moving the fields ----------------------------------------------------------------------

def _field_positions(form: RecordForm, window: QWidget) -> dict[str, int]:
    return {name: widget.mapTo(window, QPoint(0, 0)).y() for name, widget in form.widgets.items()
            if widget.isVisibleTo(window)}


def test_fields_stay_where_they_are_when_problems_appear_and_go(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_new_editor(qtbot, office_window)
    form = editor.form
    before = _field_positions(form, editor)
    start = form.widget("start_date")
    start.edit.setFocus()
    type_into_focus(qtbot, "2024-13-45")  # a problem under the start date
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # and every required field says so
    assert form.messages["start_date"].isVisibleTo(editor) and form.messages["code"].isVisibleTo(editor)
    assert _field_positions(form, editor) == before
    qtbot.keyClick(start.edit, Qt.Key.Key_Delete, CTRL)
    assert not form.messages["start_date"].isVisibleTo(editor)
    assert _field_positions(form, editor) == before


def test_a_long_problem_keeps_to_one_line_and_is_whole_in_the_tooltip(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_new_editor(qtbot, office_window)
    country = editor.form.widget("country")
    message = editor.form.messages["country"]
    height = message.height()
    country.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "A place with a very long name that is in no list of countries at all, anywhere")
    assert message.text().startswith("“A place with a very long name")
    assert message.height() == height
    assert message.toolTip() == message.text()
    assert country.accessibleDescription() == message.text()


# -- nothing cut off at 1366×768 -----------------------------------------------------------------------------------

def _fit_to_screen(dialog: QWidget) -> None:
    dialog.resize(min(dialog.width(), SCREEN_W), min(dialog.height(), SCREEN_H))
    QApplication.processEvents()
    assert dialog.width() <= SCREEN_W and dialog.height() <= SCREEN_H, (dialog.size(), dialog.minimumSizeHint())


def _cut_off(dialog: QWidget, problems_whole: bool = True) -> list[str]:
    """Every visible label or dropdown of ``dialog`` whose text does not fit in it. A field's problem line is one
    line by design (the fields never move): with ``problems_whole`` it must fit too, else it may end in "…" as long
    as the whole text is its tooltip and the field's accessible description."""
    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisibleTo(dialog) or not label.text() or isinstance(label, ProblemMessage):
            continue
        room = label.contentsRect()
        if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            needed = label.heightForWidth(room.width()) if label.wordWrap() else label.minimumSizeHint().height()
            if needed > room.height() or (not label.wordWrap() and label.minimumSizeHint().width() > room.width()):
                cut.append(f"label {label.text()!r}: {room.size().toTuple()}")
        elif label.fontMetrics().horizontalAdvance(label.text().replace("&", "")) > room.width():
            cut.append(f"label {label.text()!r}: {room.width()} px for "
                       f"{label.fontMetrics().horizontalAdvance(label.text())}")
    for message in dialog.findChildren(ProblemMessage):
        line = "  ·  ".join(message.text().splitlines())
        if message.isVisibleTo(dialog) and message.fontMetrics().horizontalAdvance(line) > message.width():
            field = message.parentWidget().layout().itemAt(0).widget()  # the field above its problem line
            if problems_whole or message.toolTip() != message.text() or \
                    field.accessibleDescription() != message.text():
                cut.append(f"problem {message.text()!r}: {message.width()} px")
    for combo in dialog.findChildren(QComboBox):
        if not combo.isVisibleTo(dialog) or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, combo)
        if combo.fontMetrics().horizontalAdvance(combo.currentText()) > room.width():
            cut.append(f"dropdown {combo.currentText()!r}: {room.width()} px")
    return cut


def _each_tab(dialog: QWidget) -> Iterator[str]:
    tabs = dialog.findChildren(QTabWidget)
    if not tabs:
        yield ""
        return
    for widget in tabs:
        for n in range(widget.count()):
            widget.setCurrentIndex(n)
            QApplication.processEvents()
            yield widget.tabText(n)


def _assert_nothing_cut(dialog: QWidget, name: str, problems_whole: bool = True) -> None:
    _fit_to_screen(dialog)
    problems = [f"{name} {tab_name}: {cut}" for tab_name in _each_tab(dialog)
                for cut in _cut_off(dialog, problems_whole)]
    assert problems == []


def test_no_label_or_dropdown_is_cut_off_in_the_editors_at_1366x768(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = _funding_editor(qtbot, window)
    editor.form.widget("amount").setFocus()
    type_into_focus(qtbot, "abc")  # with a problem shown
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # and every required field's
    _assert_nothing_cut(editor, "funding line")
    editor.reject()

    initiative = window.initiatives.model.rows()[0]
    editor = open_editor(qtbot, window, "initiative", initiative.id)
    _assert_nothing_cut(editor, "initiative")
    editor.reject()
    for entity in ("partner", "knowledge_product"):
        editor = open_editor(qtbot, window, entity)
        qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
        _assert_nothing_cut(editor, entity)
        editor.reject()

    window.settings_action.trigger()
    settings = window.settings_dialog
    wait_active(qtbot, settings)
    _assert_nothing_cut(settings, "settings")
    settings.reject()


def test_no_label_is_cut_off_in_the_office_wizard_at_1366x768(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    qtbot.waitUntil(lambda: window.welcome is not None, timeout=WAIT_MS)
    wait_active(qtbot, window.welcome)
    _assert_nothing_cut(window.welcome, "welcome")
    window.welcome.office_button.click()
    qtbot.waitUntil(lambda: window.wizard is not None, timeout=WAIT_MS)
    wait_active(qtbot, window.wizard)
    form = window.wizard.page_.form
    form.widget("code").setFocus()
    type_into_focus(qtbot, "bosaso office")  # a problem shown
    # At the wizard's 640 px the office code's problem (77 characters) ends in "…", whole in its tooltip.
    _assert_nothing_cut(window.wizard, "office wizard", problems_whole=False)
