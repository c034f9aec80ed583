"""The district's figures as an XLSX workbook: one sheet per table, counts as numbers.

Every facility's figures side by side, by field of action, by age group and gender, the
offers suited to the Jobcenter cooperation and the referrals between the facilities. A
count the shared database withheld (1 or 2 people) is the text "< 3". The info sheet
says which period the figures are of and how they were counted. Aggregates only: no
cell names or numbers a person.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop_app.core.district_records import (
    DistrictFigures,
    FacilityFigures,
    JobcenterOffers,
    PersonFigures,
    ReferralFlow,
)
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
from desktop_app.core.statistics_records import NOT_STATED, SMALL_COUNT_TEXT, Period, PeriodKind
from desktop_app.core.statistics_texts import StatisticsTexts, statistics_texts

# What the district's workbook says beyond the statistics reports' texts. Sheet names
# have at most 31 characters and none of []:*?/\ (Excel's rule).
DISTRICT_TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "title": "Zahlen des Bezirks {period}",
        "subject": "Alle Einrichtungen im Vergleich; nur zusammengefasste Zahlen",
        "sheet_info": "Info",
        "sheet_facilities": "Einrichtungen",
        "sheet_fields": "Handlungsfelder",
        "sheet_people": "Alter und Geschlecht",
        "sheet_jobcenter": "Jobcenter-Kooperation",
        "sheet_flows": "Vermittlungen",
        "all_facilities": "Alle Einrichtungen",
        "all": "alle",
        "target_group": "Zielgruppe",
        "offers": "Angebote",
        "titles": "Titel der Angebote",
        "issued_in_field": "Vermittlungen im Handlungsfeld an andere Einrichtungen",
        "received_in_field": "Vermittlungen im Handlungsfeld von anderen Einrichtungen",
        "to": "An",
        "within_network": "Im Verbund",
        "yes": "ja",
        "no": "nein",
        "counselling_tallied": "Anonym gezählt in der Beratung",
        "withheld": "Zahlen von 1 oder 2 Personen gibt die gemeinsame Datenbank nicht heraus; "
        "sie stehen als „< 3“.",
        "jobcenter_note": "Angebote, die für die Kooperation mit dem Jobcenter geeignet sind, "
        "nach Handlungsfeld und Zielgruppe; ein Angebot mit mehreren Zielgruppen steht in "
        "jeder.",
        "age_note": "Alter am Ende des Zeitraums aus dem Geburtsjahr, sonst aus der erfassten "
        "Altersgruppe.",
    },
    "en": {
        "title": "District figures {period}",
        "subject": "Every facility side by side; aggregate figures only",
        "sheet_info": "Info",
        "sheet_facilities": "Facilities",
        "sheet_fields": "Fields of action",
        "sheet_people": "Age and gender",
        "sheet_jobcenter": "Jobcenter cooperation",
        "sheet_flows": "Referrals",
        "all_facilities": "All facilities",
        "all": "all",
        "target_group": "Target group",
        "offers": "Offers",
        "titles": "Titles of the offers",
        "issued_in_field": "Referrals in the field to other facilities",
        "received_in_field": "Referrals in the field from other facilities",
        "to": "To",
        "within_network": "Within the network",
        "yes": "yes",
        "no": "no",
        "counselling_tallied": "Counted anonymously in counselling",
        "withheld": "The shared database does not give out counts of 1 or 2 people; they "
        "are shown as “< 3”.",
        "jobcenter_note": "Offers suited to the cooperation with the Jobcenter, by field of "
        "action and target group; an offer for several target groups is listed under each.",
        "age_note": "Age at the end of the period from the year of birth, else from the age "
        "band recorded.",
    },
}


@dataclass(frozen=True)
class _Cell:
    """Text, a count, a count the database withheld (None), or minutes shown as hours."""

    value: str | int | None
    hours: bool = False


def _text(value: str) -> _Cell:
    return _Cell(value)


def _count(value: int | None) -> _Cell:
    return _Cell(value)


@dataclass(frozen=True)
class _Sheet:
    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[_Cell, ...], ...]
    label_columns: int
    bold_last: bool = False


def district_title(period: Period, language: str = "de") -> str:
    texts = statistics_texts(language)
    return DISTRICT_TEXTS[language]["title"].format(period=period_label(period, texts))


def period_label(period: Period, texts: StatisticsTexts) -> str:
    if period.kind is PeriodKind.YEAR:
        return str(period.start.year)
    if period.kind is PeriodKind.MONTH:
        return f"{texts.months[period.start.month - 1]} {period.start.year}"
    return texts.period_range.format(
        start=texts.format_date(period.start), end=texts.format_date(period.end)
    )


def write_district_xlsx(
    figures: DistrictFigures, path: Path, *, issued_on: date, language: str = "de"
) -> None:
    """Write the district's figures as a workbook; the file is whole or not there.

    Raises ``FileNotWritten`` if the file cannot be written.
    """
    texts = statistics_texts(language)
    words = DISTRICT_TEXTS[language]
    title = district_title(figures.period, language)
    workbook = Workbook()
    info = workbook.active
    info.title = words["sheet_info"]
    _write_info(info, figures, texts, words, title, issued_on)
    for sheet in _sheets(figures, texts, words):
        _write_sheet(workbook.create_sheet(sheet.name), sheet)
    properties = workbook.properties
    properties.title = title
    properties.subject = words["subject"]
    properties.creator = "Tresen"
    properties.language = LANGUAGE_TAGS.get(language, language)
    write_atomically(path, workbook.save)


def _sheets(
    figures: DistrictFigures, texts: StatisticsTexts, words: dict[str, str]
) -> list[_Sheet]:
    def facility(name: str, facility_id: object) -> str:
        return words["all_facilities"] if facility_id is None else name

    def field(name: str) -> str:
        return name or texts.without_field

    def age_group(key: str | None) -> str:
        if key is None:
            return words["all"]
        if key == NOT_STATED:
            return texts.not_recorded
        return texts.age_groups.get(key, key)

    def gender(key: str | None) -> str:
        return words["all"] if key is None else texts.genders.get(key, key)

    return [
        _Sheet(
            words["sheet_facilities"],
            (
                texts.facility,
                texts.row_check_ins,
                texts.row_visitors,
                texts.row_new,
                texts.row_returning,
                texts.row_tallied,
                texts.row_counselling_visits,
                texts.row_counselling_visitors,
                words["counselling_tallied"],
                texts.row_referrals_issued,
                texts.row_referrals_received,
                texts.row_volunteers,
                texts.row_volunteer_hours,
            ),
            tuple(
                _facility_row(row, facility(row.facility, row.facility_id))
                for row in figures.facilities
            ),
            label_columns=1,
            bold_last=True,
        ),
        _Sheet(
            words["sheet_fields"],
            (texts.col_field, texts.facility, texts.col_check_ins, texts.col_visitors,
             texts.col_tallied, texts.row_counselling_visits),
            tuple(
                (
                    _text(field(row.field_of_action)),
                    _text(facility(row.facility, row.facility_id)),
                    _count(row.visits),
                    _count(row.visitors),
                    _count(row.tallied),
                    _count(row.counselling_visits),
                )
                for row in figures.by_field
            ),
            label_columns=2,
        ),
        _Sheet(
            words["sheet_people"],
            (texts.facility, texts.col_age_group, texts.col_gender, texts.col_check_ins,
             texts.col_visitors, texts.row_new, texts.row_returning, texts.col_tallied),
            tuple(
                _person_row(row, facility(row.facility, row.facility_id), age_group, gender)
                for row in figures.by_person
            ),
            label_columns=3,
        ),
        _Sheet(
            words["sheet_jobcenter"],
            (texts.col_field, words["target_group"], texts.facility, words["offers"],
             words["titles"], words["issued_in_field"], words["received_in_field"]),
            tuple(_jobcenter_row(row, field, texts) for row in figures.jobcenter),
            label_columns=3,
        ),
        _Sheet(
            words["sheet_flows"],
            (texts.col_source, words["to"], words["within_network"], texts.col_field,
             texts.col_status, texts.col_referrals),
            tuple(_flow_row(row, field, texts, words) for row in figures.referral_flows),
            label_columns=5,
        ),
    ]  # fmt: skip


def _facility_row(row: FacilityFigures, name: str) -> tuple[_Cell, ...]:
    return (
        _text(name),
        _count(row.visits),
        _count(row.visitors),
        _count(row.new_visitors),
        _count(row.returning_visitors),
        _count(row.tallied),
        _count(row.counselling_visits),
        _count(row.counselling_visitors),
        _count(row.counselling_tallied),
        _count(row.referrals_issued),
        _count(row.referrals_received),
        _count(row.volunteers),
        _Cell(row.volunteer_minutes, hours=True),
    )


def _person_row(row: PersonFigures, name: str, age_group: Any, gender: Any) -> tuple[_Cell, ...]:
    return (
        _text(name),
        _text(age_group(row.age_group)),
        _text(gender(row.gender)),
        _count(row.visits),
        _count(row.visitors),
        _count(row.new_visitors),
        _count(row.returning_visitors),
        _count(row.tallied),
    )


def _jobcenter_row(row: JobcenterOffers, field: Any, texts: StatisticsTexts) -> tuple[_Cell, ...]:
    return (
        _text(field(row.field_of_action)),
        _text(row.target_group or texts.without_target),
        _text(row.facility),
        _count(row.offers),
        _text(", ".join(row.titles)),
        _count(row.referrals_issued),
        _count(row.referrals_received),
    )


def _flow_row(
    row: ReferralFlow, field: Any, texts: StatisticsTexts, words: dict[str, str]
) -> tuple[_Cell, ...]:
    return (
        _text(row.facility),
        _text(row.receiving or texts.without_target),
        _text(words["yes"] if row.within_network else words["no"]),
        _text(field(row.field_of_action)),
        _text(texts.statuses.get(row.status, row.status)),
        _count(row.referrals),
    )


# openpyxl has no type hints, so its sheets and cells are ``Any``.


def _write_info(
    sheet: Any,
    figures: DistrictFigures,
    texts: StatisticsTexts,
    words: dict[str, str],
    title: str,
    issued_on: date,
) -> None:
    put(sheet, 1, 1, title).font = TITLE
    period = texts.period_range.format(
        start=texts.format_date(figures.period.start), end=texts.format_date(figures.period.end)
    )
    facts: list[tuple[str, str | date]] = [
        (texts.period, period),
        (texts.issued_on_label, issued_on),
    ]
    for row, (label, value) in enumerate(facts, start=2):
        put(sheet, row, 1, label).font = BOLD
        put(sheet, row, 2, value).alignment = Alignment(horizontal="left")
    row = len(facts) + 3
    put(sheet, row, 1, texts.counting_rules).font = BOLD
    rules = (
        texts.rule_visitors,
        texts.rule_new_first_visit,
        words["age_note"],
        words["jobcenter_note"],
        words["withheld"],
    )
    for rule in rules:
        row += 1
        put(sheet, row, 1, rule)
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 28


def _write_sheet(sheet: Any, table: _Sheet) -> None:
    for column, header in enumerate(table.headers, start=1):
        cell = put(sheet, 1, column, header)
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row, cells in enumerate(table.rows, start=2):
        for column, value in enumerate(cells, start=1):
            written = _write_cell(sheet, row, column, value)
            if table.bold_last and row == len(table.rows) + 1:
                written.font = BOLD
    sheet.freeze_panes = sheet.cell(row=2, column=table.label_columns + 1).coordinate
    if table.rows:
        last = get_column_letter(len(table.headers))
        sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    _set_widths(sheet, table)


def _write_cell(sheet: Any, row: int, column: int, value: _Cell) -> Any:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value.value, str):
        return put(sheet, row, column, value.value)
    if value.value is None:
        cell.value = SMALL_COUNT_TEXT
        cell.data_type = "s"
        cell.alignment = RIGHT
    elif value.hours:
        # Quarter hours are exact binary fractions, so these floats add up without drift.
        cell.value = value.value / 60
        cell.number_format = HOURS_FORMAT
    else:
        cell.value = value.value
        cell.number_format = COUNT_FORMAT
    return cell


def _set_widths(sheet: Any, table: _Sheet) -> None:
    """Label columns as wide as their longest text; figures as wide as their header allows."""
    for index in range(1, len(table.headers) + 1):
        values = [row[index - 1].value for row in table.rows]
        longest = max((len(str(value)) for value in values if value is not None), default=0)
        if index <= table.label_columns:
            width = max(longest, 12) + 2
        else:
            width = max(longest + 2, min(len(table.headers[index - 1]), 18))
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(width, MIN_WIDTH), MAX_WIDTH
        )
