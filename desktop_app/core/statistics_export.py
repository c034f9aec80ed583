"""The statistics report as an XLSX workbook: one sheet per table, figures as numbers.

The sheets hold exactly the tables the PDF report prints (``statistics_tables``). Counts
are numbers a spreadsheet can add up; a hidden person-level count stays the text "< 3".
The overview sheet says which facility and period the figures are of and how they were
counted. Aggregates only: no cell names or numbers a person.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop_app.core.document_records import Letterhead
from desktop_app.core.files import write_atomically
from desktop_app.core.spreadsheets import (
    BOLD,
    COUNT_FORMAT,
    HOURS_FORMAT,
    LANGUAGE_TAGS,
    MAX_WIDTH,
    MIN_WIDTH,
    RIGHT,
    TITLE,
    put,
)
from desktop_app.core.statistics_records import Comparison
from desktop_app.core.statistics_tables import (
    Cell,
    CellKind,
    Table,
    counting_rule_texts,
    period_text,
    report_title,
    statistics_tables,
)
from desktop_app.core.statistics_texts import StatisticsTexts, statistics_texts

PERCENT_FORMAT = "+0.0;-0.0;0.0"


@dataclass(frozen=True)
class StatisticsReportContent:
    """What a statistics report prints: a period's figures beside the year earlier's, the
    facility's letterhead, the language ("de" or "en") and the day it was made."""

    comparison: Comparison
    letterhead: Letterhead
    language: str
    issued_on: date

    @property
    def texts(self) -> StatisticsTexts:
        return statistics_texts(self.language)

    @property
    def title(self) -> str:
        return report_title(self.comparison.current.period, self.texts)

    def tables(self) -> tuple[Table, ...]:
        return statistics_tables(self.comparison, self.texts)


def write_statistics_xlsx(content: StatisticsReportContent, path: Path) -> None:
    """Write the report as a workbook; the file is whole or not there.

    Raises ``FileNotWritten`` if the file cannot be written.
    """
    texts = content.texts
    title = content.title
    workbook = Workbook()
    for number, table in enumerate(content.tables()):
        sheet = workbook.active if number == 0 else workbook.create_sheet()
        sheet.title = table.sheet
        if table.key == "overview":
            _write_overview(sheet, table, content, texts)
        else:
            _write_table(sheet, table, texts, top=1)
        _print_setup(sheet, f"{title} · {table.title}")
    properties = workbook.properties
    properties.title = title
    properties.subject = texts.subject
    properties.creator = "Tresen"
    properties.language = LANGUAGE_TAGS.get(content.language, content.language)
    write_atomically(path, workbook.save)


# openpyxl has no type hints, so its sheets and cells are ``Any``.


def _write_overview(
    sheet: Any, table: Table, content: StatisticsReportContent, texts: StatisticsTexts
) -> None:
    """Who, which period and when above the overview's table; the counting rules below it."""
    current = content.comparison.current.period
    earlier = content.comparison.earlier.period
    put(sheet, 1, 1, content.title).font = TITLE
    facts: list[tuple[str, str | date]] = [
        (texts.facility, content.letterhead.name.strip()),
        (texts.period, period_text(current, texts)),
        (texts.earlier_period, period_text(earlier, texts)),
        (texts.issued_on_label, content.issued_on),
    ]
    for row, (label, value) in enumerate(facts, start=2):
        put(sheet, row, 1, label).font = BOLD
        cell = put(sheet, row, 2, value)
        cell.alignment = Alignment(horizontal="left")
    top = len(facts) + 3
    last = _write_table(sheet, table, texts, top=top, filter_rows=False)
    row = last + 2
    put(sheet, row, 1, texts.counting_rules).font = BOLD
    for rule in counting_rule_texts(content.comparison.current.rules, texts):
        row += 1
        put(sheet, row, 1, rule)
    _set_widths(sheet, top)


def _write_table(
    sheet: Any, table: Table, texts: StatisticsTexts, *, top: int, filter_rows: bool = True
) -> int:
    """The table's header in row ``top``, its rows and totals below; the last row's number."""
    for column, header in enumerate(table.headers, start=1):
        cell = put(sheet, top, column, header)
        cell.font = BOLD
        if column > table.label_columns:
            cell.alignment = RIGHT
    row = top
    for cells in table.rows:
        row += 1
        _write_cells(sheet, row, cells)
    if not table.rows:
        row += 1
        put(sheet, row, 1, texts.no_rows)
    if filter_rows:
        sheet.freeze_panes = sheet.cell(row=top + 1, column=1).coordinate
        if table.rows:
            last_column = get_column_letter(len(table.headers))
            sheet.auto_filter.ref = f"A{top}:{last_column}{row}"
    if table.total is not None and table.rows:
        row += 1
        for cell in _write_cells(sheet, row, table.total):
            cell.font = BOLD
    if filter_rows:
        _set_widths(sheet, top)
    return row


def _write_cells(sheet: Any, row: int, cells: Sequence[Cell]) -> list[Any]:
    written = []
    for column, cell in enumerate(cells, start=1):
        target = sheet.cell(row=row, column=column)
        if cell.kind is CellKind.TEXT:
            if cell.value != "":
                put(sheet, row, column, str(cell.value))
        elif cell.kind is CellKind.HIDDEN:
            target.value = str(cell.value)
            target.data_type = "s"
            target.alignment = RIGHT
        elif cell.kind is CellKind.COUNT:
            target.value = int(cell.value)
            target.number_format = COUNT_FORMAT
        elif cell.kind is CellKind.HOURS:
            # Quarter hours are exact binary fractions, so these floats add up without drift.
            target.value = int(cell.value) / 60
            target.number_format = HOURS_FORMAT
        elif cell.kind is CellKind.PERCENT:
            target.value = round(float(cell.value), 1)
            target.number_format = PERCENT_FORMAT
        written.append(target)
    return written


def _print_setup(sheet: Any, header: str) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # "&" starts a control code in page headers; "&&" prints one ampersand.
    sheet.oddHeader.center.text = header.replace("&", "&&")
    sheet.oddFooter.center.text = "&P / &N"


def _set_widths(sheet: Any, top: int) -> None:
    """Each column as wide as its longest value from the table's header down; the overview's
    long lines above and below (title, rules) may run over into the empty cells beside."""
    for index, column in enumerate(sheet.iter_cols(min_row=top), start=1):
        values = [cell.value for cell in column if not _is_free_line(sheet, cell)]
        longest = max((_display_length(value) for value in values), default=0)
        width = min(max(longest + 2, MIN_WIDTH), MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width


def _is_free_line(sheet: Any, cell: Any) -> bool:
    """A text alone in its row (a rule, a note): it may run over into the empty cells."""
    if cell.column != 1:
        return False
    return all(sheet.cell(row=cell.row, column=c).value is None for c in (2, 3))


def _display_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return len("00.00.0000")
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    if isinstance(value, int):
        return len(f"{value:,}")
    return len(str(value))
