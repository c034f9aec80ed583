"""Sample documents for a test print: every kind Tresen prints, filled with fictitious data.

A facility prints them to check its letterhead and its printer's margins before the first
real slip. Each kind is one entry in ``SAMPLE_DOCUMENTS``; reports join it as they are
built.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.access_report import (
    ACCESSES,
    ACCESSES_NOTE,
    CONSENTS,
    FURTHER,
    INTRO,
    RECIPIENTS_NEVER,
    RECIPIENTS_SHARED,
    RIGHTS,
    SECTION_TITLES,
    SOURCE_AUDIT,
    SOURCE_DESK,
    VISITOR_LABELS,
    VISITS,
    AccessReport,
    ReportField,
    ReportSection,
    ReportTable,
    Value,
)
from desktop_app.core.codes import check_character
from desktop_app.core.consent_records import ConsentFormContent
from desktop_app.core.document_records import Letterhead
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.processing import (
    DISTRICT_AGGREGATES,
    ProcessingRegisterContent,
    register_activities,
    register_content,
)
from desktop_app.core.referral_records import PaperSize, SlipContent, SlipTarget
from desktop_app.core.statistics_records import (
    NOT_STATED,
    Comparison,
    Count,
    CountingRules,
    Figures,
    MonthCount,
    Period,
    ReferralCount,
    VolunteerFigures,
)
from desktop_app.core.volunteer_records import (
    ActivityHours,
    AnnualOverviewContent,
    CertificateContent,
    OverviewRow,
    TimeSheetContent,
    TimeSheetRow,
    Training,
)

if TYPE_CHECKING:
    from desktop_app.core.statistics_export import StatisticsReportContent

# Across every sample page, so that no sample can pass for a real document.
SAMPLE_MARK = "MUSTER / SAMPLE"

# The letterhead when the desk is not set up yet: plainly invented.
SAMPLE_ISSUER = Letterhead(
    name="Nachbarschaftshaus Musterkiez",
    street="Beispielweg 1",
    postcode="10117",
    city="Berlin",
    phone="030 98765432",
    email="info@nachbarschaftshaus-musterkiez.example",
    contact_person="Erika Mustermann",
)

# A valid referral code (check character included) that says what it is: MUSTE-R234x.
SAMPLE_CODE = "MUSTER234" + check_character("MUSTER234")


@dataclass(frozen=True)
class SampleDocument:
    """One kind of printed document, and how to make a sample of it."""

    kind: str  # stable, used in file names
    title: str  # English source text, context "documents", for the GUI to translate
    make: Callable[[Letterhead, str], bytes]  # (letterhead, language) → PDF

    def file_name(self, language: str) -> str:
        return f"{self.kind}-{language}.pdf"


def sample_slip_content(issuer: Letterhead, language: str, paper: PaperSize) -> SlipContent:
    """A realistic slip for an invented person to an invented neighbourhood centre."""
    today = date.today()
    # An appointment on the Tuesday at least a week ahead, as a desk would agree one.
    appointment_day = today + timedelta(days=7 + (1 - today.weekday()) % 7)
    return SlipContent(
        code=SAMPLE_CODE,
        issuer=issuer,
        target=SlipTarget(
            name="Stadtteilzentrum Beispielkiez",
            kind="Stadtteilzentrum",
            offer_name="Bewerbungswerkstatt am Computer",
            address_lines=("Musterstraße 12", "10115 Berlin"),
            phone="030 12345678",
            email="kontakt@stz-beispielkiez.example",
            website="www.stz-beispielkiez.example",
            hours=(
                (0, "10:00", "14:00"),
                (2, "10:00", "14:00"),
                (2, "16:00", "18:00"),
                (3, "09:00", "12:00"),
            ),
            hours_note="In den Schulferien nur mittwochs.",
            contact_name="Frau Beispiel",
            contact_phone="030 12345679",
            contact_email="beispiel@stz-beispielkiez.example",
            accessibility="Stufenloser Eingang, Aufzug, barrierefreies WC",
        ),
        person_label="M. M.",
        issued_on=today,
        field_of_action="Arbeit und Beschäftigung",
        purpose="Hilfe beim Lebenslauf und bei Bewerbungen",
        appointment_at=datetime.combine(appointment_day, time(10, 30)),
        language=language,
        paper=paper,
    )


def sample_slip(issuer: Letterhead, language: str, paper: PaperSize) -> bytes:
    from desktop_app.documents.slip import render_slip

    return render_slip(sample_slip_content(issuer, language, paper), watermark=SAMPLE_MARK)


# An invented volunteer: what a person might do for a year and a half in a neighbourhood
# centre, in hours as a desk records them (whole quarter hours).
_SAMPLE_VOLUNTEER = "Kim Beispiel"
_SAMPLE_ACTIVITIES = (
    ActivityHours("Vorlesen in der Kinderbibliothek", 48 * 60),
    ActivityHours("Sprachcafé Deutsch: Gesprächsrunden begleiten", 36 * 60 + 30),
    ActivityHours("Hausaufgabenhilfe für Grundschulkinder", 30 * 60),
    ActivityHours("Begleitung von Ausflügen mit Familien", 12 * 60 + 15),
    ActivityHours("Mithilfe beim Kiezfest", 9 * 60 + 45),
    ActivityHours("Pflege der Büchertauschecke", 6 * 60),
)


def sample_certificate_content(issuer: Letterhead, language: str) -> CertificateContent:
    """A certificate for an invented volunteer; German and English unless ``language`` is
    German."""
    today = date.today()
    started = date(today.year - 1, 3, 1)
    return CertificateContent(
        letterhead=issuer,
        person_name=_SAMPLE_VOLUNTEER,
        period_from=started,
        period_to=today,
        total_minutes=sum(activity.minutes for activity in _SAMPLE_ACTIVITIES),
        activities=_SAMPLE_ACTIVITIES,
        function="Lesepatenschaft in der Kinderbibliothek und Begleitung des Sprachcafés",
        competences=(
            "Vorlesen und Gestalten von Leserunden für Kinder von 6 bis 10 Jahren",
            "Gespräche in einfacher Sprache mit Menschen, die Deutsch lernen",
            "Planen und Organisieren von Ausflügen mit Familien",
            "Zusammenarbeit im Team der Freiwilligen und der Hauptamtlichen",
        ),
        trainings=(
            Training("Erste Hilfe am Kind", started + timedelta(days=42), 8 * 60),
            Training("Einfache Sprache im Ehrenamt", started + timedelta(days=203), 4 * 60),
            Training("Kinderschutz im Ehrenamt", started + timedelta(days=343), 3 * 60 + 30),
        ),
        issued_on=today,
        signatory=(
            f"{issuer.contact_person}, Koordination Freiwilligenarbeit"
            if issuer.contact_person
            else "Koordination Freiwilligenarbeit"
        ),
        english=language != "de",
    )


def sample_time_sheet_content(issuer: Letterhead) -> TimeSheetContent:
    """The invented volunteer's hours since the first of the month three months ago: twice a
    week, some days two activities, enough rows for a second page."""
    today = date.today()
    months = today.year * 12 + today.month - 1 - 3
    start = date(months // 12, months % 12 + 1, 1)
    rows: list[TimeSheetRow] = []
    tuesday = start + timedelta(days=(1 - start.weekday()) % 7)
    for week in range(14):
        for day, activity, minutes in (
            (tuesday, "Vorlesen in der Kinderbibliothek", 90 + 15 * (week % 3)),
            (tuesday + timedelta(days=2), "Sprachcafé Deutsch", 120),
            (
                tuesday + timedelta(days=2),
                "Hausaufgabenhilfe für Grundschulkinder",
                60 * (week % 2),
            ),
        ):
            if minutes and day <= today:
                rows.append(TimeSheetRow(day, activity, minutes))
        tuesday += timedelta(days=7)
    return TimeSheetContent(
        letterhead=issuer,
        person_name=_SAMPLE_VOLUNTEER,
        period_from=start,
        period_to=today,
        rows=tuple(rows),
        issued_on=today,
    )


# Invented names, none of them a real person's: the overview's rows.
_SAMPLE_NAMES = (
    "Kim Beispiel",
    "Alex Muster",
    "Ayşe Probe",
    "Jonas Exempel",
    "Olena Musterenko",
    "Samir Beispielmann",
    "Lea Testweg",
    "Mehmet Örnek",
    "Paula Platzhalter",
    "Chris Vorlage",
    "Nour Mithal",
    "Erika Muster-Beispiel",
)


def sample_annual_overview_content(issuer: Letterhead) -> AnnualOverviewContent:
    """Last year's hours of twelve invented volunteers, with pauses in the holidays."""
    year = date.today().year - 1
    rows = []
    for person, name in enumerate(_SAMPLE_NAMES):
        months = []
        for month in range(12):
            # A fixed pattern, not chance: the same sample prints the same figures.
            pause = (month + person) % 5 == 0 or (month == 7 and person % 2 == 0)
            quarters = 0 if pause else 8 + (3 * person + 5 * month) % 29
            months.append(quarters * 15)
        rows.append(OverviewRow(name, tuple(months)))
    return AnnualOverviewContent(
        letterhead=issuer, year=year, rows=tuple(rows), issued_on=date.today()
    )


