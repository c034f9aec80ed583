"""The statistics report as a workbook, read back with openpyxl; the tables it shares with
the PDF; and the texts both print."""

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest

from desktop_app.core.errors import FileNotWritten
from desktop_app.core.statistics_export import StatisticsReportContent, write_statistics_xlsx
from desktop_app.core.statistics_records import (
    SMALL_COUNT_TEXT,
    CountingRules,
    NewVisitorRule,
    VisitRule,
)
from desktop_app.core.statistics_tables import CellKind, key_figures, statistics_tables
from desktop_app.core.statistics_texts import (
    TABLE_KEYS,
    read_statistics_texts,
    statistics_texts,
    statistics_texts_file,
)
from desktop_app.core.text_tables import TextsProblem
from tests.core.statistics_examples import (
    DEFAULT_RULES,
    FACILITY,
    FORMULA_OFFER,
    annual_comparison,
    monthly_comparison,
)
from tests.documents.examples import ISSUER

GERMAN_SHEETS = [
    "Übersicht",
    "Nach Monat",
    "Nach Angebot",
    "Nach Handlungsfeld",
    "Nach Altersgruppe",
    "Nach MGH-Altersgruppe",
    "Nach Geschlecht",
    "Neu und wiederkehrend",
    "Anonym gezählt",
    "Beratung",
    "Vermittlungen ausgestellt",
    "Vermittlungen erhalten",
    "Engagement nach Monat",
    "Engagement nach Tätigkeit",
]


def _content(language: str = "de", rules: CountingRules = DEFAULT_RULES) -> StatisticsReportContent:
    return StatisticsReportContent(annual_comparison(rules), ISSUER, language, date(2026, 1, 12))


def _workbook(tmp_path: Path, content: StatisticsReportContent) -> Any:
    path = tmp_path / "bericht.xlsx"
    write_statistics_xlsx(content, path)
    return openpyxl.load_workbook(path)


def _row(sheet: Any, label: str) -> tuple[Any, ...]:
    """The values of the row whose first cell is ``label``."""
    for row in sheet.iter_rows(values_only=True):
        if row[0] == label:
            return tuple(row)
    raise AssertionError(f"no row {label!r} in {sheet.title}")


def test_one_sheet_per_table_in_the_reports_order(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, _content())
    assert workbook.sheetnames == GERMAN_SHEETS
    assert workbook.properties.title == "Jahresbericht 2025"
    assert workbook.properties.creator == "Tresen"


def test_the_overview_says_whose_figures_of_when_and_how_counted(tmp_path: Path) -> None:
    sheet = _workbook(tmp_path, _content())["Übersicht"]
    texts = statistics_texts("de")
    assert sheet["A1"].value == "Jahresbericht 2025"
    assert _row(sheet, "Einrichtung")[1] == FACILITY
    assert _row(sheet, "Zeitraum")[1] == "01.01.2025 bis 31.12.2025"
    assert _row(sheet, "Vorjahreszeitraum")[1] == "01.01.2024 bis 31.12.2024"
    assert _row(sheet, "Stand")[1] == datetime(2026, 1, 12)
    assert _row(sheet, "Kennzahl") == (
        "Kennzahl",
        "Berichtszeitraum",
        "Vorjahr",
        "Veränderung in %",
    )
    assert _row(sheet, "Besuche (nach der Zählregel)") == (
        "Besuche (nach der Zählregel)",
        7_086,
        6_202,
        14.3,
    )
    assert _row(sheet, "Check-ins registrierter Personen")[1:3] == (5_789, 5_102)
    assert _row(sheet, "Anonym gezählte Personen")[1:3] == (1_297, 1_100)
    assert _row(sheet, "Besucher:innen (jede Person einmal)")[1:3] == (368, 342)
    assert _row(sheet, "davon wiederkehrend")[1:3] == (247, 244)
    assert _row(sheet, "Stunden ehrenamtlichen Engagements")[1:3] == (1_234.75, 1_102)
    # Nothing a year earlier: no change in per cent.
    assert _row(sheet, "Vermittlungen erhalten") == ("Vermittlungen erhalten", 7, 0, None)
    column_a = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert texts.counting_rules in column_a
    for rule in (
        texts.rule_visits_with_head_counts,
        texts.rule_visitors,
        texts.rule_new_first_visit,
        texts.small_count_rule,
    ):
        assert rule in column_a


