"""Records of the directory: partners (organisations), their locations and their offers.

A partner travels whole: the directory screen edits one partner with its locations and
offers, an HSDS import saves many, and an export reads them back. Ids are kept as given,
so that importing the same HSDS file twice updates the entries instead of doubling them.
"""

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.records import ScheduleSlot


class PartnerKind(StrEnum):
    """What kind of organisation a directory entry is."""

    STADTTEILZENTRUM = "stadtteilzentrum"
    NACHBARSCHAFTSHAUS = "nachbarschaftshaus"
    MEHRGENERATIONENHAUS = "mehrgenerationenhaus"
    BEGEGNUNGSSTAETTE = "begegnungsstaette"
    JOBCENTER = "jobcenter"
    COUNSELLING = "counselling"
    AUTHORITY = "authority"
    OTHER = "other"


PARTNER_KIND_LABELS: dict[PartnerKind, str] = {
    PartnerKind.STADTTEILZENTRUM: QT_TRANSLATE_NOOP("reference", "Stadtteilzentrum"),
    PartnerKind.NACHBARSCHAFTSHAUS: QT_TRANSLATE_NOOP("reference", "Nachbarschaftshaus"),
    PartnerKind.MEHRGENERATIONENHAUS: QT_TRANSLATE_NOOP("reference", "Mehrgenerationenhaus"),
    PartnerKind.BEGEGNUNGSSTAETTE: QT_TRANSLATE_NOOP("reference", "Begegnungsstätte"),
    PartnerKind.JOBCENTER: QT_TRANSLATE_NOOP("reference", "Jobcenter"),
    PartnerKind.COUNSELLING: QT_TRANSLATE_NOOP("reference", "Counselling service"),
    PartnerKind.AUTHORITY: QT_TRANSLATE_NOOP("reference", "Public office"),
    PartnerKind.OTHER: QT_TRANSLATE_NOOP("reference", "Other"),
}


def address_lines(street: str, postcode: str, city: str) -> tuple[str, ...]:
    """The street, then postcode and city; empty parts left out."""
    town = f"{postcode} {city}".strip()
    return tuple(line for line in (street, town) if line)


@dataclass(frozen=True)
class Contact:
    """A contact person; every part may be empty."""

    name: str = ""
    phone: str = ""
    email: str = ""

    def __bool__(self) -> bool:
        return bool(self.name or self.phone or self.email)


@dataclass(frozen=True)
class PartnerLocation:
    """Where a partner receives people, with its opening hours."""

    id: uuid.UUID
    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = "Berlin"
    phone: str = ""
    opening_hours: tuple[ScheduleSlot, ...] = ()
    opening_hours_note: str = ""
    accessibility: str = ""
    languages: tuple[str, ...] = ()

    @property
    def address_lines(self) -> tuple[str, ...]:
        return address_lines(self.street, self.postcode, self.city)

    def open_on(self, day: date) -> bool:
        return any(slot.weekday == day.weekday() for slot in self.opening_hours)


@dataclass(frozen=True)
class PartnerOffer:
    """An offer of a partner; ``location_id`` None means at every location."""

    id: uuid.UUID
    name: str
    description: str = ""
    location_id: uuid.UUID | None = None
    field_of_action: str = ""
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    schedule: tuple[ScheduleSlot, ...] = ()
    schedule_note: str = ""
    contact: Contact = Contact()
    email: str = ""
    url: str = ""


@dataclass(frozen=True)
class Partner:
    """An organisation of the directory with its locations (first is the main one) and offers."""

    id: uuid.UUID
    name: str
    kind: PartnerKind = PartnerKind.OTHER
    description: str = ""
    email: str = ""
    website: str = ""
    phone: str = ""
    contact: Contact = Contact()
    locations: tuple[PartnerLocation, ...] = ()
    offers: tuple[PartnerOffer, ...] = ()
    network_facility_id: uuid.UUID | None = None

    def location(self, location_id: uuid.UUID | None) -> PartnerLocation | None:
        """The location of that id, or the main location for None."""
        if location_id is None:
            return self.locations[0] if self.locations else None
        return next((loc for loc in self.locations if loc.id == location_id), None)

    def offer(self, offer_id: uuid.UUID) -> PartnerOffer | None:
        return next((offer for offer in self.offers if offer.id == offer_id), None)


@dataclass(frozen=True)
class DirectoryQuery:
    """The directory screen's search: words, and optional filters."""

    text: str = ""
    field_of_action: str = ""
    target_group: str = ""
    language: str = ""
    open_on: date | None = None  # only entries open (or offered) on that day


@dataclass(frozen=True)
class DirectoryHit:
    """One row of the directory search: a partner, or one of its offers."""

    partner_id: uuid.UUID
    partner_name: str
    kind: PartnerKind
    offer_id: uuid.UUID | None
    offer_name: str
    field_of_action: str
    target_groups: tuple[str, ...]
    languages: tuple[str, ...]
    address: str
    open_today: bool


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: counts of partners, locations and offers, new and updated."""

    partners_added: int = 0
    partners_updated: int = 0
    locations: int = 0
    offers: int = 0
    notes: tuple[str, ...] = ()  # what was read but not kept, in plain words
