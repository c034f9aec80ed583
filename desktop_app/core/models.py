"""The local database's tables as typed SQLAlchemy models.

Every table that will be shared with other desks carries the same sync-ready columns
(``SyncedMixin``): a client-generated UUIDv7 key, the owning facility, created and
updated timestamps, and a soft-delete marker. ORM objects never leave the services.
"""

import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    Uuid,
    literal_column,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from desktop_app.core.ids import new_id
from desktop_app.core.limits import (
    ADDRESS_MAX,
    EMAIL_MAX,
    NAME_MAX,
    PERSON_LABEL_MAX,
    PHONE_MAX,
    POSTCODE_MAX,
    PURPOSE_MAX,
    REFERRAL_CODE_LENGTH,
    TITLE_MAX,
    URL_MAX,
    VISITOR_NUMBER_LENGTH,
)


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime, uuid.UUID: Uuid}


class SyncedMixin:
    """Columns every shared record carries, so that sync needs no schema rewrite."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    @declared_attr
    def facility_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(ForeignKey("facility.id"), index=True)


class Facility(Base):
    """A neighbourhood facility; the desk's own one is named in ``LocalState``."""

    __tablename__ = "facility"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    name: Mapped[str] = mapped_column(String(TITLE_MAX))
    kind: Mapped[str] = mapped_column(String(30))
    street: Mapped[str] = mapped_column(String(ADDRESS_MAX), default="")
    postcode: Mapped[str] = mapped_column(String(POSTCODE_MAX), default="")
    city: Mapped[str] = mapped_column(String(NAME_MAX), default="Berlin")
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), default="")
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), default="")
    contact_person: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    last_name_required: Mapped[bool] = mapped_column(Boolean, default=False)


class LocalState(Base):
    """Facts about this desk that are never shared: which facility it serves, its id."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class FieldOfAction(SyncedMixin, Base):
    """A Handlungsfeld; the facility edits the list in the settings."""

    __tablename__ = "field_of_action"

    name: Mapped[str] = mapped_column(String(TITLE_MAX))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Offer(SyncedMixin, Base):
    """An Angebot of the facility, with its weekly schedule."""

    __tablename__ = "offer"

    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    field_of_action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("field_of_action.id"), default=None
    )
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    # [{"weekday": 0..6, "start": "HH:MM", "end": "HH:MM"}, ...]
    schedule: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    is_counselling: Mapped[bool] = mapped_column(Boolean, default=False)
    jobcenter_suited: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Visitor(SyncedMixin, Base):
    """A registered visitor; ``search_terms`` feeds the full-text index."""

    __tablename__ = "visitor"
    __table_args__ = (
        Index("uq_visitor_facility_number", "facility_id", "number", unique=True),
        # Partial: the visitors screen pages through live visitors in name order.
        Index(
            "ix_visitor_facility_sort_name",
            "facility_id",
            "sort_name",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    number: Mapped[str] = mapped_column(String(VISITOR_NUMBER_LENGTH))
    first_name: Mapped[str] = mapped_column(String(NAME_MAX))
    last_name: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    birth_year: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    age_band: Mapped[str | None] = mapped_column(String(8), default=None)
    gender: Mapped[str] = mapped_column(String(12), default="unspecified")
    preferred_language: Mapped[str] = mapped_column(String(8), default="")
    postcode: Mapped[str] = mapped_column(String(POSTCODE_MAX), default="")
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), default="")
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Derived from the names by the service: folded for ordering, and every spelling for search.
    sort_name: Mapped[str] = mapped_column(String(2 * NAME_MAX + 1), default="")
    search_terms: Mapped[str] = mapped_column(Text, default="")


class Visit(SyncedMixin, Base):
    """One person-linked visit to an offer; append-mostly."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_visited_on", "visited_on"),
        Index("ix_visit_visitor_visited_at", "visitor_id", "visited_at"),
    )

    visitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visitor.id"))
    offer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offer.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    visited_at: Mapped[datetime] = mapped_column()