def sample_certificate(issuer: Letterhead, language: str) -> bytes:
    from desktop_app.documents.certificate import render_certificate

    return render_certificate(sample_certificate_content(issuer, language), watermark=SAMPLE_MARK)


def sample_time_sheet(issuer: Letterhead, language: str) -> bytes:
    """German whatever ``language``: the time sheet is for German funders."""
    from desktop_app.documents.time_sheet import render_time_sheet

    return render_time_sheet(sample_time_sheet_content(issuer), watermark=SAMPLE_MARK)


def sample_consent_form_content(issuer: Letterhead, language: str) -> ConsentFormContent:
    """A blank form, as the desk prints it for a visitor to fill in by hand."""
    return ConsentFormContent(issuer=issuer, language=language, place=issuer.city)


def sample_consent_form(issuer: Letterhead, language: str) -> bytes:
    from desktop_app.documents.consent_form import render_consent_form

    return render_consent_form(sample_consent_form_content(issuer, language), watermark=SAMPLE_MARK)


def sample_processing_register_content(issuer: Letterhead) -> ProcessingRegisterContent:
    """The register as the program declares it, of today; no officer named, as none is known."""
    return register_content(issuer, date.today())


def sample_processing_register(issuer: Letterhead, language: str) -> bytes:
    """German whatever ``language``: the register is kept for the supervisory authority."""
    from desktop_app.documents.processing_register import render_processing_register

    return render_processing_register(
        sample_processing_register_content(issuer), watermark=SAMPLE_MARK
    )


