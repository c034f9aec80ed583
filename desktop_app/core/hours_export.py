"""Volunteers' hours as CSV and XLSX files that German Excel and LibreOffice open as they are."""

import csv
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop_app.core.files import write_atomically, write_text_atomically
from desktop_app.core.spreadsheets import BOLD, FORMULA_STARTS, MAX_WIDTH, MIN_WIDTH, put
from desktop_app.core.text import fold
from desktop_app.core.volunteer_records import HoursExportRow

HEADER = ("Person", "Tätigkeit", "Angebot", "Datum", "Stunden")
SHEET_HOURS = "Stunden"
SHEET_BY_PERSON = "Nach Person"
SHEET_BY_ACTIVITY = "Nach Tätigkeit"
SHEET_INFO = "Info"
TOTAL_LABEL = "Summe"
GRAND_TOTAL_LABEL = "Gesamt"

# Number formats are stored locale-neutral in XLSX; Excel and LibreOffice show them with the
# reader's separators, so "0.00" appears as "2,25" in German.
HOURS_FORMAT = "0.00"


def write_hours_csv(rows: Sequence[HoursExportRow], path: Path) -> None:
    """Write ``rows`` in their order as CSV for German Excel; the file is whole or not there.

    UTF-8 with BOM (without it Excel reads the file as Windows-1252), ";" between fields
    (German Excel expects it because "," is the decimal sign), CRLF line ends, dates as
    dd.mm.yyyy and hours with a decimal comma. Raises ``FileNotWritten`` if the file
    cannot be written, for example because the folder does not exist.
    """

    def write(text: IO[str]) -> None:
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for row in rows:
            writer.writerow(
                (
                    _neutralised(row.person_name),
                    _neutralised(row.activity),
                    _neutralised(row.offer),
                    _date_text(row.worked_on),
                    _hours_text(row.minutes),
                )
            )

    # "utf-8-sig" writes the BOM.
    write_text_atomically(path, write, encoding="utf-8-sig")


def write_hours_xlsx(
    rows: Sequence[HoursExportRow],
    path: Path,
    *,
    title: str,
    period: tuple[date, date] | None = None,
) -> None:
    """Write ``rows`` as an Excel workbook with totals; the file is whole or not there.

    Sheets: "Stunden" (every entry, in the given order, as dates and numbers), "Nach Person"
    (hours per person and activity, with a total per person and one over all), "Nach
    Tätigkeit" (hours per activity) and "Info" (title, period, count). The title and period
    also go into the workbook properties. Raises ``FileNotWritten`` if the file cannot be
    written and ``ValueError`` if the period ends before it starts.
    """
    if period is not None and period[1] < period[0]:
        raise ValueError(f"period ends before it starts: {period[0]} – {period[1]}")
    workbook = Workbook()
    hours = workbook.active
    hours.title = SHEET_HOURS
    _write_table(hours, HEADER, _hours_lines(rows), title)
    _write_table(
        workbook.create_sheet(SHEET_BY_PERSON),
        ("Person", "Tätigkeit", "Stunden"),
        _by_person_lines(rows),
        title,
    )
    _write_table(
        workbook.create_sheet(SHEET_BY_ACTIVITY),
        ("Tätigkeit", "Stunden"),
        _by_activity_lines(rows),
        title,
    )
    info = workbook.create_sheet(SHEET_INFO)
    _write_lines(info, _info_lines(rows, title, period))
    for (label,) in info.iter_rows(max_col=1):
        label.font = BOLD
    properties = workbook.properties
    properties.title = title
    properties.creator = "Tresen"
    properties.language = "de-DE"
    if period is not None:
        properties.subject = f"Zeitraum {_date_text(period[0])} – {_date_text(period[1])}"
    write_atomically(path, workbook.save)


# CSV