class TallyMark(SyncedMixin, Base):
    """One anonymous person counted at an offer (+1), optionally with age band and gender."""

    __tablename__ = "tally_mark"
    __table_args__ = (Index("ix_tally_mark_counted_on_offer", "counted_on", "offer_id"),)

    offer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offer.id"))
    counted_on: Mapped[date] = mapped_column(Date)
    counted_at: Mapped[datetime] = mapped_column()
    age_band: Mapped[str | None] = mapped_column(String(8), default=None)
    gender: Mapped[str | None] = mapped_column(String(12), default=None)


class VisitMonth(Base):
    """A person's visits by month of one year, at one offer or (``offer_key`` "") the house.

    Derived from the visits by triggers (migration 0006) and never synced: the statistics
    count a year's visitors from one row per person. House rows are filed under the
    person's age band in that year and gender ("" on offer rows), the order the figures
    are broken down by, and know the day of registration and the first visit ever.
    """

    __tablename__ = "visit_month"
    __table_args__ = (
        # A person's rows, and their first visit from the index alone (migration 0007).
        Index("ix_visit_month_first_visit", "visitor_id", "offer_key", "first_on"),
        {"sqlite_with_rowid": False},
    )

    facility_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    offer_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    band: Mapped[str] = mapped_column(String(8), primary_key=True)
    gender: Mapped[str] = mapped_column(String(12), primary_key=True)
    visitor_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    m1: Mapped[int] = mapped_column(Integer)
    m2: Mapped[int] = mapped_column(Integer)
    m3: Mapped[int] = mapped_column(Integer)
    m4: Mapped[int] = mapped_column(Integer)
    m5: Mapped[int] = mapped_column(Integer)
    m6: Mapped[int] = mapped_column(Integer)
    m7: Mapped[int] = mapped_column(Integer)
    m8: Mapped[int] = mapped_column(Integer)
    m9: Mapped[int] = mapped_column(Integer)
    m10: Mapped[int] = mapped_column(Integer)
    m11: Mapped[int] = mapped_column(Integer)
    m12: Mapped[int] = mapped_column(Integer)
    registered_on: Mapped[date | None] = mapped_column(Date)
    first_on: Mapped[date | None] = mapped_column(Date)


class ContactMixin:
    """A contact person as the directory keeps one: name, phone, e-mail."""

    contact_name: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    contact_phone: Mapped[str] = mapped_column(String(PHONE_MAX), default="")
    contact_email: Mapped[str] = mapped_column(String(EMAIL_MAX), default="")


class Partner(SyncedMixin, ContactMixin, Base):
    """An organisation in the directory (an HSDS organization): a facility, the Jobcenter, …

    ``facility_id`` is the facility that keeps the entry; ``network_facility_id`` names the
    network facility the entry describes, if it is one (its desks receive its referrals).
    """

    __tablename__ = "partner"
    # The directory lists partners by name; the index spares the search a sort.
    __table_args__ = (Index("ix_partner_name", "name", "id"),)

    name: Mapped[str] = mapped_column(String(TITLE_MAX))
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), default="")
    website: Mapped[str] = mapped_column(String(URL_MAX), default="")
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), default="")
    network_facility_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    # Folded words of the name, description and kind, for the directory search.
    search_terms: Mapped[str] = mapped_column(Text, default="")
    # Derived, for the directory search's filters as SQL conditions: the languages of its
    # locations as words ("l:tr"), and the weekdays the main location is open (bit 0 Monday).
    filter_terms: Mapped[str] = mapped_column(Text, default="")
    open_days: Mapped[int] = mapped_column(SmallInteger, default=0)


