"""The access report (Art. 15 GDPR) as a document: all of the person in its text, nothing of
anyone else, tables that run over pages with their headers, and the one-page "no data" letter."""

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core.access_report import (
    ACCESSES,
    CONSENTS,
    FURTHER,
    HOURS,
    INTRO,
    REPORT_TITLE,
    RIGHTS,
    SECTION_TITLES,
    VISITOR_LABELS,
    VISITS,
    AccessReport,
    Hours,
    ReportField,
    ReportSection,
    ReportTable,
    Value,
    display,
)
from desktop_app.core.db import Database
from desktop_app.core.processing import register_activities
from desktop_app.core.records import FacilityRecord
from desktop_app.core.services import Services
from desktop_app.core.services.access_report import AccessReportService
from desktop_app.documents.access_report import (
    CLOSING,
    PART_DATA,
    PART_RIGHTS,
    layout_access_report,
    render_access_report,
)
from desktop_app.documents.paged import MARGIN
from tests.conftest import FakeClock
from tests.core.test_access_report import People, make_people
from tests.documents.checks import assert_tidy_pages
from tests.documents.examples import ISSUER
from tests.pdf_tools import image_count, info, page_texts, plain, render_page, text_of

MADE_AT = datetime(2026, 11, 23, 10, 0).astimezone()
A4_PIXELS = (827, 1169)


@pytest.fixture
def reports(database: Database, facility: FacilityRecord, clock: FakeClock) -> AccessReportService:
    return AccessReportService(database.sessions, facility.id, clock)


@pytest.fixture
def people(
    database: Database, services: Services, clock: FakeClock, facility: FacilityRecord
) -> People:
    return make_people(database, services, clock, facility.id)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(data)
    return pdf


def _squashed(text: str) -> str:
    """Text without any white space: a value wrapped over lines, or a long word broken
    between characters, still reads as one."""
    return "".join(plain(text).split())


def _values(report: AccessReport) -> list[str]:
    """Every value the report holds, as printed."""
    values = []
    for section in report.sections:
        values.extend(display(field.value) for field in section.fields)
        if section.table is not None:
            values.extend(display(value) for row in section.table.rows for value in row)
    return [value for value in values if value != display(None)]


def _assert_renders(pdf: Path, tmp_path: Path, *, page: int = 1) -> Path:
    """The page as an image at 100 dpi: A4, and not blank."""
    png = render_page(pdf, tmp_path / "png", dpi=100, page=page)
    with Image.open(png) as image:
        assert abs(image.width - A4_PIXELS[0]) <= 1 and abs(image.height - A4_PIXELS[1]) <= 1
        histogram = image.convert("L").histogram()
    assert sum(histogram[:60]) > 0.002 * sum(histogram)  # dark text
    return png


# All of the person, nothing of the other


def test_the_pdf_holds_every_item_of_the_person_and_nothing_of_the_other(
    tmp_path: Path, reports: AccessReportService, people: People
) -> None:
    report = reports.for_visitor(people.visitor_id)
    pdf = _write(tmp_path, "auskunft", render_access_report(report, ISSUER))
    # In the order drawn: a table cell's lines, a label and its value, come one after the other.
    text = _squashed(text_of(pdf, raw=True))
    missing = [value for value in _values(report) if _squashed(value) not in text]
    assert missing == []
    assert [item for item in people.mine if _squashed(item) not in text] == []
    assert [item for item in people.theirs if _squashed(item) in text] == []

    for section in report.sections:
        assert _squashed(section.title) in text
        assert all(_squashed(field.label) in text for field in section.fields)
    for activity in report.activities:
        assert _squashed(activity.name) in text
        assert all(_squashed(purpose) in text for purpose in activity.purposes)
        assert all(_squashed(line) in text for line in activity.retention)
        assert all(_squashed(line) in text for line in activity.recipients)
    for line in (*report.recipients, *report.source, *report.rights, report.intro):
        assert _squashed(line) in text
    assert all(_squashed(str(field.value)) in text for field in report.further)


def test_the_pages_are_numbered_and_never_name_the_person_in_the_title(
    tmp_path: Path, reports: AccessReportService, people: People
) -> None:
    report = reports.for_visitor(people.visitor_id)
    pdf = _write(tmp_path, "auskunft", render_access_report(report, ISSUER))
    fields = info(pdf)
    assert fields["Title"] == REPORT_TITLE
    assert fields["Page size"].startswith("595.276 x 841.89 pts")
    pages = [plain(page) for page in page_texts(pdf, raw=True)]
    assert int(fields["Pages"]) == len(pages) >= 3
    made_on = display(report.made_at.date())
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in page
        # Loose pages still say whose report they are.
        assert f"{REPORT_TITLE} · Anna Müller · {made_on}" in page
    assert "Anna Müller" in pages[0] and PART_DATA in pages[0]
    assert PART_RIGHTS in " ".join(pages)
    assert_tidy_pages(layout_access_report(report, ISSUER))
    _assert_renders(pdf, tmp_path)
    _assert_renders(pdf, tmp_path, page=len(pages))


