"""The annotated copy of a checked package: every offending cell filled and commented, and a Problems sheet first.

Written with openpyxl (styles and comments), only for files the container check let through. defusedxml is
installed, so openpyxl parses with it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.hyperlink import Hyperlink

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.exchange.read import PackageProblem, ValidationReport, severity_label

ERROR_FILL = PatternFill("solid", start_color="FFF4B6B6", end_color="FFF4B6B6")
WARNING_FILL = PatternFill("solid", start_color="FFFFE699", end_color="FFFFE699")
PROBLEMS_SHEET = "Problems"
#: The Problems sheet's headings (translated where they are written) and column widths.
PROBLEM_COLUMNS = ((QT_TRANSLATE_NOOP("exchange", "Severity"), 10), (QT_TRANSLATE_NOOP("exchange", "Sheet"), 18),
                   (QT_TRANSLATE_NOOP("exchange", "Cell"), 8), (QT_TRANSLATE_NOOP("exchange", "Column"), 20),
                   (QT_TRANSLATE_NOOP("exchange", "Code"), 18), (QT_TRANSLATE_NOOP("exchange", "Message"), 90),
                   (QT_TRANSLATE_NOOP("exchange", "Record id"), 38))


def internal_link(ref: str, sheet: str, cell: str) -> Hyperlink:
    """A link from the cell ``ref`` to ``cell`` of ``sheet`` in the same workbook.

    Written as the link's ``location`` (a place in this workbook), with no relationship. A text such as
    ``"#'Sheet'!A1"`` given to ``cell.hyperlink`` is written by openpyxl as an external target (a relationship with
    TargetMode="External"), which LibreOffice rewrites on saving into a link to another file."""
    return Hyperlink(ref=ref, location=f"{quote_sheetname(sheet)}!{cell}", display=cell)


def write_report(report: ValidationReport, out: str | Path) -> Path:
    """Save an annotated copy of ``report.file`` at ``out`` and return its path."""
    out = Path(out)
    book = openpyxl.load_workbook(report.file)
    by_cell: dict[tuple[str, int, str], list[PackageProblem]] = defaultdict(list)
    for problem in report.problems:
        if problem.sheet in book.sheetnames and problem.row:
            by_cell[(problem.sheet, problem.row, problem.column or "A")].append(problem)
    for (sheet, row, column), problems in by_cell.items():
        cell = book[sheet][f"{column}{row}"]
        cell.fill = ERROR_FILL if any(p.is_error for p in problems) else WARNING_FILL
        text = "\n".join(f"{severity_label(p.severity)}: {p.message}" for p in problems)
        comment = Comment(text, "Fieldbook")
        comment.width, comment.height = 320, 40 + 18 * len(problems)
        cell.comment = comment

    sheet = book.create_sheet(PROBLEMS_SHEET, 0)
    bold = Font(bold=True)
    sheet.append([translate("exchange", name) for name, _ in PROBLEM_COLUMNS])
    for col, (_, width) in enumerate(PROBLEM_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
        sheet.cell(1, col).font = bold
    for problem in report.problems:
        sheet.append([severity_label(problem.severity), problem.sheet or "", problem.cell, problem.key or "",
                      problem.code, problem.message, problem.record_id or ""])
        row = sheet.max_row
        sheet.cell(row, 1).fill = ERROR_FILL if problem.is_error else WARNING_FILL
        if problem.sheet in book.sheetnames and problem.row:
            link = sheet.cell(row, 3)
            link.hyperlink = internal_link(link.coordinate, problem.sheet, f"{problem.column or 'A'}{problem.row}")
            link.font = Font(color="FF1F4E79", underline="single")
    if not report.problems:
        sheet.append(["", "", "", "", "", translate("exchange", "No problems found.")])
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.auto_filter.ref = f"A1:G{max(sheet.max_row, 1)}"
    book.active = 0
    for other in book.worksheets[1:]:
        other.sheet_view.tabSelected = False
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out
