"""HSDS 3.0 import and export of the directory, against Open Referral's own files."""

import csv
import gzip
import json
import os
import shutil
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import frictionless
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from desktop_app.cli import main
from desktop_app.core.db import Database
from desktop_app.core.demo_directory import demo_partners, generated_partners
from desktop_app.core.directory_records import (
    Contact,
    DirectoryHit,
    DirectoryQuery,
    Partner,
    PartnerKind,
)
from desktop_app.core.hsds import (
    ImportFailed,
    export_csv_package,
    export_json,
    import_file,
    plan_import,
)
from desktop_app.core.hsds.tables import TABLES
from desktop_app.core.records import FacilityDraft, FacilityRecord, ScheduleSlot
from desktop_app.core.reference import (
    DEFAULT_FIELDS_OF_ACTION,
    LANGUAGE_LABELS,
    TARGET_GROUP_SUGGESTIONS,
    FacilityKind,
)
from desktop_app.core.services.directory import DirectoryService
from desktop_app.core.services.setup import SetupService
from desktop_app.core.text import fold, index_terms, search_words
from desktop_app.core.validation import check_partner
from tests.conftest import FakeClock, open_on_duty

# Open Referral's specification folder (schemas, data package, examples): the parts the
# tests read are in tests/data/hsds; TRESEN_HSDS_DIR may name a whole copy instead.
HSDS = Path(os.environ.get("TRESEN_HSDS_DIR", Path(__file__).parents[1] / "data" / "hsds"))
EXAMPLES = HSDS / "examples"