def _neutralised(text: str) -> str:
    """``text`` with a leading apostrophe if a spreadsheet would run it as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _hours_text(minutes: int) -> str:
    """Hours with two decimals and a decimal comma: 135 → "2,25"."""
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{hours:.2f}".replace(".", ",")


def _date_text(day: date) -> str:
    # Not strftime: its "%Y" leaves years before 1000 unpadded on glibc.
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


# XLSX; openpyxl has no type hints, so its sheets and cells are ``Any``.

_Value = str | date | float | int


@dataclass(frozen=True)
class _Line:
    """One row of a sheet: text stays text, dates show as dd.mm.yyyy, floats are hours."""

    values: tuple[_Value, ...]
    bold: bool = False


def _hours(minutes: int) -> float:
    # Quarter hours are exact binary fractions, so these floats add up without drift.
    return minutes / 60


def _hours_lines(rows: Sequence[HoursExportRow]) -> list[_Line]:
    return [
        _Line((row.person_name, row.activity, row.offer, row.worked_on, _hours(row.minutes)))
        for row in rows
    ]


def _by_person_lines(rows: Sequence[HoursExportRow]) -> list[_Line]:
    by_person: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        by_person[row.person_name][row.activity] += row.minutes
    lines = []
    for person in _sorted_names(by_person):
        activities = by_person[person]
        for activity in _sorted_names(activities):
            lines.append(_Line((person, activity, _hours(activities[activity]))))
        # The total keeps the person's name, so filtering by person shows it too.
        lines.append(_Line((person, TOTAL_LABEL, _hours(sum(activities.values()))), bold=True))
    if rows:
        lines.append(_Line((GRAND_TOTAL_LABEL, "", _hours(_total_minutes(rows))), bold=True))
    return lines


def _by_activity_lines(rows: Sequence[HoursExportRow]) -> list[_Line]:
    by_activity: dict[str, int] = defaultdict(int)
    for row in rows:
        by_activity[row.activity] += row.minutes
    lines = [
        _Line((activity, _hours(by_activity[activity]))) for activity in _sorted_names(by_activity)
    ]
    if rows:
        lines.append(_Line((GRAND_TOTAL_LABEL, _hours(_total_minutes(rows))), bold=True))
    return lines


def _info_lines(
    rows: Sequence[HoursExportRow], title: str, period: tuple[date, date] | None
) -> list[_Line]:
    """Title and period, on a sheet of their own so the tables start in their first row."""
    lines = [_Line(("Titel", title))]
    if period is not None:
        lines += [_Line(("Von", period[0])), _Line(("Bis", period[1]))]
    return [
        *lines,
        _Line(("Einträge", len(rows))),
        _Line(("Stunden", _hours(_total_minutes(rows)))),
    ]


def _total_minutes(rows: Iterable[HoursExportRow]) -> int:
    return sum(row.minutes for row in rows)


def _sorted_names(names: Iterable[str]) -> list[str]:
    """Alphabetical as a German reader expects ("Özdemir" beside "Ozan"), stable on ties."""
    return sorted(names, key=lambda name: (fold(name), name))


def _write_table(sheet: Any, header: Sequence[str], lines: Iterable[_Line], title: str) -> None:
    """The header and lines, with a frozen header, a filter, and a printout that repeats it."""
    _write_lines(sheet, [_Line(tuple(header), bold=True), *lines])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # "&" starts a control code in page headers; "&&" prints one ampersand.
    sheet.oddHeader.center.text = title.replace("&", "&&")
    sheet.oddFooter.center.text = "&P / &N"


def _write_lines(sheet: Any, lines: Iterable[_Line]) -> None:
    for row, line in enumerate(lines, start=1):
        for column, value in enumerate(line.values, start=1):
            cell = sheet.cell(row=row, column=column)
            if value == "":
                pass  # an empty cell, not an empty string
            elif isinstance(value, str | date):
                put(sheet, row, column, value)
            elif isinstance(value, float):
                cell.value = value
                cell.number_format = HOURS_FORMAT
            else:
                cell.value = value
            if line.bold:
                cell.font = BOLD
    _set_widths(sheet)


def _set_widths(sheet: Any) -> None:
    for index, column in enumerate(sheet.iter_cols(), start=1):
        longest = max((_display_length(cell.value) for cell in column), default=0)
        # The header also needs room for the filter button.
        width = min(max(longest + 2, _display_length(column[0].value) + 4, MIN_WIDTH), MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width


def _display_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return len("00.00.0000")
    if isinstance(value, float):
        return len(f"{value:.2f}")
    return len(str(value))
