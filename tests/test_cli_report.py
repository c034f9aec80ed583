"""``tresen report``: the monthly and the annual report from the desk's database, as PDF and
XLSX, with figures counted by hand and without anything that names a visitor."""

import re
from datetime import date, datetime, time
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from desktop_app.cli import main
from desktop_app.core.db import Database
from desktop_app.core.records import FacilityRecord, OfferDraft, VisitorDraft, VisitorRecord
from desktop_app.core.reference import Gender
from desktop_app.core.services import Services
from desktop_app.core.settings import Settings, save_settings
from desktop_app.core.statistics_records import SMALL_COUNT_TEXT, VisitRule
from tests.conftest import FakeClock
from tests.pdf_tools import info, plain, text_of

# (first name, last name, birth year, gender, phone, e-mail) of the people who came.
PEOPLE = (
    ("Anna", "Schulze", 1990, Gender.FEMALE, "0176 5550101", "anna.schulze@mail.example"),
    ("Bora", "Yılmaz", 1950, Gender.MALE, "0176 5550102", "bora@mail.example"),
    ("Chen", "Wei", 2001, Gender.DIVERSE, "0176 5550103", "chen.wei@mail.example"),
    ("Dana", "Nowak", 1978, Gender.FEMALE, "0176 5550104", "dana.nowak@mail.example"),
    ("Emil", "Berger", 2015, Gender.MALE, "0176 5550105", "emil.berger@mail.example"),
    ("Fatma", "Demir", 1962, Gender.FEMALE, "0176 5550106", "fatma.demir@mail.example"),
)
VISITOR_POSTCODE = "13347"


def _on(clock: FakeClock, day: date) -> None:
    clock.now = datetime.combine(day, time(10)).astimezone()


def _field(services: Services, name: str) -> object:
    return next(f.id for f in services.offers.fields_of_action() if f.name == name)


@pytest.fixture
def people(services: Services, clock: FakeClock) -> list[VisitorRecord]:
    """Six visitors in November 2026, two of them a year before; three counted anonymously.

    By hand, November 2026: 9 check-ins at the café (all six people), 2 at counselling
    (Anna, Bora), 3 people counted at the café: 14 visits with the head counts, 11 without,
    6 visitors. November 2025: Anna and Emil at the café, 2 visits of 2 visitors.
    """
    cafe = services.offers.create(
        OfferDraft("Offenes Café", _field(services, "Begegnung und Generationen"))  # type: ignore[arg-type]
    )
    advice = services.offers.create(
        OfferDraft(
            "Sozialberatung",
            _field(services, "Beratung und Begleitung"),  # type: ignore[arg-type]
            is_counselling=True,
        )
    )
    visitors = [
        services.visitors.register(
            VisitorDraft(
                first,
                last,
                birth_year=born,
                gender=gender,
                postcode=VISITOR_POSTCODE,
                phone=phone,
                email=email,
            )
        )
        for first, last, born, gender, phone, email in PEOPLE
    ]
    anna, bora, chen, dana, emil, fatma = visitors
    visits = [
        (date(2025, 11, 10), anna, cafe),
        (date(2025, 11, 12), emil, cafe),
        (date(2026, 11, 2), anna, cafe),
        (date(2026, 11, 2), bora, cafe),
        (date(2026, 11, 2), chen, cafe),
        (date(2026, 11, 2), dana, cafe),
        (date(2026, 11, 9), anna, cafe),
        (date(2026, 11, 9), bora, cafe),
        (date(2026, 11, 9), emil, cafe),
        (date(2026, 11, 9), fatma, cafe),
        (date(2026, 11, 16), anna, advice),
        (date(2026, 11, 16), bora, advice),
        (date(2026, 11, 16), chen, cafe),
    ]
    for day, person, offer in visits:
        _on(clock, day)
        services.visits.check_in(person.id, offer.id)
    _on(clock, date(2026, 11, 9))
    for _ in range(3):
        services.tallies.count(cafe.id)
    return visitors


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The desk's settings folder, apart from the real one."""
    folder = tmp_path / "config"
    monkeypatch.setattr("desktop_app.core.paths.config_dir", lambda: folder)
    return folder


def _identifiers(people: list[VisitorRecord]) -> list[str]:
    """Everything that could tell who came: names, numbers, phones, e-mails, postcodes."""
    found = [VISITOR_POSTCODE]
    for person in people:
        found += [
            person.first_name,
            person.last_name,
            person.display_name,
            person.number,
            person.phone,
            person.email,
        ]
    return found