class PartnerLocation(SyncedMixin, Base):
    """Where a partner receives people (an HSDS location with its physical address)."""

    __tablename__ = "partner_location"

    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    street: Mapped[str] = mapped_column(String(ADDRESS_MAX), default="")
    postcode: Mapped[str] = mapped_column(String(POSTCODE_MAX), default="")
    city: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), default="")
    # Weekly slots as for offers: [{"weekday": 0..6, "start": "HH:MM", "end": "HH:MM"}, ...]
    opening_hours: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    opening_hours_note: Mapped[str] = mapped_column(Text, default="")
    accessibility: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)


class PartnerOffer(SyncedMixin, ContactMixin, Base):
    """An offer of a partner (an HSDS service), at one of its locations or at all of them."""

    __tablename__ = "partner_offer"
    __table_args__ = (Index("ix_partner_offer_partner_position", "partner_id", "position"),)

    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner.id"))
    location_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partner_location.id"), default=None
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(TITLE_MAX))
    description: Mapped[str] = mapped_column(Text, default="")
    # The field of action by name: partners keep their own lists.
    field_of_action: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    schedule: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    schedule_note: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), default="")
    url: Mapped[str] = mapped_column(String(URL_MAX), default="")
    search_terms: Mapped[str] = mapped_column(Text, default="")
    # Derived, for the search's filters: field of action, target groups and languages as
    # words ("f:familie g:eltern l:ar"), and the weekdays it runs (its schedule's, else its
    # location's hours; bit 0 Monday).
    filter_terms: Mapped[str] = mapped_column(Text, default="")
    open_days: Mapped[int] = mapped_column(SmallInteger, default=0)


class Referral(SyncedMixin, Base):
    """A referral (Vermittlung) as its slip shows it; ``facility_id`` is the issuing facility.

    This row is what the receiving facility may see: the target as it was when the slip
    was printed, the purpose, the appointment and the person as the slip names them. Who
    the person is stays in ``ReferralPerson``, which never leaves the issuing facility.
    """

    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_status_issued_on", "status", "issued_on"),)

    code: Mapped[str] = mapped_column(String(REFERRAL_CODE_LENGTH), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"), default=None)
    partner_location_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partner_location.id"), default=None
    )
    partner_offer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partner_offer.id"), default=None
    )
    receiving_facility_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    # The target as the slip printed it (name, address, hours, contact, accessibility, …).
    target: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    field_of_action: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    purpose: Mapped[str] = mapped_column(String(PURPOSE_MAX), default="")
    appointment_at: Mapped[datetime | None] = mapped_column(default=None)
    person_label: Mapped[str] = mapped_column(String(PERSON_LABEL_MAX), default="")
    slip_language: Mapped[str] = mapped_column(String(8), default="en")
    status: Mapped[str] = mapped_column(String(16), default="created")
    status_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The person agreed that the receiving facility sees this referral electronically.
    shared_with_receiver: Mapped[bool] = mapped_column(Boolean, default=False)


class ReferralPerson(SyncedMixin, Base):
    """Which visitor a referral is for: kept by the issuing facility alone."""

    __tablename__ = "referral_person"

    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referral.id"), unique=True)
    visitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visitor.id"), index=True)


class ReferralEvent(SyncedMixin, Base):
    """One step of a referral (handed out, arrived, …); ``facility_id`` is who recorded it.

    Append-only, so the issuing and the receiving facility never edit the same row.
    """

    __tablename__ = "referral_event"

    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referral.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[datetime] = mapped_column()


class Consent(SyncedMixin, Base):
    """A consent for one purpose, as the person gave it, until withdrawn.

    For a referral passed on electronically it names the recipient, the data and the
    purpose (PRIVACY.md: no blanket consent).
    """

    __tablename__ = "consent"

    visitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visitor.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    data_shared: Mapped[str] = mapped_column(Text, default="")
    purpose_text: Mapped[str] = mapped_column(Text, default="")
    text_version: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str] = mapped_column(String(8), default="de")
    manner: Mapped[str] = mapped_column(String(12))
    given_at: Mapped[datetime] = mapped_column()
    withdrawn_at: Mapped[datetime | None] = mapped_column(default=None)
    referral_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("referral.id"), default=None, index=True
    )
    # The staff member who took the consent, as signed in.
    recorded_by: Mapped[str] = mapped_column(String(NAME_MAX + 40), default="")
    # For a person under 16: the guardian who consented for them.
    guardian_name: Mapped[str] = mapped_column(String(NAME_MAX), default="")