def test_wide_records_are_printed_as_fields(
    tmp_path: Path, reports: AccessReportService, people: People
) -> None:
    """A referral has more columns than a page has room for: its fields one below the other."""
    report = reports.for_visitor(people.visitor_id)
    text = plain(text_of(_write(tmp_path, "auskunft", render_access_report(report, ISSUER))))
    assert f"Code {people.referral_code}" in text
    assert "Name auf dem Schein A. M." in text
    assert "Hilfe beim Lebenslauf" in text


# Tables over pages


def _visits(count: int) -> ReportSection:
    start = datetime(2024, 1, 2, 9, 30).astimezone()
    rows: tuple[tuple[Value, ...], ...] = tuple(
        (start + timedelta(days=3 * number), f"Sprachcafé Gruppe {number:03d}")
        for number in range(count)
    )
    return ReportSection("visits", SECTION_TITLES["visits"], table=ReportTable(VISITS, rows))


def _hours(count: int) -> ReportSection:
    rows: tuple[tuple[Value, ...], ...] = tuple(
        (
            date(2025, 1, 1) + timedelta(days=2 * number),
            f"Hausaufgabenhilfe {number:03d}",
            None,
            Hours(60 + 15 * (number % 4)),
            "gültig",
            "Aylin Demir",
            datetime(2025, 1, 1, 18, 0).astimezone() + timedelta(days=2 * number),
            "Nachtrag" if number % 10 == 0 else None,
            None,
            None,
        )
        for number in range(count)
    )
    return ReportSection("hours", SECTION_TITLES["hours"], table=ReportTable(HOURS, rows))


def _report(*sections: ReportSection, requester: str = "Mehmet Yılmaz") -> AccessReport:
    return AccessReport(
        requester=requester,
        controller=ISSUER,
        made_at=MADE_AT,
        intro=INTRO,
        sections=sections,
        activities=tuple(a for a in register_activities() if a.key in {"visits", "volunteers"}),
        recipients=("Die gemeinsame Datenbank des Einrichtungsverbunds.",),
        source=("Die Angaben stammen von Ihnen selbst.",),
        further=FURTHER,
        rights=RIGHTS,
    )


def test_long_tables_run_over_pages_with_their_header_on_each(tmp_path: Path) -> None:
    report = _report(_visits(150), _hours(120))
    layout = layout_access_report(report, ISSUER)
    assert_tidy_pages(layout)
    pdf = _write(tmp_path, "lang", render_access_report(report, ISSUER))
    pages = [plain(page) for page in page_texts(pdf, raw=True)]
    assert len(pages) >= 6
    for marker, header in (
        (r"Sprachcafé Gruppe (\d{3})", "Zeitpunkt Angebot"),
        (
            r"Hausaufgabenhilfe (\d{3})",
            "Datum Tätigkeit Stunden Stand Erfasst von Erfasst am Grund",
        ),
    ):
        numbers = []
        spanned = 0
        for page in pages:
            found = re.findall(marker, page)
            if found:
                spanned += 1
                # The header is repeated above the rows of every page the table runs over.
                assert header in page.split(found[0])[0]
            numbers.extend(int(number) for number in found)
        assert spanned >= 2
        count = 150 if "Sprachcafé" in marker else 120
        assert numbers == list(range(count))  # every row once, in order
    # The column left empty in every row is left out; hours are aligned on the right.
    assert "Zurückgenommen" not in " ".join(pages)
    hours = [t for page in layout.pages for t in page.texts if t.logical in {"1,00", "1,25"}]
    assert len({round(t.x + t.width, 2) for t in hours}) == 1


def test_values_too_long_for_a_line_wrap_inside_their_column(tmp_path: Path) -> None:
    long_offer = "Offene Beratung zu Fragen rund um Wohnung, Arbeit und Familie " * 8
    rows: tuple[tuple[Value, ...], ...] = ((MADE_AT, long_offer.strip()),)
    note = "Bitte bei der nächsten Sprechstunde an die Unterlagen erinnern. " * 20
    visitor = ReportSection(
        "visitor",
        SECTION_TITLES["visitor"],
        fields=(
            ReportField("first_name", VISITOR_LABELS["first_name"], "Mehmet"),
            ReportField("notes", VISITOR_LABELS["notes"], note.strip()),
        ),
    )
    visits = ReportSection("visits", "Besuche", table=ReportTable(VISITS, rows))
    report = _report(visitor, visits)
    layout = layout_access_report(report, ISSUER)
    assert_tidy_pages(layout)
    text = _squashed(
        text_of(_write(tmp_path, "lang", render_access_report(report, ISSUER)), raw=True)
    )
    assert _squashed(note) in text and _squashed(long_offer) in text
    # Nothing is cut short.
    assert "…" not in text
    right = max(t.x + t.width for page in layout.pages for t in page.texts)
    assert right <= layout.width - MARGIN + 0.01


