"""A country office's whole task, in the real main window, by key presses and mouse clicks only.

From a fresh data folder: set up the office (UN-Habitat Mozambique, MZN, Portuguese), record an initiative with two
partners (both new, created from inside the initiative editor), one period of beneficiary counts (targeted and
reached, by sex and age band, persons with disabilities) with one sum mistake made and fixed, three funding lines
(a pledge and a received amount in MZN at 63.9 MZN per USD, a commitment in USD, from a donor created from inside
the funding-line editor), then export the period's package — which ``fieldbook validate`` accepts. Every key and
click goes through :class:`Sent`, which counts them; the figure is printed (``-s``) and held to the target of the
issue (the OCHA 3W row it replaces: 300 keys, 30 clicks). A second scenario records the office's next initiative,
its partners now known (target 200 keys, 20 clicks).

No setter and no direct call moves the task on: the test only waits, as a person waits, for a window to appear.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.cli import main as fieldbook
from desktop.core import records
from desktop.exchange.read import validate_package
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import current_period
from tests.ui.conftest import WAIT_MS, wait_active, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TRACE = bool(os.environ.get("OFFICE_TASK_TRACE"))


class Sent:
    """Every key and click the person sends, counted. A key with modifiers (Ctrl+N) counts as one key."""

    def __init__(self, qtbot, keyboard_only: bool = False) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.keyboard_only = keyboard_only
        self.keys = 0
        self.clicks = 0

    def reach(self, widget: QWidget, *keys: Qt.Key, pos: QPoint | None = None) -> None:
        """Go to a field: a click, or — keyboard alone — the keys that get there (Tab, Shift+Tab…)."""
        if self.keyboard_only:
            for key in keys:
                self.key(key)
        else:
            self.click(widget, pos)

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        """Characters, each to whatever has the focus at that moment."""
        for char in text:
            QTest.keyClicks(self.focus(), char)
            self.keys += 1
        self.trace(f"typed {text!r}")

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus(), key, modifiers)
            self.keys += 1
        self.trace(f"key {key.name}{'+' + str(modifiers) if modifiers else ''} x{times}")

    def tab(self, times: int = 1) -> None:
        self.key(Qt.Key.Key_Tab, times=times)

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert widget.isVisible() and widget.isEnabled(), f"{widget} cannot be clicked"
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint())
        self.clicks += 1
        self.trace(f"clicked {widget.objectName() or widget.accessibleName() or type(widget).__name__}")

    def field(self, text: str) -> None:
        """Type into the focused field, then Tab to the next one."""
        self.type(text)
        self.tab()

    def wait(self, condition: Callable[[], object]) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=WAIT_MS)

    def wait_focus_in(self, window: QWidget) -> None:
        self.wait(lambda: QApplication.focusWidget() is not None and window.isAncestorOf(QApplication.focusWidget())
                  or QApplication.focusWidget() is window)

    def trace(self, what: str) -> None:
        if TRACE:
            focus = QApplication.focusWidget()
            name = (focus.objectName() or focus.accessibleName() or type(focus).__name__) if focus else None
            print(f"  [{self.keys:3} keys {self.clicks:2} clicks] {what:40} focus: {name}")


def set_up_office(sent: Sent, window: MainWindow) -> None:
    sent.wait(lambda: window.welcome is not None and window.welcome.isVisible())
    wait_active(sent.qtbot, window.welcome)
    sent.key(Qt.Key.Key_Space)  # "Set up my office" has the focus
    sent.wait(lambda: window.wizard is not None and window.wizard.isVisible())
    wait_active(sent.qtbot, window.wizard)
    sent.wait_focus_in(window.wizard)
    for text in ("MOZ-MPM", "UN-Habitat Mozambique", "MOZ"):
        sent.field(text)
    sent.type("AF")  # region; the currency (MZN) and language (pt) follow from the country
    sent.key(Qt.Key.Key_Return)  # Start recording
    sent.wait(lambda: window.office is not None)
    assert window.office["currency"] == "MZN" and window.office["language"] == "pt"


def new_record(sent: Sent, window: MainWindow):  # type: ignore[no-untyped-def]
    """Ctrl+N on the page shown, and wait for the editor to have the keyboard."""
    window.editor = None
    sent.key(Qt.Key.Key_N, CTRL)
    sent.wait(lambda: window.editor is not None and window.editor.isVisible())
    editor = window.editor
    assert editor is not None
    wait_active(sent.qtbot, editor)
    sent.wait_focus_in(editor)
    return editor


def record_initiative(sent: Sent, window: MainWindow, code: str, title: str,
                      partners: list[tuple[str, bool, str]]) -> None:
    """The initiative with its partners: (name, new?, role typed or "" for the default) — a new one is created
    from inside the editor."""
    sent.wait_focus_in(window)
    editor = new_record(sent, window)
    sent.field(code)
    sent.field(title)
    sent.field("act")  # status: Active
    # Country: the office's, already there; admin area: none.
    sent.reach(editor.form.widget("locality"), Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    sent.field("Maputo")  # city
    sent.field("2024-03-01")  # start; no end date yet
    sent.tab()
    sent.type("FP2")  # flagship: RISE-UP
    sent.key(Qt.Key.Key_P, ALT)  # the partners tab
    links = editor.links
    for name, new, role in partners:
        sent.wait_focus_in(links)
        sent.type(name)
        if role:
            sent.tab()
            sent.type(role)
        sent.key(Qt.Key.Key_Return)  # Enter: add the partner (a new name opens the short partner dialog)
        if new:
            sent.wait(lambda: editor.partner_editor is not None and editor.partner_editor.isVisible())
            dialog = editor.partner_editor
            wait_active(sent.qtbot, dialog)
            # The name is there as typed; the keyboard is in the first field still to fill.
            sent.type("local" if "Council" in name else "ngo")  # partner type: by name or code
            sent.key(Qt.Key.Key_S, CTRL)
            sent.wait(lambda: not dialog.isVisible())
            wait_active(sent.qtbot, editor)
        sent.wait(lambda: any(n in links.table.item(r, 0).text() for r in range(links.table.rowCount())
                              for n in [name]))
    sent.key(Qt.Key.Key_S, CTRL)
    sent.wait(lambda: not editor.isVisible())
    wait_idle(sent.qtbot, window)


def cell_point(view: QWidget, index) -> QPoint:  # type: ignore[no-untyped-def]
    return view.visualRect(index).center()


def choose_initiative(sent: Sent, window: MainWindow, picker, code: str | None) -> None:  # type: ignore[no-untyped-def]
    """The page's initiative: already the right one, or typed by part of its code (the box has the keyboard)."""
    sent.wait(lambda: picker.value() is not None and window.tasks.is_idle)
    if code is not None:
        sent.type(code.split("-")[-1])
        sent.key(Qt.Key.Key_Return)
    sent.wait(lambda: window.tasks.is_idle)