def test_the_counting_rules_decide_the_visits(tmp_path: Path) -> None:
    rules = CountingRules(VisitRule.CHECK_INS, NewVisitorRule.REGISTERED)
    workbook = _workbook(tmp_path, _content(rules=rules))
    overview = workbook["Übersicht"]
    assert _row(overview, "Besuche (nach der Zählregel)")[1:3] == (5_789, 5_102)
    column_a = [row[0] for row in overview.iter_rows(values_only=True)]
    texts = statistics_texts("de")
    assert texts.rule_visits_check_ins in column_a
    assert texts.rule_new_registered in column_a
    assert texts.rule_visits_with_head_counts not in column_a
    # The breakfast's head counts are no visits now, but still counted apart.
    assert _row(workbook["Nach Angebot"], "Kiezfrühstück") == (
        "Kiezfrühstück",
        1_530,
        1_530,
        1_204,
        210,
        1_480,
    )


def test_figures_are_numbers_and_small_counts_the_text_less_than_three(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, _content())
    by_month = workbook["Nach Monat"]
    assert by_month["A1"].value == "Monat"
    assert _row(by_month, "Januar") == ("Januar", 637, 521, 116, 248, 12, 558)
    assert _row(by_month, "Gesamt") == ("Gesamt", 7_086, 5_789, 1_297, 368, 143, 6_202)
    assert by_month["B2"].number_format == "#,##0"
    # One person of diverse gender with one visit; two people aged 80 and older.
    assert _row(workbook["Nach Geschlecht"], "divers") == (
        "divers",
        SMALL_COUNT_TEXT,
        SMALL_COUNT_TEXT,
        0,
        SMALL_COUNT_TEXT,
        0,
    )
    assert _row(workbook["Nach Altersgruppe"], "80 Jahre und älter")[1:5] == (
        SMALL_COUNT_TEXT,
        SMALL_COUNT_TEXT,
        0,
        SMALL_COUNT_TEXT,
    )
    # Rolled up into the programme's groups, the two are part of a larger count.
    assert _row(workbook["Nach MGH-Altersgruppe"], "65 Jahre und älter")[1:5] == (642, 642, 0, 41)
    # One person counselled a year earlier: hidden, and the change left out.
    assert _row(workbook["Beratung"], "Beratene Personen") == (
        "Beratene Personen",
        57,
        SMALL_COUNT_TEXT,
        None,
    )
    # Two volunteers at the summer festival; their hours are shown.
    assert _row(workbook["Engagement nach Tätigkeit"], "Kiezfest") == (
        "Kiezfest",
        SMALL_COUNT_TEXT,
        304.25,
    )
    assert _row(workbook["Engagement nach Monat"], "August")[1] == SMALL_COUNT_TEXT
    hidden = [
        cell
        for sheet in workbook
        for row in sheet.iter_rows()
        for cell in row
        if cell.value == SMALL_COUNT_TEXT
    ]
    assert hidden and all(cell.data_type == "s" for cell in hidden)
    # No 1 or 2 stands as a person-level count anywhere: every such cell is a hidden one.
    for name in ("Nach Altersgruppe", "Nach MGH-Altersgruppe", "Nach Geschlecht"):
        values = [v for row in workbook[name].iter_rows(min_row=2, values_only=True) for v in row]
        assert not {1, 2} & {v for v in values if isinstance(v, int)}, name


def test_a_title_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, _content())
    for name in ("Nach Angebot", "Anonym gezählt"):
        cells = [row[0] for row in workbook[name].iter_rows() if row[0].value == FORMULA_OFFER]
        assert len(cells) == 1, name
        assert cells[0].data_type == "s"
        assert cells[0].quotePrefix
    assert _row(workbook["Nach Angebot"], FORMULA_OFFER) == (
        FORMULA_OFFER,
        17,
        12,
        5,
        SMALL_COUNT_TEXT,
        0,
    )


def test_referrals_by_field_target_and_status(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, _content())
    issued = [row for row in workbook["Vermittlungen ausgestellt"].iter_rows(values_only=True)]
    assert issued[0] == ("Handlungsfeld", "Ziel", "Stand", "Vermittlungen")
    assert issued[1] == ("Arbeit und Beschäftigung", "Jobcenter Berlin Mitte", "angekommen", 14)
    assert issued[-1] == ("Gesamt", None, None, 28)
    # Received ones by the facility that referred the person here.
    received = [row for row in workbook["Vermittlungen erhalten"].iter_rows(values_only=True)]
    assert received[0] == ("Handlungsfeld", "Von Einrichtung", "Stand", "Vermittlungen")
    assert received[1] == (
        "Bildung und Sprache",
        "Familienzentrum Beispielstraße",
        "angekommen",
        6,
    )
    assert received[2] == ("ohne Handlungsfeld", "ohne Angabe", "erstellt", 1)


