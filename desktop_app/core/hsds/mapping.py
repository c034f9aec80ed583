"""From HSDS objects to drafts of Tresen's partners, locations and offers.

A draft holds only what the file says: a field the file is silent about is not in its
``values`` and keeps what the directory has. ``sources`` names, for each field Tresen
checks (``email``, ``offers.2.contact.phone`` minus the index), where in the file its
value came from, so that a refused value is reported at its place.
"""

import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from desktop_app.core.directory_records import PartnerKind
from desktop_app.core.hsds import problems as msg
from desktop_app.core.hsds.problems import Problem, problem
from desktop_app.core.hsds.sources import Node, Place, Spot
from desktop_app.core.hsds.terms import (
    FIELD_TAXONOMY,
    GROUP_TAXONOMY,
    KIND_TAXONOMY,
    Taxonomy,
    everywhere_link_id,
    generic_kind,
    generic_service_term,
    hsds_id,
    known_field_name,
    known_group_name,
    language_code,
    tresen_taxonomy,
)
from desktop_app.core.records import ScheduleSlot

# The identifier scheme under which an export names the network facility an entry is.
FACILITY_IDENTIFIER_SCHEME = "tresen-facility"
FACILITY_IDENTIFIER_TYPE = "Tresen network facility"

_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_TIME = re.compile(
    r"^T?(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)
_NOT_OFFERED = ("inactive", "defunct")
_FAX = ("fax",)

# Fields each object has that Tresen reads, or that only link objects; the rest is noted.
_READ: dict[str, frozenset[str]] = {
    "organization": frozenset(
        {
            "id", "name", "description", "email", "website", "phones", "contacts",
            "locations", "services", "attributes", "organization_identifiers",
        }
    ),
    "location": frozenset(
        {
            "id", "location_type", "name", "addresses", "phones", "schedules",
            "accessibility", "languages",
        }
    ),
    "service": frozenset(
        {
            "id", "name", "description", "email", "url", "status", "phones", "contacts",
            "schedules", "languages", "service_at_locations", "attributes", "organization",
        }
    ),
    "service_at_location": frozenset({"id", "location", "service", "schedules"}),
}  # fmt: skip
_LINKS = frozenset(
    {
        "metadata", "organization_id", "service_id", "location_id", "contact_id",
        "service_at_location_id", "phone_id", "link_id", "taxonomy_term_id", "program_id",
    }
)  # fmt: skip
_ENTITY_WORDS = {
    "organization": ("organisation", "organisations"),
    "location": ("location", "locations"),
    "service": ("service", "services"),
    "service_at_location": ("service at a location", "services at locations"),
}


@dataclass
class LocationDraft:
    """What a file says about one location."""

    id: uuid.UUID
    place: Place
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Spot] = field(default_factory=dict)


@dataclass(frozen=True)
class Link:
    """A service_at_location: the offer is at that location."""

    location_id: uuid.UUID
    raw_id: str  # as the file spells it, to name it in a problem
    place: Place
    everywhere: bool  # written by Tresen for an offer at every location


@dataclass
class OfferDraft:
    """What a file says about one service."""

    id: uuid.UUID
    place: Place
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Spot] = field(default_factory=dict)
    links: list[Link] | None = None  # None: the file does not say where


@dataclass
class PartnerDraft:
    """What a file says about one organisation; ``reference_only`` if it only names it."""

    id: uuid.UUID
    raw_id: str  # as the file spells it, to name it in a problem
    place: Place
    reference_only: bool
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Spot] = field(default_factory=dict)
    locations: dict[uuid.UUID, LocationDraft] = field(default_factory=dict)
    offers: dict[uuid.UUID, OfferDraft] = field(default_factory=dict)
    withdrawn: dict[uuid.UUID, Place] = field(default_factory=dict)