class Volunteer(SyncedMixin, Base):
    """A volunteer (freiwillig engagiert), the same person as a visitor or not."""

    __tablename__ = "volunteer"

    visitor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visitor.id"), default=None, index=True
    )
    first_name: Mapped[str] = mapped_column(String(NAME_MAX))
    last_name: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), default="")
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    birth_year: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    # [{"name": "Lesepatenschaft", "offer_id": "…" or null}, ...]
    activities: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    agreement_signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    police_certificate_seen_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    school_pass: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_name: Mapped[str] = mapped_column(String(2 * NAME_MAX + 1), default="")


class VolunteerTraining(SyncedMixin, Base):
    """A training a volunteer attended; saved with the volunteer's profile."""

    __tablename__ = "volunteer_training"

    volunteer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    held_on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer, default=0)


# The hours that count, the condition of their partial index (``current_hours`` repeats it).
CURRENT_HOURS = "status = 'active' AND deleted_at IS NULL"


class VolunteerHours(SyncedMixin, Base):
    """Hours of a volunteer on a day for an activity; append-only, with its corrections.

    A correction adds the new version (``replaces_id``) and marks the old one corrected;
    a withdrawal marks the entry withdrawn. Nothing is ever deleted, so the trail of who
    changed what, when and why stays.
    """

    __tablename__ = "volunteer_hours"
    __table_args__ = (
        Index("ix_volunteer_hours_volunteer_day", "volunteer_id", "worked_on"),
        # Partial and covering: summaries over years add up current hours per volunteer
        # and activity in index order, without reading the table.
        Index(
            "ix_volunteer_hours_current",
            "volunteer_id",
            "activity",
            "worked_on",
            "minutes",
            sqlite_where=text(CURRENT_HOURS),
            postgresql_where=text(CURRENT_HOURS),
        ),
    )

    volunteer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer.id"))
    worked_on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str] = mapped_column(String(TITLE_MAX))
    offer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("offer.id"), default=None)
    status: Mapped[str] = mapped_column(String(12), default="active")
    recorded_by: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")
    replaces_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    withdrawn_at: Mapped[datetime | None] = mapped_column(default=None)
    withdrawn_by: Mapped[str] = mapped_column(String(NAME_MAX), default="")


def current_hours() -> tuple[ColumnElement[bool], ...]:
    """``CURRENT_HOURS`` for queries: the hours that count, in the words of their index.

    The status is written out, not bound: SQLite uses a partial index only when the query
    repeats its condition.
    """
    return (
        VolunteerHours.status == literal_column("'active'"),
        VolunteerHours.deleted_at.is_(None),
    )


class AllowancePayment(SyncedMixin, Base):
    """An allowance paid to a volunteer (Übungsleiter- or Ehrenamtspauschale)."""

    __tablename__ = "allowance_payment"

    volunteer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    activity: Mapped[str] = mapped_column(String(TITLE_MAX))
    note: Mapped[str] = mapped_column(Text, default="")


class VolunteerBenefitFlag(Base):
    """That a volunteer receives Bürgergeld, recorded with their consent; this desk only.

    Social data (SGB II): never synced (no sync columns on purpose), never exported, and
    deleted, not just marked, with the volunteer or when the consent is withdrawn.
    """

    __tablename__ = "volunteer_benefit_flag"

    volunteer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer.id"), primary_key=True)
    consent_given_on: Mapped[date] = mapped_column(Date)
    consent_manner: Mapped[str] = mapped_column(String(12))


