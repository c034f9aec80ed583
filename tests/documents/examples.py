"""A realistic referral slip's content, for the document tests and benchmarks."""

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from desktop_app.core.document_records import Letterhead
from desktop_app.core.referral_records import SlipContent, SlipTarget

ISSUER = Letterhead(
    name="Nachbarschaftshaus Am Park",
    street="Parkstraße 1",
    postcode="10559",
    city="Berlin",
    phone="030 1234567",
    email="info@nbh-am-park.example",
    contact_person="Maria Beispiel",
)

TARGET = SlipTarget(
    name="Stadtteilzentrum Beispielkiez",
    kind="Stadtteilzentrum",
    offer_name="Bewerbungswerkstatt am Computer",
    address_lines=("Musterstraße 12", "10115 Berlin"),
    phone="030 9876543",
    email="kontakt@stz-beispielkiez.example",
    website="www.stz-beispielkiez.example",
    hours=((0, "10:00", "14:00"), (2, "16:00", "18:00"), (2, "10:00", "14:00")),
    hours_note="In den Schulferien nur mittwochs.",
    contact_name="Frau Yılmaz",
    contact_phone="030 9876544",
    contact_email="yilmaz@stz-beispielkiez.example",
    accessibility="Stufenloser Eingang, Aufzug, barrierefreies WC",
)

# A valid referral code (its last character is the check character).
CODE = "7KM4QX9TBD"


BASE = SlipContent(
    code=CODE,
    issuer=ISSUER,
    target=TARGET,
    person_label="A. M.",
    issued_on=date(2026, 11, 23),
    field_of_action="Arbeit und Beschäftigung",
    purpose="Hilfe beim Lebenslauf",
    appointment_at=datetime(2026, 12, 1, 10, 30),
)


def slip_content(language: str, **changes: Any) -> SlipContent:
    return replace(BASE, language=language, **changes)