def test_an_empty_table_says_so(tmp_path: Path) -> None:
    content = _content()
    now = replace(content.comparison.current, referrals_received=())
    content = replace(content, comparison=replace(content.comparison, current=now))
    sheet = _workbook(tmp_path, content)["Vermittlungen erhalten"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows == [
        ("Handlungsfeld", "Von Einrichtung", "Stand", "Vermittlungen"),
        ("Keine Einträge in diesem Zeitraum.", None, None, None),
    ]


def test_the_english_workbook(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, _content("en"))
    assert workbook.sheetnames[:3] == ["Overview", "By month", "By offer"]
    assert workbook.properties.title == "Annual report 2025"
    overview = workbook["Overview"]
    assert _row(overview, "Period")[1] == "1 January 2025 to 31 December 2025"
    assert _row(overview, "Visits (by the counting rule)")[1:] == (7_086, 6_202, 14.3)
    assert _row(workbook["By gender"], "diverse")[1] == SMALL_COUNT_TEXT


def test_the_monthly_workbook(tmp_path: Path) -> None:
    content = StatisticsReportContent(monthly_comparison(11), ISSUER, "de", date(2025, 12, 3))
    workbook = _workbook(tmp_path, content)
    assert workbook.properties.title == "Monatsbericht November 2025"
    rows = list(workbook["Nach Monat"].iter_rows(values_only=True))
    assert [row[0] for row in rows] == ["Monat", "November", "Gesamt"]


def test_a_file_that_cannot_be_written(tmp_path: Path) -> None:
    with pytest.raises(FileNotWritten):
        write_statistics_xlsx(_content(), tmp_path / "no such folder" / "bericht.xlsx")
    assert not (tmp_path / "no such folder").exists()


def test_the_tables_the_pdf_and_the_workbook_share() -> None:
    texts = statistics_texts("de")
    tables = statistics_tables(annual_comparison(), texts)
    assert tuple(table.key for table in tables) == TABLE_KEYS
    for table in tables:
        assert all(len(row) == len(table.headers) for row in table.rows), table.key
        assert table.total is None or len(table.total) == len(table.headers)
        # Labels on the left, figures after them.
        for row in table.rows:
            assert all(cell.kind is CellKind.TEXT for cell in row[: table.label_columns])
            assert all(cell.kind is not CellKind.TEXT for cell in row[table.label_columns :])
    figures = {figure.key: figure for figure in key_figures(annual_comparison(), texts)}
    assert figures["visits"].current.value == 7_086
    assert figures["visits"].earlier.value == 6_202
    assert figures["visitors"].label == "Besucher:innen"


def test_the_bundled_texts_are_complete_in_both_languages() -> None:
    texts = read_statistics_texts(statistics_texts_file())
    assert set(texts) == {"de", "en"}
    for language in texts.values():
        assert set(language.sheets) == set(TABLE_KEYS)
        assert len(set(language.sheets.values())) == len(TABLE_KEYS)


def test_texts_with_a_missing_key_or_a_sheet_excel_refuses(tmp_path: Path) -> None:
    source = statistics_texts_file().read_text(encoding="utf-8")
    missing = tmp_path / "missing.toml"
    missing.write_text(source.replace('total = "Gesamt"\n', ""), encoding="utf-8")
    with pytest.raises(TextsProblem, match=r"\[de\] lacks total"):
        read_statistics_texts(missing)
    bad_sheet = tmp_path / "sheet.toml"
    bad_sheet.write_text(
        source.replace('by_month = "Nach Monat"', 'by_month = "Nach Monat/Jahr"'),
        encoding="utf-8",
    )
    with pytest.raises(TextsProblem, match="Excel refuses"):
        read_statistics_texts(bad_sheet)


def test_numbers_in_each_languages_style() -> None:
    german, english = statistics_texts("de"), statistics_texts("en")
    assert german.number(12_345) == "12.345"
    assert english.number(12_345) == "12,345"
    assert german.hours(735) == "12,25"
    assert german.percent(14.2534) == "+14,3 %"
    assert german.percent(-3) == "−3,0 %"
    assert english.percent(0) == "0.0%"
