"""The directory of partners: organisations, their locations and offers, and its search."""

import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import (
    Connection,
    Text,
    and_,
    func,
    insert,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.access import Permission
from desktop_app.core.audit import AuditAction
from desktop_app.core.directory_records import (
    Contact,
    DirectoryHit,
    DirectoryQuery,
    ImportSummary,
    Partner,
    PartnerKind,
    PartnerLocation,
    PartnerOffer,
    address_lines,
)
from desktop_app.core.errors import NotFoundError, RuleError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import Partner as PartnerRow
from desktop_app.core.models import PartnerLocation as LocationRow
from desktop_app.core.models import PartnerOffer as OfferRow
from desktop_app.core.models import utcnow
from desktop_app.core.records import ScheduleSlot
from desktop_app.core.schedules import slots_from_json, slots_to_json
from desktop_app.core.services.base import NOT_FOUND, FacilityService
from desktop_app.core.text import clean, fold, index_terms, search_words
from desktop_app.core.validation import check_partner

SEARCH_LIMIT = 100

ChildT = TypeVar("ChildT", LocationRow, OfferRow)


KEPT_ELSEWHERE = QT_TRANSLATE_NOOP(
    "errors",
    "“{name}” is kept by another facility of the network; changes to it come from there.",
)


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
        "filter_terms": filter_terms("l", (c for loc in partner.locations for c in loc.languages)),
        "open_days": open_days(partner, None),
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
        "filter_terms": " ".join(
            part
            for part in (
                filter_terms("f", [offer.field_of_action]),
                filter_terms("g", offer.target_groups),
                filter_terms("l", offer.languages),
            )
            if part
        ),
    }


def _kind(value: str) -> PartnerKind:
    """The stored kind; one this version does not know (from a newer desk) shows as other."""
    try:
        return PartnerKind(value)
    except ValueError:
        return PartnerKind.OTHER


class _OfferRow(NamedTuple):
    """A search row as stored: ids as hex text, lists as JSON text (decoded for hits only).

    Decoding every row's JSON and building every row's UUIDs cost most of a search over
    thousands of offers, for rows of which at most ``limit`` become hits.
    """

    partner_id: str
    partner_name: str
    kind: str
    offer_id: str | None  # None for a partner without offers, and all offer columns with it
    offer_name: str | None
    location_id: str | None
    field_of_action: str | None
    target_groups: str | None
    languages: str | None
    open_days: int


class _LocationRow(NamedTuple):
    id: str
    street: str
    postcode: str
    city: str
    opening_hours: str
    languages: str


class _Decoded:
    """Stored text decoded once per distinct value.

    Offers share a handful of lists, and a partner's rows share its id and addresses:
    a search of 500 hits decodes a few dozen values, not thousands.
    """

    def __init__(self) -> None:
        self._strings: dict[str, tuple[str, ...]] = {}
        self._ids: dict[str, uuid.UUID] = {}
        self._addresses: dict[str, str] = {}
        self._languages: dict[tuple[str | None, str | None], tuple[str, ...]] = {}

    def strings(self, text: str | None) -> tuple[str, ...]:
        if not text:
            return ()
        found = self._strings.get(text)
        if found is None:
            found = self._strings[text] = tuple(json.loads(text))
        return found

    def id(self, hex_digits: str) -> uuid.UUID:
        found = self._ids.get(hex_digits)
        if found is None:
            found = self._ids[hex_digits] = uuid.UUID(hex_digits)
        return found

    def address(self, location: _LocationRow) -> str:
        found = self._addresses.get(location.id)
        if found is None:
            lines = address_lines(location.street, location.postcode, location.city)
            found = self._addresses[location.id] = ", ".join(lines)
        return found

    def languages(self, offer: str | None, location: str | None) -> tuple[str, ...]:
        """The offer's languages, then its location's, each once."""
        found = self._languages.get((offer, location))
        if found is None:
            both = (*self.strings(offer), *self.strings(location))
            found = self._languages[(offer, location)] = tuple(dict.fromkeys(both))
        return found


def _raw(column: Any, name: str) -> Any:
    """The column as SQLite stores it: no UUID or JSON conversion of every row fetched."""
    return _stored(column).label(name)


def _stored(column: Any) -> Any:
    return type_coerce(column, Text)


def filter_token(kind: str, value: str) -> str:
    """One word of ``filter_terms``: "f:beratung_und_begleitung", "g:familien", "l:tr"."""
    return f"{kind}:{'_'.join(fold(value).split())}"


