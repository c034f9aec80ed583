"""Open Referral HSDS 3.0 import and export of the partner directory.

Files
-----
Import reads HSDS JSON — one ``organization``, ``service`` or ``service_at_location``
object (the ``*_full`` API responses), a JSON array of them, a page of a list
(``{"contents": [...]}``), or the tabular form written as JSON (``{"organizations.csv":
[...]}``) — and HSDS tabular data packages: a ``datapackage.json``, a folder or a ZIP file
of the CSV tables (or any one CSV file of such a folder). A ``datapackage.json`` that only
holds a relative path (a Git symbolic link checked out as text) is followed; failing that,
the tables are looked for under their standard HSDS names.

Export writes a JSON array of organisations with their locations and services nested
(HSDS's ``organization_package`` schema), or a data package: ``datapackage.json`` with
HSDS's table schemas and one CSV per table Tresen keeps data for, with all of HSDS's
columns (the foreign key to ``programs``, which Tresen does not keep, is left out).

Mapping
-------
=====================================  ======================================================
Tresen                                 HSDS
=====================================  ======================================================
Partner id, name, description,         organization id, name, description, email, website
email, website                         (an export adds ``https://`` to a bare web address;
                                       a description equal to the name reads as none, since
                                       the CSV export repeats the name for a missing one)
Partner.phone                          organization.phones[0].number (not a fax)
Partner.contact                        organization.contacts[0]: name, email, phones[0]
Partner.kind                           attribute → term of taxonomy "Tresen: kind of
                                       organisation" (code ``kind:jobcenter``); on import
                                       also a term of any taxonomy named like a kind
                                       ("Jobcenter", "Beratungsstelle", "Stadtteilzentrum")
Partner.network_facility_id            organization_identifiers, scheme ``tresen-facility``
PartnerLocation id, name               location id, name (location_type "physical")
street, postcode, city                 the physical address (else the first):
                                       address_1 (+ ", " address_2), postal_code, city;
                                       written with state_province Berlin, country DE
phone                                  location.phones[0].number
opening_hours                          schedules with freq WEEKLY, byday and opens_at /
                                       closes_at (one per opening time, days in byday)
opening_hours_note                     the description and notes of the schedules; a
                                       schedule of another shape (monthly, fortnightly)
                                       is kept as its text only
accessibility                          accessibility[].description (+ details)
languages                              languages[]: code (ISO 639-1 or -3, "de-DE") or
                                       name (English, German or the language's own);
                                       languages Tresen does not know become a note
PartnerOffer id, name, description,    service id, name, description, email, url
email, url
contact                                service.contacts[0] (its phone, else the service's)
location_id                            service_at_locations: one location → it; every
                                       location → None (at all); an export writes one
                                       link per location for None, with ids that say so
field_of_action, target_groups         attributes → terms of "Tresen: field of action" and
                                       "Tresen: target group"; on import also generic terms
                                       that name a default field of action or suggested
                                       target group, or whose taxonomy or link_type speaks
                                       of target groups / audience / eligibility
schedule, schedule_note                service (and its service_at_locations') schedules
=====================================  ======================================================

Ids are kept: HSDS ids are UUIDs, and any other id becomes a UUID derived from the table
and the id, so that importing a file again updates its entries instead of doubling them.
Import merges: what a file is silent about (a JSON object without ``phones``, a package
without ``phones.csv``, a table without a column) keeps what the directory has; entries
are never removed, except services marked inactive or defunct. Kind, field of action,
target groups and network facility exist only in Tresen: a file without Tresen's terms
leaves them as they are (a service with any of Tresen's terms sets all of its own).
Whatever was read but has no place in Tresen is told in the import's notes, counted,
never silently; a bad file raises ``ImportFailed`` with every problem and its place
(``services[2].email``, ``organizations.csv, row 4, email``), and nothing is saved.
"""

from desktop_app.core.hsds.exporting import ExportSummary, export_csv_package, export_json
from desktop_app.core.hsds.importing import ImportPlan, import_file, plan_import
from desktop_app.core.hsds.problems import ImportFailed, Problem

__all__ = [
    "ExportSummary",
    "ImportFailed",
    "ImportPlan",
    "Problem",
    "export_csv_package",
    "export_json",
    "import_file",
    "plan_import",
]