def test_the_monthly_report_as_pdf(
    tmp_path: Path,
    data_dir: Path,
    database: Database,
    facility: FacilityRecord,
    people: list[VisitorRecord],
    config: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "monatsbericht.pdf"
    arguments = ["report", "--year", "2026", "--month", "11", "--format", "pdf"]
    code = main([*arguments, "--out", str(out), "--data-dir", str(data_dir)])
    assert code == 0, capsys.readouterr().err
    assert str(out) in capsys.readouterr().out
    assert info(out)["Title"] == "Monatsbericht November 2026"
    # pdftotext may drop the narrow space of "< 3".
    text = re.sub(r"<\s*3", SMALL_COUNT_TEXT, plain(text_of(out)))
    assert facility.name in text
    assert "01.11.2026 bis 30.11.2026" in text
    # 11 check-ins and 3 people counted: 14 visits; 6 visitors; a year earlier 2 of 2.
    assert "Besuche (nach der Zählregel) 14 2 +600,0 %" in text
    assert "Check-ins registrierter Personen 11 2 +450,0 %" in text
    assert "Besucher:innen (jede Person einmal) 6 < 3 –" in text
    # Two people counselled: hidden.
    assert "Beratene Personen < 3" in text
    words = set(text.split())
    for identifier in _identifiers(people):
        assert identifier not in text and identifier not in words, identifier


def test_the_annual_report_as_xlsx(
    tmp_path: Path,
    data_dir: Path,
    database: Database,
    facility: FacilityRecord,
    people: list[VisitorRecord],
    config: Path,
) -> None:
    out = tmp_path / "jahresbericht.xlsx"
    # The format is taken from the file's ending.
    assert main(["report", "--year", "2026", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    workbook = openpyxl.load_workbook(out)
    assert workbook.properties.title == "Jahresbericht 2026"
    overview = {row[0]: row[1:] for row in workbook["Übersicht"].iter_rows(values_only=True)}
    assert overview["Einrichtung"][0] == facility.name
    assert overview["Besuche (nach der Zählregel)"][:2] == (14, 2)
    assert overview["Anonym gezählte Personen"][:2] == (3, 0)
    assert overview["Besucher:innen (jede Person einmal)"][:3] == (6, SMALL_COUNT_TEXT, None)
    november = {row[0]: row[1:] for row in workbook["Nach Monat"].iter_rows(values_only=True)}
    assert november["November"] == (14, 11, 3, 6, 2, 2)
    assert november["Oktober"] == (0, 0, 0, 0, 0, 0)
    by_offer = {row[0]: row[1:] for row in workbook["Nach Angebot"].iter_rows(values_only=True)}
    assert by_offer["Offenes Café"] == (12, 9, 3, 6, 2)
    assert by_offer["Sozialberatung"] == (2, 2, 0, SMALL_COUNT_TEXT, 0)
    cells = [
        str(value)
        for sheet in workbook
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    for identifier in _identifiers(people):
        assert not any(identifier in cell for cell in cells), identifier


def test_the_counting_rules_come_from_the_settings(
    tmp_path: Path,
    data_dir: Path,
    database: Database,
    facility: FacilityRecord,
    people: list[VisitorRecord],
    config: Path,
) -> None:
    save_settings(config, Settings(statistics_visit_rule=VisitRule.CHECK_INS.value))
    out = tmp_path / "report.pdf"
    arguments = ["report", "--year", "2026", "--month", "11", "--language", "en"]
    assert main([*arguments, "--out", str(out), "--data-dir", str(data_dir)]) == 0
    text = plain(text_of(out))
    assert "Monthly report November 2026" in text
    assert "Visits (by the counting rule) 11 2 +450.0%" in text
    assert "head counts" not in text  # the English texts say "counted anonymously"
    assert "people counted anonymously are shown apart" in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--month", "13"], "--month must be between 1 and 12, not 13"),
        (["--month", "0"], "--month must be between 1 and 12, not 0"),
        (["--format", "docx"], "--format must be pdf or xlsx"),
        (["--language", "tr"], "--language must be one of de, en"),
    ],
)
def test_bad_input_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    out = tmp_path / "report.pdf"
    code = main(["report", "--year", "2026", *arguments, "--out", str(out)])
    assert code == 2
    error = capsys.readouterr().err
    assert error.strip() == message or error.startswith(message), error
    assert len(error.strip().splitlines()) == 1
    assert not out.exists()


def test_a_path_that_cannot_be_written(
    tmp_path: Path,
    data_dir: Path,
    database: Database,
    facility: FacilityRecord,
    config: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "no such folder" / "report.xlsx"
    assert main(["report", "--year", "2026", "--out", str(out), "--data-dir", str(data_dir)]) == 2
    error = capsys.readouterr().err
    assert "could not be written" in error
    assert len(error.strip().splitlines()) == 1


def test_without_a_set_up_desk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.pdf"
    code = main(["report", "--year", "2026", "--out", str(out), "--data-dir", str(tmp_path / "x")])
    assert code == 2
    error = capsys.readouterr().err
    assert "set up this desk first" in error
    assert len(error.strip().splitlines()) == 1
    assert not out.exists()
