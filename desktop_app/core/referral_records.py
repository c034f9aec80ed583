"""Records of referrals (Vermittlungen): what the desk enters, what the slip shows."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop_app.core.document_records import Letterhead
from desktop_app.core.i18n import QT_TRANSLATE_NOOP


class ReferralStatus(StrEnum):
    CREATED = "created"
    HANDED_OUT = "handed_out"
    ARRIVED = "arrived"
    COMPLETED = "completed"
    NOT_TAKEN_UP = "not_taken_up"
    DECLINED = "declined"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """Still waiting for the person to arrive: what follow-up looks at."""
        return self in (ReferralStatus.CREATED, ReferralStatus.HANDED_OUT)

    @property
    def is_final(self) -> bool:
        return not self.next_steps

    @property
    def next_steps(self) -> tuple["ReferralStatus", ...]:
        return _NEXT_STEPS[self]


_NEXT_STEPS: dict[ReferralStatus, tuple[ReferralStatus, ...]] = {
    ReferralStatus.CREATED: (
        ReferralStatus.HANDED_OUT,
        ReferralStatus.ARRIVED,
        ReferralStatus.NOT_TAKEN_UP,
        ReferralStatus.DECLINED,
        ReferralStatus.CANCELLED,
    ),
    ReferralStatus.HANDED_OUT: (
        ReferralStatus.ARRIVED,
        ReferralStatus.NOT_TAKEN_UP,
        ReferralStatus.DECLINED,
        ReferralStatus.CANCELLED,
    ),
    ReferralStatus.ARRIVED: (ReferralStatus.COMPLETED, ReferralStatus.NOT_TAKEN_UP),
    ReferralStatus.COMPLETED: (),
    ReferralStatus.NOT_TAKEN_UP: (),
    ReferralStatus.DECLINED: (),
    ReferralStatus.CANCELLED: (),
}

REFERRAL_STATUS_LABELS: dict[ReferralStatus, str] = {
    ReferralStatus.CREATED: QT_TRANSLATE_NOOP("reference", "created"),
    ReferralStatus.HANDED_OUT: QT_TRANSLATE_NOOP("reference", "handed out"),
    ReferralStatus.ARRIVED: QT_TRANSLATE_NOOP("reference", "arrived"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("reference", "completed"),
    ReferralStatus.NOT_TAKEN_UP: QT_TRANSLATE_NOOP("reference", "not taken up"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("reference", "declined"),
    ReferralStatus.CANCELLED: QT_TRANSLATE_NOOP("reference", "cancelled"),
}


class PersonDisplay(StrEnum):
    """How the slip names the person: initials by default, or the first name."""

    INITIALS = "initials"
    FIRST_NAME = "first_name"


class ConsentManner(StrEnum):
    SIGNED_FORM = "signed_form"
    VERBAL = "verbal"


CONSENT_MANNER_LABELS: dict[ConsentManner, str] = {
    ConsentManner.SIGNED_FORM: QT_TRANSLATE_NOOP("reference", "signed form"),
    ConsentManner.VERBAL: QT_TRANSLATE_NOOP("reference", "verbally"),
}


class PaperSize(StrEnum):
    A5 = "A5"
    A4 = "A4"


# A slip is German, plus English, Turkish or Arabic (the district office's languages) for a
# visitor who reads German less well; "de" is a slip in German alone.
SLIP_LANGUAGES: tuple[str, ...] = ("de", "en", "tr", "ar")
# How the desk chooses a slip's language; the visitor's language also in its own name.
SLIP_LANGUAGE_LABELS: dict[str, str] = {
    "de": QT_TRANSLATE_NOOP("reference", "German only"),
    "en": QT_TRANSLATE_NOOP("reference", "German and English"),
    "tr": QT_TRANSLATE_NOOP("reference", "German and Turkish (Türkçe)"),
    "ar": QT_TRANSLATE_NOOP("reference", "German and Arabic (العربية)"),
}


@dataclass(frozen=True)
class SharingConsent:
    """The person agrees that the receiving facility sees the referral electronically."""

    manner: ConsentManner
    recipient: str
    data_shared: str
    purpose: str
    language: str = "de"


@dataclass(frozen=True)
class ReferralDraft:
    """What the desk enters to refer a visitor; the target is a partner, its offer optional."""

    visitor_id: uuid.UUID
    partner_id: uuid.UUID
    partner_offer_id: uuid.UUID | None = None
    partner_location_id: uuid.UUID | None = None  # None: the offer's or the main location
    field_of_action: str = ""
    purpose: str = ""
    appointment_at: datetime | None = None  # aware
    person_display: PersonDisplay = PersonDisplay.INITIALS
    slip_language: str = "en"
    consent: SharingConsent | None = None


@dataclass(frozen=True)
class SlipTarget:
    """Where the slip sends the person, as printed on it (kept with the referral)."""

    name: str
    kind: str = ""
    offer_name: str = ""
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""
    # Weekly hours as (weekday 0–6, "HH:MM", "HH:MM"), and what the partner wrote about them.
    hours: tuple[tuple[int, str, str], ...] = ()
    hours_note: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    accessibility: str = ""


@dataclass(frozen=True)
class SlipContent:
    """Everything a referral slip shows, and nothing else.

    There is no field for a surname, a customer or case number, Bürgergeld status, health,
    nationality or residence status: what is not here cannot reach the paper.
    """

    code: str
    issuer: Letterhead
    target: SlipTarget
    person_label: str
    issued_on: date
    field_of_action: str = ""
    purpose: str = ""
    appointment_at: datetime | None = None  # local time
    language: str = "en"  # beside German: en, tr or ar; "de" for German alone
    paper: PaperSize = PaperSize.A5


@dataclass(frozen=True)
class ReferralRecord:
    """A referral as the desk lists it (issued here, or received)."""

    id: uuid.UUID
    code: str
    issued_on: date
    issuing_facility_id: uuid.UUID
    issuing_facility_name: str
    target: SlipTarget
    field_of_action: str
    purpose: str
    appointment_at: datetime | None
    person_label: str
    slip_language: str
    status: ReferralStatus
    status_changed_at: datetime
    shared_with_receiver: bool
    visitor_id: uuid.UUID | None = None  # known to the issuing facility only
    visitor_name: str = ""
    visitor_number: str = ""

    @property
    def target_title(self) -> str:
        if self.target.offer_name:
            return f"{self.target.offer_name} – {self.target.name}"
        return self.target.name

    def is_due(self, today: date, follow_up_days: int) -> bool:
        """Open for longer than the follow-up period: time to ask what became of it."""
        return self.status.is_open and self.issued_on <= today - timedelta(days=follow_up_days)


@dataclass(frozen=True)
class ReferralQuery:
    """The follow-up list: which referrals issued here to show."""

    statuses: frozenset[ReferralStatus] = frozenset()  # empty: all
    text: str = ""  # code, person, target
    issued_from: date | None = None
    issued_to: date | None = None


@dataclass(frozen=True)
class ReferralDefaults:
    """What the refer dialog proposes for a visitor."""

    visitor_id: uuid.UUID
    first_name: str
    initials: str
    slip_language: str