def filter_terms(kind: str, values: Iterable[str]) -> str:
    return " ".join(sorted({filter_token(kind, value) for value in values if value.strip()}))


def _has_token(column: Any, token: str) -> Any:
    """The space-separated words of ``column`` include ``token`` (a cheap LIKE per row)."""
    return (" " + column + " ").like(f"% {token} %")


def _search_locations(
    connection: Connection, partner_ids: set[str]
) -> dict[str, list[_LocationRow]]:
    """The live locations of these partners, main location first."""
    statement = (
        select(
            _raw(LocationRow.partner_id, "location_partner_id"),
            _raw(LocationRow.id, "location_id"),
            LocationRow.street,
            LocationRow.postcode,
            LocationRow.city,
            _raw(LocationRow.opening_hours, "opening_hours"),
            _raw(LocationRow.languages, "location_languages"),
        )
        .where(LocationRow.deleted_at.is_(None), _stored(LocationRow.partner_id).in_(partner_ids))
        .order_by(LocationRow.partner_id, LocationRow.position)
    )
    locations: dict[str, list[_LocationRow]] = {}
    for location_row in connection.execute(statement).all():
        locations.setdefault(location_row[0], []).append(_LocationRow(*location_row[1:]))
    return locations


def _location_of(row: _OfferRow, locations: list[_LocationRow]) -> _LocationRow | None:
    if row.location_id is not None:
        for location in locations:
            if location.id == row.location_id:
                return location
    return locations[0] if locations else None


def _hit(
    row: _OfferRow, location: _LocationRow | None, open_today: bool, decoded: _Decoded
) -> DirectoryHit:
    return DirectoryHit(
        partner_id=decoded.id(row.partner_id),
        partner_name=row.partner_name,
        kind=_kind(row.kind),
        offer_id=None if row.offer_id is None else uuid.UUID(row.offer_id),
        offer_name=row.offer_name or "",
        field_of_action=row.field_of_action or "",
        target_groups=decoded.strings(row.target_groups),
        languages=decoded.languages(row.languages, location.languages if location else None),
        address=decoded.address(location) if location else "",
        open_today=open_today,
    )


