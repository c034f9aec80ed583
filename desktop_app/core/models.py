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
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from desktop_app.core.ids import new_id
from desktop_app.core.limits import (
    ADDRESS_MAX,
    EMAIL_MAX,
    NAME_MAX,
    PHONE_MAX,
    POSTCODE_MAX,
    TITLE_MAX,
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
