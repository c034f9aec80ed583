"""Records of volunteer engagement: profiles, hours, allowances, recognition, documents.

Hours are kept in minutes (always whole quarter hours); money in cents.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop_app.core.document_records import Letterhead
from desktop_app.core.i18n import QT_TRANSLATE_NOOP


class AllowanceKind(StrEnum):
    """The two tax-free allowances (§ 3 Nr. 26 and Nr. 26a EStG)."""

    TRAINER = "uebungsleiter"  # Übungsleiterpauschale
    VOLUNTEER = "ehrenamt"  # Ehrenamtspauschale


ALLOWANCE_KIND_LABELS: dict[AllowanceKind, str] = {
    AllowanceKind.TRAINER: QT_TRANSLATE_NOOP(
        "reference", "Trainer allowance (Übungsleiterpauschale, § 3 Nr. 26 EStG)"
    ),
    AllowanceKind.VOLUNTEER: QT_TRANSLATE_NOOP(
        "reference", "Volunteer allowance (Ehrenamtspauschale, § 3 Nr. 26a EStG)"
    ),
}


class HoursStatus(StrEnum):
    ACTIVE = "active"
    CORRECTED = "corrected"  # replaced by a newer entry (``replaced_by``)
    WITHDRAWN = "withdrawn"


class Level(StrEnum):
    """How far an amount has come towards its limit."""

    FINE = "fine"
    NEAR = "near"  # the rules' warn_at share (80 %) or more
    REACHED = "reached"  # 100 % or more


@dataclass(frozen=True)
class Activity:
    """An area or activity of a volunteer, optionally the offer it belongs to."""

    name: str
    offer_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Training:
    """A training the volunteer attended."""

    title: str
    held_on: date
    minutes: int = 0


@dataclass(frozen=True)
class VolunteerDraft:
    first_name: str
    last_name: str = ""
    visitor_id: uuid.UUID | None = None  # the same person's visitor record, if any
    email: str = ""
    phone: str = ""
    birth_date: date | None = None
    birth_year: int | None = None  # when only the year is known
    started_on: date | None = None
    ended_on: date | None = None
    activities: tuple[Activity, ...] = ()
    trainings: tuple[Training, ...] = ()
    agreement_signed_on: date | None = None
    # Only the date the certificate was seen, never its content (work with children).
    police_certificate_seen_on: date | None = None
    notes: str = ""
    # The FreiwilligenPass's school variant applies (pupils engaged through their school).
    school_pass: bool = False


@dataclass(frozen=True, kw_only=True)
class VolunteerRecord(VolunteerDraft):
    id: uuid.UUID
    created_at: datetime

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def draft(self) -> VolunteerDraft:
        return VolunteerDraft(**{f: getattr(self, f) for f in VolunteerDraft.__dataclass_fields__})


@dataclass(frozen=True)
class VolunteerSummary:
    """A row of the volunteers list."""

    id: uuid.UUID
    display_name: str
    started_on: date | None
    ended_on: date | None
    activities: tuple[str, ...]
    minutes_this_year: int


@dataclass(frozen=True)
class HoursEntry:
    """Hours of one volunteer on one day for one activity, or an earlier version of them."""

    id: uuid.UUID
    volunteer_id: uuid.UUID
    worked_on: date
    minutes: int
    activity: str
    offer_id: uuid.UUID | None
    status: HoursStatus
    recorded_by: str
    recorded_at: datetime
    reason: str = ""  # why this version replaced the one before it, or why it was withdrawn
    replaces_id: uuid.UUID | None = None
    withdrawn_at: datetime | None = None
    withdrawn_by: str = ""


@dataclass(frozen=True)
class HoursDraft:
    """Hours as typed: a day, an activity and the time in minutes."""

    volunteer_id: uuid.UUID
    worked_on: date
    minutes: int
    activity: str
    offer_id: uuid.UUID | None = None


@dataclass(frozen=True)
class AllowanceDraft:
    volunteer_id: uuid.UUID
    paid_on: date
    amount_cents: int
    kind: AllowanceKind
    activity: str
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class AllowancePayment(AllowanceDraft):
    id: uuid.UUID


@dataclass(frozen=True)
class AllowanceLimit:
    """The yearly tax-free limits in force from ``first_year`` (until the next row)."""

    first_year: int
    trainer_cents: int
    volunteer_cents: int

    def of(self, kind: AllowanceKind) -> int:
        return self.trainer_cents if kind is AllowanceKind.TRAINER else self.volunteer_cents


@dataclass(frozen=True)
class AllowanceStanding:
    """Where a volunteer's payments of one kind stand in one year."""

    kind: AllowanceKind
    year: int
    paid_cents: int
    limit_cents: int
    warn_at: float  # the share of the limit from which to warn (the rules' warn_at)

    @property
    def level(self) -> Level:
        return level_of(self.paid_cents, self.limit_cents, self.warn_at)


