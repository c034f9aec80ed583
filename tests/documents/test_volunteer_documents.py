"""The documents of volunteer engagement, checked as documents: certificate, time sheet and
annual overview; their texts, totals, pages and paper, and what the certificate never says."""

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core.volunteer_records import (
    ActivityHours,
    AnnualOverviewContent,
    CertificateContent,
    OverviewRow,
    TimeSheetContent,
    TimeSheetRow,
    Training,
)
from desktop_app.core.volunteering_rules import EVALUATIVE
from desktop_app.documents.annual_overview import layout_annual_overview, render_annual_overview
from desktop_app.documents.certificate import layout_certificate, render_certificate
from desktop_app.documents.paged import MARGIN
from desktop_app.documents.time_sheet import layout_time_sheet, render_time_sheet
from desktop_app.documents.volunteer_texts import VOLUNTEER_TEXT_LANGUAGES, volunteer_texts
from tests.documents.checks import assert_tidy_pages, text_strings
from tests.documents.examples import ISSUER
from tests.pdf_tools import image_count, info, page_texts, plain, render_page, text_of

# What a certificate in the FreiwilligenPass spirit never says: the words the desk refuses.
_EVALUATIVE = EVALUATIVE
# Pronouns that give a person a gender; the texts name the person instead.
_GENDERED = {
    "de": re.compile(r"(?<!\w)(sie|er|ihm|ihn|sein|seine|seinen|seinem|seiner)(?!\w)", re.I),
    "en": re.compile(r"(?<!\w)(he|she|him|his|her|hers|himself|herself)(?!\w)", re.I),
}

MM = 72 / 25.4
ACTIVITIES = (
    ActivityHours("Vorlesen in der Kinderbibliothek", 48 * 60),
    ActivityHours("Sprachcafé Deutsch: Gesprächsrunden begleiten", 36 * 60 + 30),
    ActivityHours("Hausaufgabenhilfe für Grundschulkinder", 30 * 60),
    ActivityHours("Begleitung von Ausflügen mit Familien", 12 * 60 + 15),
    ActivityHours("Mithilfe beim Kiezfest", 9 * 60 + 45),
    ActivityHours("Pflege der Büchertauschecke", 6 * 60),
)
CERTIFICATE = CertificateContent(
    letterhead=ISSUER,
    person_name="Alexandra Nowak-Schulze",
    period_from=date(2025, 3, 1),
    period_to=date(2026, 11, 30),
    total_minutes=sum(activity.minutes for activity in ACTIVITIES),
    activities=ACTIVITIES,
    function="Lesepatenschaft in der Kinderbibliothek und Begleitung des Sprachcafés",
    competences=(
        "Vorlesen und Gestalten von Leserunden für Kinder von 6 bis 10 Jahren",
        "Gespräche in einfacher Sprache mit Menschen, die Deutsch lernen",
        "Planen und Organisieren von Ausflügen mit Familien",
        "Zusammenarbeit im Team der Freiwilligen und der Hauptamtlichen",
        "Umgang mit Kindern unterschiedlicher Herkunft und Sprache",
    ),
    trainings=(
        Training("Erste Hilfe am Kind", date(2025, 4, 12), 8 * 60),
        Training("Einfache Sprache im Ehrenamt", date(2025, 9, 20), 4 * 60),
        Training("Kinderschutz im Ehrenamt", date(2026, 2, 7), 3 * 60 + 30),
    ),
    issued_on=date(2026, 12, 3),
    signatory="Maria Beispiel, Koordination Freiwilligenarbeit",
)
# (activity, hours as printed) of the certificate's table.
ACTIVITY_ROWS = (
    ("Vorlesen in der Kinderbibliothek", "48,00"),
    ("Sprachcafé Deutsch: Gesprächsrunden begleiten", "36,50"),
    ("Hausaufgabenhilfe für Grundschulkinder", "30,00"),
    ("Begleitung von Ausflügen mit Familien", "12,25"),
    ("Mithilfe beim Kiezfest", "9,75"),
    ("Pflege der Büchertauschecke", "6,00"),
)

