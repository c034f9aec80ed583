"""No slip can carry what must never be on one: tried with everything a desk records."""

from pathlib import Path

import pytest

from desktop_app.core.directory_records import Partner, PartnerLocation, PartnerOffer
from desktop_app.core.errors import ValidationError
from desktop_app.core.ids import new_id
from desktop_app.core.records import VisitorDraft
from desktop_app.core.referral_records import PaperSize, PersonDisplay, ReferralDraft
from desktop_app.core.services import Services
from desktop_app.documents.slip import render_slip
from tests.pdf_tools import plain, text_of

# Everything about this person that a slip must never show (PRODUCT.md).
SURNAME = "Kowalczyk-Demir"
NOTES = (
    "Bezieht Bürgergeld, Kundennummer 123D456789, BG-Nummer 12345BG6789012, Diabetes, "
    "Staatsangehörigkeit syrisch, Aufenthaltsstatus Duldung"
)
NEVER_PRINTED = (
    SURNAME,
    "Kowalczyk",
    "Bürgergeld",
    "123D456789",
    "12345BG6789012",
    "Diabetes",
    "syrisch",
    "Duldung",
    "Kundennummer",
)


@pytest.mark.parametrize("display", list(PersonDisplay))
@pytest.mark.parametrize("language", ["de", "ar"])
def test_a_slip_shows_none_of_the_persons_protected_data(
    services: Services, tmp_path: Path, display: PersonDisplay, language: str
) -> None:
    visitor = services.visitors.register(
        VisitorDraft(first_name="Leyla", last_name=SURNAME, birth_year=1990, notes=NOTES)
    )
    partner = services.directory.save(
        Partner(
            id=new_id(),
            name="Jobcenter Berlin Mitte (Demo)",
            locations=(PartnerLocation(id=new_id(), street="Musterdamm 100"),),
            offers=(PartnerOffer(id=new_id(), name="Team U25"),),
        )
    )
    draft = ReferralDraft(
        visitor_id=visitor.id,
        partner_id=partner.id,
        partner_offer_id=partner.offers[0].id,
        purpose="Fragen zur Ausbildung",
        person_display=display,
        slip_language=language,
    )
    # The purpose is the one free text that reaches the slip: protected data is refused.
    for leak in ("Kundennummer 123D456789", f"für Frau {SURNAME}", "wegen Bürgergeld"):
        with pytest.raises(ValidationError):
            services.referrals.issue(ReferralDraft(**{**draft.__dict__, "purpose": leak}))

    referral = services.referrals.issue(draft)
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(render_slip(services.referrals.slip_content(referral.id, paper=PaperSize.A4)))
    text = plain(text_of(pdf))
    assert ("L. K." if display is PersonDisplay.INITIALS else "Leyla") in text
    assert "Fragen zur Ausbildung" in text and "Team U25" in text
    for secret in NEVER_PRINTED:
        assert secret.casefold() not in text.casefold(), secret
    assert "1990" not in text  # not even the year of birth
