"""Frozen records that services hand out and take in; never ORM objects."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from types import MappingProxyType

from desktop_app.core.reference import FacilityKind, Gender


@dataclass(frozen=True)
class FacilityDraft:
    name: str
    kind: FacilityKind
    street: str = ""
    postcode: str = ""
    city: str = "Berlin"
    phone: str = ""
    email: str = ""
    contact_person: str = ""
    last_name_required: bool = False


@dataclass(frozen=True, kw_only=True)
class FacilityRecord(FacilityDraft):
    id: uuid.UUID


@dataclass(frozen=True)
class FieldOfActionRecord:
    id: uuid.UUID
    name: str
    position: int


@dataclass(frozen=True, order=True)
class ScheduleSlot:
    """A weekly time slot: ``weekday`` 0 is Monday."""

    weekday: int
    start: time
    end: time


@dataclass(frozen=True)
class OfferDraft:
    title: str
    field_of_action_id: uuid.UUID | None = None
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    schedule: tuple[ScheduleSlot, ...] = ()
    is_counselling: bool = False
    jobcenter_suited: bool = False


@dataclass(frozen=True, kw_only=True)
class OfferRecord(OfferDraft):
    id: uuid.UUID
    field_of_action_name: str = ""
    active: bool = True

    def runs_on(self, day: date) -> bool:
        return any(slot.weekday == day.weekday() for slot in self.schedule)

    def slots_on(self, day: date) -> tuple[ScheduleSlot, ...]:
        return tuple(slot for slot in self.schedule if slot.weekday == day.weekday())


@dataclass(frozen=True)
class VisitorDraft:
    first_name: str
    last_name: str = ""
    birth_year: int | None = None
    age_band: str | None = None
    gender: Gender = Gender.UNSPECIFIED
    preferred_language: str = ""
    postcode: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class VisitorRecord(VisitorDraft):
    id: uuid.UUID
    number: str
    created_at: datetime
    last_visit_on: date | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def draft(self) -> VisitorDraft:
        return VisitorDraft(
            first_name=self.first_name,
            last_name=self.last_name,
            birth_year=self.birth_year,
            age_band=self.age_band,
            gender=self.gender,
            preferred_language=self.preferred_language,
            postcode=self.postcode,
            phone=self.phone,
            email=self.email,
            notes=self.notes,
        )


@dataclass(frozen=True)
class VisitRecord:
    id: uuid.UUID
    visitor_id: uuid.UUID
    visitor_number: str
    visitor_name: str
    offer_id: uuid.UUID
    offer_title: str
    visited_on: date
    visited_at: datetime  # aware, local time


@dataclass(frozen=True)
class TallyMarkRecord:
    id: uuid.UUID
    offer_id: uuid.UUID
    counted_at: datetime
    age_band: str | None
    gender: str | None


@dataclass(frozen=True)
class TallyCounts:
    """Today's anonymous counts for one offer."""

    offer_id: uuid.UUID
    day: date
    total: int
    by_age_band: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    by_gender: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class VisitorQuery:
    """Filter and order for the visitors screen."""

    text: str = ""
    sort: str = "name"  # name, number, created, last_visit, age_band, postcode
    descending: bool = False