_TIME_SHEET_ACTIVITIES = (
    "Vorlesen in der Kinderbibliothek",
    "Sprachcafé Deutsch",
    "Hausaufgabenhilfe für Grundschulkinder in der Stadtteilbibliothek (Klassen 1 bis 4)",
    "Mithilfe beim Kiezfest",
)


def time_sheet(rows: int) -> TimeSheetContent:
    """``rows`` entries every three days, in no particular order, a quarter hour apart."""
    entries = [
        TimeSheetRow(
            date(2026, 1, 2) + timedelta(days=3 * number),
            _TIME_SHEET_ACTIVITIES[number % len(_TIME_SHEET_ACTIVITIES)],
            45 + 15 * (number % 9),
        )
        for number in range(rows)
    ]
    entries.reverse()  # the time sheet orders them by day
    return TimeSheetContent(
        letterhead=ISSUER,
        person_name="Mehmet Yılmaz",
        period_from=date(2026, 1, 1),
        period_to=date(2026, 12, 31),
        rows=tuple(entries),
        issued_on=date(2027, 1, 8),
    )


def overview(people: int) -> AnnualOverviewContent:
    rows = tuple(
        OverviewRow(
            f"Person {number:02d} Beispiel",
            tuple(
                0 if (number + month) % 4 == 0 else 15 * (number + 3 * month) for month in range(12)
            ),
        )
        for number in range(people)
    )
    return AnnualOverviewContent(ISSUER, 2026, rows, issued_on=date(2027, 1, 8))


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    return path


def _hours(text: str) -> Decimal:
    """ "1.234,50" → 1234.50; the overview's "–" → 0"""
    if text == "–":
        return Decimal(0)
    return Decimal(text.replace(".", "").replace(",", "."))


# The texts.


def test_the_texts_are_read_once_and_an_unknown_language_is_refused() -> None:
    assert volunteer_texts("en") is volunteer_texts("en")
    with pytest.raises(ValueError, match="tr"):
        volunteer_texts("tr")


@pytest.mark.parametrize("language", VOLUNTEER_TEXT_LANGUAGES)
def test_the_fixed_texts_never_evaluate(language: str) -> None:
    for text in text_strings(volunteer_texts(language)):
        assert not _EVALUATIVE.search(text), text


@pytest.mark.parametrize("language", VOLUNTEER_TEXT_LANGUAGES)
def test_the_fixed_texts_name_the_person_instead_of_a_gendered_pronoun(language: str) -> None:
    for text in text_strings(volunteer_texts(language)):
        assert not _GENDERED[language].search(text), text


def test_the_word_list_finds_evaluations() -> None:
    """The check above would pass on anything if the pattern matched nothing."""
    for sentence in (
        "Sie erledigte alle Aufgaben stets zu unserer vollsten Zufriedenheit.",
        "Er war sehr zuverlässig.",
        "An excellent and reliable volunteer.",
        "Gute Leistungen",
    ):
        assert _EVALUATIVE.search(sentence), sentence
    assert not _EVALUATIVE.search("Gutschein für das Kiezfest, Stetson")


def test_hours_and_dates_in_each_language() -> None:
    german, english = volunteer_texts("de"), volunteer_texts("en")
    assert german.number(735) == "12,25"
    assert german.hours_text(735) == "12,25 Stunden"
    assert english.hours_text(735) == "12.25 hours"
    assert german.number(0) == "0,00"
    assert german.number(45) == "0,75"
    assert german.number(1234 * 60 + 30) == "1.234,50"
    assert english.number(1234 * 60 + 30) == "1,234.50"
    assert german.number(10) == "0,17"  # not a quarter hour: rounded, never cut
    assert german.format_date(date(2025, 3, 1)) == "01.03.2025"
    assert english.format_date(date(2025, 3, 1)) == "1 March 2025"
    assert german.page_label(1, 3) == "Seite 1 von 3"


# The certificate.