def count_beneficiaries(sent: Sent, window: MainWindow, initiative_code: str | None = None,
                        mistake: bool = True) -> None:
    """One period of counts for residents: targeted and reached, by sex and age band, persons with disabilities; one
    sum mistake (reached female + male above the total), seen on screen and fixed (``mistake``)."""
    sent.key(Qt.Key.Key_2, CTRL)
    page = window.beneficiaries
    choose_initiative(sent, window, page.initiative, initiative_code)
    if initiative_code is not None:
        assert page.initiative.combo.currentText().startswith(initiative_code)
    model, grid = page.model, page.grid
    assert page.current_period() == current_period()  # the half-year under way (2026-H2 on 2026-12-01)
    # The first count: a click on it, or Tab past the period and reach boxes into the grid and on to it.
    sent.reach(grid.viewport(), Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab,
               pos=cell_point(grid, model.index(model.row_of(0, "targeted"), model.column_of("total"))))
    # total, female, male, (other sex: none), children, youth, adults, older, disability; Tab moves count to count
    sent.type("1200\t620\t580\t\t300\t250\t500\t150\t40\t")
    if not mistake:
        sent.type("1100\t550\t550\t\t280\t230\t450\t140\t35")
        sent.key(Qt.Key.Key_Return)
        sent.wait(lambda: model.grid_rows()[0].values["reached_pwd"] == 35)  # committed on the next turn
    else:
        sent.type("1100\t600\t550\t")  # reached: 600 + 550 is more than 1,100, and the page says so at once
        assert "more than the total" in page.problems.text() and not page.save_button.isEnabled()
        sent.type("\t280\t230\t450\t140\t35")
        # The person goes back to the female count (the click also commits the last one) and corrects it.
        sent.reach(grid.viewport(), *[Qt.Key.Key_Backtab] * 7,  # from the disability count back to female
                   pos=cell_point(grid, model.index(model.row_of(0, "reached"), model.column_of("female"))))
        assert model.grid_rows()[0].values["reached_pwd"] == 35
        sent.type("550")
        sent.key(Qt.Key.Key_Return)
        sent.wait(lambda: model.grid_rows()[0].values["reached_female"] == 550)
    sent.wait(lambda: page.save_button.isEnabled())
    sent.key(Qt.Key.Key_S, CTRL)
    sent.wait(lambda: not page.has_unsaved() and window.tasks.is_idle)