def sample_annual_overview(issuer: Letterhead, language: str) -> bytes:
    """German whatever ``language``: the overview is for the facility and the district."""
    from desktop_app.documents.annual_overview import render_annual_overview

    return render_annual_overview(sample_annual_overview_content(issuer), watermark=SAMPLE_MARK)


def sample_access_report_content(issuer: Letterhead) -> AccessReport:
    """An access report on an invented visitor: registration, visits, consents, accesses."""
    today = date.today()
    registered = datetime.combine(today - timedelta(days=60), time(9, 40)).astimezone()
    visitor: dict[str, Value] = {
        "number": "MUSTER" + check_character("MUSTER"),
        "first_name": "Alex",
        "last_name": "Muster",
        "birth_year": 1979,
        "age_band": "27-50 Jahre",
        "gender": "keine Angabe",
        "preferred_language": "Türkisch",
        "postcode": "10117",
        "phone": "030 55501234",
        "email": "alex.muster@beispiel.example",
        "notes": "Möchte über neue Termine des Sprachcafés informiert werden.",
        "created_at": registered,
        "updated_at": registered,
        "id": "00000000-0000-7000-8000-000000000001",
    }
    visits: tuple[tuple[Value, ...], ...] = tuple(
        (registered + timedelta(days=7 * week, minutes=5 * week), offer)
        for week, offer in enumerate(
            ("Sprachcafé Deutsch", "Sprachcafé Deutsch", "Bewerbungswerkstatt", "Kiezfrühstück")
        )
    )
    consents: tuple[tuple[Value, ...], ...] = tuple(
        (purpose, registered, manner, "2026-11", "Deutsch", issuer.contact_person or "Tresen")
        + (None,) * 6
        for purpose, manner in (
            ("Speichern der Registrierung", "unterschriebenes Formular"),
            ("Kontakt per Telefon oder E-Mail", "mündlich"),
        )
    )
    kinds = ("Besucherinnen und Besucher", "Einwilligungen", "Einwilligungen")
    accesses: tuple[tuple[Value, ...], ...] = tuple(
        (registered, "angelegt", kind, None, issuer.contact_person or "Tresen") for kind in kinds
    )
    keys = {"visitor_registration", "visits", "consent_records", "staff_accounts", "sync"}
    return AccessReport(
        requester="Alex Muster",
        controller=issuer,
        made_at=datetime.combine(today, time(10, 0)).astimezone(),
        intro=INTRO,
        sections=(
            ReportSection(
                "visitor",
                SECTION_TITLES["visitor"],
                fields=tuple(
                    ReportField(key, VISITOR_LABELS[key], value) for key, value in visitor.items()
                ),
            ),
            ReportSection("visits", SECTION_TITLES["visits"], table=ReportTable(VISITS, visits)),
            ReportSection(
                "consents", SECTION_TITLES["consents"], table=ReportTable(CONSENTS, consents)
            ),
            ReportSection(
                "accesses",
                SECTION_TITLES["accesses"],
                table=ReportTable(ACCESSES, accesses),
                note=ACCESSES_NOTE,
            ),
        ),
        activities=tuple(a for a in register_activities() if a.key in keys),
        recipients=(
            RECIPIENTS_SHARED.format(tables="Besucherinnen und Besucher, Besuche, Einwilligungen"),
            RECIPIENTS_NEVER.format(items="Notizen, Protokoll der Zugriffe"),
            DISTRICT_AGGREGATES,
        ),
        source=(SOURCE_DESK, SOURCE_AUDIT),
        further=FURTHER,
        rights=RIGHTS,
    )