def _certificate_parts(content: CertificateContent) -> list[str]:
    return [
        ISSUER.name,
        "Parkstraße 1 · 10559 Berlin",
        "Engagementnachweis",
        content.person_name,
        "Alexandra Nowak-Schulze hat sich vom 01.03.2025 bis zum 30.11.2026 freiwillig in"
        " unserer Einrichtung „Nachbarschaftshaus Am Park“ engagiert, insgesamt 142,50 Stunden.",
        "Funktion",
        content.function,
        "Tätigkeiten",
        "Kompetenzen",
        "In diesem Engagement hat Alexandra Nowak-Schulze",
        *content.competences,
        "Fortbildungen",
        "Alexandra Nowak-Schulze hat an diesen Fortbildungen teilgenommen",
        "Erste Hilfe am Kind 12.04.2025 8,00",
        "Einfache Sprache im Ehrenamt 20.09.2025 4,00",
        "Kinderschutz im Ehrenamt 07.02.2026 3,50",
        "Wir danken Alexandra Nowak-Schulze herzlich",
        "Berlin, 03.12.2026",
        content.signatory,
        "im Sinne des Berliner FreiwilligenPasses",
    ]


def test_the_certificate_in_german(tmp_path: Path) -> None:
    pdf = _write(tmp_path, "certificate-de", render_certificate(CERTIFICATE))
    text = plain(text_of(pdf, raw=True))
    for part in _certificate_parts(CERTIFICATE):
        assert plain(part) in text, part
    for activity, hours in ACTIVITY_ROWS:
        assert f"{activity} {hours}" in text, activity
    assert "Insgesamt 142,50" in text
    english = volunteer_texts("en")
    for part in (english.certificate_title, "volunteered", "Thank", "Role", "hours"):
        assert part not in text, part


def test_the_certificate_in_german_and_english(tmp_path: Path) -> None:
    content = replace(CERTIFICATE, english=True)
    pdf = _write(tmp_path, "certificate-en", render_certificate(content))
    text = plain(text_of(pdf, raw=True))
    for part in _certificate_parts(content):
        assert plain(part) in text, part
    for activity, hours in ACTIVITY_ROWS:
        assert f"{activity} {hours}" in text, activity
    for part in (
        "Certificate of voluntary engagement",
        "Alexandra Nowak-Schulze volunteered at our facility, Nachbarschaftshaus Am Park, from"
        " 1 March 2025 to 30 November 2026, for 142.50 hours in total.",
        "Funktion · Role",
        "Tätigkeiten · Activities",
        "Tätigkeit · Activity Stunden · Hours",
        "Insgesamt · Total 142,50",
        "Kompetenzen · Competences",
        "In this engagement, Alexandra Nowak-Schulze brought in and broadened",
        "Fortbildungen · Training",
        "Alexandra Nowak-Schulze took part in this training:",
        "We warmly thank Alexandra Nowak-Schulze for the time given",
        "Ort, Datum · Place, date",
        "Signature and stamp of the facility",
        "Issued in the spirit of the Berliner FreiwilligenPass",
    ):
        assert part in text, part


@pytest.mark.parametrize("english", [False, True])
def test_the_certificate_never_evaluates(tmp_path: Path, english: bool) -> None:
    pdf = _write(tmp_path, "certificate", render_certificate(replace(CERTIFICATE, english=english)))
    text = plain(text_of(pdf))
    found = _EVALUATIVE.findall(text)
    assert found == []


@pytest.mark.parametrize("english", [False, True])
def test_a_realistic_certificate_is_one_tidy_page(tmp_path: Path, english: bool) -> None:
    content = replace(CERTIFICATE, english=english)
    layout = layout_certificate(content)
    assert len(layout.pages) == 1
    assert_tidy_pages(layout)
    pdf = _write(tmp_path, "certificate", render_certificate(content))
    fields = info(pdf)
    assert fields["Pages"] == "1"
    assert fields["Page size"].startswith("595.276 x 841.89 pts")
    # The document's kind, never the person's name, goes into the metadata.
    assert fields["Title"] == "Engagementnachweis"
    assert not any(content.person_name in value for value in fields.values())
    assert "Seite" not in text_of(pdf)
    _assert_renders(pdf, tmp_path, (827, 1169))