@dataclass
class Notes:
    """What was read but not kept, counted, to tell in a few plain lines."""

    unknown_languages: Counter[str] = field(default_factory=Counter)
    unkept: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )
    entities: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    extra: Counter[str] = field(default_factory=Counter)
    unused_terms: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)

    def render(self) -> list[str]:
        lines = list(self.lines)
        if self.unknown_languages:
            listed = ", ".join(
                f"{name} in {count} entries" if count > 1 else name
                for name, count in sorted(self.unknown_languages.items())
            )
            lines.append(f"Languages Tresen does not know were left out: {listed}.")
        for entity, fields in self.unkept.items():
            count = len(self.entities[entity])
            word = _ENTITY_WORDS[entity][count != 1]
            lines.append(
                f"Not kept from {count} {word} (Tresen has no field for them): "
                f"{', '.join(sorted(fields))}."
            )
        for what, count in sorted(self.extra.items()):
            lines.append(f"{what[0].upper()}{what[1:]}: {count}.")
        if self.unused_terms:
            shown = sorted(self.unused_terms)[:10]
            more = len(self.unused_terms) - len(shown)
            listed = ", ".join(f"'{term}'" for term in shown) + (
                f" and {more} more" if more else ""
            )
            lines.append(f"Taxonomy terms Tresen has no field for were left out: {listed}.")
        return lines