@dataclass(frozen=True)
class AllowanceOverview:
    """A volunteer's allowances in one year, with the warnings that apply."""

    year: int
    payments: tuple[AllowancePayment, ...]
    standings: tuple[AllowanceStanding, ...]
    combined_cents: int
    # Set only with the volunteer's consent, on this desk: Bürgergeld received.
    receives_buergergeld: bool
    buergergeld_limit_cents: int
    warn_at: float  # the rules' warn_at

    @property
    def buergergeld_level(self) -> Level | None:
        """How near the combined allowances are to what Bürgergeld leaves untouched."""
        if not self.receives_buergergeld:
            return None
        return level_of(self.combined_cents, self.buergergeld_limit_cents, self.warn_at)


def level_of(amount: int, limit: int, near: float) -> Level:
    """Where ``amount`` stands against ``limit``; near from the share ``near`` of it."""
    if limit <= 0 or amount >= limit:
        return Level.REACHED
    if amount >= near * limit:
        return Level.NEAR
    return Level.FINE


@dataclass(frozen=True)
class RecognitionStanding:
    """Where a volunteer stands for one recognition (Ehrenamtskarte, FreiwilligenPass)."""

    key: str  # "ehrenamtskarte", "freiwilligenpass"
    title: str
    met: bool
    minutes_done: int  # in the counted period
    minutes_needed: int
    # Plain-language conditions not met yet, as English source text with values (context
    # "reference"); empty when met.
    missing: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = ()
    earliest_on: date | None = None  # when it can be met at the earliest at the current pace

    @property
    def minutes_to_go(self) -> int:
        return max(0, self.minutes_needed - self.minutes_done)


@dataclass(frozen=True)
class HoursTotal:
    """Minutes of one volunteer and activity in a period (a row of a summary)."""

    volunteer_id: uuid.UUID
    volunteer_name: str
    activity: str
    minutes: int


# Printed documents.


@dataclass(frozen=True)
class ActivityHours:
    activity: str
    minutes: int


@dataclass(frozen=True)
class CertificateContent:
    """An engagement certificate (Engagementnachweis) in the FreiwilligenPass spirit.

    It describes and thanks; it never evaluates.
    """

    letterhead: Letterhead
    person_name: str
    period_from: date
    period_to: date
    total_minutes: int
    activities: tuple[ActivityHours, ...]
    function: str = ""  # the role in a few words ("Lesepatin in der Kinderbibliothek")
    competences: tuple[str, ...] = ()
    trainings: tuple[Training, ...] = ()
    issued_on: date = field(default_factory=date.today)
    signatory: str = ""  # name and role under the signature line
    english: bool = False  # German, and English below each part


@dataclass(frozen=True)
class TimeSheetRow:
    worked_on: date
    activity: str
    minutes: int


@dataclass(frozen=True)
class TimeSheetContent:
    """A volunteer's hours in a period (Stundennachweis), for funders."""

    letterhead: Letterhead
    person_name: str
    period_from: date
    period_to: date
    rows: tuple[TimeSheetRow, ...]
    issued_on: date = field(default_factory=date.today)

    @property
    def total_minutes(self) -> int:
        return sum(row.minutes for row in self.rows)


@dataclass(frozen=True)
class OverviewRow:
    person_name: str
    minutes_by_month: tuple[int, ...]  # twelve, January first

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes_by_month)


@dataclass(frozen=True)
class AnnualOverviewContent:
    """All volunteers' hours of one year, month by month."""

    letterhead: Letterhead
    year: int
    rows: tuple[OverviewRow, ...]
    issued_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class HoursExportRow:
    """One entry of the hours export: who, what, when, how long."""

    person_name: str
    activity: str
    offer: str
    worked_on: date
    minutes: int