def sample_access_report(issuer: Letterhead, language: str) -> bytes:
    """German whatever ``language``: the report answers a request to a German facility."""
    from desktop_app.documents.access_report import render_access_report

    return render_access_report(sample_access_report_content(issuer), issuer, watermark=SAMPLE_MARK)


# (offer, field of action, check-ins, visitors, people counted anonymously) of a year.
_SAMPLE_OFFERS = (
    ("Sprachcafé Deutsch", "Bildung und Sprache", 2_410, 96, 0),
    ("Kiezfrühstück", "Nachbarschaft und Begegnung", 1_530, 210, 1_204),
    ("Bewerbungswerkstatt am Computer", "Arbeit und Beschäftigung", 780, 64, 0),
    ("Offener Treff für Seniorinnen und Senioren", "Nachbarschaft und Begegnung", 655, 41, 88),
    ("Hausaufgabenhilfe", "Bildung und Sprache", 402, 23, 0),
)
# Visitors by age band and by gender; two of 80 and older, shown as "< 3".
_SAMPLE_AGES = ((23, "6-13"), (9, "14-17"), (37, "18-26"), (181, "27-50"), (72, "51-64"))
_SAMPLE_AGES_OLDER = ((39, "65-79"), (2, "80+"), (5, NOT_STATED))
_SAMPLE_GENDERS = ((214, "female"), (141, "male"), (1, "diverse"), (12, "unspecified"))
# A year's visits by month in per cent: fewer in the summer holidays.
_SAMPLE_MONTH_SHARES = (9, 9, 10, 9, 9, 8, 5, 4, 9, 10, 10, 8)


def _sample_figures(year: int, scale: float) -> Figures:
    """A year of an invented neighbourhood centre, ``scale`` times the sample's size."""

    def scaled(number: float) -> int:
        return round(number * scale)

    offers = tuple(Count(o, scaled(v), scaled(p), scaled(t)) for o, _, v, p, t in _SAMPLE_OFFERS)
    fields: dict[str, Count] = {}
    for (_, field, *_), offer in zip(_SAMPLE_OFFERS, offers, strict=True):
        old = fields.get(field, Count(field))
        fields[field] = Count(
            field,
            old.visits + offer.visits,
            old.visitors + offer.visitors,
            old.tallied + offer.tallied,
        )
    visits, tallied = sum(o.visits for o in offers), sum(o.tallied for o in offers)
    people = (*_SAMPLE_AGES, *_SAMPLE_AGES_OLDER)
    visitors = scaled(sum(number for number, _ in people))
    return Figures(
        facility=SAMPLE_ISSUER.name,
        period=Period.year(year),
        rules=CountingRules(),
        visits=visits,
        visitors=visitors,
        tallied=tallied,
        new_visitors=scaled(121),
        counselling_visits=scaled(143),
        counselling_visitors=scaled(57),
        by_month=tuple(
            MonthCount(
                date(year, month, 1),
                visits * share // 100,
                visitors * share * 2 // 100,
                tallied * share // 100,
                share + 3,
            )
            for month, share in enumerate(_SAMPLE_MONTH_SHARES, start=1)
        ),
        by_offer=offers,
        by_field=tuple(fields.values()),
        by_age_band=tuple(
            Count(band, scaled(16 * n), scaled(n), tallied if band == NOT_STATED else 0)
            for n, band in people
        ),
        by_gender=(
            *(Count(gender, scaled(16 * n), scaled(n)) for n, gender in _SAMPLE_GENDERS),
            Count(NOT_STATED, 0, 0, tallied),
        ),
        referrals_issued=(
            ReferralCount("Arbeit und Beschäftigung", "Jobcenter Berlin Mitte", "arrived", 14),
            ReferralCount("Bildung und Sprache", "Volkshochschule Mitte", "completed", 9),
            ReferralCount("Gesundheit", "Stadtteilzentrum Beispielkiez", "handed_out", 2),
        ),
        referrals_received=(
            ReferralCount(
                "Bildung und Sprache", "Familienzentrum Beispielstraße", "arrived", scaled(6)
            ),
        ),
        volunteering=VolunteerFigures(
            volunteers=scaled(17),
            minutes=scaled(1_234 * 60),
            by_month=tuple((date(year, m, 1), 11, scaled(100 * 60)) for m in range(1, 13)),
            by_activity=(
                ("Vorlesen in der Kinderbibliothek", 6, scaled(410 * 60)),
                ("Sprachcafé begleiten", 8, scaled(520 * 60)),
                ("Kiezfest", 2, scaled(304 * 60)),
            ),
        ),
    )