class Collector:
    """Turns the HSDS objects of one file into partner drafts, one per organisation."""

    def __init__(self, sink: list[Problem], notes: Notes) -> None:
        self.sink = sink
        self.notes = notes
        self.drafts: dict[uuid.UUID, PartnerDraft] = {}
        self.location_owner: dict[uuid.UUID, uuid.UUID] = {}

    def add(self, kind: str, node: Node) -> None:
        if kind == "organization":
            self.organization(node)
        elif kind == "service":
            self.service_with_organization(node, [])
        elif kind == "service_at_location":
            service = node.node("service")
            if service is None:
                self.sink.append(problem(node.place.at("service"), msg.LINK_WITHOUT_SERVICE))
            else:
                self.service_with_organization(service, [node])

    # Organisations.

    def organization(self, node: Node) -> PartnerDraft | None:
        raw = node.text("id") or ""
        if not raw.strip():
            self.sink.append(problem(node.place.at("id"), msg.REQUIRED))
            return None
        partner_id = hsds_id("organization", raw)
        draft = self.drafts.get(partner_id)
        if draft is None:
            draft = PartnerDraft(partner_id, raw.strip(), node.place, node.reference_only)
            self.drafts[partner_id] = draft
        if not node.reference_only and draft.reference_only:
            draft.reference_only = False
            draft.place = node.place
            self._organization_fields(node, draft)
        elif not node.reference_only and not draft.values:
            self._organization_fields(node, draft)
        for location in node.nodes("locations") or []:
            self.location(location, draft)
        for service in node.nodes("services") or []:
            self.service(service, draft, [])
        return draft

    def _organization_fields(self, node: Node, draft: PartnerDraft) -> None:
        self._note_unkept("organization", node)
        values, sources = draft.values, draft.sources
        for name in ("name", "description", "email", "website"):
            _set_text(node, name, values, sources)
        # HSDS requires a description; an export without one repeats the name instead.
        if values.get("description") and values.get("description") == values.get("name"):
            values["description"] = ""
        phones = node.nodes("phones")
        if phones is not None:
            values["phone"], sources["phone"] = self._first_phone(phones, node.place)
        self._contact(node.nodes("contacts"), None, node.place, values, sources)
        attributes = node.nodes("attributes")
        if attributes is not None:
            kind = self._kind(attributes)
            if kind is not None:
                values["kind"] = kind
        # Like the kind, a Tresen-only field: other publishers' identifiers leave it as is.
        facility_id = _facility_id(node.nodes("organization_identifiers") or [])
        if facility_id is not None:
            values["network_facility_id"] = facility_id

    def _kind(self, attributes: Iterable[Node]) -> PartnerKind | None:
        generic: PartnerKind | None = None
        for attribute in attributes:
            term = _Term.of(attribute)
            if term.taxonomy is KIND_TAXONOMY:
                value = KIND_TAXONOMY.value_of_code(term.code) or term.value
                try:
                    return PartnerKind(value)
                except ValueError:
                    found = generic_kind(term.value, term.name)
                    if found is not None:
                        return found
                    self.notes.unused_terms[term.name or value] += 1
            elif term.taxonomy is None:
                found = generic_kind(term.name, term.code, term.value)
                if found is None:
                    self.notes.unused_terms[term.name or term.code] += 1
                elif generic is None:
                    generic = found
        return generic

    # Locations.

    def location(self, node: Node, draft: PartnerDraft) -> uuid.UUID | None:
        raw = node.text("id") or ""
        if not raw.strip():
            self.sink.append(problem(node.place.at("id"), msg.REQUIRED))
            return None
        location_id = hsds_id("location", raw)
        if location_id in draft.locations:
            return location_id  # repeated inside a service_at_location: same object
        owner = self.location_owner.setdefault(location_id, draft.id)
        if owner != draft.id:
            return location_id  # listed under another organisation; linking reports it
        location = LocationDraft(location_id, node.place)
        draft.locations[location_id] = location
        self._note_unkept("location", node)
        values, sources = location.values, location.sources
        _set_text(node, "name", values, sources)
        addresses = node.nodes("addresses")
        if addresses is not None:
            self._address(addresses, values, sources)
        phones = node.nodes("phones")
        if phones is not None:
            values["phone"], sources["phone"] = self._first_phone(phones, node.place)
        schedules = node.nodes("schedules")
        if schedules is not None:
            slots, note = self._schedules(schedules)
            values["opening_hours"], values["opening_hours_note"] = slots, note
            sources["opening_hours"] = sources["opening_hours_note"] = (node.place, "schedules")
        accessibility = node.nodes("accessibility")
        if accessibility is not None:
            texts = [
                text
                for item in accessibility
                for text in (item.text("description"), item.text("details"))
                if text and text.strip()
            ]
            values["accessibility"] = "\n".join(dict.fromkeys(t.strip() for t in texts))
            sources["accessibility"] = (
                (accessibility[0].place, "description")
                if accessibility
                else (node.place, "accessibility")
            )
        languages = node.nodes("languages")
        if languages is not None:
            values["languages"] = self._languages(languages)
            sources["languages"] = (node.place, "languages")
        return location_id

    def _address(
        self, addresses: Sequence[Node], values: dict[str, Any], sources: dict[str, Spot]
    ) -> None:
        """Street, postcode and city of the physical address (else of the first one)."""
        if not addresses:
            values.update(street="", postcode="", city="")
            return
        physical = [a for a in addresses if (a.text("address_type") or "").lower() == "physical"]
        chosen = (physical or list(addresses))[0]
        if len(addresses) > 1:
            self.notes.extra["locations had further addresses, which were left out"] += 1
        lines = [chosen.text("address_1") or "", chosen.text("address_2") or ""]
        values["street"] = ", ".join(line.strip() for line in lines if line.strip())
        values["postcode"] = (chosen.text("postal_code") or "").strip()
        values["city"] = (chosen.text("city") or "").strip()
        sources["street"] = (chosen.place, "address_1")
        sources["postcode"] = (chosen.place, "postal_code")
        sources["city"] = (chosen.place, "city")

    # Services.

    def service_with_organization(self, node: Node, links: list[Node]) -> None:
        nested = node.node("organization")
        if nested is not None:
            draft = self.organization(nested)
        else:
            raw = node.text("organization_id") or ""
            if not raw.strip():
                self.sink.append(
                    problem(node.place.at("organization_id"), msg.SERVICE_WITHOUT_ORGANIZATION)
                )
                return
            reference = Node(
                {"id": raw}, node.place, self.sink, missing_is_empty=False, reference_only=True
            )
            draft = self.organization(reference)
        if draft is not None:
            self.service(node, draft, links)

    def service(self, node: Node, draft: PartnerDraft, extra_links: list[Node]) -> None:
        raw = node.text("id") or ""
        if not raw.strip():
            self.sink.append(problem(node.place.at("id"), msg.REQUIRED))
            return
        offer_id = hsds_id("service", raw)
        if (node.text("status") or "").strip().lower() in _NOT_OFFERED:
            draft.withdrawn.setdefault(offer_id, node.place)
            return
        offer = draft.offers.get(offer_id)
        if offer is not None:
            # The same service again, as in a list of services at locations: one more place.
            self._links(offer, draft, extra_links, [])
            return
        offer = OfferDraft(offer_id, node.place)
        draft.offers[offer_id] = offer
        self._note_unkept("service", node)
        values, sources = offer.values, offer.sources
        for name in ("name", "description", "email", "url"):
            _set_text(node, name, values, sources)
        languages = node.nodes("languages")
        if languages is not None:
            values["languages"] = self._languages(languages)
            sources["languages"] = (node.place, "languages")
        self._contact(node.nodes("contacts"), node.nodes("phones"), node.place, values, sources)
        attributes = node.nodes("attributes")
        if attributes is not None:
            self._service_terms(attributes, values, sources, node.place)
        links = node.nodes("service_at_locations")
        link_schedules: list[Node] = []
        if links is not None or extra_links:
            link_schedules = self._links(offer, draft, extra_links, links or [])
        schedules = node.nodes("schedules")
        if schedules is not None or link_schedules:
            slots, note = self._schedules([*(schedules or []), *link_schedules])
            values["schedule"], values["schedule_note"] = slots, note
            sources["schedule"] = sources["schedule_note"] = (node.place, "schedules")

    def _links(
        self, offer: OfferDraft, draft: PartnerDraft, extra: list[Node], nested: list[Node]
    ) -> list[Node]:
        """Record where the offer is; return the links' own schedules."""
        schedules: list[Node] = []
        offer.links = offer.links or []
        for link in [*nested, *extra]:
            self._note_unkept("service_at_location", link)
            location = link.node("location")
            if location is not None:
                location_id = self.location(location, draft)
                raw = location.text("id") or ""
            else:
                raw = link.text("location_id") or ""
                if not raw.strip():
                    self.sink.append(problem(link.place.at("location_id"), msg.REQUIRED))
                    continue
                location_id = hsds_id("location", raw)
            if location_id is None:
                continue
            link_id = link.text("id") or ""
            everywhere = _same_id(link_id, everywhere_link_id(offer.id, location_id))
            offer.links.append(Link(location_id, raw.strip(), link.place, everywhere))
            schedules.extend(link.nodes("schedules") or [])
        return schedules

    def _service_terms(
        self,
        attributes: Sequence[Node],
        values: dict[str, Any],
        sources: dict[str, Spot],
        at: Place,
    ) -> None:
        """Field of action and target groups, from Tresen's taxonomies or generic terms.

        Once a service carries any term of Tresen's taxonomies, those are the whole truth
        (no target group term means none); generic terms only add what they name.
        """
        field_of_action: str | None = None
        groups: list[str] = []
        own = False
        for attribute in attributes:
            term = _Term.of(attribute)
            if term.taxonomy is FIELD_TAXONOMY:
                own = True
                field_of_action = field_of_action or term.value
            elif term.taxonomy is GROUP_TAXONOMY:
                own = True
                groups.append(term.value)
            elif term.taxonomy is KIND_TAXONOMY:
                own = True
            else:
                found = generic_service_term(term.name, term.taxonomy_name, term.link_type)
                if found == "field" and field_of_action is None:
                    field_of_action = known_field_name(term.name)
                elif found == "group":
                    groups.append(known_group_name(term.name))
                elif term.name or term.code:
                    self.notes.unused_terms[term.name or term.code] += 1
        if own or field_of_action is not None:
            values["field_of_action"] = field_of_action or ""
            sources["field_of_action"] = (at, "attributes")
        if own or groups:
            values["target_groups"] = tuple(dict.fromkeys(g for g in groups if g))
            sources["target_groups"] = (at, "attributes")

    # Shared parts.

    def _first_phone(self, phones: Sequence[Node], at: Place) -> tuple[str, Spot]:
        """The first phone number that is not a fax, as Tresen writes one."""
        usable = [p for p in phones if (p.text("type") or "").strip().lower() not in _FAX]
        usable = [p for p in usable if _phone_text(p)]
        if len(usable) > 1:
            self.notes.extra["further phone numbers were left out (Tresen keeps one)"] += 1
        if not usable:
            return "", (at, "phones")
        return _phone_text(usable[0]), (usable[0].place, "number")

    def _contact(
        self,
        contacts: Sequence[Node] | None,
        phones: Sequence[Node] | None,
        at: Place,
        values: dict[str, Any],
        sources: dict[str, Spot],
    ) -> None:
        """The first contact person, part by part; the entry's own phone stands in for theirs.

        Parts the file is silent about (no contacts, no phones at all) are not set.
        """
        phone: str | None = None
        phone_at: Spot = (at, "phones")
        if contacts is not None:
            if len(contacts) > 1:
                self.notes.extra["further contact persons were left out (Tresen keeps one)"] += 1
            first = contacts[0] if contacts else None
            values["contact.name"] = (first.text("name") or "").strip() if first else ""
            values["contact.email"] = (first.text("email") or "").strip() if first else ""
            if first is not None:
                sources["contact.name"] = (first.place, "name")
                sources["contact.email"] = (first.place, "email")
                phone, phone_at = self._first_phone(first.nodes("phones") or [], first.place)
            else:
                phone = ""
        if not phone and phones:
            phone, phone_at = self._first_phone(phones, at)
        if phone is not None:
            values["contact.phone"] = phone
            sources["contact.phone"] = phone_at

    def _languages(self, languages: Sequence[Node]) -> tuple[str, ...]:
        codes: list[str] = []
        for language in languages:
            code_text = (language.text("code") or "").strip()
            name = (language.text("name") or "").strip()
            code = language_code(code_text, name)
            if code is not None:
                codes.append(code)
            elif code_text or name:
                label = f"{name} ({code_text})" if name and code_text else name or code_text
                self.notes.unknown_languages[label] += 1
        return tuple(dict.fromkeys(codes))

    def _schedules(self, schedules: Sequence[Node]) -> tuple[tuple[ScheduleSlot, ...], str]:
        """Weekly slots from WEEKLY schedules with days and times; other shapes as text.

        RFC 5545 does not allow BYWEEKNO, BYMONTHDAY or BYYEARDAY with FREQ=WEEKLY, so they
        are ignored there (the HSDS example sets them). Validity dates are not kept:
        Tresen shows the current hours, and whoever keeps the file keeps them current.
        """
        slots: list[ScheduleSlot] = []
        texts: list[str] = []
        for schedule in schedules:
            described = [
                text.strip()
                for text in (schedule.text("description"), schedule.text("notes"))
                if text and text.strip()
            ]
            texts.extend(described)
            weekly = self._weekly(schedule)
            if weekly is not None:
                slots.extend(weekly)
            elif not described and _has_times(schedule):
                self.notes.extra[
                    "schedules were neither weekly nor described in words and were left out"
                ] += 1
        return tuple(sorted(set(slots))), "\n".join(dict.fromkeys(texts))

    def _weekly(self, schedule: Node) -> list[ScheduleSlot] | None:
        freq = (schedule.text("freq") or "").strip().upper()
        byday = (schedule.text("byday") or "").strip().upper()
        opens, closes = schedule.text("opens_at") or "", schedule.text("closes_at") or ""
        interval = (schedule.text("interval") or "").strip()
        if freq not in ("WEEKLY", "") or not byday or not opens.strip() or not closes.strip():
            return None
        if interval not in ("", "1", "1.0"):
            return None  # every other week: kept as text
        days: list[int] = []
        for token in byday.replace(" ", "").split(","):
            match = _BYDAY.match(token)
            if match is None:
                self.sink.append(problem(schedule.place.at("byday"), msg.NOT_WEEKDAYS, value=byday))
                return []
            if match.group(1):
                return None  # "2MO", the second Monday: a monthly shape
            days.append(_WEEKDAYS[match.group(2)])
        start = self._time(schedule, "opens_at", opens, closing=False)
        end = self._time(schedule, "closes_at", closes, closing=True)
        if start is None or end is None:
            return []
        if end == time(0) and start > time(0):
            end = time(23, 59)  # closes at midnight
        if end <= start:
            self.sink.append(
                problem(schedule.place.at("closes_at"), msg.CLOSES_BEFORE_OPENING, closes=closes)
            )
            return []
        return [ScheduleSlot(day, start, end) for day in dict.fromkeys(days)]

    def _time(self, schedule: Node, key: str, text: str, *, closing: bool) -> time | None:
        """A wall-clock time; an offset or "Z" is dropped (Tresen keeps Berlin time)."""
        match = _TIME.match(text.strip())
        if match is not None:
            hour, minute = int(match.group(1)), int(match.group(2))
            if closing and (hour, minute) == (24, 0):
                return time(23, 59)
            if hour < 24 and minute < 60:
                return time(hour, minute)
        self.sink.append(problem(schedule.place.at(key), msg.NOT_A_TIME, value=text.strip()))
        return None

    def _note_unkept(self, entity: str, node: Node) -> None:
        ident = node.text("id") or str(node.place)
        self.notes.entities[entity].add(ident)
        for key in node.fields():
            if key in _READ[entity] or key in _LINKS:
                continue
            value = node.data.get(key) if node.linked is None or key not in node.linked else 1
            if value not in (None, "", [], {}):
                self.notes.unkept[entity][key].add(ident)