def test_columns_empty_in_every_row_are_left_out(tmp_path: Path) -> None:
    consents: tuple[tuple[Value, ...], ...] = (
        ("Speichern der Registrierung", MADE_AT, "mündlich", "2026-11", "Deutsch", "Aylin Demir")
        + (None,) * 6,
    )
    accesses: tuple[tuple[Value, ...], ...] = (
        (MADE_AT, "angelegt", "Einwilligungen", None, "Aylin Demir"),
    )
    report = _report(
        ReportSection("consents", "Einwilligungen", table=ReportTable(CONSENTS, consents)),
        ReportSection("accesses", "Zugriffe", table=ReportTable(ACCESSES, accesses)),
    )
    text = plain(text_of(_write(tmp_path, "leer", render_access_report(report, ISSUER)), raw=True))
    assert "Zweck Erteilt am Art Fassung Sprache Erfasst von" in text
    assert "Sorgeberechtigte Person" not in text and "Widerrufen am" not in text
    assert "Zeitpunkt Handlung Datensatz Mitarbeitende" in text
    assert "Einzelheiten" not in text


# Languages


def test_turkish_and_arabic_text_fits_and_reads_back(tmp_path: Path) -> None:
    arabic_note = "ترغب في معرفة مواعيد دروس اللغة الألمانية"
    visitor = ReportSection(
        "visitor",
        SECTION_TITLES["visitor"],
        fields=(
            ReportField("first_name", "Vorname", "Zeynep"),
            ReportField("last_name", "Nachname", "Yıldız-Özdemir"),
            ReportField("notes", "Notizen", arabic_note),
            ReportField("postcode", "Postleitzahl", "10551"),
        ),
    )
    rows: tuple[tuple[Value, ...], ...] = (
        (MADE_AT, "Kadınlar kahvaltısı – Frauenfrühstück"),
        (MADE_AT + timedelta(days=7), "مقهى اللغة (Sprachcafé)"),
    )
    report = _report(
        visitor,
        ReportSection("visits", "Besuche", table=ReportTable(VISITS, rows)),
        requester="Zeynep Yıldız-Özdemir",
    )
    layout = layout_access_report(report, ISSUER)
    assert_tidy_pages(layout)
    logical = {text.logical for page in layout.pages for text in page.texts}
    assert any(arabic_note in plain(line) for line in logical)
    pdf = _write(tmp_path, "sprachen", render_access_report(report, ISSUER))
    text = plain(text_of(pdf))
    assert "Yıldız-Özdemir" in text and "Kadınlar kahvaltısı" in text
    assert all(word in text for word in arabic_note.split())
    _assert_renders(pdf, tmp_path)
    # The Arabic note runs right to left: it ends at the right edge of its column.
    (note,) = [t for page in layout.pages for t in page.texts if plain(t.logical) == arabic_note]
    assert note.x + note.width == pytest.approx(layout.width - MARGIN, abs=0.01)


# No data held


def test_no_data_is_a_one_page_letter(
    tmp_path: Path, reports: AccessReportService, database: Database
) -> None:
    report = reports.no_data("Jonas Probe")
    layout = layout_access_report(report, ISSUER)
    assert_tidy_pages(layout)
    pdf = _write(tmp_path, "keine-daten", render_access_report(report, ISSUER))
    assert info(pdf)["Pages"] == "1"
    text = plain(text_of(pdf, raw=True))
    assert "An Jonas Probe" in text
    assert "keine Daten zu Ihrer Person gefunden" in text
    assert all(right.split(":")[0] in text for right in RIGHTS)
    assert CLOSING in text and ISSUER.name in text and ISSUER.contact_person in text
    assert PART_DATA not in text
    assert "Seite 1 von 1" in text
    _assert_renders(pdf, tmp_path)


# The document itself


def test_the_same_report_gives_the_same_bytes() -> None:
    report = _report(_visits(3))
    assert render_access_report(report, ISSUER) == render_access_report(report, ISSUER)


def test_the_facilitys_logo_is_printed(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (900, 300), (30, 110, 80)).save(logo)
    letterhead = replace(ISSUER, logo=logo)
    report = _report(_visits(3))
    pdf = _write(tmp_path, "logo", render_access_report(report, letterhead))
    assert image_count(pdf) == 1
    assert_tidy_pages(layout_access_report(report, letterhead))
    assert image_count(_write(tmp_path, "ohne", render_access_report(report, ISSUER))) == 0


def test_a_sample_mark_sits_beside_the_title(tmp_path: Path) -> None:
    report = _report(_visits(3))
    pdf = _write(tmp_path, "muster", render_access_report(report, ISSUER, watermark="MUSTER"))
    assert "MUSTER" in plain(text_of(pdf))
    assert "MUSTER" not in plain(
        text_of(_write(tmp_path, "echt", render_access_report(report, ISSUER)))
    )