def test_a_long_certificate_goes_on_and_keeps_the_signatures_with_the_thanks(
    tmp_path: Path,
) -> None:
    content = replace(
        CERTIFICATE,
        english=True,
        activities=tuple(
            ActivityHours(f"Tätigkeit Nummer {number} im Nachbarschaftshaus", 60 + 15 * number)
            for number in range(36)
        ),
        competences=tuple(f"Kompetenz Nummer {number} aus dem Engagement" for number in range(12)),
    )
    layout = layout_certificate(content)
    assert len(layout.pages) == 2
    assert_tidy_pages(layout)
    pdf = _write(tmp_path, "certificate-long", render_certificate(content))
    pages = [plain(page) for page in page_texts(pdf)]
    assert len(pages) == 2
    assert "Seite 1 von 2" in pages[0] and "Seite 2 von 2" in pages[1]
    # The activities run over onto the second page, under their table's header again.
    assert "Tätigkeit Nummer 0 im" in pages[0] and "Tätigkeit Nummer 35 im" in pages[1]
    assert "Tätigkeit · Activity Stunden · Hours" in pages[1]
    assert pages[1].index("Tätigkeit · Activity") < pages[1].index("Tätigkeit Nummer 35 im")
    assert "Wir danken" in pages[1] and content.signatory in pages[1]
    for number in range(36):
        assert f"Tätigkeit Nummer {number} im Nachbarschaftshaus" in " ".join(pages)


def test_a_function_or_competence_longer_than_a_page_goes_on_over_the_pages(
    tmp_path: Path,
) -> None:
    """Cut between its lines, never below the bottom margin, where it would be lost."""
    long = " ".join(f"Aufgabe{number}" for number in range(700))  # about 7,000 characters
    content = replace(
        CERTIFICATE, english=True, function=long, competences=(CERTIFICATE.competences[0], long)
    )
    layout = layout_certificate(content)
    assert len(layout.pages) >= 3
    assert_tidy_pages(layout)
    pdf = _write(tmp_path, "certificate-very-long", render_certificate(content))
    pages = [plain(page) for page in page_texts(pdf, raw=True)]
    assert len(pages) == len(layout.pages)
    # Every word of both, once each, in order.
    numbers = [int(number) for number in re.findall(r"Aufgabe(\d+)", " ".join(pages))]
    assert numbers == [*range(700), *range(700)]
    assert "Funktion · Role Aufgabe0 Aufgabe1" in pages[0]
    assert "Wir danken" in pages[-1] and content.signatory in pages[-1]


def test_very_long_entries_stay_on_the_page_of_every_document() -> None:
    """Table cells hold a few lines at most; longer entries end in an ellipsis."""
    long = "Sehr lange Beschreibung mit vielen Wörtern " * 160
    certificate = replace(
        CERTIFICATE,
        activities=(ActivityHours(long, 60), *ACTIVITIES),
        trainings=(Training(long, date(2025, 4, 12), 60),),
    )
    sheet = time_sheet(30)
    sheet = replace(sheet, rows=(replace(sheet.rows[0], activity=long), *sheet.rows[1:]))
    table = overview(20)
    table = replace(table, rows=(replace(table.rows[0], person_name=long), *table.rows[1:]))
    for layout in (
        layout_certificate(certificate),
        layout_time_sheet(sheet),
        layout_annual_overview(table),
    ):
        assert_tidy_pages(layout)
        assert any(text.logical.endswith("…") for text in layout.texts), layout.title


def test_a_certificate_without_function_competences_or_trainings(tmp_path: Path) -> None:
    content = replace(CERTIFICATE, function="", competences=(), trainings=(), signatory="")
    text = plain(text_of(_write(tmp_path, "certificate-short", render_certificate(content))))
    for absent in ("Funktion", "In diesem Engagement hat", "an diesen Fortbildungen"):
        assert absent not in text
    assert "Vorlesen in der Kinderbibliothek 48,00" in text
    assert "Wir danken Alexandra Nowak-Schulze" in text
    assert "Unterschrift und Stempel der Einrichtung" in text


