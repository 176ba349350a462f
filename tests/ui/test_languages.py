"""The window in the offices' languages: Settings ▸ Language rebuilds it in the chosen language (Arabic right to left)
keeping what was typed, every text on the main screens goes through a translation (pseudo-localised run), and
Arabic-Indic digits are accepted where numbers are typed."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from db.store import open_store
from desktop import translations
from desktop.core import i18n
from desktop.ui.app import apply_language
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, _open_window, close_window, focused, wait_idle
from tests.ui.test_entry import CTRL

sys.path.insert(0, str(translations.i18n_dir()))
import tool  # noqa: E402  # resources/i18n/tool.py


def type_arabic_keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Keys of an Arabic keyboard: key events carrying Arabic-Indic digits as their text (QTest's keyClicks knows
    only Latin-1 characters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        qtbot.wait(1)


@pytest.fixture
def english_after(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Whatever language a test switches to, the next test starts in English again."""
    yield
    translations.override_dir = None
    apply_language(qapp, "en")


def _texts(root: QWidget) -> list[str]:
    """Every text a person reads on ``root`` and its children: labels, buttons, tabs, headers, actions, tooltips."""
    out: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        out.append(widget.toolTip())
        if isinstance(widget, QLabel):
            out.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            out.append(widget.text())
        elif isinstance(widget, QGroupBox):
            out.append(widget.title())
        elif isinstance(widget, QLineEdit):
            out.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            out += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            out += [widget.item(i).text() for i in range(widget.count())]
        model = getattr(widget, "model", None)
        if callable(model) and hasattr(widget, "horizontalHeader"):
            m = model()
            if m is not None:
                out += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount())]
    for action in root.findChildren(QAction):
        out += [action.text(), action.toolTip()]
    return [t for t in out if t and t.strip()]


def test_every_text_of_the_main_screens_goes_through_a_translation(qtbot, data_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    english_after: None) -> None:
    """Pseudo-localised (every message accented and bracketed): a text on screen that is still one of the English
    sources was never looked up under the context lupdate filed it in, and would stay English in every language."""
    tool.pseudo_qm(tmp_path / "pseudo")
    translations.override_dir = tmp_path / "pseudo"
    apply_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    sources = {m["source"] for m in tool.messages("fr")}
    from desktop.core.demo import build_demo

    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    build_demo(store, "KEN-NBO")
    window = _open_window(qtbot, store, data_dir)
    qtbot.waitUntil(lambda: window.initiatives.model.rowCount() > 0, timeout=WAIT_MS)
    seen: list[str] = []
    try:
        for key in window.PAGES:
            window.select_page(key)
            wait_idle(qtbot, window)
            seen += _texts(window)
        window.open_settings()
        dialog = window.settings_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            seen += _texts(dialog)
        dialog.reject()
        window.select_page("initiative")
        window.open_editor("initiative", window.initiatives.selected_id())
        qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible(), timeout=WAIT_MS)
        seen += _texts(window.editor)  # type: ignore[arg-type]
        window.editor.reject()  # type: ignore[union-attr]
    finally:
        close_window(qtbot, window)
        (window.tasks.store or store).close()
    untranslated = sorted({text for text in seen if text in sources})
    assert untranslated == [], "; ".join(untranslated)
    assert any(text.startswith("⟦") for text in seen)  # the pseudo translation was in use


