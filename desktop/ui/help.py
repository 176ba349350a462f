"""Help: the user guide (docs/user-guide.md) in a window of its own, opened by F1 at the section for the current page.

How a section is found. In ``docs/user-guide.md`` every section starts with a line holding only ``<a id="KEY"></a>``,
then a blank line, then the section's heading. KEY is a page key of ``MainWindow.PAGES`` (``initiative``,
``beneficiary_count``, ``funding_line``, ``partner``, ``knowledge_product``, ``summary``, ``dashboard``,
``consolidate``) or the name of another section (``setup``, ``export``, ``keyboard``, ``age-bands``); links in the
guide point at them as ``(#KEY)``. GitHub makes such a line an anchor, so the same links work there. Qt's Markdown
reader drops raw HTML, so :func:`load_guide` turns each anchor line into a marker paragraph before Qt reads the text,
then gives the heading after it the anchor name KEY and removes the marker; ``QTextBrowser.scrollToAnchor(KEY)``
finds it from there.

Where the guide is: :func:`guide_path` — in a PyInstaller build ``sys._MEIPASS/docs/user-guide.md``
(``installers/fieldbook.spec`` ships ``docs/user-guide.md`` and ``docs/screenshots/``), from the source tree the
``docs`` folder beside ``desktop``. Its pictures are paths relative to the guide (``screenshots/01-initiatives.png``).

Help ▸ About Fieldbook: :func:`show_about` says which Fieldbook this is, the package format and store schema it
writes, and the open data file's own schema and place (what a helpdesk asks first); :func:`about_facts` reads them
on the store's worker.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QImageReader,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

import desktop
from db.store import Store, store_schema
from desktop.core import i18n

GUIDE = Path("docs") / "user-guide.md"
#: A section's anchor: a line of its own in the Markdown.
ANCHOR_LINE = re.compile(r'^<a id="([A-Za-z0-9_-]+)"></a>\s*$')
#: What an anchor line becomes for Qt's Markdown reader (a paragraph of plain text), until load_guide removes it.
_MARKER = "FIELDBOOK-SECTION:"
#: Pictures wider than this are shown scaled down, so a screenshot fits the window without scrolling sideways.
IMAGE_WIDTH = 640


def guide_path(lang: str | None = None) -> Path | None:
    """The user guide shipped with this copy of Fieldbook, in the chosen language (``docs/user-guide.<lang>.md``)
    or else in English: the PyInstaller folder's, else the source tree's."""
    lang = lang or i18n.language()
    names = [GUIDE.with_name(f"user-guide.{lang}.md"), GUIDE] if lang != "en" else [GUIDE]
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots.append(Path(desktop.__file__).resolve().parents[1])
    return next((root / name for name in names for root in roots if (root / name).is_file()), None)


def section_keys(markdown: str) -> list[str]:
    """The anchors of the guide's sections, in order."""
    return [m.group(1) for m in map(ANCHOR_LINE.match, markdown.splitlines()) if m]


def _with_markers(markdown: str) -> str:
    lines = []
    for line in markdown.splitlines():
        match = ANCHOR_LINE.match(line)
        lines.append(f"\n{_MARKER}{match.group(1)}\n" if match else line)
    return "\n".join(lines)


