"""The HSDS 3.0 tables Tresen reads and writes: file names, columns and keys.

Copied from the Open Referral ``datapackage.json`` (HSDS 3.0.0) for the tables Tresen
has data for; a test compares them with the original. The export's ``datapackage.json``
is made from them, so the program needs no copy of the 120 kB original at run time.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "string"
    format: str | None = None
    required: bool = False
    unique: bool = False

    def descriptor(self) -> dict[str, Any]:
        field: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.format:
            field["format"] = self.format
        field["constraints"] = {"required": self.required, "unique": self.unique}
        return field


@dataclass(frozen=True)
class Table:
    """One resource of the tabular package; ``references`` maps a column to a table."""

    name: str
    path: str
    columns: tuple[Column, ...]
    references: Mapping[str, str]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def descriptor(self) -> dict[str, Any]:
        """The resource descriptor; foreign keys only to tables Tresen writes.

        HSDS's services refer to programs, which Tresen does not keep: a data package
        may not name a resource it lacks, so that one key is left out.
        """
        schema: dict[str, Any] = {
            "fields": [column.descriptor() for column in self.columns],
            "primaryKey": "id",
        }
        keys = [
            {"fields": column, "reference": {"resource": table, "fields": "id"}}
            for column, table in self.references.items()
            if table in TABLES_BY_NAME
        ]
        if keys:
            schema["foreignKeys"] = keys
        return {
            "name": self.name,
            "path": self.path,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "profile": "tabular-data-resource",
            "schema": schema,
        }


def _id(name: str = "id", *, required: bool = False) -> Column:
    return Column(name, format="uuid", required=required or name == "id", unique=name == "id")


def _text(name: str, *, required: bool = False, unique: bool = False) -> Column:
    return Column(name, required=required, unique=unique)


def _number(name: str) -> Column:
    return Column(name, "number")


def _date(name: str) -> Column:
    return Column(name, "date")


ORGANIZATIONS = Table(
    "organization",
    "organizations.csv",
    (
        _id(),
        _text("name", required=True),
        _text("alternate_name"),
        _text("description", required=True),
        Column("email", format="email"),
        Column("website", format="uri"),
        _text("tax_status"),
        _text("tax_id"),
        _number("year_incorporated"),
        _text("legal_status"),
        _text("logo"),
        Column("uri", format="uri"),
        _id("parent_organization_id"),
    ),
    {},
)
ORGANIZATION_IDENTIFIERS = Table(
    "organization_identifier",
    "organization_identifiers.csv",
    (
        _id(),
        _id("organization_id", required=True),
        _text("identifier_scheme"),
        _text("identifier_type", required=True),
        _text("identifier", required=True),
    ),
    {"organization_id": "organization"},
)
LOCATIONS = Table(
    "location",
    "locations.csv",
    (
        _id(),
        _text("location_type", required=True),
        Column("url", format="uri"),
        _id("organization_id"),
        _text("name"),
        _text("alternate_name"),
        _text("description"),
        _text("transportation"),
        _number("latitude"),
        _number("longitude"),
        _text("external_identifier"),
        _text("external_identifier_type"),
    ),
    {"organization_id": "organization"},
)
ADDRESSES = Table(
    "address",
    "addresses.csv",
    (
        _id(),
        _id("location_id"),
        _text("attention"),
        _text("address_1", required=True),
        _text("address_2"),
        _text("city", required=True),
        _text("region"),
        _text("state_province", required=True),
        _text("postal_code", required=True),
        _text("country", required=True),
        _text("address_type", required=True),
    ),
    {"location_id": "location"},
)
PHONES = Table(
    "phone",
    "phones.csv",
    (
        _id(),
        _id("location_id"),
        _id("service_id"),
        _id("organization_id"),
        _id("contact_id"),
        _id("service_at_location_id"),
        _text("number", required=True),
        _number("extension"),
        _text("type"),
        _text("description"),
    ),
    {
        "contact_id": "contact",
        "location_id": "location",
        "organization_id": "organization",
        "service_id": "service",
        "service_at_location_id": "service_at_location",
    },
)
CONTACTS = Table(
    "contact",
    "contacts.csv",
    (
        _id(),
        _id("organization_id"),
        _id("service_id"),
        _id("service_at_location_id"),
        _id("location_id"),
        _text("name"),
        _text("title"),
        _text("department"),
        Column("email", format="email"),
    ),
    {
        "location_id": "location",
        "organization_id": "organization",
        "service_id": "service",
        "service_at_location_id": "service_at_location",
    },
)
SCHEDULES = Table(
    "schedule",
    "schedules.csv",
    (
        _id(),
        _id("service_id"),
        _id("location_id"),
        _id("service_at_location_id"),
        _date("valid_from"),
        _date("valid_to"),
        _date("dtstart"),
        _number("timezone"),
        _date("until"),
        _number("count"),
        _text("wkst"),
        _text("freq"),
        _number("interval"),
        _text("byday"),
        _text("byweekno"),
        _text("bymonthday"),
        _text("byyearday"),
        _text("description"),
        Column("opens_at", "time"),
        Column("closes_at", "time"),
        Column("schedule_link", format="uri"),
        _text("attending_type"),
        _text("notes"),
    ),
    {
        "location_id": "location",
        "service_id": "service",
        "service_at_location_id": "service_at_location",
    },
)
SERVICES = Table(
    "service",
    "services.csv",
    (
        _id(),
        _id("organization_id", required=True),
        _id("program_id"),
        _text("name", required=True),
        _text("alternate_name"),
        _text("description"),
        Column("url", format="uri"),
        Column("email", format="email"),
        _text("status", required=True),
        _text("interpretation_services"),
        _text("application_process"),
        _text("fees_description"),
        _text("wait_time"),
        _text("fees"),
        _text("accreditations"),
        _text("eligibility_description"),
        _number("minimum_age"),
        _number("maximum_age"),
        _date("assured_date"),
        Column("assurer_email", format="email"),
        _text("licenses"),
        _text("alert"),
        Column("last_modified", "datetime"),
    ),
    {"organization_id": "organization", "program_id": "program"},
)
SERVICE_AT_LOCATION = Table(
    "service_at_location",
    "service_at_location.csv",
    (
        _id(),
        _id("service_id", required=True),
        _id("location_id", required=True),
        _text("description"),
    ),
    {"service_id": "service", "location_id": "location"},
)
LANGUAGES = Table(
    "language",
    "languages.csv",
    (
        _id(),
        _id("service_id"),
        _id("location_id"),
        _id("phone_id"),
        _text("name"),
        _text("code"),
        _text("note"),
    ),
    {"location_id": "location", "phone_id": "phone", "service_id": "service"},
)
ACCESSIBILITY = Table(
    "accessibility",
    "accessibility.csv",
    (
        _id(),
        _id("location_id"),
        _text("description"),
        _text("details"),
        Column("url", format="uri"),
    ),
    {"location_id": "location"},
)
ATTRIBUTES = Table(
    "attribute",
    "attributes.csv",
    (
        _id(),
        _id("link_id", required=True),
        _id("taxonomy_term_id", required=True),
        _text("link_type"),
        _text("link_entity", required=True),
        _text("value"),
    ),
    {"taxonomy_term_id": "taxonomy_term"},
)
TAXONOMY_TERMS = Table(
    "taxonomy_term",
    "taxonomy_terms.csv",
    (
        _id(),
        _text("code", unique=True),
        _text("name", required=True),
        _text("description", required=True),
        _id("parent_id"),
        _text("taxonomy"),
        _text("language"),
        _id("taxonomy_id"),
        Column("term_uri", format="uri"),
    ),
    {"taxonomy_id": "taxonomy"},
)
TAXONOMIES = Table(
    "taxonomy",
    "taxonomies.csv",
    (
        _id(),
        _text("name", required=True),
        _text("description", required=True),
        Column("uri", format="uri"),
        _text("version"),
    ),
    {},
)

# In the order of the HSDS package, which a reader of the export will recognise.
TABLES: tuple[Table, ...] = (
    ORGANIZATIONS,
    SERVICES,
    ATTRIBUTES,
    SERVICE_AT_LOCATION,
    LOCATIONS,
    PHONES,
    CONTACTS,
    ADDRESSES,
    SCHEDULES,
    LANGUAGES,
    ACCESSIBILITY,
    TAXONOMY_TERMS,
    ORGANIZATION_IDENTIFIERS,
    TAXONOMIES,
)
TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}

# The columns without which Tresen cannot read a table (HSDS requires more).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "organization": ("id", "name"),
    "service": ("id", "organization_id", "name"),
    "location": ("id",),
    "service_at_location": ("service_id", "location_id"),
    "address": ("location_id",),
    "phone": ("number",),
    "contact": ("id",),
    "attribute": ("link_id", "taxonomy_term_id"),
    "taxonomy_term": ("id",),
    "taxonomy": ("id",),
    "organization_identifier": ("organization_id",),
}

# How HSDS nests its objects, for writing them as rows and joining rows into them again.
# For each table, its child lists: key -> (child table, the child's column naming the parent).
# The order is the order of an export's rows (an organisation's phones before its contacts'
# phones): keep it, so that the same directory is always written alike.
CHILD_LISTS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "organization": {
        "phones": ("phone", "organization_id"),
        "contacts": ("contact", "organization_id"),
        "locations": ("location", "organization_id"),
        "services": ("service", "organization_id"),
        "attributes": ("attribute", "link_id"),
        "organization_identifiers": ("organization_identifier", "organization_id"),
    },
    "location": {
        "addresses": ("address", "location_id"),
        "phones": ("phone", "location_id"),
        "schedules": ("schedule", "location_id"),
        "languages": ("language", "location_id"),
        "accessibility": ("accessibility", "location_id"),
        "attributes": ("attribute", "link_id"),
    },
    "service": {
        "phones": ("phone", "service_id"),
        "contacts": ("contact", "service_id"),
        "schedules": ("schedule", "service_id"),
        "languages": ("language", "service_id"),
        "attributes": ("attribute", "link_id"),
        "service_at_locations": ("service_at_location", "service_id"),
    },
    "service_at_location": {
        "schedules": ("schedule", "service_at_location_id"),
        "phones": ("phone", "service_at_location_id"),
        "contacts": ("contact", "service_at_location_id"),
    },
    "contact": {"phones": ("phone", "contact_id")},
}
# For each table, its one nested object: (key, its table, the parent's column naming it).
NESTED_OBJECT: Mapping[str, tuple[str, str, str]] = {
    "attribute": ("taxonomy_term", "taxonomy_term", "taxonomy_term_id"),
    "taxonomy_term": ("taxonomy_detail", "taxonomy", "taxonomy_id"),
}