def test_settings_language_rebuilds_the_window_in_arabic_keeping_the_counts_typed(  # type: ignore[no-untyped-def]
        qtbot, data_dir: Path, english_after: None) -> None:
    from desktop.core.demo import build_demo
    from desktop.ui.app import current_window

    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    build_demo(store, "KEN-NBO")
    window = _open_window(qtbot, store, data_dir)
    qtbot.waitUntil(lambda: window.initiatives.model.rowCount() > 0, timeout=WAIT_MS)
    # A change saved before (to be undone after the switch), then counts typed and not saved, in Arabic-Indic digits.
    from desktop.core import records

    first = window.initiatives.selected_id() or records.initiative_rows(store)[0].id
    before = records.get_record(store, "initiative", first)["locality"]
    window.operations.save("initiative", first, {"locality": "Mathare North"})
    qtbot.waitUntil(lambda: window.operations.undo_stack.count() == 1 and window.tasks.is_idle, timeout=WAIT_MS)
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    page = window.beneficiaries
    qtbot.waitUntil(lambda: page.initiative.value() is not None and window.tasks.is_idle, timeout=WAIT_MS)
    initiative, period = page.model.initiative_id, page.model.period
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(page.model.row_of(0, "targeted"), page.model.column_of("pwd")))
    type_arabic_keys(qtbot, "٣٧")  # 37, typed on an Arabic keyboard
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.has_unsaved(), timeout=WAIT_MS)
    assert page.model.grid_rows()[0].values["targeted_pwd"] == 37

    # Settings ▸ Language ▸ العربية ▸ Apply language.
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    dialog.tabs.setCurrentIndex(1)
    combo: QComboBox = dialog.language
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "English", "العربية", "Español", "Français", "Português", "Русский", "中文"]
    combo.setFocus()
    while combo.currentData() != "ar":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.language_apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_window() is not None and current_window() is not window, timeout=WAIT_MS)
    new = current_window()
    try:
        qtbot.waitUntil(lambda: new.tasks.is_idle and new.beneficiaries.has_unsaved(), timeout=WAIT_MS)
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert new.nav.item(0).text() == "المبادرات"
        assert new.windowTitle().startswith("Fieldbook")  # the product's name stays
        grid = new.beneficiaries.model
        assert (grid.initiative_id, grid.period) == (initiative, period)
        assert grid.grid_rows()[0].values["targeted_pwd"] == 37  # carried over, still unsaved
        assert new.current_key() == "beneficiary_count"
        # Settings is open again on the Language tab, in Arabic.
        qtbot.waitUntil(lambda: new.settings_dialog is not None and new.settings_dialog.isVisible(), timeout=WAIT_MS)
        assert new.settings_dialog.tabs.currentIndex() == 1
        assert new.settings_dialog.windowTitle() == "الإعدادات"
        new.settings_dialog.reject()
        assert QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat).value("language") == "ar"
        assert i18n.language() == "ar"  # the rules' messages follow
        # The undo history came along: Ctrl+Z in the new window undoes the change saved in the old one.
        assert new.operations.undo_stack.count() == 1
        new.operations.undo_stack.undo()
        qtbot.waitUntil(lambda: new.tasks.is_idle and records.get_record(new.tasks.store, "initiative", first)[
            "locality"] == before, timeout=WAIT_MS)
    finally:
        close_window(qtbot, new)
        (new.tasks.store or store).close()


def test_the_languages_read_their_own_names() -> None:
    assert [translations.native_name(code) for code in translations.LANGUAGES] == [
        "English", "العربية", "Español", "Français", "Português", "Русский", "中文"]


def test_arabic_indic_and_persian_digits_are_read_as_dates_and_amounts() -> None:
    import datetime as dt
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from desktop.core.money import parse_money
    from desktop.ui.widgets import parse_date

    assert parse_date("٢٠٢٤-٠٣-٠١") == dt.date(2024, 3, 1)  # Arabic-Indic
    assert parse_date("۲۰۲۴-۰۳-۰۱") == dt.date(2024, 3, 1)  # Persian (Eastern Arabic-Indic)
    assert parse_date(QLocale("ar_EG").toString(QDate(2024, 3, 1), QLocale.FormatType.ShortFormat),
                      QLocale("ar_EG")) == dt.date(2024, 3, 1)  # as an Arabic short date shows it
    assert parse_money("١٢٬٥٠٠٫٧٥", "ar_EG", "USD") == Decimal("12500.75")
    assert parse_money("۱۲۵۰۰", "fa", "USD") == Decimal("12500")