class DirectoryService(FacilityService):
    """Partners are shared with every desk of the network; any desk may keep them."""

    def get(self, partner_id: uuid.UUID) -> Partner:
        self._require()
        with self._sessions.begin() as session:
            return self._load(session, [partner_id])[0]

    def list_partners(self) -> list[Partner]:
        """Every live partner, whole, by name (what an export writes)."""
        self._require()
        with self._sessions.begin() as session:
            ids = session.scalars(
                select(PartnerRow.id)
                .where(PartnerRow.deleted_at.is_(None))
                .order_by(PartnerRow.name, PartnerRow.id)
            ).all()
            return self._load(session, ids)

    def partners_to_export(self, destination: str) -> list[Partner]:
        """Every live partner for an export file; the export is logged with its ``destination``.

        Exports need coordination: the directory names the partners' contact persons.
        """
        self._require(Permission.EXPORT)
        with self._sessions.begin() as session:
            audit.record(session, AuditAction.EXPORT, "partner", detail=destination)
        return self.list_partners()

    def save(self, partner: Partner) -> Partner:
        """Create or update one partner with its locations and offers, as one action."""
        self._require(Permission.SETTINGS)
        self.save_many([partner])
        return self.get(partner.id)

    def save_many(self, partners: Sequence[Partner], notes: Sequence[str] = ()) -> ImportSummary:
        """Save all partners in one transaction (an import): all of them, or none.

        Each partner's locations and offers become exactly the given ones (others it had
        are removed). The caller has checked each partner (and can say where in its file a
        problem is); they are checked again here, so that nothing invalid is ever stored.
        Rows are written with one statement per table and kind of change, not one per
        row: an import of thousands of offers takes a second, not a minute.
        """
        self._require(Permission.SETTINGS)
        partners = [cleaned(partner) for partner in partners]
        for partner in partners:
            check_partner(partner)
        with self._sessions.begin() as session:
            added, updated = _BulkStore(session, self._facility_id).store(partners)
        return ImportSummary(
            added,
            updated,
            sum(len(partner.locations) for partner in partners),
            sum(len(partner.offers) for partner in partners),
            tuple(notes),
        )

    def delete(self, partner_id: uuid.UUID) -> None:
        """Remove a partner from the directory; referrals to it keep what their slip showed."""
        self._require(Permission.DELETE)
        with self._sessions.begin() as session:
            row = session.get(PartnerRow, partner_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(NOT_FOUND)
            if row.facility_id != self._facility_id:
                raise RuleError(KEPT_ELSEWHERE, name=row.name)
            self._soft_delete(row)
            for location in self._children(session, LocationRow, partner_id):
                self._soft_delete(location)
            for offer in self._children(session, OfferRow, partner_id):
                self._soft_delete(offer)

    def search(self, query: DirectoryQuery, limit: int = SEARCH_LIMIT) -> list[DirectoryHit]:
        """Partners and their offers matching every typed word (as a word start) and filters.

        One row per offer; a partner without offers is a row of its own. Word matches are
        taken from the partner and the offer together, so "jobcenter beratung" finds the
        Jobcenter's counselling offer. At most ``limit`` rows, in name order.

        Every filter runs in SQLite (a folded filter as the stored values that fold alike;
        "open on" as the weekday bits stored with each offer), so that SQLite stops at the
        limit and Python reads only hits, as plain columns rather than ORM objects.
        """
        self._require()
        conditions: list[Any] = [PartnerRow.deleted_at.is_(None)]
        for word in search_words(query.text):
            pattern = f"% {word}%"
            conditions.append(
                or_(
                    (" " + PartnerRow.search_terms).like(pattern),
                    (" " + OfferRow.search_terms).like(pattern),
                )
            )
        if query.field_of_action:
            conditions.append(
                _has_token(OfferRow.filter_terms, filter_token("f", query.field_of_action))
            )
        if query.target_group:
            conditions.append(
                _has_token(OfferRow.filter_terms, filter_token("g", query.target_group))
            )
        if query.language:
            # Spoken at the offer, or at any of the partner's locations.
            token = filter_token("l", query.language)
            conditions.append(
                or_(
                    _has_token(OfferRow.filter_terms, token),
                    _has_token(PartnerRow.filter_terms, token),
                )
            )
        # An offer's days, or the main location's for a partner without offers.
        days = func.coalesce(OfferRow.open_days, PartnerRow.open_days)
        today_bit = 1 << (self._today() if query.open_on is None else query.open_on).weekday()
        if query.open_on is not None:
            conditions.append(days.op("&")(today_bit) != 0)
        decoded = _Decoded()
        with self._sessions.begin() as session:
            statement = (
                select(
                    _raw(PartnerRow.id, "partner_id"),
                    PartnerRow.name,
                    PartnerRow.kind,
                    _raw(OfferRow.id, "offer_id"),
                    OfferRow.name,
                    _raw(OfferRow.location_id, "offer_location_id"),
                    OfferRow.field_of_action,
                    _raw(OfferRow.target_groups, "target_groups"),
                    _raw(OfferRow.languages, "offer_languages"),
                    days.label("open_days"),
                )
                .outerjoin(
                    OfferRow,
                    and_(OfferRow.partner_id == PartnerRow.id, OfferRow.deleted_at.is_(None)),
                )
                .where(*conditions)
                .order_by(PartnerRow.name, PartnerRow.id, OfferRow.position)
                .limit(max(limit, 0))
            )
            # Core rows, not the ORM's: it would convert every row of the result first.
            connection = session.connection()
            rows = [_OfferRow(*row) for row in connection.execute(statement)]
            locations = _search_locations(connection, {row.partner_id for row in rows})
        hits = []
        for row in rows:
            location = _location_of(row, locations.get(row.partner_id, []))
            hits.append(_hit(row, location, bool(row.open_days & today_bit), decoded))
        return hits

    def known_values(self) -> tuple[list[str], list[str], list[str]]:
        """The fields of action, target groups and languages the directory uses, for filters."""
        self._require()
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
    def _children_by_partner(
        session: Session, model: type[ChildT], partner_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, list[ChildT]]:
        """The live locations or offers of these partners, in their order."""
        found: dict[uuid.UUID, list[ChildT]] = {}
        for row in session.scalars(
            select(model)
            .where(model.partner_id.in_(partner_ids), model.deleted_at.is_(None))
            .order_by(model.position)
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
        locations = self._children_by_partner(session, LocationRow, partner_ids)
        offers = self._children_by_partner(session, OfferRow, partner_ids)
        return [
            _partner_record(rows[pid], locations.get(pid, []), offers.get(pid, []))
            for pid in partner_ids
        ]


def weekday_bits(slots: Iterable[ScheduleSlot]) -> int:
    """The weekdays of ``slots`` as bits, Monday the lowest."""
    bits = 0
    for slot in slots:
        bits |= 1 << slot.weekday
    return bits


def open_days(partner: Partner, offer: PartnerOffer | None) -> int:
    """The days an offer runs: its schedule's, else its location's (the main one's) hours."""
    if offer is not None and offer.schedule:
        return weekday_bits(offer.schedule)
    location = partner.location(offer.location_id if offer is not None else None)
    return weekday_bits(location.opening_hours) if location is not None else 0


class _BulkStore:
    """Writes whole partners with a few statements per table (an import's thousands)."""

    def __init__(self, session: Session, facility_id: uuid.UUID) -> None:
        self._session = session
        self._facility_id = facility_id

    def store(self, partners: Sequence[Partner]) -> tuple[int, int]:
        """Write ``partners``; return how many were new and how many were updated."""
        session = self._session
        ids = [partner.id for partner in partners]
        live: dict[uuid.UUID, bool] = {}
        for chunk in _chunks(ids):
            for row_id, deleted_at, name, keeper in session.execute(
                select(
                    PartnerRow.id, PartnerRow.deleted_at, PartnerRow.name, PartnerRow.facility_id
                ).where(PartnerRow.id.in_(chunk))
            ):
                # Each facility keeps its own entries; the shared database refuses the rest.
                if keeper != self._facility_id:
                    raise RuleError(KEPT_ELSEWHERE, name=name)
                live[row_id] = deleted_at is None
        now = utcnow()
        self._write(
            PartnerRow,
            set(live),
            [
                {"id": p.id, "updated_at": now, "deleted_at": None, **_partner_columns(p)}
                for p in partners
            ],
            now,
        )
        locations = [
            {"id": loc.id, "partner_id": p.id, **_location_columns(loc, index)}
            for p in partners
            for index, loc in enumerate(p.locations)
        ]
        offers = [
            {
                "id": offer.id,
                "partner_id": p.id,
                **_offer_columns(offer, index),
                "open_days": open_days(p, offer),
            }
            for p in partners
            for index, offer in enumerate(p.offers)
        ]
        # Locations before offers: offers refer to them.
        for model, rows in ((LocationRow, locations), (OfferRow, offers)):
            kept = {row["id"] for row in rows}
            had = self._children_of(model, ids)
            existing = set(had) | self._existing(model, [i for i in kept if i not in had])
            for row in rows:
                row.update(updated_at=now, deleted_at=None)
            self._write(model, existing, rows, now)
            # What these partners had and no longer have is removed.
            self._remove(model, [i for i, live in had.items() if live and i not in kept], now)
        added = sum(1 for pid in ids if not live.get(pid, False))
        return added, len(ids) - added

    def _write(
        self,
        model: type[PartnerRow] | type[LocationRow] | type[OfferRow],
        existing: set[uuid.UUID],
        rows: list[dict[str, Any]],
        now: datetime,
    ) -> None:
        new = [
            {**row, "facility_id": self._facility_id, "created_at": now}
            for row in rows
            if row["id"] not in existing
        ]
        changed = [row for row in rows if row["id"] in existing]
        if new:
            self._session.execute(insert(model), new)
        if changed:
            self._session.execute(update(model), changed)

    def _children_of(
        self, model: type[LocationRow] | type[OfferRow], partner_ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, bool]:
        """The rows of these partners (live or removed), each with whether it is live."""
        found: dict[uuid.UUID, bool] = {}
        for chunk in _chunks(partner_ids):
            for row_id, deleted_at in self._session.execute(
                select(model.id, model.deleted_at).where(model.partner_id.in_(chunk))
            ):
                found[row_id] = deleted_at is None
        return found

    def _existing(
        self, model: type[LocationRow] | type[OfferRow], ids: list[uuid.UUID]
    ) -> set[uuid.UUID]:
        """Those of ``ids`` that exist (live or removed, of any partner)."""
        found: set[uuid.UUID] = set()
        for chunk in _chunks(ids):
            found.update(self._session.scalars(select(model.id).where(model.id.in_(chunk))))
        return found

    def _remove(
        self, model: type[LocationRow] | type[OfferRow], ids: list[uuid.UUID], now: datetime
    ) -> None:
        for chunk in _chunks(ids):
            self._session.execute(
                update(model).where(model.id.in_(chunk)).values(deleted_at=now, updated_at=now)
            )


def _chunks(values: Sequence[uuid.UUID], size: int = 500) -> Iterator[Sequence[uuid.UUID]]:
    """Lists for ``IN (…)`` short enough for any SQLite's limit on bound values."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
