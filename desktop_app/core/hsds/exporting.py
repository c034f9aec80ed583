"""Writing the directory as HSDS 3.0: a JSON list of organisations, or a tabular package."""

import csv
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from desktop_app.core.directory_records import (
    PARTNER_KIND_LABELS,
    Contact,
    Partner,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.files import make_folder, write_text_atomically
from desktop_app.core.hsds.mapping import FACILITY_IDENTIFIER_SCHEME, FACILITY_IDENTIFIER_TYPE
from desktop_app.core.hsds.tables import (
    CHILD_LISTS,
    NESTED_OBJECT,
    TABLES,
    TABLES_BY_NAME,
    Table,
)
from desktop_app.core.hsds.terms import (
    FIELD_TAXONOMY,
    GROUP_TAXONOMY,
    KIND_TAXONOMY,
    Taxonomy,
    derived_id,
    everywhere_link_id,
    language_name,
    single_link_id,
)
from desktop_app.core.records import ScheduleSlot
from desktop_app.core.text import fold

_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_COUNTRY = "DE"
_TERM_DESCRIPTIONS = {
    KIND_TAXONOMY.key: "Kind of organisation, as Tresen's directory classifies it.",
    FIELD_TAXONOMY.key: "Field of action (Handlungsfeld) of an offer in Tresen's directory.",
    GROUP_TAXONOMY.key: "Target group (Zielgruppe) of an offer in Tresen's directory.",
}


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote, and what it could not write in plain words."""

    partners: int
    locations: int
    offers: int
    notes: tuple[str, ...] = ()


def export_json(partners: Sequence[Partner], path: Path) -> ExportSummary:
    """Write HSDS 3.0 JSON: a list of organisations with their locations and services.

    That is the shape of HSDS's ``organization_package`` schema, and what an HSDS API
    returns for ``/organizations/{id}`` item by item, so any HSDS reader can take it.
    The file is written whole or not at all; ``FileNotWritten`` says why not.
    """
    # One organisation per line: readable and diffable, and the C encoder stays in use
    # (``indent`` falls back to pure Python, eight times slower on a large directory).
    lines = (json.dumps(organization_object(p), ensure_ascii=False) for p in partners)
    text = "[\n" + ",\n".join(lines) + "\n]\n"
    make_folder(path.parent)
    write_text_atomically(path, lambda file: file.write(text))
    return _summary(partners, ())


def export_csv_package(partners: Sequence[Partner], directory: Path) -> ExportSummary:
    """Write an HSDS 3.0 tabular data package: ``datapackage.json`` and one CSV per table.

    Every table Tresen keeps data for is written, with all of HSDS's columns, even when
    it has no rows: a table left out would mean "unknown" to an importer, an empty one
    "none". Each file is written whole or not at all; ``FileNotWritten`` says why not.
    """
    rows: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
    incomplete = 0
    for partner in partners:
        incomplete += _flatten("organization", organization_object(partner), {}, rows)
    make_folder(directory)
    for table in TABLES:

        def write(file: IO[str], table: Table = table) -> None:
            writer = csv.writer(file)
            writer.writerow(table.column_names)
            for row in rows[table.name].values():
                writer.writerow([row.get(column, "") for column in table.column_names])

        write_text_atomically(directory / table.path, write)
    descriptor = {
        "name": "tresen-directory",
        "title": "Partner directory of a Tresen desk (Open Referral HSDS 3.0)",
        "profile": "tabular-data-package",
        "resources": [table.descriptor() for table in TABLES],
    }
    text = json.dumps(descriptor, ensure_ascii=False, indent=2)
    write_text_atomically(directory / "datapackage.json", lambda file: file.write(text))
    notes = []
    if incomplete:
        locations = "1 location has" if incomplete == 1 else f"{incomplete} locations have"
        notes.append(
            f"{locations} no complete address (street, postcode and city); "
            "HSDS tables require all three, so their address was not written."
        )
    return _summary(partners, notes)


def _summary(partners: Sequence[Partner], notes: Iterable[str]) -> ExportSummary:
    return ExportSummary(
        len(partners),
        sum(len(p.locations) for p in partners),
        sum(len(p.offers) for p in partners),
        tuple(notes),
    )


# Tresen records as HSDS objects.


def organization_object(partner: Partner) -> dict[str, Any]:
    """The HSDS organisation of a partner, with its locations and services nested."""
    organization: dict[str, Any] = {
        "id": str(partner.id),
        "name": partner.name,
        # Required by HSDS; an empty one is allowed in JSON.
        "description": partner.description,
    }
    _put(organization, "email", partner.email)
    _put(organization, "website", _uri(partner.website))
    organization["phones"] = _phones(partner.id, partner.phone)
    organization["contacts"] = _contacts(partner.id, partner.contact)
    organization["locations"] = [_location(partner, location) for location in partner.locations]
    organization["services"] = [_service(partner, offer) for offer in partner.offers]
    kind_label = PARTNER_KIND_LABELS[partner.kind]
    organization["attributes"] = [
        _attribute(KIND_TAXONOMY, partner.id, partner.kind.value, kind_label)
    ]
    organization["organization_identifiers"] = (
        [
            {
                "id": str(derived_id(partner.id, "identifier", FACILITY_IDENTIFIER_SCHEME)),
                "identifier_scheme": FACILITY_IDENTIFIER_SCHEME,
                "identifier_type": FACILITY_IDENTIFIER_TYPE,
                "identifier": str(partner.network_facility_id),
            }
        ]
        if partner.network_facility_id is not None
        else []
    )
    return organization


def _location(partner: Partner, location: PartnerLocation) -> dict[str, Any]:
    result: dict[str, Any] = {
        "id": str(location.id),
        "location_type": "physical",
        "organization_id": str(partner.id),
    }
    _put(result, "name", location.name)
    result["addresses"] = (
        [
            {
                "id": str(derived_id(location.id, "address")),
                "address_1": location.street,
                "city": location.city,
                "state_province": _state(location.city),
                "postal_code": location.postcode,
                "country": _COUNTRY,
                "address_type": "physical",
            }
        ]
        if location.street or location.postcode or location.city
        else []
    )
    result["phones"] = _phones(location.id, location.phone)
    result["schedules"] = _schedules(
        location.id, location.opening_hours, location.opening_hours_note
    )
    result["accessibility"] = (
        [
            {
                "id": str(derived_id(location.id, "accessibility")),
                "description": location.accessibility,
            }
        ]
        if location.accessibility
        else []
    )
    result["languages"] = _languages(location.id, location.languages)
    return result


def _service(partner: Partner, offer: PartnerOffer) -> dict[str, Any]:
    service: dict[str, Any] = {
        "id": str(offer.id),
        "organization_id": str(partner.id),
        "name": offer.name,
        "status": "active",
    }
    _put(service, "description", offer.description)
    _put(service, "url", _uri(offer.url))
    _put(service, "email", offer.email)
    service["contacts"] = _contacts(offer.id, offer.contact)
    service["schedules"] = _schedules(offer.id, offer.schedule, offer.schedule_note)
    service["languages"] = _languages(offer.id, offer.languages)
    if offer.location_id is None:
        places = [(everywhere_link_id(offer.id, loc.id), loc.id) for loc in partner.locations]
    else:
        places = [(single_link_id(offer.id, offer.location_id), offer.location_id)]
    service["service_at_locations"] = [
        {"id": str(link_id), "service_id": str(offer.id), "location_id": str(location_id)}
        for link_id, location_id in places
    ]
    attributes = []
    if offer.field_of_action:
        attributes.append(_attribute(FIELD_TAXONOMY, offer.id, offer.field_of_action))
    attributes += [_attribute(GROUP_TAXONOMY, offer.id, group) for group in offer.target_groups]
    service["attributes"] = attributes
    return service


def _put(target: dict[str, Any], key: str, value: str) -> None:
    """Set an optional text field; HSDS leaves out what is empty (formats refuse "")."""
    if value:
        target[key] = value


def _uri(value: str) -> str:
    """An absolute web address, as HSDS's ``uri`` format wants: "www.x.org" gets https://."""
    if value and "://" not in value:
        return f"https://{value}"
    return value


def _state(city: str) -> str:
    # Berlin is a city-state; for any other city the city stands in, HSDS requires a value.
    return "Berlin" if fold(city) == "berlin" else city


def _phones(owner: uuid.UUID, number: str) -> list[dict[str, Any]]:
    if not number:
        return []
    return [{"id": str(derived_id(owner, "phone")), "number": number}]


def _contacts(owner: uuid.UUID, contact: Contact) -> list[dict[str, Any]]:
    if not contact:
        return []
    contact_id = derived_id(owner, "contact")
    result: dict[str, Any] = {"id": str(contact_id)}
    _put(result, "name", contact.name)
    _put(result, "email", contact.email)
    result["phones"] = _phones(contact_id, contact.phone)
    return [result]


def _schedules(owner: uuid.UUID, slots: Iterable[ScheduleSlot], note: str) -> list[dict[str, Any]]:
    """One WEEKLY schedule per opening time, its days in ``byday``; the note on its own.

    Times are Berlin wall-clock times without an offset: a fixed offset would be wrong for
    half of the year (HSDS's own example, "10:00:00", has none either).
    """
    days: dict[tuple[str, str], list[int]] = defaultdict(list)
    for slot in sorted(set(slots)):
        days[(slot.start.strftime("%H:%M:%S"), slot.end.strftime("%H:%M:%S"))].append(slot.weekday)
    schedules: list[dict[str, Any]] = [
        {
            "id": str(derived_id(owner, "schedule", opens, closes)),
            "freq": "WEEKLY",
            "wkst": "MO",
            "interval": 1,
            "byday": ",".join(_WEEKDAY_CODES[day] for day in weekdays),
            "opens_at": opens,
            "closes_at": closes,
        }
        for (opens, closes), weekdays in days.items()
    ]
    if note:
        schedules.append({"id": str(derived_id(owner, "schedule", "note")), "description": note})
    return schedules


def _languages(owner: uuid.UUID, codes: Iterable[str]) -> list[dict[str, Any]]:
    return [
        {"id": str(derived_id(owner, "language", code)), "name": language_name(code), "code": code}
        for code in codes
    ]


def _attribute(
    taxonomy: Taxonomy, link_id: uuid.UUID, value: str, term_name: str = ""
) -> dict[str, Any]:
    term_id = taxonomy.term_id(value)
    return {
        "id": str(derived_id(link_id, "attribute", term_id)),
        "link_id": str(link_id),
        "link_type": taxonomy.link_type,
        "link_entity": taxonomy.link_entity,
        "value": value,
        "taxonomy_term_id": str(term_id),
        "taxonomy_term": {
            "id": str(term_id),
            "code": taxonomy.term_code(value),
            "name": term_name or value,
            "description": _TERM_DESCRIPTIONS[taxonomy.key],
            "taxonomy": taxonomy.name,
            "taxonomy_id": str(taxonomy.id),
            "taxonomy_detail": {
                "id": str(taxonomy.id),
                "name": taxonomy.name,
                "description": taxonomy.description,
                "version": "1",
            },
        },
    }


# Nested objects as table rows.


def _flatten(
    table: str,
    item: Mapping[str, Any],
    parent: Mapping[str, str],
    rows: dict[str, dict[str, dict[str, str]]],
) -> int:
    """Add ``item`` and its children as rows; return how many addresses were incomplete."""
    columns = TABLES_BY_NAME[table].column_names
    row = {column: _cell(item.get(column)) for column in columns if column in item}
    row.update(parent)
    if table == "organization" and not row.get("description"):
        # The description is required, and an empty cell counts as missing in a table.
        row["description"] = row["name"]
    if table == "address" and not all(row.get(c) for c in ("address_1", "postal_code", "city")):
        return 1
    rows[table].setdefault(row["id"], row)  # a taxonomy term once, however often it is used
    incomplete = 0
    for key, (child_table, column) in CHILD_LISTS.get(table, {}).items():
        for child in item.get(key, ()):
            incomplete += _flatten(child_table, child, {column: row["id"]}, rows)
    if table in NESTED_OBJECT:
        key, child_table, _column = NESTED_OBJECT[table]
        child = item.get(key)
        if child is not None:
            incomplete += _flatten(child_table, child, {}, rows)
    return incomplete


def _cell(value: object) -> str:
    if value is None:
        return ""
    return str(value)
