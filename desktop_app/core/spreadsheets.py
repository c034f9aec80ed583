"""What every XLSX export shares: cell formats, and text that stays text.

People type the names, titles and activities that end up in cells; a spreadsheet must
show them, never run them.
"""

from datetime import date
from typing import Any

from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]

# Stored locale-neutral; Excel and LibreOffice show them with the reader's separators.
DATE_FORMAT = "DD.MM.YYYY"
COUNT_FORMAT = "#,##0"
HOURS_FORMAT = "#,##0.00"
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
RIGHT = Alignment(horizontal="right")
# Column widths, in characters.
MIN_WIDTH = 8
MAX_WIDTH = 60
# The workbook's language, as its properties name it.
LANGUAGE_TAGS = {"de": "de-DE", "en": "en-GB"}
# Spreadsheets run a cell that starts with one of these as a formula (CSV injection, see
# OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 cannot hold these, and openpyxl refuses them with IllegalCharacterError.
XML_ILLEGAL = {code: None for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))}


def put(sheet: Any, row: int, column: int, value: str | date) -> Any:
    """A text or date in a cell; text that a spreadsheet would run as a formula stays text."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
        return cell
    text = value.translate(XML_ILLEGAL)
    cell.value = text
    # openpyxl stores any string starting with "=" as a formula; these are text.
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        # Excel's "'" prefix: still text after someone edits the cell.
        cell.quotePrefix = True
    return cell