def sample_statistics_content(issuer: Letterhead, language: str) -> "StatisticsReportContent":
    """Last year's annual report of an invented facility, beside the year before."""
    from desktop_app.core.statistics_export import StatisticsReportContent

    year = date.today().year - 1
    comparison = Comparison(_sample_figures(year, 1.0), _sample_figures(year - 1, 0.9))
    return StatisticsReportContent(comparison, issuer, language, date.today())


def sample_statistics_report(issuer: Letterhead, language: str) -> bytes:
    """German whatever ``language``: the report is for German funders."""
    from desktop_app.documents.statistics_report import render_statistics_report

    content = sample_statistics_content(issuer, "de")
    return render_statistics_report(content, watermark=SAMPLE_MARK)


# Every kind of document Tresen prints; a new kind is one more entry.
SAMPLE_DOCUMENTS: tuple[SampleDocument, ...] = (
    SampleDocument(
        "vermittlung-a5",
        QT_TRANSLATE_NOOP("documents", "Referral slip (A5)"),
        partial(sample_slip, paper=PaperSize.A5),
    ),
    SampleDocument(
        "vermittlung-a4",
        QT_TRANSLATE_NOOP("documents", "Referral slip (A4)"),
        partial(sample_slip, paper=PaperSize.A4),
    ),
    SampleDocument(
        "engagementnachweis",
        QT_TRANSLATE_NOOP("documents", "Engagement certificate"),
        sample_certificate,
    ),
    SampleDocument(
        "stundennachweis",
        QT_TRANSLATE_NOOP("documents", "Time sheet of volunteer hours"),
        sample_time_sheet,
    ),
    SampleDocument(
        "jahresuebersicht-engagement",
        QT_TRANSLATE_NOOP("documents", "Annual overview of volunteer hours"),
        sample_annual_overview,
    ),
    SampleDocument(
        "einwilligung",
        QT_TRANSLATE_NOOP("documents", "Consent form"),
        sample_consent_form,
    ),
    SampleDocument(
        "verarbeitungsverzeichnis",
        QT_TRANSLATE_NOOP("documents", "Register of processing activities"),
        sample_processing_register,
    ),
    SampleDocument(
        "auskunft",
        QT_TRANSLATE_NOOP("documents", "Access report (Art. 15 GDPR)"),
        sample_access_report,
    ),
    SampleDocument(
        "jahresbericht",
        QT_TRANSLATE_NOOP("documents", "Annual statistics report"),
        sample_statistics_report,
    ),
)


def sample_documents(issuer: Letterhead, language: str) -> list[tuple[str, str, bytes]]:
    """Every sample as (title, file name, PDF), for a preview."""
    return [
        (sample.title, sample.file_name(language), sample.make(issuer, language))
        for sample in SAMPLE_DOCUMENTS
    ]


def write_samples(out_dir: Path, issuer: Letterhead, language: str) -> list[Path]:
    """Write every sample into ``out_dir`` (created if need be); return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in SAMPLE_DOCUMENTS:
        path = out_dir / sample.file_name(language)
        path.write_bytes(sample.make(issuer, language))
        written.append(path)
    return written