def test_the_same_certificate_gives_the_same_bytes() -> None:
    assert render_certificate(CERTIFICATE) == render_certificate(CERTIFICATE)


# The time sheet.


def test_a_long_time_sheet_runs_over_pages_with_its_header_and_right_totals(
    tmp_path: Path,
) -> None:
    content = time_sheet(120)
    layout = layout_time_sheet(content)
    assert_tidy_pages(layout)
    pdf = _write(tmp_path, "time-sheet", render_time_sheet(content))
    fields = info(pdf)
    pages = int(fields["Pages"])
    assert pages >= 3
    assert fields["Title"] == "Stundennachweis"
    texts = [plain(page) for page in page_texts(pdf, raw=True)]
    assert len(texts) == pages
    header = "Datum Tätigkeit Stunden"
    # On every page the table reaches; the last may hold only what follows the table.
    assert all(header in page for page in texts[:-1])
    for number, page in enumerate(texts, start=1):
        assert f"Seite {number} von {pages}" in page
        assert "Mehmet Yılmaz" in page  # in the footer: whose hours a loose page lists

    # Every entry once, in the order of the days, and the total is their sum.
    bodies = []
    for page in texts:
        if header in page:
            body = page.split(header, 1)[1].split(" Gesamt ", 1)[0]
            bodies.append(body.split("Stundennachweis · ", 1)[0])
    entries = re.findall(r"(\d\d\.\d\d\.\d{4}) (.+?) (\d+,\d\d)(?!\d)", " ".join(bodies))
    days = [row.worked_on.strftime("%d.%m.%Y") for row in reversed(content.rows)]
    assert [day for day, _, _ in entries] == days
    assert {activity for _, activity, _ in entries} == set(_TIME_SHEET_ACTIVITIES)
    printed = sum((_hours(hours) for _, _, hours in entries), Decimal(0))
    expected = Decimal(content.total_minutes) / 60
    assert printed == expected
    text = " ".join(texts)
    totals = re.findall(r"Gesamt (\d[\d.]*,\d\d)", text)
    assert [_hours(total) for total in totals] == [expected, expected]  # the days, the activities

    by_activity = text[text.index("Stunden je Tätigkeit") :]
    for activity in _TIME_SHEET_ACTIVITIES:
        minutes = sum(row.minutes for row in content.rows if row.activity == activity)
        assert f"{activity} {volunteer_texts('de').number(minutes)}" in by_activity, activity
    assert "Mit ihren Unterschriften bestätigen Mehmet Yılmaz und die Einrichtung" in text
    assert "Datum, Unterschrift der engagierten Person" in text
    assert "Datum, Unterschrift und Stempel der Einrichtung" in text

    first = _assert_renders(pdf, tmp_path, (827, 1169))
    last = _assert_renders(pdf, tmp_path, (827, 1169), page=pages)
    assert first != last


def test_a_time_sheet_without_hours_says_so(tmp_path: Path) -> None:
    content = replace(time_sheet(0), rows=())
    pdf = _write(tmp_path, "time-sheet-empty", render_time_sheet(content))
    assert info(pdf)["Pages"] == "1"
    text = plain(text_of(pdf))
    assert "In diesem Zeitraum sind keine Stunden erfasst." in text
    assert "Seite 1 von 1" in text


# The annual overview.


