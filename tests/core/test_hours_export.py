"""Hours exports read back as German Excel and LibreOffice would see them."""

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import openpyxl  # type: ignore[import-untyped]
import pytest

from desktop_app.core.errors import FileNotWritten
from desktop_app.core.hours_export import write_hours_csv, write_hours_xlsx
from desktop_app.core.volunteer_records import HoursExportRow

BOM = b"\xef\xbb\xbf"
ARABIC_NAME = "محمد الأحمد"
INJECTED_NAME = '=HYPERLINK("http://example.org";"klick")'

ROWS = (
    HoursExportRow("Anna Müller", "Hausaufgabenhilfe", "Lernclub", date(2026, 3, 2), 135),
    HoursExportRow(ARABIC_NAME, "Sprachcafé", "Café am Tresen", date(2026, 3, 3), 90),
    HoursExportRow(INJECTED_NAME, "Küche; Ausgabe", 'Mittagstisch "Satt"', date(2026, 3, 4), 30),
    HoursExportRow("Anna Müller", "Sprachcafé", "Café am Tresen", date(2026, 3, 5), 60),
    HoursExportRow("Anna Müller", "Hausaufgabenhilfe", "Lernclub", date(2026, 3, 9), 45),
)
# Counted by hand from ROWS, in hours.
BY_PERSON = {
    ("Anna Müller", "Hausaufgabenhilfe"): 3.0,  # 135 + 45 minutes
    ("Anna Müller", "Sprachcafé"): 1.0,
    ("Anna Müller", "Summe"): 4.0,
    (ARABIC_NAME, "Sprachcafé"): 1.5,
    (ARABIC_NAME, "Summe"): 1.5,
    (INJECTED_NAME, "Küche; Ausgabe"): 0.5,
    (INJECTED_NAME, "Summe"): 0.5,
    ("Gesamt", None): 6.0,
}
BY_ACTIVITY = {
    "Hausaufgabenhilfe": 3.0,
    "Küche; Ausgabe": 0.5,
    "Sprachcafé": 2.5,  # 90 + 60 minutes
    "Gesamt": 6.0,
}


def _values(sheet: Any) -> list[tuple[object, ...]]:
    return list(sheet.iter_rows(values_only=True))


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# CSV


def test_csv_is_what_german_excel_opens_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "stunden.csv"
    write_hours_csv(ROWS, path)
    expected = (
        "Person;Tätigkeit;Angebot;Datum;Stunden\r\n"
        "Anna Müller;Hausaufgabenhilfe;Lernclub;02.03.2026;2,25\r\n"
        f"{ARABIC_NAME};Sprachcafé;Café am Tresen;03.03.2026;1,50\r\n"
        # The apostrophe keeps the formula from running; the quotes inside are doubled.
        '"\'=HYPERLINK(""http://example.org"";""klick"")";"Küche; Ausgabe";'
        '"Mittagstisch ""Satt""";04.03.2026;0,50\r\n'
        "Anna Müller;Sprachcafé;Café am Tresen;05.03.2026;1,00\r\n"
        "Anna Müller;Hausaufgabenhilfe;Lernclub;09.03.2026;0,75\r\n"
    )
    assert path.read_bytes() == BOM + expected.encode("utf-8")