EXAMPLE_ORGANIZATION = uuid.UUID("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
EXAMPLE_LOCATION = uuid.UUID("3a19ff88-4620-4d17-9830-ac1d859eb5d5")
EXAMPLE_SERVICE = uuid.UUID("ac148810-d857-441c-9679-408f346de14b")
THURSDAY_FRIDAY_10_18 = (
    ScheduleSlot(3, time(10), time(18)),
    ScheduleSlot(4, time(10), time(18)),
)


@pytest.fixture
def directory(database: Database, facility: FacilityRecord, clock: FakeClock) -> DirectoryService:
    return DirectoryService(database.sessions, facility.id, clock)


def by_id(partners: list[Partner]) -> list[Partner]:
    return sorted(partners, key=lambda partner: partner.id)


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def edit_csv(path: Path, edit: Callable[[list[dict[str, str]]], None], drop: str = "") -> None:
    """Rewrite one table of a package: ``edit`` changes its rows, ``drop`` removes a column."""
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        columns = [c for c in reader.fieldnames or () if c != drop]
        rows = list(reader)
    edit(rows)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


# Open Referral's examples.


def test_the_example_organization_comes_through_whole(directory: DirectoryService) -> None:
    summary = import_file(directory, EXAMPLES / "organization_full.json")

    assert (summary.partners_added, summary.partners_updated) == (1, 0)
    assert (summary.locations, summary.offers) == (1, 1)
    partner = directory.get(EXAMPLE_ORGANIZATION)
    assert partner.name == "Example Organization Inc."
    assert partner.description.startswith("Example Org is a non-profit organization")
    assert partner.email == "email@example.com"
    assert partner.website == "http://example.com"
    # The example's number is quoted ("\"+44 …\""); its extension follows a hyphen.
    assert partner.phone == "+44 1234 234567-100"
    assert partner.contact == Contact("Ann Persona", "+44 1234 234567-100", "email@example.com")
    assert partner.kind is PartnerKind.OTHER

    (location,) = partner.locations
    assert location.id == EXAMPLE_LOCATION
    assert location.name == "MyCity Civic Center"
    assert (location.street, location.postcode, location.city) == (
        "1-30 Main Street, MyVillage",
        "ABC 1234",
        "MyCity",
    )
    assert location.phone == "+44 1234 234567-100"
    assert location.opening_hours == THURSDAY_FRIDAY_10_18
    assert "not available on public holidays" in location.opening_hours_note
    assert "lunch break" in location.opening_hours_note  # the schedule's notes
    assert location.accessibility.startswith("The building is equipped with induction loops")
    assert "T-coil" in location.accessibility
    assert location.languages == ()  # Urdu: see the notes

    (offer,) = partner.offers
    assert offer.id == EXAMPLE_SERVICE
    assert offer.name == "Community Counselling"
    assert offer.description.startswith("Counselling Services provided by trained")
    assert offer.url == "http://example.com/counselling"
    assert offer.email == "email@example.com"
    assert offer.location_id == EXAMPLE_LOCATION
    assert offer.schedule == THURSDAY_FRIDAY_10_18
    assert offer.contact == Contact("Ann Persona", "+44 1234 234567-100", "email@example.com")

    notes = "\n".join(summary.notes)
    assert "Languages Tresen does not know were left out: Urdu (ur)" in notes
    assert "alternate_name" in notes and "eligibility_description" in notes


@pytest.mark.parametrize(
    "name", ["service_full.json", "service_at_location_full.json", "tabular.json"]
)
def test_full_examples_give_the_same_partner(directory: DirectoryService, name: str) -> None:
    import_file(directory, EXAMPLES / name)

    (partner,) = directory.list_partners()
    assert partner.id == EXAMPLE_ORGANIZATION
    assert partner.phone == "+44 1234 234567-100"
    (location,) = partner.locations
    assert (location.street, location.postcode) == ("1-30 Main Street, MyVillage", "ABC 1234")
    assert location.opening_hours == THURSDAY_FRIDAY_10_18
    (offer,) = partner.offers
    assert (offer.name, offer.location_id) == ("Community Counselling", EXAMPLE_LOCATION)
    assert offer.contact.name == "Ann Persona"
    assert offer.schedule == THURSDAY_FRIDAY_10_18


def test_the_list_examples_import(directory: DirectoryService) -> None:
    import_file(directory, EXAMPLES / "organization_list.json")
    (partner,) = directory.list_partners()
    assert (partner.name, partner.offers, partner.locations) == (
        "Example Organization Inc.",
        (),
        (),
    )

    summary = import_file(directory, EXAMPLES / "service_list.json")
    assert (summary.partners_added, summary.partners_updated) == (0, 1)
    (offer,) = directory.get(EXAMPLE_ORGANIZATION).offers
    assert (offer.name, offer.location_id) == ("Community Counselling", None)

    import_file(directory, EXAMPLES / "service_at_location_list.json")
    partner = directory.get(EXAMPLE_ORGANIZATION)
    (location,) = partner.locations
    assert location.name == "MyCity Civic Center"
    (offer,) = partner.offers
    assert offer.location_id == EXAMPLE_LOCATION


@pytest.mark.parametrize(
    "path",
    ["csv/datapackage.json", "csv", "csv/organizations.csv"],
    ids=["descriptor", "folder", "a table"],
)
def test_the_csv_example_imports_through_its_linked_descriptor(
    directory: DirectoryService, path: str
) -> None:
    # examples/csv/datapackage.json is a Git symbolic link checked out as a text file.
    assert (EXAMPLES / "csv/datapackage.json").read_text().strip() == "../../datapackage.json"

    summary = import_file(directory, EXAMPLES / path)

    partner = directory.get(EXAMPLE_ORGANIZATION)
    assert partner.name == "Example Organization Inc."
    assert partner.phone == "+44 1234 234567-100"
    # Its contact row names another organisation id, and the service's id.
    assert partner.contact == Contact()
    (location,) = partner.locations
    assert location.id == EXAMPLE_LOCATION
    assert (location.street, location.city) == ("1-30 Main Street, MyVillage", "MyCity")
    assert location.opening_hours == THURSDAY_FRIDAY_10_18
    assert location.accessibility.startswith("The building is equipped")
    (offer,) = partner.offers
    assert offer.contact == Contact("Ann Persona", "+44 1234 234567-100", "email@example.com")
    assert offer.location_id == EXAMPLE_LOCATION
    notes = "\n".join(summary.notes)
    assert "link stored as text (../../datapackage.json)" in notes
    # The location's organization_id is not in the package; its service's organisation is.
    assert "organization_id 985e4a42-bd9f-4edc-911d-0243a4640aca is not in the file" in notes
    assert "funding.csv" in notes


def test_a_dangling_descriptor_link_falls_back_to_the_standard_names(tmp_path: Path) -> None:
    package = shutil.copytree(EXAMPLES / "csv", tmp_path / "csv")
    (package / "datapackage.json").write_text("../nowhere/datapackage.json\n")

    plan = plan_import(package / "datapackage.json", [])

    assert [p.id for p in plan.partners] == [EXAMPLE_ORGANIZATION]
    assert any("standard HSDS names" in note for note in plan.notes)


WITHOUT_ORGANISATIONS = (
    "base.json",
    "location.json",
    "taxonomy.json",
    "taxonomy_list.json",
    "taxonomy_term.json",
    "taxonomy_term_list.json",
)


def test_every_example_file_is_tried() -> None:
    tried = {
        "organization_full.json",
        "organization_list.json",
        "service_full.json",
        "service_list.json",
        "service_at_location_full.json",
        "service_at_location_list.json",
        "tabular.json",
        *WITHOUT_ORGANISATIONS,
    }
    assert {path.name for path in EXAMPLES.glob("*.json")} == tried
    assert (EXAMPLES / "csv/organizations.csv").is_file()


@pytest.mark.parametrize("name", WITHOUT_ORGANISATIONS)
def test_examples_without_organisations_are_refused_in_words(name: str) -> None:
    with pytest.raises(ImportFailed) as failure:
        plan_import(EXAMPLES / name, [])

    assert failure.value.problems
    assert name in str(failure.value)


# Export.


def _schema(name: str) -> dict[str, Any]:
    """One of HSDS's schemas; a large one may be stored gzip-compressed beside its name."""
    path = HSDS / "schema" / name
    packed = path.with_name(path.name + ".gz")
    data = path.read_bytes() if path.exists() else gzip.decompress(packed.read_bytes())
    document: dict[str, Any] = json.loads(data)
    return document


def _validation_errors(document: Any) -> list[str]:
    """What HSDS's schemas say of an exported JSON file: the package, and each service.

    Each service is also checked against the uncompiled ``service.json`` with its
    references, so that both forms of the schema agree with the export.
    """
    checker = FormatChecker()
    package = Draft202012Validator(
        _schema("compiled/organization_package.json"), format_checker=checker
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in package.iter_errors(document)]
    registry: Registry[Any] = Registry().with_resources(
        (path.name, DRAFT202012.create_resource(json.loads(path.read_text())))
        for path in (HSDS / "schema").glob("*.json")
    )
    service = Draft202012Validator(
        _schema("service.json"), registry=registry, format_checker=checker
    )
    for organization in document if isinstance(document, list) else ():
        for item in organization.get("services", ()):
            errors += [f"service {item.get('id')}: {e.message}" for e in service.iter_errors(item)]
    return errors


def test_the_json_export_validates_against_the_hsds_schemas(tmp_path: Path) -> None:
    path = tmp_path / "directory.json"
    summary = export_json(demo_partners(), path)

    document = json.loads(path.read_text(encoding="utf-8"))
    assert summary.partners == len(document) == len(demo_partners())
    assert _validation_errors(document) == []
    # The schemas do refuse: an organisation without its name, a service without status.
    broken = json.loads(json.dumps(document))
    del broken[0]["name"]
    del broken[1]["services"][0]["status"]
    assert len(_validation_errors(broken)) >= 2


def test_the_csv_export_is_a_valid_data_package(tmp_path: Path) -> None:
    package = tmp_path / "package"
    partners = demo_partners()
    summary = export_csv_package(partners, package)

    report = frictionless.validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    assert summary.notes == ()
    with (package / "services.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    standard = json.loads((HSDS / "datapackage.json").read_text(encoding="utf-8"))
    services = next(r for r in standard["resources"] if r["name"] == "service")
    assert rows[0] == [field["name"] for field in services["schema"]["fields"]]
    assert len(rows) - 1 == sum(len(p.offers) for p in partners)
    # Frictionless does refuse: an organisation without its name.
    edit_csv(package / "organizations.csv", lambda rows: rows[0].update(name=""))
    assert not frictionless.validate(str(package / "datapackage.json")).valid


def test_a_location_without_its_postcode_is_named_in_a_note(tmp_path: Path) -> None:
    partners = demo_partners()
    with_location = [i for i, partner in enumerate(partners) if partner.locations]
    for count in (1, 2):
        changed = list(partners)
        for index in with_location[:count]:
            partner = changed[index]
            location = replace(partner.locations[0], postcode="")
            changed[index] = replace(partner, locations=(location, *partner.locations[1:]))
        package = tmp_path / str(count)

        summary = export_csv_package(changed, package)

        located = "1 location has" if count == 1 else "2 locations have"
        assert summary.notes == (
            f"{located} no complete address (street, postcode and city); HSDS tables "
            "require all three, so their address was not written.",
        )
        with (package / "addresses.csv").open(encoding="utf-8", newline="") as file:
            written = {row["location_id"] for row in csv.DictReader(file)}
        assert written.isdisjoint(str(changed[i].locations[0].id) for i in with_location[:count])


def test_the_table_columns_are_those_of_the_hsds_package() -> None:
    standard = json.loads((HSDS / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in standard["resources"]}
    for table in TABLES:
        resource = resources[table.name]
        assert table.path == resource["path"]
        fields = resource["schema"]["fields"]
        assert [column.descriptor() for column in table.columns] == [
            {
                key: value
                for key, value in {
                    "name": field["name"],
                    "type": field["type"],
                    "format": field.get("format"),
                    "constraints": {
                        "required": field.get("constraints", {}).get("required", False),
                        "unique": field.get("constraints", {}).get("unique", False),
                    },
                }.items()
                if value is not None
            }
            for field in fields
        ], table.name
        keys = {
            key["fields"]: key["reference"]["resource"]
            for key in resource["schema"].get("foreignKeys", [])
        }
        assert dict(table.references) == keys


@pytest.mark.parametrize("form", ["json", "csv"])
def test_export_then_import_gives_the_same_partners(
    directory: DirectoryService, tmp_path: Path, form: str
) -> None:
    partners = demo_partners()
    if form == "json":
        path = tmp_path / "directory.json"
        export_json(partners, path)
    else:
        path = tmp_path / "package"
        export_csv_package(partners, path)

    summary = import_file(directory, path)

    assert summary.partners_added == len(partners)
    assert summary.notes == ()
    assert by_id(directory.list_partners()) == by_id(partners)


def test_round_trip_keeps_what_only_tresen_has(directory: DirectoryService, tmp_path: Path) -> None:
    """Kind, network facility, an offer at the only location, a bare web address."""
    base = demo_partners()[4]
    single = replace(base, locations=base.locations[:1])
    partner = replace(
        single,
        kind=PartnerKind.JOBCENTER,
        network_facility_id=uuid.UUID(int=7),
        description="",
        website="www.example.org",
        offers=(
            replace(single.offers[0], location_id=single.locations[0].id, target_groups=()),
            replace(single.offers[1], location_id=None, field_of_action=""),
        ),
    )
    export_json([partner], tmp_path / "one.json")
    import_file(directory, tmp_path / "one.json")

    back = directory.get(partner.id)
    assert back == replace(partner, website="https://www.example.org")
    assert back.offers[0].location_id == single.locations[0].id
    assert back.offers[1].location_id is None


def test_importing_again_updates_instead_of_doubling(
    directory: DirectoryService, tmp_path: Path
) -> None:
    partners = demo_partners()
    export_json(partners, tmp_path / "directory.json")
    import_file(directory, tmp_path / "directory.json")
    renamed = [replace(partners[0], name="Stadtteilzentrum Beispielkiez (neu)"), *partners[1:]]
    export_json(renamed, tmp_path / "directory.json")

    summary = import_file(directory, tmp_path / "directory.json")

    assert (summary.partners_added, summary.partners_updated) == (0, len(partners))
    assert by_id(directory.list_partners()) == by_id(renamed)


def test_ids_that_are_not_uuids_stay_the_same_across_imports(
    directory: DirectoryService, tmp_path: Path
) -> None:
    path = write_json(
        tmp_path / "numbered.json",
        {
            "id": "1",
            "name": "Nachbarschaftshaus Nummer Eins",
            "description": "",
            "locations": [{"id": "1", "location_type": "physical", "name": "Haus"}],
            "services": [
                {
                    "id": "1",
                    "name": "Beratung",
                    "status": "active",
                    "service_at_locations": [{"id": "1", "location_id": "1"}],
                }
            ],
        },
    )
    import_file(directory, path)
    summary = import_file(directory, path)

    assert (summary.partners_added, summary.partners_updated) == (0, 1)
    (partner,) = directory.list_partners()
    assert partner.id == plan_import(path, []).partners[0].id
    (location,) = partner.locations
    (offer,) = partner.offers
    assert offer.location_id == location.id != partner.id  # "1" of each table, apart


def test_a_partial_file_adds_and_a_defunct_service_removes(
    directory: DirectoryService, tmp_path: Path
) -> None:
    import_file(directory, EXAMPLES / "organization_full.json")
    extra = {
        "id": "0d2b8f0e-6a52-4c1f-9b9f-2b1f1c0c5a01",
        "name": "Sprechstunde",
        "status": "active",
        "organization_id": str(EXAMPLE_ORGANIZATION),
    }
    import_file(directory, write_json(tmp_path / "more.json", [extra]))

    partner = directory.get(EXAMPLE_ORGANIZATION)
    assert [o.name for o in partner.offers] == ["Community Counselling", "Sprechstunde"]
    assert partner.phone == "+44 1234 234567-100"  # a service alone changes no partner field

    defunct = {**extra, "id": str(EXAMPLE_SERVICE), "status": "defunct"}
    summary = import_file(directory, write_json(tmp_path / "gone.json", [defunct]))

    assert [o.name for o in directory.get(EXAMPLE_ORGANIZATION).offers] == ["Sprechstunde"]
    assert any("defunct" in note for note in summary.notes)


def test_generic_taxonomy_terms_fill_tresen_fields(tmp_path: Path) -> None:
    def attribute(name: str, taxonomy: str, link_type: str = "") -> dict[str, Any]:
        term = {"id": str(uuid.uuid4()), "name": name, "description": "", "taxonomy": taxonomy}
        return {"id": str(uuid.uuid4()), "link_type": link_type, "taxonomy_term": term}

    path = write_json(
        tmp_path / "terms.json",
        {
            "id": str(uuid.uuid4()),
            "name": "Jobcenter Beispiel",
            "description": "",
            "attributes": [attribute("Jobcenter", "Local types")],
            "services": [
                {
                    "id": str(uuid.uuid4()),
                    "name": "Beratung für Familien",
                    "status": "active",
                    "attributes": [
                        attribute("Familie", "Open Eligibility"),
                        attribute("Familien", "Open Eligibility"),
                        attribute("Menschen ab 60", "Zielgruppen Berlin"),
                        attribute("Seniors", "Other", link_type="audience"),
                        attribute("Food pantry", "Open Eligibility"),
                    ],
                }
            ],
        },
    )

    plan = plan_import(path, [])

    (partner,) = plan.partners
    assert partner.kind is PartnerKind.JOBCENTER
    (offer,) = partner.offers
    assert offer.field_of_action == "Familie"
    assert offer.target_groups == ("Familien", "Menschen ab 60", "Seniors")
    assert any("'Food pantry'" in note for note in plan.notes)


def test_language_names_and_codes_map_to_tresen_codes(tmp_path: Path) -> None:
    languages = [
        {"id": str(uuid.uuid4()), "code": "deu"},
        {"id": str(uuid.uuid4()), "name": "Türkçe"},
        {"id": str(uuid.uuid4()), "code": "ar-SY", "name": "Arabic"},
        {"id": str(uuid.uuid4()), "name": "Ukrainisch"},
        {"id": str(uuid.uuid4()), "code": "ckb", "name": "Sorani"},
        {"id": str(uuid.uuid4()), "code": "ur", "name": "Urdu"},
    ]
    path = write_json(
        tmp_path / "languages.json",
        {
            "id": str(uuid.uuid4()),
            "name": "Sprachen",
            "description": "",
            "services": [
                {
                    "id": str(uuid.uuid4()),
                    "name": "Kurs",
                    "status": "active",
                    "languages": languages,
                }
            ],
        },
    )

    plan = plan_import(path, [])

    assert plan.partners[0].offers[0].languages == ("de", "tr", "ar", "uk", "ku")
    assert plan.notes == ("Languages Tresen does not know were left out: Urdu (ur).",)


def test_a_zip_of_the_package_imports(directory: DirectoryService, tmp_path: Path) -> None:
    export_csv_package(demo_partners(), tmp_path / "package")
    archive = tmp_path / "verzeichnis.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in (tmp_path / "package").iterdir():
            zipped.write(path, f"export/{path.name}")

    import_file(directory, archive)

    assert by_id(directory.list_partners()) == by_id(demo_partners())


def test_a_spreadsheet_saved_with_semicolons_in_windows_1252_imports(tmp_path: Path) -> None:
    package = tmp_path / "excel"
    package.mkdir()
    (package / "organizations.csv").write_bytes(
        "id;name;description\n1;Begegnungsstätte Süd;Für alle\n".encode("cp1252")
    )

    plan = plan_import(package, [])

    assert plan.partners[0].name == "Begegnungsstätte Süd"
    assert any("Windows-1252" in note for note in plan.notes)


def expected_hits(
    partners: list[Partner], query: DirectoryQuery, today: date
) -> list[DirectoryHit]:
    """The directory search as its documentation says, written out plainly, for comparison."""
    day = query.open_on or today
    hits = []
    for partner in sorted(partners, key=lambda p: (p.name, p.id)):
        partner_terms = " " + index_terms(partner.name, partner.description, partner.kind.value)
        spoken_there = {code for location in partner.locations for code in location.languages}
        for offer in partner.offers or (None,):
            offer_terms = (
                " "
                + index_terms(
                    offer.name, offer.description, offer.field_of_action, *offer.target_groups
                )
                if offer
                else ""
            )
            if not all(
                f" {w}" in partner_terms or f" {w}" in offer_terms for w in search_words(query.text)
            ):
                continue
            field = offer.field_of_action if offer else ""
            groups = offer.target_groups if offer else ()
            languages = offer.languages if offer else ()
            if query.field_of_action and fold(field) != fold(query.field_of_action):
                continue
            if query.target_group and fold(query.target_group) not in {fold(g) for g in groups}:
                continue
            if query.language and query.language not in {*languages, *spoken_there}:
                continue
            location = partner.location(offer.location_id if offer else None)
            if offer and offer.schedule:
                open_today = day.weekday() in {slot.weekday for slot in offer.schedule}
            else:
                open_today = location is not None and location.open_on(day)
            if query.open_on and not open_today:
                continue
            hits.append(
                DirectoryHit(
                    partner.id,
                    partner.name,
                    partner.kind,
                    offer.id if offer else None,
                    offer.name if offer else "",
                    field,
                    groups,
                    tuple(dict.fromkeys([*languages, *(location.languages if location else ())])),
                    ", ".join(location.address_lines) if location else "",
                    open_today,
                )
            )
    return hits


@pytest.mark.parametrize(
    "query",
    [
        DirectoryQuery(),
        DirectoryQuery("beratung"),
        DirectoryQuery("famil"),
        DirectoryQuery("deutsch kurs"),
        DirectoryQuery("jobcenter beratung"),
        DirectoryQuery("begegnungsstaette"),
        DirectoryQuery(field_of_action="familie"),
        DirectoryQuery(target_group="SENIORINNEN UND SENIOREN"),
        DirectoryQuery(target_group="Geflüchtete"),
        DirectoryQuery(language="uk"),
        DirectoryQuery(language="ti"),
        DirectoryQuery(open_on=date(2026, 11, 29)),
        DirectoryQuery(open_on=date(2026, 11, 28)),
        DirectoryQuery("kurs", language="ar", open_on=date(2026, 11, 23)),
        DirectoryQuery("nichts dergleichen"),
    ],
)
def test_an_imported_directory_is_searched_as_documented(
    directory: DirectoryService, tmp_path: Path, clock: FakeClock, query: DirectoryQuery
) -> None:
    export_json(demo_partners(), tmp_path / "directory.json")
    import_file(directory, tmp_path / "directory.json")
    without_offers = Partner(uuid.UUID(int=99), "Zentrum ohne Angebote", locations=())
    directory.save(without_offers)
    partners = directory.list_partners()

    expected = expected_hits(partners, query, clock().date())

    assert directory.search(query) == expected
    assert directory.search(query, limit=3) == expected[:3]


# Bad files: a report naming the place, and nothing changed.


def _failure(directory: DirectoryService, path: Path) -> list[str]:
    before = directory.list_partners()
    with pytest.raises(ImportFailed) as failure:
        import_file(directory, path)
    assert directory.list_partners() == before
    return [problem.text() for problem in failure.value.problems]


def _exported(directory: DirectoryService, tmp_path: Path) -> list[dict[str, Any]]:
    """The demo directory imported, and its JSON export to change."""
    export_json(demo_partners(), tmp_path / "directory.json")
    import_file(directory, tmp_path / "directory.json")
    document: list[dict[str, Any]] = json.loads((tmp_path / "directory.json").read_text())
    return document


def test_broken_json_is_reported_with_line_and_column(
    directory: DirectoryService, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"id": "1", "name": "Haus",\n  }\n]\n')

    (problem,) = _failure(directory, path)
    # The reason is Python's own words, which differ between versions.
    assert problem.startswith("broken.json, line 3, column 3: This is not valid JSON: ")
    assert "double quotes" in problem


def test_a_table_without_a_required_column_is_refused(
    directory: DirectoryService, tmp_path: Path
) -> None:
    export_csv_package(demo_partners(), tmp_path / "package")
    edit_csv(tmp_path / "package/services.csv", lambda rows: None, drop="name")

    assert _failure(directory, tmp_path / "package") == [
        "services.csv: The column 'name' is missing."
    ]


def test_an_offer_at_an_unknown_location_is_refused(
    directory: DirectoryService, tmp_path: Path
) -> None:
    document = _exported(directory, tmp_path)
    unknown = "a1b2c3d4-0000-4000-8000-000000000001"
    document[2]["services"][1]["service_at_locations"][0]["location_id"] = unknown
    document[0]["name"] = "Changed, but never saved"

    assert _failure(directory, write_json(tmp_path / "bad.json", document)) == [
        f"[2].services[1].service_at_locations[0].location_id: No location with the id "
        f"{unknown} is in this file or in the directory."
    ]


def test_an_offer_row_at_an_unknown_location_is_refused(
    directory: DirectoryService, tmp_path: Path
) -> None:
    export_csv_package(demo_partners(), tmp_path / "package")
    unknown = "a1b2c3d4-0000-4000-8000-000000000002"
    edit_csv(
        tmp_path / "package/service_at_location.csv",
        lambda rows: rows[2].update(location_id=unknown),
    )

    problems = _failure(directory, tmp_path / "package")

    assert problems == [
        f"service_at_location.csv, row 4, location_id: No location with the id {unknown} "
        "is in this file or in the directory."
    ]


def test_invalid_values_are_reported_where_they_are(
    directory: DirectoryService, tmp_path: Path
) -> None:
    document = _exported(directory, tmp_path)
    document[1]["services"][2]["email"] = "repair-cafe at example.org"
    document[3]["locations"][0]["schedules"][0]["opens_at"] = "25:00"
    document[4]["locations"][0]["addresses"][0]["postal_code"] = "1O557!"
    del document[5]["name"]

    assert _failure(directory, write_json(tmp_path / "bad.json", document)) == [
        "[3].locations[0].schedules[0].opens_at: '25:00' is not a time of day "
        "(example: 09:30 or 09:30:00).",
        "[1].services[2].email: This is not a valid e-mail address (example: name@example.org).",
        "[4].locations[0].addresses[0].postal_code: This is not a valid postcode.",
        "[5].name: This field is required.",
    ]


def test_an_invalid_email_in_a_table_names_file_row_and_column(
    directory: DirectoryService, tmp_path: Path
) -> None:
    export_csv_package(demo_partners(), tmp_path / "package")
    edit_csv(tmp_path / "package/organizations.csv", lambda rows: rows[2].update(email="info@"))

    assert _failure(directory, tmp_path / "package") == [
        "organizations.csv, row 4, email: This is not a valid e-mail address "
        "(example: name@example.org)."
    ]


def test_a_repeated_id_names_the_first_row_whole(
    directory: DirectoryService, tmp_path: Path
) -> None:
    export_csv_package(demo_partners()[:3], tmp_path / "package")
    edit_csv(tmp_path / "package/organizations.csv", lambda rows: rows.append(dict(rows[0])))
    with (tmp_path / "package/organizations.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    first = rows[0]["id"]

    assert _failure(directory, tmp_path / "package") == [
        f"organizations.csv, row 5, id: The id {first} appears again "
        "(first at organizations.csv, row 2)."
    ]
    row = {"id": first, "name": "Haus", "description": ""}
    tabular = write_json(tmp_path / "tabular.json", {"organizations.csv": [row, row]})
    assert _failure(directory, tabular) == [
        f"organizations.csv[1].id: The id {first} appears again (first at organizations.csv[0])."
    ]


def test_an_unknown_language_is_a_note_not_a_failure(
    directory: DirectoryService, tmp_path: Path
) -> None:
    document = _exported(directory, tmp_path)
    document[0]["services"][0]["languages"].append({"id": str(uuid.uuid4()), "name": "Klingon"})

    summary = import_file(directory, write_json(tmp_path / "klingon.json", document))

    assert summary.notes == ("Languages Tresen does not know were left out: Klingon.",)
    assert by_id(directory.list_partners()) == by_id(demo_partners())


def test_a_file_that_cannot_be_read_is_reported(
    directory: DirectoryService, tmp_path: Path
) -> None:
    assert _failure(directory, tmp_path / "missing.json") == [
        "missing.json: The file cannot be read: No such file or directory."
    ]
    (tmp_path / "not.zip").write_text("plain text")
    assert _failure(directory, tmp_path / "not.zip") == ["not.zip: This is not a ZIP archive."]


# The demo directory.


def test_the_demo_directory_is_valid_and_saves(directory: DirectoryService) -> None:
    partners = demo_partners()
    assert 20 <= len(partners) <= 25
    kinds = {partner.kind for partner in partners}
    assert kinds == set(PartnerKind)
    for partner in partners:
        check_partner(partner)
        for offer in partner.offers:
            assert offer.field_of_action in DEFAULT_FIELDS_OF_ACTION
            assert set(offer.target_groups) <= set(TARGET_GROUP_SUGGESTIONS)
        assert partner.email.endswith(".example.org")
        assert all(loc.phone.startswith("030 23125 ") for loc in partner.locations)
    jobcenter = next(p for p in partners if p.kind is PartnerKind.JOBCENTER)
    assert jobcenter.name == "Jobcenter Berlin Mitte (Demo)"
    used = {code for p in partners for o in p.offers for code in o.languages}
    assert {"de", "en", "tr", "ar", "ru", "uk"} <= used <= set(LANGUAGE_LABELS)

    summary = directory.save_many(partners)

    assert summary.partners_added == len(partners)
    assert by_id(directory.list_partners()) == by_id(partners)
    assert demo_partners() == partners  # the same ids every time


def test_a_generated_directory_has_the_size_asked_for() -> None:
    partners = generated_partners(500, seed=3)

    assert len(partners) == 100
    assert sum(len(partner.offers) for partner in partners) == 500
    for partner in partners:
        check_partner(partner)
    assert generated_partners(500, seed=3) == partners
    assert generated_partners(500, seed=4) != partners


# The command line.


def _desk(data_dir: Path) -> None:
    database = open_on_duty(data_dir)
    try:
        SetupService(database.sessions).set_up(
            FacilityDraft(name="Stadtteilzentrum Test", kind=FacilityKind.STADTTEILZENTRUM)
        )
    finally:
        database.close()


def test_the_command_line_imports_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "desk"
    _desk(data_dir)
    export_json(demo_partners(), tmp_path / "in.json")
    count = len(demo_partners())

    assert (
        main(["directory", "import", str(tmp_path / "in.json"), "--data-dir", str(data_dir)]) == 0
    )
    assert capsys.readouterr().out == (
        f"Imported in.json: {count} partners added, 0 updated "
        f"({sum(len(p.locations) for p in demo_partners())} locations, "
        f"{sum(len(p.offers) for p in demo_partners())} offers).\n"
    )

    assert (
        main(
            [
                "directory",
                "import",
                str(EXAMPLES / "organization_full.json"),
                "--data-dir",
                str(data_dir),
            ]
        )
        == 0
    )
    output = capsys.readouterr().out
    assert output.startswith(
        "Imported organization_full.json: 1 partner added, 0 updated (1 location, 1 offer)."
    )
    assert "Note: Languages Tresen does not know were left out: Urdu (ur)" in output

    out_json = tmp_path / "out" / "directory.json"
    arguments = ["directory", "export", "--format", "hsds-json", "--out", str(out_json)]
    assert main([*arguments, "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out == (
        f"Exported {count + 1} partners ({sum(len(p.locations) for p in demo_partners()) + 1} "
        f"locations, {sum(len(p.offers) for p in demo_partners()) + 1} offers) to {out_json}.\n"
    )
    assert _validation_errors(json.loads(out_json.read_text(encoding="utf-8"))) == []

    out_csv = tmp_path / "out" / "package"
    arguments = ["directory", "export", "--format", "hsds-csv", "--out", str(out_csv)]
    assert main([*arguments, "--data-dir", str(data_dir)]) == 0
    assert f"to {out_csv}." in capsys.readouterr().out
    assert frictionless.validate(str(out_csv / "datapackage.json")).valid


def test_the_command_line_reports_a_bad_file_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "desk"
    _desk(data_dir)
    export_csv_package(demo_partners(), tmp_path / "package")
    edit_csv(tmp_path / "package/organizations.csv", lambda rows: rows[2].update(email="info@"))

    code = main(["directory", "import", str(tmp_path / "package"), "--data-dir", str(data_dir)])

    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err == (
        "package cannot be imported, nothing was changed. Problems found: 1.\n"
        "  organizations.csv, row 4, email: This is not a valid e-mail address "
        "(example: name@example.org).\n"
    )


def test_the_command_line_wants_a_set_up_desk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "nothing-here"
    code = main(
        ["directory", "import", str(EXAMPLES / "organization_full.json"), "--data-dir", str(empty)]
    )

    assert code == 2
    assert "set up this desk first" in capsys.readouterr().err
    assert not empty.exists()  # no empty database left behind

    open_on_duty(tmp_path / "not-set-up").close()
    arguments = ["directory", "export", "--format", "hsds-json", "--out", str(tmp_path / "x.json")]
    assert main([*arguments, "--data-dir", str(tmp_path / "not-set-up")]) == 2
    assert "set up this desk first" in capsys.readouterr().err


def test_the_command_line_says_why_an_export_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "desk"
    _desk(data_dir)
    (tmp_path / "taken").write_text("")
    out = tmp_path / "taken" / "directory.json"
    arguments = ["directory", "export", "--format", "hsds-json", "--out", str(out)]

    assert main([*arguments, "--data-dir", str(data_dir)]) == 2
    assert capsys.readouterr().err.startswith(f"{out.parent} could not be written (")
