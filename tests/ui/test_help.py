"""Help: F1 opens the user guide (docs/user-guide.md) at the section for the page the person is on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextBlock, QTextDocument
from PySide6.QtWidgets import QWidget

from db.models import AGE_BAND_YEARS
from desktop.ui import help as help_module
from desktop.ui.help import HelpWindow, guide_path, image_names, section_keys, show_help
from desktop.ui.main_window import MainWindow

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """Stands in for the main window: the help window is its child, as F1 makes it."""
    widget = QWidget()
    widget.resize(400, 300)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def heading_of(window: HelpWindow, key: str) -> QTextBlock:
    """The block that carries the anchor ``key`` (the section's heading)."""
    block = window.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if key in it.fragment().charFormat().anchorNames():
                return block
            it += 1
        block = block.next()
    raise AssertionError(f"no anchor {key!r} in the guide as shown")


def heading_is_in_view(window: HelpWindow, key: str) -> bool:
    document = window.browser.document()
    top = document.documentLayout().blockBoundingRect(heading_of(window, key)).top()
    shown_from = window.browser.verticalScrollBar().value()
    return shown_from <= top < shown_from + window.browser.viewport().height()


def test_the_guide_is_found_in_the_source_tree() -> None:
    assert guide_path() == GUIDE


def test_a_pyinstaller_build_reads_the_guide_it_ships(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "docs" / "user-guide.md"
    shipped.parent.mkdir()
    shipped.write_text("# shipped\n", encoding="utf-8")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert guide_path() == shipped


def test_every_page_of_the_main_window_has_a_section_with_a_heading(qtbot, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    assert set(MainWindow.PAGES) <= set(section_keys(GUIDE.read_text(encoding="utf-8")))
    window = show_help(parent, "initiative")
    for key in MainWindow.PAGES:
        heading = heading_of(window, key)
        assert heading.blockFormat().headingLevel() == 2, key
        assert heading.text(), key
    # The anchor lines themselves do not show.
    assert "FIELDBOOK-SECTION" not in window.browser.toPlainText()
    assert "<a id=" not in window.browser.toPlainText()


@pytest.mark.parametrize("key", MainWindow.PAGES)
def test_help_opens_at_the_section_for_the_page(qtbot, parent: QWidget, key: str) -> None:  # type: ignore[no-untyped-def]
    window = show_help(parent, key)
    qtbot.waitExposed(window)
    assert window.isVisible() and not window.isModal()
    assert window.parent() is parent
    qtbot.waitUntil(lambda: heading_is_in_view(window, key), timeout=5000)
    if key != MainWindow.PAGES[0]:  # the section is where the window opens, not the top of the guide
        assert not heading_is_in_view(window, "setup")


def test_help_again_brings_the_same_window_to_the_new_section(qtbot, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    first = show_help(parent, "partner")
    qtbot.waitExposed(first)
    qtbot.waitUntil(lambda: heading_is_in_view(first, "partner"), timeout=5000)
    again = show_help(parent, "consolidate")
    assert again is first
    assert parent.findChildren(HelpWindow) == [first]
    qtbot.waitUntil(lambda: heading_is_in_view(first, "consolidate"), timeout=5000)
    first.close()
    reopened = show_help(parent, "funding_line")
    assert reopened is first and reopened.isVisible()
    qtbot.waitUntil(lambda: heading_is_in_view(first, "funding_line"), timeout=5000)


def test_every_picture_in_the_guide_shows(qtbot, parent: QWidget, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = show_help(parent, "initiative")
    qtbot.waitExposed(window)
    names = image_names(window.browser.document())
    assert len(names) == GUIDE.read_text(encoding="utf-8").count("![")
    assert names
    for name in names:
        resource = window.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if isinstance(resource, (bytes, bytearray)):
            resource = QImage.fromData(bytes(resource))
        assert isinstance(resource, (QImage, QPixmap)) and not resource.isNull(), f"broken picture {name}"
    window.grab().save(str(tmp_path / "help-initiative.png"))


def test_links_within_the_guide_lead_to_its_sections(qtbot, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    text = GUIDE.read_text(encoding="utf-8")
    targets = set(re.findall(r"\]\(#([A-Za-z0-9_-]+)\)", text))
    assert targets and targets <= set(section_keys(text))
    window = show_help(parent, "initiative")
    qtbot.waitExposed(window)
    window.browser.anchorClicked.emit(QUrl("#export"))
    qtbot.waitUntil(lambda: heading_is_in_view(window, "export"), timeout=5000)


def test_the_guide_names_the_age_bands_the_counts_use() -> None:
    """The age bands' years in the guide are those the beneficiary grid shows (db.models.AGE_BAND_YEARS)."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split('<a id="age-bands"></a>', 1)[1]
    rows = dict(re.findall(r"^\| (Children|Youth|Adults|Older persons) \| ([^|]+?) \|$", section, re.MULTILINE))
    names = {"children": "Children", "youth": "Youth", "adults": "Adults", "older": "Older persons"}
    for part, (low, high) in AGE_BAND_YEARS.items():
        assert rows[names[part]] == (f"{low} to {high}" if high is not None else f"{low} and over"), part


def test_without_the_guide_the_window_says_so(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(help_module, "guide_path", lambda: None)
    window = HelpWindow()
    qtbot.addWidget(window)
    assert "not installed" in window.browser.toPlainText()
    window.show_section("initiative")  # no section to go to: no error either


def test_f1_in_the_main_window_opens_the_guide_at_the_page_shown(qtbot, office_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Needs main_window.py's Help ▸ User guide (F1) to call show_help(window, current page key)."""
    window = office_window
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "funding_line"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(HelpWindow) is not None, timeout=5000)
    help_window = window.findChild(HelpWindow)
    qtbot.waitExposed(help_window)
    qtbot.waitUntil(lambda: heading_is_in_view(help_window, "funding_line"), timeout=5000)