def load_guide(document: QTextDocument, markdown: str, folder: Path) -> list[str]:
    """Fill ``document`` with the guide; each section's heading gets its anchor name. Returns the anchors."""
    document.setUndoRedoEnabled(False)
    document.setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
    document.setMarkdown(_with_markers(markdown), QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    markers: list[tuple[int, str]] = []
    block = document.begin()
    while block.isValid():
        if block.text().startswith(_MARKER):
            markers.append((block.position(), block.text()[len(_MARKER):].strip()))
        block = block.next()
    # From the end, so the positions of the markers still to do stay where they were.
    for position, key in reversed(markers):
        marker = document.findBlock(position)
        heading = marker.next()
        if heading.isValid():
            cursor = QTextCursor(heading)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            name = QTextCharFormat()
            name.setAnchor(True)
            name.setAnchorNames([key])
            cursor.mergeCharFormat(name)
        # The marker with the paragraph break before it: the heading after it keeps its own format.
        cursor = QTextCursor(document)
        cursor.setPosition(marker.position() - 1 if marker.previous().isValid() else marker.position())
        cursor.setPosition(marker.position() + len(marker.text()), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    _space_headings(document)
    _fit_images(document, folder)
    return [key for _position, key in markers]


def _space_headings(document: QTextDocument) -> None:
    # Qt's Markdown reader gives headings no room above them; sections run into each other without it.
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 1:
            spaced = QTextBlockFormat()
            spaced.setTopMargin(18)
            spaced.setBottomMargin(6)
            QTextCursor(block).mergeBlockFormat(spaced)
        block = block.next()


def image_names(document: QTextDocument) -> list[str]:
    """The pictures the document shows, as written in the guide."""
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                names.append(fragment.charFormat().toImageFormat().name())
            it += 1
        block = block.next()
    return names


def _fit_images(document: QTextDocument, folder: Path) -> None:
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if not (fragment.isValid() and fragment.charFormat().isImageFormat()):
                continue
            image = fragment.charFormat().toImageFormat()
            size = QImageReader(str(folder / image.name())).size()
            if size.width() > IMAGE_WIDTH:
                image.setWidth(IMAGE_WIDTH)
                image.setHeight(size.height() * IMAGE_WIDTH / size.width())
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(image)
        block = block.next()


class HelpWindow(QDialog):
    """The user guide beside the main window: not modal, so the person can read and work at the same time."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fieldbook user guide"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(False)
        self.setObjectName("helpWindow")
        self.path = path if path is not None else guide_path()
        self.sections: list[str] = []
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)  # links within the guide scroll; others open in the person's browser
        self.browser.anchorClicked.connect(self._follow)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        if self.path is not None:
            self.browser.setSearchPaths([str(self.path.parent)])
            self.sections = load_guide(self.browser.document(), self.path.read_text(encoding="utf-8"),
                                       self.path.parent)
        else:
            self.browser.setPlainText(self.tr("The user guide is not installed with this copy of Fieldbook."))
        self.resize(IMAGE_WIDTH + 120, 680)

    def show_section(self, key: str) -> None:
        """Scroll to the section for ``key`` (a page key); the top of the guide when it has none."""
        if key in self.sections:
            self.browser.scrollToAnchor(key)
        else:
            self.browser.verticalScrollBar().setValue(0)

    @Slot(QUrl)
    def _follow(self, url: QUrl) -> None:
        if url.isRelative() and not url.path() and url.fragment():
            self.show_section(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


def show_help(parent: QWidget | None, page_key: str) -> HelpWindow:
    """Open the user guide (or bring it to the front) at the section for ``page_key``."""
    window = parent.findChild(HelpWindow) if parent is not None else _windows.get(None)
    if window is None:
        window = HelpWindow(parent)
        if parent is None:
            _windows[None] = window
    window.show_section(page_key)
    window.show()
    window.raise_()
    window.activateWindow()
    window.browser.setFocus()
    return window


#: The help window of no main window (``show_help(None, …)``), kept so it is not collected while shown.
_windows: dict[None, HelpWindow] = {}


# -- Help ▸ About Fieldbook --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AboutFacts:
    versions: desktop.Versions
    file_schema: str | None  # the open data file's own schema version (None: not a store yet)
    data_file: str  # its path, or a server's user@host:port/database (never its password)


def about_facts(store: Store) -> AboutFacts:
    """This copy's versions (read from its migration scripts) and the open data file's own schema version."""
    return AboutFacts(desktop.versions(), store_schema(store), store.display_name)


def about_text(facts: AboutFacts) -> str:
    translate = QCoreApplication.translate
    return "\n".join((
        translate("About", "Fieldbook {version}").format(version=facts.versions.fieldbook),
        translate("About", "Package format: {format}").format(format=facts.versions.package_format),
        translate("About", "Store schema: {schema}").format(schema=facts.versions.store_schema),
        "",
        translate("About", "Data file in use (schema {schema}):").format(schema=facts.file_schema or translate("About", "none")),
        facts.data_file,
    ))


def show_about(parent: QWidget, facts: AboutFacts) -> QMessageBox:
    """The About box, modal to the main window; its text can be selected and copied (into a message to a helpdesk)."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("About", "About Fieldbook"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as it is, never read as markup
    box.setText(about_text(facts))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    icon = parent.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
