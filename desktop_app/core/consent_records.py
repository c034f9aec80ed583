"""Consent as the desk records and prints it: one record per purpose, never a blanket one."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType

from desktop_app.core.document_records import Letterhead
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.referral_records import ConsentManner

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


@dataclass(frozen=True)
class ConsentDraft:
    """A consent the desk records for a visitor; ``guardian_name`` for a person under 16."""

    purpose: ConsentPurpose
    manner: ConsentManner
    language: str = "de"
    guardian_name: str = ""
    text_version: str = CONSENT_TEXT_VERSION


@dataclass(frozen=True)
class ConsentRecord:
    """A consent as recorded, withdrawn or not; a referral's names recipient, data and purpose.

    ``given_at`` and ``withdrawn_at`` are in the desk's local time.
    """

    id: uuid.UUID
    visitor_id: uuid.UUID
    purpose: ConsentPurpose
    manner: ConsentManner
    language: str
    text_version: str
    given_at: datetime
    recorded_by: str
    guardian_name: str = ""
    withdrawn_at: datetime | None = None
    recipient: str = ""
    data_shared: str = ""
    purpose_text: str = ""
    referral_id: uuid.UUID | None = None

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True)
class Consequence:
    """One line of what a withdrawal does: English source text (context "reference") whose
    ``{placeholders}`` ``params`` fill after translation."""

    text: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def plain(self) -> str:
        """The untranslated line, for logs and the command line."""
        return self.text.format(**self.params)


@dataclass(frozen=True)
class WithdrawalOutcome:
    """What withdrawing a consent does (the preview) or did, line by line and in numbers.

    ``consent`` is the consent as it stands afterwards: withdrawn after ``withdraw``, still
    active in a preview.
    """

    consent: ConsentRecord
    consequences: tuple[Consequence, ...]
    visits_anonymised: int = 0
    referral_links_removed: int = 0
    referrals_unshared: int = 0
    # The visitor's fields emptied, by column name.
    fields_cleared: tuple[str, ...] = ()