def test_the_annual_overview_is_landscape_with_right_totals(tmp_path: Path) -> None:
    content = overview(12)
    assert_tidy_pages(layout_annual_overview(content))
    pdf = _write(tmp_path, "overview", render_annual_overview(content))
    fields = info(pdf)
    assert fields["Page size"].startswith("841.89 x 595.276 pts")
    assert fields["Pages"] == "1"
    assert fields["Title"] == "Jahresübersicht Engagement 2026"
    text = plain(text_of(pdf, raw=True))
    assert "Jahresübersicht Engagement 2026" in text
    assert "Name Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez Gesamt" in text
    assert "Engagierte Personen: 12" in text

    # Worked out here from the records, not by the code under test.
    months = [sum(row.minutes_by_month[month] for row in content.rows) for month in range(12)]
    total = sum(sum(row.minutes_by_month) for row in content.rows)
    sums = re.search(r"Summe((?: (?:\d[\d.]*,\d\d|–)){13})", text)
    assert sums is not None
    printed = sums.group(1).split()
    assert [_hours(value) for value in printed[:12]] == [Decimal(m) / 60 for m in months]
    assert _hours(printed[12]) == Decimal(total) / 60
    assert f"Stunden insgesamt: {volunteer_texts('de').hours_text(total)}" in text
    for row in content.rows:
        match = re.search(rf"{row.person_name}((?: (?:\d[\d.]*,\d\d|–)){{13}})", text)
        assert match is not None, row.person_name
        cells = match.group(1).split()
        assert [_hours(cell) for cell in cells[:12]] == [
            Decimal(minutes) / 60 for minutes in row.minutes_by_month
        ]
        assert _hours(cells[12]) == Decimal(row.total_minutes) / 60
    _assert_renders(pdf, tmp_path, (1169, 827))


def test_many_volunteers_run_over_pages_with_the_header_on_each(tmp_path: Path) -> None:
    content = overview(70)
    assert_tidy_pages(layout_annual_overview(content))
    pdf = _write(tmp_path, "overview-long", render_annual_overview(content))
    pages = [plain(page) for page in page_texts(pdf, raw=True)]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Name Jan Feb Mär" in page
        assert f"Seite {number} von {len(pages)}" in page
    text = " ".join(pages)
    assert all(row.person_name in text for row in content.rows)
    assert "Engagierte Personen: 70" in text
    assert text.count("Summe") == 1 and "Summe" in pages[-1]


def test_an_overview_without_volunteers(tmp_path: Path) -> None:
    content = AnnualOverviewContent(ISSUER, 2026, ())
    text = plain(text_of(_write(tmp_path, "overview-empty", render_annual_overview(content))))
    assert "Für dieses Jahr sind keine Stunden erfasst." in text
    assert "Engagierte Personen: 0" in text


# Letterhead and logo on every kind.


def _documents(logo: Path) -> dict[str, bytes]:
    letterhead = replace(ISSUER, logo=logo)
    return {
        "certificate": render_certificate(replace(CERTIFICATE, letterhead=letterhead)),
        "time-sheet": render_time_sheet(replace(time_sheet(10), letterhead=letterhead)),
        "overview": render_annual_overview(replace(overview(5), letterhead=letterhead)),
    }


def test_a_logo_is_printed_in_the_letterhead(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (1200, 400), (30, 110, 80)).save(logo)
    for name, data in _documents(logo).items():
        pdf = _write(tmp_path, name, data)
        assert image_count(pdf) == 1, name
        assert ISSUER.name in text_of(pdf)
    layout = layout_certificate(replace(CERTIFICATE, letterhead=replace(ISSUER, logo=logo)))
    (image,) = layout.pages[0].images
    assert image.width <= 45 * MM + 0.01 and image.height <= 18 * MM + 0.01
    assert image.y + image.height == pytest.approx(layout.height - MARGIN)
    assert_tidy_pages(layout)


def test_a_missing_logo_is_left_out(tmp_path: Path) -> None:
    for name, data in _documents(tmp_path / "missing.png").items():
        pdf = _write(tmp_path, name, data)
        assert image_count(pdf) == 0, name
        assert ISSUER.name in text_of(pdf)


# Helpers.


def _assert_renders(pdf: Path, tmp_path: Path, pixels: tuple[int, int], *, page: int = 1) -> bytes:
    """The page as an image at 100 dpi: the paper's size, and not blank."""
    png = render_page(pdf, tmp_path / "png", dpi=100, page=page)
    with Image.open(png) as image:
        assert abs(image.width - pixels[0]) <= 1 and abs(image.height - pixels[1]) <= 1
        grey = image.convert("L")
        histogram = grey.histogram()
        data = grey.tobytes()
    assert sum(histogram[:60]) > 0.002 * sum(histogram)  # dark text
    return data
