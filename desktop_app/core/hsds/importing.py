"""An import as one action: read the file, merge it into the directory, check, save at once.

Everything is read and checked before anything is written; a file with any problem
raises ``ImportFailed`` listing all of them, and the directory stays as it was.
"""

import gc
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.core.directory_records import (
    ImportSummary,
    Partner,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.errors import ValidationError
from desktop_app.core.hsds import problems as msg
from desktop_app.core.hsds.mapping import (
    Collector,
    LocationDraft,
    Notes,
    OfferDraft,
    PartnerDraft,
)
from desktop_app.core.hsds.problems import ImportFailed, Problem, problem
from desktop_app.core.hsds.sources import read_source
from desktop_app.core.services.directory import DirectoryService, cleaned
from desktop_app.core.validation import check_partner

RecordT = TypeVar("RecordT", Partner, PartnerLocation, PartnerOffer)

# The HSDS field a Tresen field comes from, where no exact place was recorded.
_HSDS_FIELD = {
    "phone": "phones",
    "contact.name": "contacts",
    "contact.phone": "contacts",
    "contact.email": "contacts",
    "street": "addresses",
    "postcode": "addresses",
    "city": "addresses",
    "opening_hours": "schedules",
    "opening_hours_note": "schedules",
    "schedule": "schedules",
    "schedule_note": "schedules",
    "field_of_action": "attributes",
    "target_groups": "attributes",
    "location": "service_at_locations",
}


@dataclass(frozen=True)
class ImportPlan:
    """The partners an import will save, whole, and what it tells the user."""

    partners: tuple[Partner, ...]
    notes: tuple[str, ...]


def import_file(directory: DirectoryService, path: Path) -> ImportSummary:
    """Import an HSDS file into the directory as one transaction; raise ``ImportFailed``."""
    plan = plan_import(path, directory.list_partners())
    return directory.save_many(plan.partners, plan.notes)


def plan_import(path: Path, existing: Sequence[Partner]) -> ImportPlan:
    """The partners as they will be after importing ``path`` over ``existing``.

    Entries are merged, never removed: HSDS files are often partial (one service, one
    page of a list), and a desk must not lose entries a file leaves out. A service
    marked inactive or defunct is the one way a file removes an offer.
    """
    with _without_cycle_collection():
        source = read_source(path)
        notes = Notes(lines=list(source.notes))
        collector = Collector(source.problems, notes)
        for kind, node in source.roots:
            collector.add(kind, node)
        merger = _Merger(existing, collector, notes)
        partners = [
            partner
            for draft in collector.drafts.values()
            if (partner := merger.merge(draft)) is not None
        ]
    problems = [*source.problems, *merger.problems]
    if problems:
        raise ImportFailed(path, problems)
    return ImportPlan(tuple(partners), tuple(notes.render()))


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a file becomes records.

    Reading builds hundreds of thousands of objects that all stay alive until the end;
    the collector would walk them again and again (a third of the time for 5,000
    services). Reference counting still frees everything that is dropped.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Merger:
    def __init__(self, existing: Sequence[Partner], collector: Collector, notes: Notes) -> None:
        self.existing = {partner.id: partner for partner in existing}
        self.location_owner = {
            location.id: partner.id for partner in existing for location in partner.locations
        }
        self.file_location_owner = collector.location_owner
        self.in_file = set(collector.drafts)
        self.notes = notes
        self.problems: list[Problem] = []

    def merge(self, draft: PartnerDraft) -> Partner | None:
        base = self.existing.get(draft.id)
        if draft.reference_only and base is None:
            self.problems.append(
                problem(
                    draft.place.at("organization_id"), msg.UNKNOWN_ORGANIZATION, id=draft.raw_id
                )
            )
            return None
        partner = _with_values(base or Partner(id=draft.id, name=""), draft.values)
        locations, location_drafts = self._locations(draft, base)
        partner = replace(partner, locations=tuple(locations))
        offers, offer_drafts = self._offers(draft, base, partner)
        partner = replace(partner, offers=tuple(offers))
        self._check(partner, draft, location_drafts, offer_drafts)
        return partner

    def _locations(
        self, draft: PartnerDraft, base: Partner | None
    ) -> tuple[list[PartnerLocation], list[LocationDraft | None]]:
        locations = list(base.locations) if base else []
        drafts: list[LocationDraft | None] = [None] * len(locations)
        position = {location.id: index for index, location in enumerate(locations)}
        for location_draft in draft.locations.values():
            self._check_move(location_draft, draft.id)
            index = position.get(location_draft.id)
            old = locations[index] if index is not None else PartnerLocation(location_draft.id)
            # An HSDS location without an address says nothing of the city: no "Berlin".
            old = old if index is not None else replace(old, city="")
            merged = _with_values(old, location_draft.values)
            if index is None:
                position[merged.id] = len(locations)
                locations.append(merged)
                drafts.append(location_draft)
            else:
                locations[index] = merged
                drafts[index] = location_draft
        return locations, drafts

    def _check_move(self, location: LocationDraft, partner_id: uuid.UUID) -> None:
        """A location moving from another partner must leave no offer of that one behind."""
        owner_id = self.location_owner.get(location.id)
        if owner_id is None or owner_id == partner_id or owner_id in self.in_file:
            return
        owner = self.existing[owner_id]
        if any(offer.location_id == location.id for offer in owner.offers):
            self.problems.append(
                problem(str(location.place), msg.LOCATION_IN_USE, id=location.id, owner=owner.name)
            )

    def _offers(
        self, draft: PartnerDraft, base: Partner | None, partner: Partner
    ) -> tuple[list[PartnerOffer], list[OfferDraft | None]]:
        offers = [o for o in (base.offers if base else ()) if o.id not in draft.withdrawn]
        if draft.withdrawn:
            self.notes.extra[
                "services marked inactive or defunct were not imported (and removed where "
                "the directory had them)"
            ] += len(draft.withdrawn)
        drafts: list[OfferDraft | None] = [None] * len(offers)
        position = {offer.id: index for index, offer in enumerate(offers)}
        for offer_draft in draft.offers.values():
            index = position.get(offer_draft.id)
            old = offers[index] if index is not None else PartnerOffer(offer_draft.id, name="")
            merged = _with_values(old, offer_draft.values)
            if offer_draft.links is not None:
                merged = replace(merged, location_id=self._placement(offer_draft, partner))
            if index is None:
                position[merged.id] = len(offers)
                offers.append(merged)
                drafts.append(offer_draft)
            else:
                offers[index] = merged
                drafts[index] = offer_draft
        return offers, drafts

    def _placement(self, offer: OfferDraft, partner: Partner) -> uuid.UUID | None:
        """The offer's location from its services at locations.

        None (every location) when Tresen wrote it so, or when the links name every one
        of two or more locations; the one location when one is named.
        """
        assert offer.links is not None
        own = [location.id for location in partner.locations]
        found: list[uuid.UUID] = []
        for link in offer.links:
            if link.location_id in own:
                found.append(link.location_id)
                continue
            owner = self.file_location_owner.get(link.location_id) or self.location_owner.get(
                link.location_id
            )
            if owner is not None and owner != partner.id:
                self.notes.extra[
                    "links of services to locations of other organisations were left out "
                    "(a Tresen offer is at its own organisation's locations)"
                ] += 1
            else:
                self.problems.append(
                    problem(link.place.at("location_id"), msg.UNKNOWN_LOCATION, id=link.raw_id)
                )
        found = list(dict.fromkeys(found))
        if not found or all(link.everywhere for link in offer.links):
            return None
        if len(own) >= 2 and set(found) == set(own):
            return None
        if len(found) > 1:
            self.notes.extra[
                "services are at several but not all locations; Tresen keeps the first one"
            ] += 1
        return found[0]

    def _check(
        self,
        partner: Partner,
        draft: PartnerDraft,
        locations: Sequence[LocationDraft | None],
        offers: Sequence[OfferDraft | None],
    ) -> None:
        try:
            # As save_many will check it: trimmed, in NFC, without repeats.
            check_partner(cleaned(partner))
        except ValidationError as error:
            for name, field_problem in error.problems.items():
                place = _place_of(name, partner, draft, locations, offers)
                self.problems.append(Problem(place, field_problem))


def _place_of(
    name: str,
    partner: Partner,
    draft: PartnerDraft,
    locations: Sequence[LocationDraft | None],
    offers: Sequence[OfferDraft | None],
) -> str:
    """Where in the file the field ``check_partner`` names (``offers.2.email``) came from."""
    parts = name.split(".")
    if parts[0] in ("locations", "offers") and len(parts) > 2 and parts[1].isdigit():
        index, rest = int(parts[1]), ".".join(parts[2:])
        child: LocationDraft | OfferDraft | None = (
            locations[index] if parts[0] == "locations" else offers[index]
        )
        if child is None:
            return f"'{partner.name}' as the directory has it, {name}"
        spot = child.sources.get(rest)
        return spot[0].at(spot[1]) if spot else child.place.at(_HSDS_FIELD.get(rest, rest))
    spot = draft.sources.get(name)
    return spot[0].at(spot[1]) if spot else draft.place.at(_HSDS_FIELD.get(name, name))


def _with_values(record: RecordT, values: Mapping[str, Any]) -> RecordT:
    """The record with the file's values; ``contact.name`` and the like set one part."""
    plain = {key: value for key, value in values.items() if "." not in key}
    parts = {key[len("contact.") :]: v for key, v in values.items() if key.startswith("contact.")}
    if parts and isinstance(record, (Partner, PartnerOffer)):
        plain["contact"] = replace(record.contact, **parts)
    return replace(record, **plain)
