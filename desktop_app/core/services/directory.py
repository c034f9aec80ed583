"""The directory of partners: organisations, their locations and offers, and its search."""

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop_app.core.directory_records import (
    Contact,
    DirectoryHit,
    DirectoryQuery,
    ImportSummary,
    Partner,
    PartnerKind,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.errors import NotFoundError
from desktop_app.core.models import Partner as PartnerRow
from desktop_app.core.models import PartnerLocation as LocationRow
from desktop_app.core.models import PartnerOffer as OfferRow
from desktop_app.core.schedules import slots_from_json, slots_to_json
from desktop_app.core.services.base import NOT_FOUND, FacilityService
from desktop_app.core.text import clean, fold, index_terms, search_words
from desktop_app.core.validation import check_partner

SEARCH_LIMIT = 500

ChildT = TypeVar("ChildT", LocationRow, OfferRow)


def cleaned(partner: Partner) -> Partner:
    """The partner with every text trimmed and normalised, lists without repeats."""

    def contact(value: Contact) -> Contact:
        return Contact(clean(value.name), clean(value.phone), clean(value.email))

    def unique(values: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(clean(v) for v in values if v.strip()))

    return Partner(
        id=partner.id,
        name=clean(partner.name),
        kind=PartnerKind(partner.kind),
        description=partner.description.strip(),
        email=clean(partner.email),
        website=clean(partner.website),
        phone=clean(partner.phone),
        contact=contact(partner.contact),
        network_facility_id=partner.network_facility_id,
        locations=tuple(
            PartnerLocation(
                id=location.id,
                name=clean(location.name),
                street=clean(location.street),
                postcode=clean(location.postcode),
                city=clean(location.city),
                phone=clean(location.phone),
                opening_hours=tuple(sorted(set(location.opening_hours))),
                opening_hours_note=location.opening_hours_note.strip(),
                accessibility=location.accessibility.strip(),
                languages=unique(location.languages),
            )
            for location in partner.locations
        ),
        offers=tuple(
            PartnerOffer(
                id=offer.id,
                name=clean(offer.name),
                description=offer.description.strip(),
                location_id=offer.location_id,
                field_of_action=clean(offer.field_of_action),
                target_groups=unique(offer.target_groups),
                languages=unique(offer.languages),
                schedule=tuple(sorted(set(offer.schedule))),
                schedule_note=offer.schedule_note.strip(),
                contact=contact(offer.contact),
                email=clean(offer.email),
                url=clean(offer.url),
            )
            for offer in partner.offers
        ),
    )


def _partner_record(
    row: PartnerRow, locations: Sequence[LocationRow], offers: Sequence[OfferRow]
) -> Partner:
    return Partner(
        id=row.id,
        name=row.name,
        kind=_kind(row.kind),
        description=row.description,
        email=row.email,
        website=row.website,
        phone=row.phone,
        contact=Contact(row.contact_name, row.contact_phone, row.contact_email),
        network_facility_id=row.network_facility_id,
        locations=tuple(
            PartnerLocation(
                id=location.id,
                name=location.name,
                street=location.street,
                postcode=location.postcode,
                city=location.city,
                phone=location.phone,
                opening_hours=slots_from_json(location.opening_hours),
                opening_hours_note=location.opening_hours_note,
                accessibility=location.accessibility,
                languages=tuple(location.languages),
            )
            for location in locations
        ),
        offers=tuple(
            PartnerOffer(
                id=offer.id,
                name=offer.name,
                description=offer.description,
                location_id=offer.location_id,
                field_of_action=offer.field_of_action,
                target_groups=tuple(offer.target_groups),
                languages=tuple(offer.languages),
                schedule=slots_from_json(offer.schedule),
                schedule_note=offer.schedule_note,
                contact=Contact(offer.contact_name, offer.contact_phone, offer.contact_email),
                email=offer.email,
                url=offer.url,
            )
            for offer in offers
        ),
    )


def _partner_columns(partner: Partner) -> dict[str, Any]:
    return {
        "name": partner.name,
        "kind": partner.kind.value,
        "description": partner.description,
        "email": partner.email,
        "website": partner.website,
        "phone": partner.phone,
        "contact_name": partner.contact.name,
        "contact_phone": partner.contact.phone,
        "contact_email": partner.contact.email,
        "network_facility_id": partner.network_facility_id,
        "search_terms": index_terms(partner.name, partner.description, partner.kind.value),
    }


def _location_columns(location: PartnerLocation, position: int) -> dict[str, Any]:
    return {
        "position": position,
        "name": location.name,
        "street": location.street,
        "postcode": location.postcode,
        "city": location.city,
        "phone": location.phone,
        "opening_hours": slots_to_json(location.opening_hours),
        "opening_hours_note": location.opening_hours_note,
        "accessibility": location.accessibility,
        "languages": list(location.languages),
    }


def _offer_columns(offer: PartnerOffer, position: int) -> dict[str, Any]:
    return {
        "position": position,
        "name": offer.name,
        "description": offer.description,
        "location_id": offer.location_id,
        "field_of_action": offer.field_of_action,
        "target_groups": list(offer.target_groups),
        "languages": list(offer.languages),
        "schedule": slots_to_json(offer.schedule),
        "schedule_note": offer.schedule_note,
        "contact_name": offer.contact.name,
        "contact_phone": offer.contact.phone,
        "contact_email": offer.contact.email,
        "email": offer.email,
        "url": offer.url,
        "search_terms": index_terms(
            offer.name, offer.description, offer.field_of_action, *offer.target_groups
        ),
    }


def _kind(value: str) -> PartnerKind:
    """The stored kind; one this version does not know (from a newer desk) shows as other."""
    try:
        return PartnerKind(value)
    except ValueError:
        return PartnerKind.OTHER


class _OfferRow(NamedTuple):
    """A search row: the partner with one of its offers (all offer columns None if none)."""

    partner_id: uuid.UUID
    partner_name: str
    kind: str
    offer_id: uuid.UUID | None
    offer_name: str | None
    location_id: uuid.UUID | None
    field_of_action: str | None
    target_groups: list[str] | None
    languages: list[str] | None
    schedule: list[dict[str, Any]] | None


class _LocationRow(NamedTuple):
    id: uuid.UUID
    street: str
    postcode: str
    city: str
    opening_hours: list[dict[str, Any]]
    languages: list[str]


def _matches_filters(query: DirectoryQuery, row: _OfferRow, locations: list[_LocationRow]) -> bool:
    if query.field_of_action and fold(row.field_of_action or "") != fold(query.field_of_action):
        return False
    if query.target_group and fold(query.target_group) not in {
        fold(group) for group in row.target_groups or ()
    }:
        return False
    if query.language:
        spoken = set(row.languages or ())
        for location in locations:
            spoken.update(location.languages)
        if query.language not in spoken:
            return False
    return True


def _location_of(row: _OfferRow, locations: list[_LocationRow]) -> _LocationRow | None:
    if row.location_id is not None:
        for location in locations:
            if location.id == row.location_id:
                return location
    return locations[0] if locations else None


def _open_on(row: _OfferRow, location: _LocationRow | None, day: date) -> bool:
    """An offer with a schedule runs on its days; otherwise the location's hours count."""
    weekday = day.weekday()
    if row.schedule:
        return any(slot["weekday"] == weekday for slot in row.schedule)
    if location is not None:
        return any(slot["weekday"] == weekday for slot in location.opening_hours)
    return False


def _hit(row: _OfferRow, location: _LocationRow | None, open_today: bool) -> DirectoryHit:
    address = ""
    languages = list(row.languages or ())
    if location is not None:
        town = f"{location.postcode} {location.city}".strip()
        address = ", ".join(part for part in (location.street, town) if part)
        languages += location.languages
    return DirectoryHit(
        partner_id=row.partner_id,
        partner_name=row.partner_name,
        kind=_kind(row.kind),
        offer_id=row.offer_id,
        offer_name=row.offer_name or "",
        field_of_action=row.field_of_action or "",
        target_groups=tuple(row.target_groups or ()),
        languages=tuple(dict.fromkeys(languages)),
        address=address,
        open_today=open_today,
    )


class DirectoryService(FacilityService):
    """Partners are shared with every desk of the network; any desk may keep them."""

    def get(self, partner_id: uuid.UUID) -> Partner:
        with self._sessions.begin() as session:
            return self._load(session, [partner_id])[0]

    def list_partners(self) -> list[Partner]:
        """Every live partner, whole, by name (what an export writes)."""
        with self._sessions.begin() as session:
            ids = session.scalars(
                select(PartnerRow.id)
                .where(PartnerRow.deleted_at.is_(None))
                .order_by(PartnerRow.name, PartnerRow.id)
            ).all()
            return self._load(session, ids)

    def save(self, partner: Partner) -> Partner:
        """Create or update one partner with its locations and offers, as one action."""
        partner = cleaned(partner)
        check_partner(partner)
        with self._sessions.begin() as session:
            self._store(session, partner)
        return self.get(partner.id)

    def save_many(self, partners: Sequence[Partner], notes: Sequence[str] = ()) -> ImportSummary:
        """Save all partners in one transaction (an import): all of them, or none.

        The caller has checked each partner (and can say where in its file a problem is);
        they are checked again here, so that nothing invalid is ever stored.
        """
        partners = [cleaned(partner) for partner in partners]
        for partner in partners:
            check_partner(partner)
        added = updated = locations = offers = 0
        with self._sessions.begin() as session:
            existing = set(
                session.scalars(
                    select(PartnerRow.id).where(
                        PartnerRow.id.in_([partner.id for partner in partners]),
                        PartnerRow.deleted_at.is_(None),
                    )
                )
            )
            for partner in partners:
                self._store(session, partner)
                if partner.id in existing:
                    updated += 1
                else:
                    added += 1
                locations += len(partner.locations)
                offers += len(partner.offers)
        return ImportSummary(added, updated, locations, offers, tuple(notes))

    def delete(self, partner_id: uuid.UUID) -> None:
        """Remove a partner from the directory; referrals to it keep what their slip showed."""
        with self._sessions.begin() as session:
            row = session.get(PartnerRow, partner_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(NOT_FOUND)
            self._soft_delete(row)
            for location in self._children(session, LocationRow, partner_id):
                self._soft_delete(location)
            for offer in self._children(session, OfferRow, partner_id):
                self._soft_delete(offer)

    def search(self, query: DirectoryQuery, limit: int = SEARCH_LIMIT) -> list[DirectoryHit]:
        """Partners and their offers matching every typed word (as a word start) and filters.

        One row per offer; a partner without offers is a row of its own. Word matches are
        taken from the partner and the offer together, so "jobcenter beratung" finds the
        Jobcenter's counselling offer. Plain columns, not ORM objects: thousands of rows.
        """
        conditions: list[Any] = [PartnerRow.deleted_at.is_(None)]
        for word in search_words(query.text):
            pattern = f"% {word}%"
            conditions.append(
                or_(
                    (" " + PartnerRow.search_terms).like(pattern),
                    (" " + OfferRow.search_terms).like(pattern),
                )
            )
        statement = (
            select(
                PartnerRow.id,
                PartnerRow.name,
                PartnerRow.kind,
                OfferRow.id,
                OfferRow.name,
                OfferRow.location_id,
                OfferRow.field_of_action,
                OfferRow.target_groups,
                OfferRow.languages,
                OfferRow.schedule,
            )
            .outerjoin(
                OfferRow, and_(OfferRow.partner_id == PartnerRow.id, OfferRow.deleted_at.is_(None))
            )
            .where(*conditions)
            .order_by(PartnerRow.name, PartnerRow.id, OfferRow.position)
        )
        location_statement = (
            select(
                LocationRow.partner_id,
                LocationRow.id,
                LocationRow.street,
                LocationRow.postcode,
                LocationRow.city,
                LocationRow.opening_hours,
                LocationRow.languages,
            )
            .where(LocationRow.deleted_at.is_(None))
            .order_by(LocationRow.partner_id, LocationRow.position)
        )
        with self._sessions.begin() as session:
            rows = [_OfferRow(*row) for row in session.execute(statement)]
            locations: dict[uuid.UUID, list[_LocationRow]] = {}
            for location_row in session.execute(location_statement):
                locations.setdefault(location_row[0], []).append(_LocationRow(*location_row[1:]))
        day = self._today() if query.open_on is None else query.open_on
        hits: list[DirectoryHit] = []
        for row in rows:
            own = locations.get(row.partner_id, [])
            if not _matches_filters(query, row, own):
                continue
            location = _location_of(row, own)
            open_today = _open_on(row, location, day)
            if query.open_on is not None and not open_today:
                continue
            hits.append(_hit(row, location, open_today))
            if len(hits) >= limit:
                break
        return hits

    def known_values(self) -> tuple[list[str], list[str], list[str]]:
        """The fields of action, target groups and languages the directory uses, for filters."""
        fields: set[str] = set()
        groups: set[str] = set()
        languages: set[str] = set()
        with self._sessions.begin() as session:
            for field, group_list, language_list in session.execute(
                select(OfferRow.field_of_action, OfferRow.target_groups, OfferRow.languages).where(
                    OfferRow.deleted_at.is_(None)
                )
            ):
                if field:
                    fields.add(field)
                groups.update(group_list)
                languages.update(language_list)
            for (language_list,) in session.execute(
                select(LocationRow.languages).where(LocationRow.deleted_at.is_(None))
            ):
                languages.update(language_list)
        return sorted(fields, key=fold), sorted(groups, key=fold), sorted(languages)

    # Helpers.

    @staticmethod
    def _children(session: Session, model: type[ChildT], partner_id: uuid.UUID) -> list[ChildT]:
        return list(
            session.scalars(
                select(model).where(model.partner_id == partner_id, model.deleted_at.is_(None))
            )
        )

    @staticmethod
    def _locations_by_partner(
        session: Session, partner_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, list[LocationRow]]:
        found: dict[uuid.UUID, list[LocationRow]] = {}
        if not partner_ids:
            return found
        for row in session.scalars(
            select(LocationRow)
            .where(LocationRow.partner_id.in_(partner_ids), LocationRow.deleted_at.is_(None))
            .order_by(LocationRow.position)
        ):
            found.setdefault(row.partner_id, []).append(row)
        return found

    def _load(self, session: Session, partner_ids: Sequence[uuid.UUID]) -> list[Partner]:
        if not partner_ids:
            return []
        rows = {
            row.id: row
            for row in session.scalars(
                select(PartnerRow).where(
                    PartnerRow.id.in_(partner_ids), PartnerRow.deleted_at.is_(None)
                )
            )
        }
        if len(rows) != len(set(partner_ids)):
            raise NotFoundError(NOT_FOUND)
        locations = self._locations_by_partner(session, partner_ids)
        offers: dict[uuid.UUID, list[OfferRow]] = {}
        for offer in session.scalars(
            select(OfferRow)
            .where(OfferRow.partner_id.in_(partner_ids), OfferRow.deleted_at.is_(None))
            .order_by(OfferRow.position)
        ):
            offers.setdefault(offer.partner_id, []).append(offer)
        return [
            _partner_record(rows[pid], locations.get(pid, []), offers.get(pid, []))
            for pid in partner_ids
        ]

    def _store(self, session: Session, partner: Partner) -> None:
        """Write the partner and make its locations and offers exactly the given ones."""
        row = session.get(PartnerRow, partner.id)
        if row is None:
            row = PartnerRow(id=partner.id, facility_id=self._facility_id)
            session.add(row)
        row.deleted_at = None
        for name, value in _partner_columns(partner).items():
            setattr(row, name, value)
        self._store_children(
            session,
            LocationRow,
            partner.id,
            {loc.id: _location_columns(loc, i) for i, loc in enumerate(partner.locations)},
        )
        session.flush()  # offers refer to the locations
        self._store_children(
            session,
            OfferRow,
            partner.id,
            {offer.id: _offer_columns(offer, i) for i, offer in enumerate(partner.offers)},
        )

    def _store_children(
        self,
        session: Session,
        model: type[ChildT],
        partner_id: uuid.UUID,
        wanted: dict[uuid.UUID, dict[str, Any]],
    ) -> None:
        existing = {
            row.id: row
            for row in session.scalars(
                select(model).where(or_(model.partner_id == partner_id, model.id.in_(wanted)))
            )
        }
        for child_id, columns in wanted.items():
            child = existing.get(child_id)
            if child is None:
                child = model(id=child_id, facility_id=self._facility_id, partner_id=partner_id)
                session.add(child)
            child.partner_id = partner_id
            child.deleted_at = None
            for name, value in columns.items():
                setattr(child, name, value)
        for child_id, child in existing.items():
            if child_id not in wanted and child.deleted_at is None:
                self._soft_delete(child)