def test_csv_reads_back_with_the_csv_module(tmp_path: Path) -> None:
    path = tmp_path / "stunden.csv"
    write_hours_csv(ROWS, path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        records = list(csv.reader(file, delimiter=";"))
    assert records[0] == ["Person", "Tätigkeit", "Angebot", "Datum", "Stunden"]
    assert records[1] == ["Anna Müller", "Hausaufgabenhilfe", "Lernclub", "02.03.2026", "2,25"]
    assert records[2][0] == ARABIC_NAME
    assert records[3] == [
        f"'{INJECTED_NAME}",
        "Küche; Ausgabe",
        'Mittagstisch "Satt"',
        "04.03.2026",
        "0,50",
    ]
    assert [record[4] for record in records[1:]] == ["2,25", "1,50", "0,50", "1,00", "0,75"]
    assert len(records) == len(ROWS) + 1


@pytest.mark.parametrize("text", ["=1+2", "+49 30 123", "-2+3", "@SUM(A1)", "\t=1"])
def test_csv_neutralises_every_formula_start(tmp_path: Path, text: str) -> None:
    path = tmp_path / "stunden.csv"
    write_hours_csv([HoursExportRow("Anna", text, text, date(2026, 1, 5), 15)], path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        record = list(csv.reader(file, delimiter=";"))[1]
    assert record[1:3] == [f"'{text}", f"'{text}"]


def test_csv_leaves_harmless_text_alone(tmp_path: Path) -> None:
    path = tmp_path / "stunden.csv"
    text = "O'Brien, 2. Etage (Küche)"
    write_hours_csv([HoursExportRow(text, "Lesen", "", date(2026, 1, 5), 0)], path)
    line = path.read_bytes().split(b"\r\n")[1].decode("utf-8")
    assert line == f"{text};Lesen;;05.01.2026;0,00"


def test_csv_hours_keep_two_decimals(tmp_path: Path) -> None:
    path = tmp_path / "stunden.csv"
    minutes = (0, 15, 30, 45, 600, 6015)
    write_hours_csv([HoursExportRow("A", "B", "C", date(2026, 1, 5), m) for m in minutes], path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        hours = [record[4] for record in list(csv.reader(file, delimiter=";"))[1:]]
    assert hours == ["0,00", "0,25", "0,50", "0,75", "10,00", "100,25"]


def test_empty_csv_has_only_the_header(tmp_path: Path) -> None:
    path = tmp_path / "stunden.csv"
    write_hours_csv([], path)
    assert path.read_bytes() == BOM + "Person;Tätigkeit;Angebot;Datum;Stunden\r\n".encode()


def test_csv_into_a_missing_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "fehlt" / "stunden.csv"
    with pytest.raises(FileNotWritten) as failure:
        write_hours_csv(ROWS, path)
    assert str(path) in str(failure.value)
    assert not path.parent.exists()
    assert _leftovers(tmp_path) == []


def test_a_failed_csv_export_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "stunden.csv"
    write_hours_csv(ROWS[:1], path)
    before = path.read_bytes()
    # Minutes that are not a number fail half-way, after rows have been written.
    broken = HoursExportRow("B", "C", "D", date(2026, 1, 5), "viel")  # type: ignore[arg-type]
    with pytest.raises(ArithmeticError):
        write_hours_csv([*ROWS, broken], path)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == ["stunden.csv"]


# XLSX


def _write_workbook(tmp_path: Path, rows: tuple[HoursExportRow, ...] = ROWS) -> Any:
    path = tmp_path / "stunden.xlsx"
    write_hours_xlsx(rows, path, title="Stunden März", period=(date(2026, 3, 1), date(2026, 3, 31)))
    return openpyxl.load_workbook(path)


def test_xlsx_has_the_sheets_in_order(tmp_path: Path) -> None:
    workbook = _write_workbook(tmp_path)
    assert workbook.sheetnames == ["Stunden", "Nach Person", "Nach Tätigkeit", "Info"]
    assert workbook.active.title == "Stunden"


def test_xlsx_entries_are_real_dates_and_numbers(tmp_path: Path) -> None:
    sheet = _write_workbook(tmp_path)["Stunden"]
    rows = _values(sheet)
    assert rows[0] == ("Person", "Tätigkeit", "Angebot", "Datum", "Stunden")
    assert rows[1] == (
        "Anna Müller",
        "Hausaufgabenhilfe",
        "Lernclub",
        datetime(2026, 3, 2),
        2.25,
    )
    assert [row[0] for row in rows[1:]] == [row.person_name for row in ROWS]
    assert len(rows) == len(ROWS) + 1
    for (day, hours), row in zip(sheet.iter_rows(min_row=2, min_col=4), ROWS, strict=True):
        assert isinstance(day.value, datetime)
        assert day.value.date() == row.worked_on
        assert day.number_format == "DD.MM.YYYY"
        assert isinstance(hours.value, int | float)
        assert hours.value == row.minutes / 60
        assert hours.number_format == "0.00"


def test_xlsx_header_is_bold_frozen_and_filtered(tmp_path: Path) -> None:
    sheet = _write_workbook(tmp_path)["Stunden"]
    assert all(cell.font.b for cell in sheet[1])
    assert not any(cell.font.b for cell in sheet[2])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:E{len(ROWS) + 1}"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDE"}
    assert widths["A"] > len(INJECTED_NAME) or widths["A"] == 60
    assert widths["B"] > len("Hausaufgabenhilfe")
    assert widths["D"] > len("00.00.0000")


def test_xlsx_keeps_names_as_text_even_if_they_look_like_formulas(tmp_path: Path) -> None:
    sheet = _write_workbook(tmp_path)["Stunden"]
    cell = sheet["A4"]
    assert cell.value == INJECTED_NAME
    assert cell.data_type == "s"
    assert cell.quotePrefix
    assert sheet["A2"].value == "Anna Müller"
    assert not sheet["A2"].quotePrefix
    assert sheet["A3"].value == ARABIC_NAME
    assert sheet["B3"].value == "Sprachcafé"


def test_xlsx_totals_per_person_match_hand_counted_sums(tmp_path: Path) -> None:
    sheet = _write_workbook(tmp_path)["Nach Person"]
    rows = _values(sheet)
    assert rows[0] == ("Person", "Tätigkeit", "Stunden")
    assert {(person, activity): hours for person, activity, hours in rows[1:]} == BY_PERSON
    assert len(rows) == len(BY_PERSON) + 1
    # Persons alphabetically, each with their activities, then their total; the grand
    # total closes.
    assert [row[:2] for row in rows[1:]] == [
        (INJECTED_NAME, "Küche; Ausgabe"),
        (INJECTED_NAME, "Summe"),
        ("Anna Müller", "Hausaufgabenhilfe"),
        ("Anna Müller", "Sprachcafé"),
        ("Anna Müller", "Summe"),
        (ARABIC_NAME, "Sprachcafé"),
        (ARABIC_NAME, "Summe"),
        ("Gesamt", None),
    ]
    assert rows[-1] == ("Gesamt", None, 6.0)
    assert all(cell.font.b for cell in sheet[6])
    assert not any(cell.font.b for cell in sheet[5])
    assert all(cell.number_format == "0.00" for (cell,) in sheet.iter_rows(min_row=2, min_col=3))


def test_xlsx_totals_per_activity_match_hand_counted_sums(tmp_path: Path) -> None:
    sheet = _write_workbook(tmp_path)["Nach Tätigkeit"]
    rows = _values(sheet)
    assert rows[0] == ("Tätigkeit", "Stunden")
    assert dict(rows[1:]) == BY_ACTIVITY  # type: ignore[arg-type]
    assert [row[0] for row in rows[1:]] == list(BY_ACTIVITY)  # alphabetical, total last
    assert sheet.freeze_panes == "A2"


def test_xlsx_title_and_period_stay_out_of_the_tables(tmp_path: Path) -> None:
    workbook = _write_workbook(tmp_path)
    assert workbook.properties.title == "Stunden März"
    assert workbook.properties.subject == "Zeitraum 01.03.2026 – 31.03.2026"
    assert _values(workbook["Info"]) == [
        ("Titel", "Stunden März"),
        ("Von", datetime(2026, 3, 1)),
        ("Bis", datetime(2026, 3, 31)),
        ("Einträge", len(ROWS)),
        ("Stunden", 6.0),
    ]
    assert workbook["Info"]["B2"].number_format == "DD.MM.YYYY"


def test_xlsx_without_a_period(tmp_path: Path) -> None:
    path = tmp_path / "stunden.xlsx"
    write_hours_xlsx(ROWS, path, title="Alle Stunden")
    workbook = openpyxl.load_workbook(path)
    assert workbook.properties.subject is None
    assert [label for label, _ in _values(workbook["Info"])] == ["Titel", "Einträge", "Stunden"]


def test_xlsx_rejects_a_period_that_ends_before_it_starts(tmp_path: Path) -> None:
    path = tmp_path / "stunden.xlsx"
    with pytest.raises(ValueError):
        write_hours_xlsx(ROWS, path, title="X", period=(date(2026, 4, 1), date(2026, 3, 1)))
    assert _leftovers(tmp_path) == []


def test_xlsx_drops_characters_xml_cannot_hold(tmp_path: Path) -> None:
    row = HoursExportRow("Anna\x07 Müller", "Lesen\x00", "", date(2026, 1, 5), 15)
    sheet = _write_workbook(tmp_path, (row,))["Stunden"]
    assert _values(sheet)[1][:3] == ("Anna Müller", "Lesen", None)


def test_empty_xlsx_has_only_headers(tmp_path: Path) -> None:
    workbook = _write_workbook(tmp_path, ())
    assert _values(workbook["Stunden"]) == [("Person", "Tätigkeit", "Angebot", "Datum", "Stunden")]
    assert _values(workbook["Nach Person"]) == [("Person", "Tätigkeit", "Stunden")]
    assert _values(workbook["Nach Tätigkeit"]) == [("Tätigkeit", "Stunden")]


def test_xlsx_into_a_missing_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "fehlt" / "stunden.xlsx"
    with pytest.raises(FileNotWritten):
        write_hours_xlsx(ROWS, path, title="X")
    assert not path.parent.exists()
    assert _leftovers(tmp_path) == []


def test_a_failed_xlsx_export_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "stunden.xlsx"
    write_hours_xlsx(ROWS, path, title="Vorher")
    before = path.read_bytes()

    def save_half(self: object, file: IO[bytes]) -> None:
        file.write(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", save_half)
    with pytest.raises(FileNotWritten) as failure:
        write_hours_xlsx(ROWS, path, title="Nachher")
    assert "No space left on device" in str(failure.value)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == ["stunden.xlsx"]
    assert openpyxl.load_workbook(io.BytesIO(before)).properties.title == "Vorher"