def add_funding_line(sent: Sent, window: MainWindow, steps: Callable[[QWidget], None]) -> None:
    editor = new_record(sent, window)
    steps(editor)
    if TRACE:
        print("    problems:", [p.message for p in editor.form.problems], editor.form.raw_values())
    sent.key(Qt.Key.Key_S, CTRL)
    sent.wait(lambda: not editor.isVisible() and window.tasks.is_idle)


def record_funding(sent: Sent, window: MainWindow, new_funder: bool, initiative_code: str | None = None) -> None:
    """A pledge and a received amount in MZN at 63.9 MZN per USD, from the donor (new the first time: created from
    inside the line); a commitment in USD."""
    sent.key(Qt.Key.Key_3, CTRL)
    choose_initiative(sent, window, window.funding.initiative, initiative_code)

    def pledge(editor: QWidget) -> None:
        sent.reach(editor.form.widget("funder_id").combo, Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # a pledge, today, from…
        if new_funder:
            sent.type("Embassy of Sweden")  # a funder not known yet
            sent.key(Qt.Key.Key_N, ALT)  # New partner…, named as typed
            sent.wait(lambda: editor.partner_editor is not None and editor.partner_editor.isVisible())
            partner = editor.partner_editor
            wait_active(sent.qtbot, partner)
            sent.key(Qt.Key.Key_S, CTRL)  # bilateral, as the line's source: nothing more to type
            sent.wait(lambda: not partner.isVisible())
            sent.wait(lambda: editor.form.widget("funder_id").value() == partner.record_id)
        else:
            sent.type("Swe")  # the donor, by part of its name
        # source, modality, currency: MZN, the office's, already there
        sent.reach(editor.form.widget("amount"), *[Qt.Key.Key_Tab] * 4)
        sent.type("3195000")
        if new_funder:  # the office's first MZN line; later lines start from the office's latest rate
            sent.tab()
            sent.type("63.9")  # MZN per 1 USD, as rates are quoted
        sent.wait(lambda: "1 USD = 63.90 MZN" in editor.form.widget("usd_rate").both_ways.text())

    def received(editor: QWidget) -> None:
        sent.type("inc")  # incoming funds (received); funder, currency and rate as on the last line
        sent.reach(editor.form.widget("amount"), *[Qt.Key.Key_Tab] * 6)
        sent.type("1597500")

    def commitment(editor: QWidget) -> None:
        sent.type("com")
        sent.reach(editor.form.widget("currency"), *[Qt.Key.Key_Tab] * 5)
        sent.type("USD\t50000")  # the rate of a US dollar is 1, by itself

    for steps in (pledge, received, commitment):
        add_funding_line(sent, window, steps)


def export_package(sent: Sent, window: MainWindow) -> Path:
    window.export_dialog = None
    sent.key(Qt.Key.Key_E, CTRL)
    sent.wait(lambda: window.export_dialog is not None and window.export_dialog.plan is not None)
    dialog = window.export_dialog
    assert dialog is not None
    wait_active(sent.qtbot, dialog)
    assert dialog.period.currentText() == current_period() and not dialog.plan.problems
    sent.key(Qt.Key.Key_Return)  # Export: the period with data, the remembered (here: default) folder
    sent.wait(lambda: dialog.result_ is not None)
    assert dialog.report is not None and dialog.report.valid
    path = dialog.result_.path
    sent.wait_focus_in(dialog)  # the keyboard back in the dialog once the progress window (if shown) has gone
    sent.key(Qt.Key.Key_Escape)
    return path


@pytest.mark.parametrize("keyboard_only", [False, True], ids=["keys-and-mouse", "keyboard-alone"])
def test_office_task_from_fresh_office_to_exported_package(qtbot, empty_window: MainWindow, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           keyboard_only: bool) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    window = empty_window
    sent = Sent(qtbot, keyboard_only)
    set_up_office(sent, window)
    record_initiative(sent, window, "MOZ-001", "Resilient neighbourhoods of Maputo",
                      [("Maputo City Council", True, "gov"), ("Habitat for Humanity", True, "")])
    store = window.tasks.store
    initiative = records.initiative_rows(store)[0]
    assert initiative.code == "MOZ-001"
    assert len(records.get_record(store, "initiative", initiative.id)["partner_links"]) == 2
    count_beneficiaries(sent, window)
    record_funding(sent, window, new_funder=True)
    path = export_package(sent, window)
    print(f"\noffice task ({'keyboard alone' if keyboard_only else 'keys and mouse'}): "
          f"{sent.keys} keys, {sent.clicks} clicks")

    check_recorded(store, "MOZ-001")
    assert path.parent == tmp_path / "Documents" / "Fieldbook packages"
    assert path.name == f"MOZ-MPM_{current_period()}_001.xlsx"
    assert fieldbook(["validate", str(path)]) == 0  # what the regional office runs
    if keyboard_only:
        assert sent.clicks == 0
    else:
        assert sent.keys <= 300 and sent.clicks <= 30, f"{sent.keys} keys, {sent.clicks} clicks"


def check_recorded(store, code: str) -> None:  # type: ignore[no-untyped-def]
    """What the task put in the store: every figure as typed, the rate both ways right."""
    initiative = next(row for row in records.initiative_rows(store) if row.code == code)
    assert initiative.status == "active"
    names = {p.id: p.name for p in records.partner_rows(store)}
    links = records.get_record(store, "initiative", initiative.id)["partner_links"]
    assert sorted((names[partner], role) for partner, role in links) == [
        ("Habitat for Humanity", "implementing"), ("Maputo City Council", "government")]
    counts = records.beneficiary_rows(store, initiative.id, current_period())
    assert [(r.group_code, r.count("targeted_total"), r.count("targeted_older"), r.count("reached_female"),
             r.count("reached_male"), r.count("reached_pwd")) for r in counts] == [
        ("residents", 1200, 150, 550, 550, 35)]
    lines = records.funding_rows(store, initiative.id)
    assert sorted((r.transaction_type, r.currency, r.amount, r.amount_usd) for r in lines) == [
        ("commitment", "USD", Decimal("50000"), Decimal("50000.00")),
        ("incoming", "MZN", Decimal("1597500"), Decimal("25000.00")),
        ("pledge", "MZN", Decimal("3195000"), Decimal("50000.00"))]
    assert {r.funder_name for r in lines} == {"Embassy of Sweden"}


def test_the_next_initiative_of_the_same_office(qtbot, data_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The office already has its partners and a first initiative: the next one, with its counts, funding and the
    period's package, in at most 200 keys and 20 clicks."""
    from db.store import open_store
    from tests.ui.conftest import _open_window, close_window

    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    store = open_store(data_dir / "fieldbook.sqlite", user="tester")
    records.create_office(store, {"code": "MOZ-MPM", "name": "UN-Habitat Mozambique", "country": "MOZ",
                                  "region": "AF", "currency": "MZN", "language": "pt"})
    partners = {name: records.save_record(store, "partner", {"name": name, "partner_type": kind}).record_id
                for name, kind in (("Maputo City Council", "gov_local"), ("Habitat for Humanity", "ngo"),
                                   ("Embassy of Sweden", "bilateral"))}
    first = records.save_record(store, "initiative", {
        "code": "MOZ-001", "title": "Resilient neighbourhoods of Maputo", "status": "active", "country": "MOZ",
        "crisis_context": "none", "start_date": dt.date(2024, 3, 1), "flagship_code": "FP2",
        "partner_links": ((partners["Maputo City Council"], "government"),)}).record_id
    records.save_record(store, "funding_line", {
        "initiative_id": first, "funder_id": partners["Embassy of Sweden"], "source_type": "bilateral",
        "modality": "earmarked", "transaction_type": "pledge", "transaction_date": dt.date(2026, 7, 1),
        "currency": "MZN", "amount": Decimal("3195000"), "usd_rate": Decimal("0.0156494523"),
        "amount_usd": Decimal("50000.00")})
    window = _open_window(qtbot, store, data_dir)
    try:
        sent = Sent(qtbot)
        window.select_page("initiative")
        sent.wait(lambda: window.initiatives.model.rowCount() == 1)
        window.initiatives.table.setFocus()  # where the person starts: the list of initiatives
        record_initiative(sent, window, "MOZ-002", "Safer public spaces in Matola",
                          [("City", False, "gov"), ("Habitat", False, "")])
        # Beneficiaries and Funding open on the initiative just recorded: nothing to choose.
        count_beneficiaries(sent, window, mistake=False)
        assert window.beneficiaries.initiative.combo.currentText().startswith("MOZ-002")
        record_funding(sent, window, new_funder=False)
        assert window.funding.initiative.combo.currentText().startswith("MOZ-002")
        path = export_package(sent, window)
        print(f"\nnext initiative: {sent.keys} keys, {sent.clicks} clicks")
        check_recorded(window.tasks.store, "MOZ-002")
        assert validate_package(path).valid
        assert sent.keys <= 200 and sent.clicks <= 20, f"{sent.keys} keys, {sent.clicks} clicks"
    finally:
        close_window(qtbot, window)
        (window.tasks.store or store).close()
