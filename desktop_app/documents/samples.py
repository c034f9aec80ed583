"""Sample documents for a test print: every kind Tresen prints, filled with fictitious data.

A facility prints them to check its letterhead and its printer's margins before the first
real slip. Each kind is one entry in ``SAMPLE_DOCUMENTS``; certificates, consent forms and
reports join it as they are built.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop_app.core.codes import check_character
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.referral_records import PaperSize, SlipContent, SlipIssuer, SlipTarget

# Across every sample page, so that no sample can pass for a real document.
SAMPLE_MARK = "MUSTER / SAMPLE"

# The letterhead when the desk is not set up yet: plainly invented.
SAMPLE_ISSUER = SlipIssuer(
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
    make: Callable[[SlipIssuer, str], bytes]  # (letterhead, language) → PDF

    def file_name(self, language: str) -> str:
        return f"{self.kind}-{language}.pdf"


def sample_slip_content(issuer: SlipIssuer, language: str, paper: PaperSize) -> SlipContent:
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


def sample_slip_a5(issuer: SlipIssuer, language: str) -> bytes:
    from desktop_app.documents.slip import render_slip

    return render_slip(sample_slip_content(issuer, language, PaperSize.A5), watermark=SAMPLE_MARK)


def sample_slip_a4(issuer: SlipIssuer, language: str) -> bytes:
    from desktop_app.documents.slip import render_slip

    return render_slip(sample_slip_content(issuer, language, PaperSize.A4), watermark=SAMPLE_MARK)


# Every kind of document Tresen prints; a new kind is one more entry.
SAMPLE_DOCUMENTS: tuple[SampleDocument, ...] = (
    SampleDocument(
        "vermittlung-a5", QT_TRANSLATE_NOOP("documents", "Referral slip (A5)"), sample_slip_a5
    ),
    SampleDocument(
        "vermittlung-a4", QT_TRANSLATE_NOOP("documents", "Referral slip (A4)"), sample_slip_a4
    ),
)


def sample_documents(issuer: SlipIssuer, language: str) -> list[tuple[str, str, bytes]]:
    """Every sample as (title, file name, PDF), for a preview."""
    return [
        (sample.title, sample.file_name(language), sample.make(issuer, language))
        for sample in SAMPLE_DOCUMENTS
    ]


def write_samples(out_dir: Path, issuer: SlipIssuer, language: str) -> list[Path]:
    """Write every sample into ``out_dir`` (created if need be); return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in SAMPLE_DOCUMENTS:
        path = out_dir / sample.file_name(language)
        path.write_bytes(sample.make(issuer, language))
        written.append(path)
    return written