@dataclass(frozen=True)
class _Term:
    """The taxonomy term of an attribute, whichever way the file gives it."""

    taxonomy: Taxonomy | None  # one of Tresen's, or None for any other
    taxonomy_name: str
    code: str
    name: str
    value: str
    link_type: str

    @classmethod
    def of(cls, attribute: Node) -> "_Term":
        term = attribute.node("taxonomy_term")
        detail = term.node("taxonomy_detail") if term is not None else None
        taxonomy_id = _stripped(term, "taxonomy_id") or _stripped(detail, "id")
        taxonomy_name = _stripped(term, "taxonomy") or _stripped(detail, "name")
        code, name = _stripped(term, "code"), _stripped(term, "name")
        value = _stripped(attribute, "value") or name
        taxonomy = tresen_taxonomy(taxonomy_id, taxonomy_name, code)
        link_type = _stripped(attribute, "link_type")
        return cls(taxonomy, taxonomy_name, code, name, value, link_type)


def _stripped(node: Node | None, key: str) -> str:
    return (node.text(key) or "").strip() if node is not None else ""


def _set_text(node: Node, name: str, values: dict[str, Any], sources: dict[str, Spot]) -> None:
    value = node.text(name)
    if value is not None:
        values[name] = value.strip()
        sources[name] = (node.place, name)


def _phone_text(phone: Node) -> str:
    # The HSDS example quotes its number ("\"+44 1234 234567\""); quotes are no digits.
    number = (phone.text("number") or "").strip().strip("\"'").strip()
    extension = (phone.text("extension") or "").strip().removesuffix(".0")
    # An extension follows a hyphen, as German numbers write a Durchwahl: 030 1234-100.
    return f"{number}-{extension}" if number and extension else number


def _has_times(schedule: Node) -> bool:
    return bool((schedule.text("opens_at") or "").strip() or (schedule.text("byday") or ""))


def _facility_id(identifiers: Sequence[Node]) -> uuid.UUID | None:
    for identifier in identifiers:
        scheme = (identifier.text("identifier_scheme") or "").strip()
        kind = (identifier.text("identifier_type") or "").strip()
        if FACILITY_IDENTIFIER_SCHEME in (scheme, kind):
            try:
                return uuid.UUID((identifier.text("identifier") or "").strip())
            except ValueError:
                return None
    return None


def _same_id(raw: str, expected: uuid.UUID) -> bool:
    try:
        return uuid.UUID(raw.strip()) == expected
    except ValueError:
        return False