class SyncConflict(SyncedMixin, Base):
    """Two desks changed the same field of a record offline; the shared database kept one.

    Written by the shared database when it merges, pulled by the facility's desks; a
    coordinator reviews it and may choose the other value, which ``resolved_at`` records.
    """

    __tablename__ = "sync_conflict"

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    column_name: Mapped[str] = mapped_column(String(40))
    # Both values as JSON, as the shared database held them.
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    other_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    # "kept" or "other": what the coordinator chose.
    resolution: Mapped[str] = mapped_column(String(8), default="")


class SyncOutbox(Base):
    """Local changes not yet acknowledged by the shared database, in the order made.

    Written by triggers in the same transaction as the change itself: one row for a new
    record (``column_name`` NULL), one per changed column of an edit with its value before.
    The sequence is never reused (AUTOINCREMENT), so the server can tell replays and gaps.
    """

    __tablename__ = "sync_outbox"
    __table_args__ = ({"sqlite_autoincrement": True},)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column()
    column_name: Mapped[str | None] = mapped_column(String(40), default=None)
    # The value before the change as SQLite stored it, quoted as JSON.
    old_json: Mapped[str | None] = mapped_column(Text, default=None)
    hlc: Mapped[int] = mapped_column(Integer)


class SyncClock(Base):
    """The desk's hybrid logical clock, and whether a pull is being applied right now.

    A single row. ``hlc`` is milliseconds since 1970 shifted left by 16 bits plus a
    counter; triggers advance it with every captured change. While ``applying`` is set
    (inside the transaction that applies pulled rows only), triggers capture nothing.
    """

    __tablename__ = "sync_clock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    applying: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncCursor(Base):
    """How far this desk has pulled each shared table: the last (transaction id, sequence)."""

    __tablename__ = "sync_cursor"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    txid: Mapped[int] = mapped_column(Integer, default=0)
    seq: Mapped[int] = mapped_column(Integer, default=0)


class StaffAccount(Base):
    """A staff member's account on this desk: who they are, their role, their secrets.

    Passwords and PINs are stored as argon2id hashes only. ``failed_attempts`` and
    ``last_failed_at`` slow down guessing: each failure after the third doubles the wait.
    """

    __tablename__ = "staff_account"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    user_name: Mapped[str] = mapped_column(String(NAME_MAX), unique=True)
    display_name: Mapped[str] = mapped_column(String(NAME_MAX))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    pin_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    # Set by an admin's reset: the next sign-in asks for a new password.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(default=None)


class AuditEntry(Base):
    """One line of the audit trail: who viewed, printed, exported, changed or deleted what.

    Append-only (triggers refuse UPDATE and DELETE) and chained: ``entry_hash`` covers the
    entry's fields and the previous entry's hash, so an entry altered or removed directly
    in the file breaks the chain. Entries name records by id and never copy personal data.
    """

    __tablename__ = "audit_entry"
    __table_args__ = ({"sqlite_autoincrement": True},)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    staff_name: Mapped[str] = mapped_column(String(NAME_MAX + 40))
    action: Mapped[str] = mapped_column(String(12))
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    # The person the data is about (a visitor or a volunteer), for the per-person filter.
    person_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class RetentionRule(Base):
    """How long this desk keeps one kind of record; the defaults are in ``retention``."""

    __tablename__ = "retention_rule"

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    months: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DataRequest(SyncedMixin, Base):
    """A person's request under the GDPR (access, correction, erasure), due within a month."""

    __tablename__ = "data_request"

    kind: Mapped[str] = mapped_column(String(12))
    # Who asked, as they named themselves; linked to the visitor record when one exists.
    requester: Mapped[str] = mapped_column(String(NAME_MAX))
    visitor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visitor.id"), default=None, index=True
    )
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
