"""Consent as the desk records and prints it: one record per purpose, never a blanket one."""

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.document_records import Letterhead
from desktop_app.core.i18n import QT_TRANSLATE_NOOP

# Persons younger than this need a guardian's consent (Art. 8 GDPR as applied in Germany).
GUARDIAN_AGE = 16

# The consent form's wording; a consent records the version the person was shown.
CONSENT_TEXT_VERSION = "2026-11"

# The languages the consent form is printed in; German always, the others beside it.
CONSENT_FORM_LANGUAGES: tuple[str, ...] = ("de", "en", "tr", "ar")


class ConsentPurpose(StrEnum):
    """What a person agrees to, each on its own (PRIVACY.md: no blanket consent)."""

    REGISTRATION = "registration"  # keeping the registration data (name, year of birth …)
    CONTACT = "contact"  # being contacted by phone or e-mail
    PHOTOS = "photos"  # photos taken at the facility's events
    DEMOGRAPHICS = "demographics"  # optional details such as a migration history
    REFERRAL = "referral"  # a referral passing data on: recipient, data and purpose named


# The purposes on the general consent form, in its order; a referral's consent is taken
# when the referral is made, naming its recipient.
FORM_PURPOSES: tuple[ConsentPurpose, ...] = (
    ConsentPurpose.REGISTRATION,
    ConsentPurpose.CONTACT,
    ConsentPurpose.PHOTOS,
    ConsentPurpose.DEMOGRAPHICS,
)

CONSENT_PURPOSE_LABELS: dict[ConsentPurpose, str] = {
    ConsentPurpose.REGISTRATION: QT_TRANSLATE_NOOP("reference", "Keeping registration data"),
    ConsentPurpose.CONTACT: QT_TRANSLATE_NOOP("reference", "Contact by phone or e-mail"),
    ConsentPurpose.PHOTOS: QT_TRANSLATE_NOOP("reference", "Photos"),
    ConsentPurpose.DEMOGRAPHICS: QT_TRANSLATE_NOOP("reference", "Optional demographic details"),
    ConsentPurpose.REFERRAL: QT_TRANSLATE_NOOP("reference", "Referral passing data on"),
}


@dataclass(frozen=True)
class ConsentFormContent:
    """A consent form to print: blank lines where ``person_name`` is empty.

    ``language`` is "de" for German alone, or the language printed beside the German.
    ``privacy_contact`` is how to reach the data-protection officer or contact, if the
    facility names one (e.g. "Datenschutzbeauftragte, datenschutz@traeger.example").
    """

    issuer: Letterhead
    language: str = "de"
    person_name: str = ""
    place: str = ""
    text_version: str = CONSENT_TEXT_VERSION
    privacy_contact: str = ""
