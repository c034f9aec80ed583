"""Access reports (Art. 15 GDPR): all of one person's data and nothing of anyone else's."""

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from desktop_app.core import codes
from desktop_app.core.access import PermissionDenied, Role, StaffMember
from desktop_app.core.access_report import (
    ALLOWANCE_KINDS_DE,
    AUDIT_ACTIONS_DE,
    CONSENT_MANNERS_DE,
    CONSENT_PURPOSES_DE,
    GENDERS_DE,
    HOURS_STATUSES_DE,
    JSON_FORMAT,
    LANGUAGES_DE,
    REFERRAL_STATUSES_DE,
    REQUEST_KINDS_DE,
    AccessReport,
    Hours,
    Money,
    PersonKind,
    ReportSection,
    display,
    to_json,
)
from desktop_app.core.audit import AuditAction
from desktop_app.core.consent_records import ConsentPurpose
from desktop_app.core.db import Database
from desktop_app.core.directory_records import Contact, Partner, PartnerKind, PartnerLocation
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.ids import new_id
from desktop_app.core.models import AuditEntry, Consent, Facility, SyncConflict
from desktop_app.core.privacy_records import RequestDraft, RequestKind
from desktop_app.core.records import FacilityRecord, OfferDraft, VisitorDraft
from desktop_app.core.reference import LANGUAGE_LABELS, FacilityKind, Gender
from desktop_app.core.referral_records import (
    ConsentManner,
    ReferralDraft,
    ReferralStatus,
    SharingConsent,
)
from desktop_app.core.services import Services
from desktop_app.core.services.access_report import RECORD_KIND, AccessReportService
from desktop_app.core.services.requests import RequestService
from desktop_app.core.volunteer_records import (
    Activity,
    AllowanceDraft,
    AllowanceKind,
    HoursDraft,
    HoursStatus,
    Training,
    VolunteerDraft,
)
from tests.conftest import FakeClock

RECEIVER = uuid.UUID("0193a000-0000-7000-8000-00000000beef")
RECEIVER_NAME = "Stadtteilzentrum Beispielplatz im Verbund"
JONAS = StaffMember(id=uuid.uuid4(), name="Jonas Weber", role=Role.RECEPTION)


@dataclass(frozen=True)
class People:
    """Two visitors with similar names; the first is also a volunteer.

    ``mine`` are texts of the first person's data that a report on them must hold;
    ``theirs`` are texts of the second person's data that it must never hold.
    """

    visitor_id: uuid.UUID
    volunteer_id: uuid.UUID
    other_id: uuid.UUID
    number: str
    other_number: str
    referral_code: str
    other_referral_code: str
    mine: tuple[str, ...]
    theirs: tuple[str, ...]


def make_people(
    database: Database, services: Services, clock: FakeClock, facility_id: uuid.UUID
) -> People:
    """The two people, their visits, consents, referrals, engagement and requests."""
    cafe = services.offers.create(OfferDraft(title="Sprachcafé Deutsch"))
    sewing = services.offers.create(OfferDraft(title="Nähwerkstatt für Anfängerinnen"))
    reading = services.offers.create(OfferDraft(title="Lesepatenschaft Kinderbibliothek"))
    anna = services.visitors.register(
        VisitorDraft(
            first_name="Anna",
            last_name="Müller",
            birth_year=1980,
            gender=Gender.FEMALE,
            preferred_language="tr",
            postcode="10115",
            phone="030 111222",
            email="anna.mueller@example.org",
            notes="Möchte über Deutschkurse informiert werden.",
        )
    )
    other = services.visitors.register(
        VisitorDraft(
            first_name="Anna",
            last_name="Möller",
            birth_year=1985,
            gender=Gender.DIVERSE,
            preferred_language="ar",
            postcode="10437",
            phone="0176 9988776",
            email="a.moeller@example.net",
            notes="Ruft wegen des Nähkurses zurück.",
        )
    )
    services.visits.check_in(anna.id, cafe.id)
    services.visits.check_in(other.id, cafe.id)
    services.visits.check_in(other.id, sewing.id)
    clock.advance(days=2)
    services.visits.check_in(anna.id, cafe.id)

    with database.sessions.begin() as session:
        session.add(
            Facility(id=RECEIVER, name=RECEIVER_NAME, kind=FacilityKind.STADTTEILZENTRUM.value)
        )
        session.add_all(
            [
                _consent(
                    facility_id,
                    anna.id,
                    ConsentPurpose.REGISTRATION,
                    "2026-11",
                    given=clock.now - timedelta(hours=1),
                ),
                _consent(
                    facility_id,
                    anna.id,
                    ConsentPurpose.CONTACT,
                    "2026-11",
                    manner=ConsentManner.VERBAL,
                    given=clock.now,
                ),
                _consent(
                    facility_id,
                    other.id,
                    ConsentPurpose.PHOTOS,
                    "foto-7",
                    recorded_by="Kim Vorlage",
                    given=clock.now,
                    withdrawn=True,
                ),
            ]
        )
    partner = services.directory.save(
        Partner(
            id=new_id(),
            name="Stadtteilzentrum Beispielplatz",
            kind=PartnerKind.STADTTEILZENTRUM,
            contact=Contact("Frau Demir", "030 23125 101"),
            locations=(PartnerLocation(id=new_id(), street="Hofweg 2", postcode="10117"),),
            network_facility_id=RECEIVER,
        )
    )
    shared = services.referrals.issue(
        ReferralDraft(
            visitor_id=anna.id,
            partner_id=partner.id,
            purpose="Hilfe beim Lebenslauf",
            appointment_at=datetime.combine(date(2026, 12, 1), time(10, 30)).astimezone(),
            slip_language="tr",
            consent=SharingConsent(
                manner=ConsentManner.SIGNED_FORM,
                recipient=RECEIVER_NAME,
                data_shared="Vorname, Anliegen und Termin",
                purpose="Ankunft bestätigen und nachfragen",
                language="tr",
            ),
        )
    )
    services.referrals.mark_handed_out(shared.id)
    theirs = services.referrals.issue(
        ReferralDraft(
            visitor_id=other.id,
            partner_id=partner.id,
            purpose="Fragen zur Miete",
            slip_language="ar",
        )
    )

    volunteer = services.volunteers.create(
        VolunteerDraft(
            first_name="Anna",
            last_name="Müller",
            visitor_id=anna.id,
            email="anna.mueller@example.org",
            phone="030 111222",
            birth_year=1980,
            started_on=date(2025, 3, 1),
            activities=(Activity("Vorlesen für Kinder", reading.id),),
            trainings=(Training("Erste Hilfe am Kind", date(2025, 5, 10), 480),),
            agreement_signed_on=date(2025, 3, 3),
            police_certificate_seen_on=date(2025, 2, 20),
            notes="Kommt am liebsten dienstags.",
        )
    )
    tuesday = services.hours.record(
        HoursDraft(volunteer.id, date(2026, 11, 17), 120, "Vorlesen für Kinder", reading.id),
        "Test Admin",
    )
    first = services.hours.record(
        HoursDraft(volunteer.id, date(2026, 11, 10), 90, "Vorlesen für Kinder"), "Test Admin"
    )
    services.hours.correct(first.id, 105, "Nachtrag zur Vorbereitung", "Test Admin")
    services.allowances.record(
        AllowanceDraft(
            volunteer.id,
            date(2026, 11, 2),
            12_050,
            AllowanceKind.VOLUNTEER,
            "Vorlesen für Kinder",
            note="Pauschale für Oktober",
        )
    )
    services.volunteers.set_buergergeld(volunteer.id, True)

    with database.sessions.begin() as session:
        # Values two desks changed apart: the shared database keeps both.
        for table, row_id, column, kept, other_value in (
            ("visitor", anna.id, "phone", "030 111222", "030 111223"),
            ("volunteer_hours", tuesday.id, "minutes", 120, 135),
            ("visitor", other.id, "last_name", "Möller", "Moeller-Schmidt"),
        ):
            session.add(
                SyncConflict(
                    facility_id=facility_id,
                    table_name=table,
                    row_id=row_id,
                    column_name=column,
                    kept_value=kept,
                    other_value=other_value,
                    resolution="",
                )
            )

    requests = RequestService(database.sessions, facility_id, clock)
    requests.record(
        RequestDraft(
            RequestKind.ACCESS,
            "Anna Müller",
            date(2026, 11, 24),
            visitor_id=anna.id,
            note="Per E-Mail angefragt",
        )
    )
    requests.record(
        RequestDraft(
            RequestKind.ERASURE,
            "Anna Möller",
            date(2026, 11, 25),
            visitor_id=other.id,
            note="Anruf wegen Löschung",
        )
    )

    return People(
        visitor_id=anna.id,
        volunteer_id=volunteer.id,
        other_id=other.id,
        number=anna.number,
        other_number=other.number,
        referral_code=codes.grouped(shared.code),
        other_referral_code=codes.grouped(theirs.code),
        mine=(
            "Müller",
            anna.number,
            "1980",
            "030 111222",
            "anna.mueller@example.org",
            "10115",
            "Türkisch",
            "weiblich",
            "Möchte über Deutschkurse informiert werden.",
            "Sprachcafé Deutsch",
            "Speichern der Registrierung",
            "Kontakt per Telefon oder E-Mail",
            "mündlich",
            codes.grouped(shared.code),
            "Hilfe beim Lebenslauf",
            "Hofweg 2",
            RECEIVER_NAME,
            "Vorname, Anliegen und Termin",
            "Ankunft bestätigen und nachfragen",
            "ausgegeben",
            "Vorlesen für Kinder",
            "Lesepatenschaft Kinderbibliothek",
            "Erste Hilfe am Kind",
            "Kommt am liebsten dienstags.",
            "Nachtrag zur Vorbereitung",
            "korrigiert, ersetzt",
            "Pauschale für Oktober",
            "Ehrenamtspauschale (§ 3 Nr. 26a EStG)",
            "Sie beziehen Bürgergeld.",
            "Per E-Mail angefragt",
            "030 111223",
            "Test Admin",
        ),
        theirs=(
            "Möller",
            other.number,
            "1985",
            "0176 9988776",
            "a.moeller@example.net",
            "10437",
            "Arabisch",
            "divers",
            "Ruft wegen des Nähkurses zurück.",
            "Nähwerkstatt",
            "foto-7",
            "Kim Vorlage",
            codes.grouped(theirs.code),
            "Fragen zur Miete",
            "Anruf wegen Löschung",
            "Moeller-Schmidt",
            str(other.id),
        ),
    )


def _consent(
    facility_id: uuid.UUID,
    visitor_id: uuid.UUID,
    purpose: ConsentPurpose,
    version: str,
    *,
    manner: ConsentManner = ConsentManner.SIGNED_FORM,
    recorded_by: str = "Test Admin",
    given: datetime,
    withdrawn: bool = False,
) -> Consent:
    return Consent(
        facility_id=facility_id,
        visitor_id=visitor_id,
        purpose=purpose.value,
        text_version=version,
        language="de",
        manner=manner.value,
        given_at=given,
        withdrawn_at=given if withdrawn else None,
        recorded_by=recorded_by,
    )


@pytest.fixture
def reports(database: Database, facility: FacilityRecord, clock: FakeClock) -> AccessReportService:
    return AccessReportService(database.sessions, facility.id, clock)


@pytest.fixture
def people(
    database: Database, services: Services, clock: FakeClock, facility: FacilityRecord
) -> People:
    return make_people(database, services, clock, facility.id)


def _section(report: AccessReport, key: str) -> ReportSection:
    (section,) = [section for section in report.sections if section.key == key]
    return section


def _rows(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    (section,) = [section for section in data["sections"] if section["key"] == key]
    rows: list[dict[str, Any]] = section["rows"]
    return rows


# All of one person, nothing of the other


def test_the_report_holds_every_item_of_the_person_and_nothing_of_the_other(
    reports: AccessReportService, people: People
) -> None:
    report = reports.for_visitor(people.visitor_id)
    text = to_json(report)
    missing = [item for item in people.mine if item not in text]
    assert missing == []
    leaked = [item for item in people.theirs if item in text]
    assert leaked == []
    assert report.requester == "Anna Müller"
    assert not report.no_data
    assert [section.key for section in report.sections] == [
        "visitor",
        "visits",
        "consents",
        "referrals",
        "referral_steps",
        "volunteer",
        "trainings",
        "hours",
        "allowances",
        "benefit_flag",
        "requests",
        "conflicts",
        "accesses",
    ]


def test_every_stored_field_of_the_visitor_is_reported(
    reports: AccessReportService, people: People
) -> None:
    fields = {
        field.key: field.value
        for field in _section(reports.for_visitor(people.visitor_id), "visitor").fields
    }
    assert fields == {
        "number": people.number,
        "first_name": "Anna",
        "last_name": "Müller",
        "birth_year": 1980,
        "age_band": "27-50 Jahre",
        "gender": "weiblich",
        "preferred_language": "Türkisch",
        "postcode": "10115",
        "phone": "030 111222",
        "email": "anna.mueller@example.org",
        "notes": "Möchte über Deutschkurse informiert werden.",
        "created_at": fields["created_at"],
        "updated_at": fields["updated_at"],
        "id": str(people.visitor_id),
    }
    assert isinstance(fields["created_at"], datetime)


def test_the_json_is_machine_readable_with_stable_keys_and_iso_dates(
    reports: AccessReportService, people: People
) -> None:
    data = json.loads(to_json(reports.for_visitor(people.visitor_id)))
    assert list(data) == [
        "format",
        "title",
        "made_at",
        "controller",
        "requester",
        "no_data",
        "intro",
        "sections",
        "activities",
        "recipients",
        "source",
        "further",
        "rights",
    ]
    assert data["format"] == JSON_FORMAT
    assert datetime.fromisoformat(data["made_at"]).utcoffset() is not None
    assert data["controller"]["name"] == "Nachbarschaftshaus Am Park"
    visits = _rows(data, "visits")
    assert [visit["offer"] for visit in visits] == ["Sprachcafé Deutsch"] * 2
    days = [datetime.fromisoformat(visit["visited_at"]).date() for visit in visits]
    assert days == [date(2026, 11, 23), date(2026, 11, 25)]
    (payment,) = _rows(data, "allowances")
    assert payment == {
        "paid_on": "2026-11-02",
        "amount": 120.5,
        "kind": "Ehrenamtspauschale (§ 3 Nr. 26a EStG)",
        "activity": "Vorlesen für Kinder",
        "note": "Pauschale für Oktober",
    }
    hours = _rows(data, "hours")
    assert [(row["worked_on"], row["hours"], row["status"]) for row in hours] == [
        ("2026-11-10", 1.5, "korrigiert, ersetzt"),
        ("2026-11-10", 1.75, "gültig"),
        ("2026-11-17", 2.0, "gültig"),
    ]
    assert hours[1]["reason"] == "Nachtrag zur Vorbereitung"
    assert hours[2]["offer"] == "Lesepatenschaft Kinderbibliothek"
    (training,) = _rows(data, "trainings")
    assert training == {"title": "Erste Hilfe am Kind", "held_on": "2025-05-10", "hours": 8.0}
    (referral,) = _rows(data, "referrals")
    assert referral["code"] == people.referral_code
    assert referral["shared_with_receiver"] is True
    assert referral["receiver"] == RECEIVER_NAME
    assert referral["appointment_at"].startswith("2026-12-01T10:30:00")
    steps = _rows(data, "referral_steps")
    assert [step["status"] for step in steps] == ["erstellt", "ausgegeben"]
    assert {step["facility"] for step in steps} == {"Nachbarschaftshaus Am Park"}
    conflicts = _rows(data, "conflicts")
    assert [(row["record"], row["field"], row["kept"], row["other"]) for row in conflicts] == [
        ("Besucherinnen und Besucher", "Telefon", "030 111222", "030 111223"),
        ("Stunden der Freiwilligen", "Dauer", 120, 135),
    ]
    (volunteer,) = [s for s in data["sections"] if s["key"] == "volunteer"]
    values = {field["key"]: field["value"] for field in volunteer["fields"]}
    assert values["started_on"] == "2025-03-01"
    assert values["school_pass"] is False
    assert values["visitor_id"] == people.number
    assert values["activities"] == "Vorlesen für Kinder (Angebot: Lesepatenschaft Kinderbibliothek)"


def test_consents_with_how_when_and_in_which_version(
    reports: AccessReportService, people: People
) -> None:
    data = json.loads(to_json(reports.for_visitor(people.visitor_id)))
    consents = _rows(data, "consents")
    purposes = [(row["purpose"], row["manner"], row["text_version"]) for row in consents]
    assert purposes == [
        ("Speichern der Registrierung", "unterschriebenes Formular", "2026-11"),
        ("Kontakt per Telefon oder E-Mail", "mündlich", "2026-11"),
        ("Weitergabe bei einer Vermittlung", "unterschriebenes Formular", "referral-1"),
    ]
    referral = consents[2]
    assert referral["recipient"] == RECEIVER_NAME
    assert referral["referral"] == people.referral_code
    assert referral["language"] == "Türkisch"
    assert all(row["withdrawn_at"] is None for row in consents)


def test_only_the_activities_the_data_falls_under(
    reports: AccessReportService, people: People
) -> None:
    report = reports.for_visitor(people.visitor_id)
    assert [activity.key for activity in report.activities] == [
        "visitor_registration",
        "visits",
        "consent_records",
        "referrals",
        "volunteers",
        "allowances",
        "access_requests",
        "staff_accounts",
        "sync",
    ]  # no head counts: they name no one


def test_recipients_name_the_shared_database_and_the_receiving_facility(
    reports: AccessReportService, people: People
) -> None:
    recipients = " ".join(reports.for_visitor(people.visitor_id).recipients)
    assert "gemeinsame Datenbank des Einrichtungsverbunds" in recipients
    assert f"{RECEIVER_NAME}: sieht mit Ihrer Einwilligung die Vermittlung" in recipients
    assert people.referral_code in recipients
    assert "Verlassen diesen Arbeitsplatz nie: Notizen" in recipients
    assert "Bürgergeld-Vermerk" in recipients
    assert "Bezirksamt Mitte" in recipients


def test_who_accessed_the_data_comes_from_the_audit_trail(
    reports: AccessReportService, people: People, database: Database
) -> None:
    ids = (people.visitor_id, people.volunteer_id)
    with database.sessions.begin() as session:
        expected = session.scalars(
            select(AuditEntry.seq).where(AuditEntry.person_id.in_(ids))
        ).all()
    section = _section(reports.for_visitor(people.visitor_id), "accesses")
    assert section.table is not None
    assert len(section.table.rows) == len(expected) > 5
    actions = {row[1] for row in section.table.rows}
    assert {"angelegt", "geändert"} <= actions
    records = {row[2] for row in section.table.rows}
    assert "Besucherinnen und Besucher" in records and "Stunden der Freiwilligen" in records
    assert {row[4] for row in section.table.rows} == {"Test Admin"}


def test_making_a_report_is_logged_for_each_of_its_records(
    reports: AccessReportService, people: People, database: Database
) -> None:
    reports.for_visitor(people.visitor_id)
    with database.sessions.begin() as session:
        logged = session.execute(
            select(AuditEntry.person_id, AuditEntry.staff_name).where(
                AuditEntry.action == AuditAction.EXPORT.value,
                AuditEntry.record_kind == RECORD_KIND,
            )
        ).all()
    assert sorted(logged) == sorted(
        [(people.visitor_id, "Test Admin"), (people.volunteer_id, "Test Admin")]
    )
    # A second report lists the first one among the accesses.
    again = _section(reports.for_visitor(people.visitor_id), "accesses")
    assert again.table is not None
    assert ("exportiert", "Auskunft nach Art. 15 DSGVO") in {
        (row[1], row[2]) for row in again.table.rows
    }


def test_the_volunteers_report_is_the_visitors_when_they_are_one_person(
    reports: AccessReportService, people: People
) -> None:
    by_visitor = reports.for_visitor(people.visitor_id)
    by_volunteer = reports.for_volunteer(people.volunteer_id)
    assert [s.key for s in by_volunteer.sections] == [s.key for s in by_visitor.sections]
    assert _section(by_volunteer, "visitor") == _section(by_visitor, "visitor")


def test_a_volunteer_without_a_visitor_record(
    reports: AccessReportService, services: Services, people: People
) -> None:
    kim = services.volunteers.create(
        VolunteerDraft(first_name="Kim", last_name="Beispiel", phone="030 5556667")
    )
    report = reports.for_volunteer(kim.id)
    assert report.requester == "Kim Beispiel"
    assert [section.key for section in report.sections] == ["volunteer", "accesses"]
    assert [activity.key for activity in report.activities] == [
        "volunteers",
        "staff_accounts",
        "sync",
    ]
    text = to_json(report)
    assert "030 5556667" in text
    assert not [item for item in (*people.mine[:6], *people.theirs) if item in text]


def test_a_long_history_is_read_with_the_same_few_queries(
    reports: AccessReportService,
    people: People,
    services: Services,
    database: Database,
    clock: FakeClock,
) -> None:
    """However many visits, hours and steps a person has: no query per record."""
    before = _queries(database, lambda: reports.for_visitor(people.visitor_id))
    cafe = next(o for o in services.offers.list_offers() if o.title == "Sprachcafé Deutsch")
    for day in range(1, 25):
        clock.advance(days=1)
        services.visits.check_in(people.visitor_id, cafe.id)
        services.hours.record(
            HoursDraft(people.volunteer_id, clock.now.date(), 60, f"Vorlesen {day}"), "Test Admin"
        )
    after = _queries(database, lambda: reports.for_visitor(people.visitor_id))
    report = reports.for_visitor(people.visitor_id)
    visits = _section(report, "visits").table
    assert visits is not None and len(visits.rows) == 26
    assert after == before


def _queries(database: Database, action: Any) -> int:
    count = 0

    def counted(*_: object) -> None:
        nonlocal count
        count += 1

    event.listen(database.engine, "before_cursor_execute", counted)
    try:
        action()
    finally:
        event.remove(database.engine, "before_cursor_execute", counted)
    return count


# The answer that nothing is held


def test_no_data_held(reports: AccessReportService, database: Database) -> None:
    report = reports.no_data("  Maria Beispiel ")
    assert report.no_data and report.requester == "Maria Beispiel"
    assert report.sections == () and report.activities == ()
    assert "keine Daten zu Ihrer Person gefunden" in report.intro
    assert "3 Jahre nach Erledigung der Anfrage" in report.intro
    data = json.loads(to_json(report))
    assert data["no_data"] is True and data["sections"] == []
    assert data["requester"] == "Maria Beispiel"
    with database.sessions.begin() as session:
        (entry,) = session.scalars(
            select(AuditEntry).where(AuditEntry.record_kind == RECORD_KIND)
        ).all()
        assert (entry.action, entry.person_id, entry.detail) == ("export", None, "no_data")
        # The trail never holds a name.
        assert "Maria" not in entry.detail
    with pytest.raises(ValidationError):
        reports.no_data("   ")


# Finding the person


def test_finding_people_by_name_and_number(reports: AccessReportService, people: People) -> None:
    found = reports.find_people("anna m")
    assert [(match.kind, match.id) for match in found] == [
        (PersonKind.VISITOR, people.other_id),  # Möller before Müller
        (PersonKind.VISITOR, people.visitor_id),
        (PersonKind.VOLUNTEER, people.volunteer_id),
    ]
    assert [(match.display_name, match.birth_year) for match in found] == [
        ("Anna Möller", 1985),
        ("Anna Müller", 1980),
        ("Anna Müller", 1980),
    ]
    assert found[0].number == people.other_number and found[2].number == ""
    assert [match.id for match in reports.find_people("Möller")] == [people.other_id]
    assert [match.id for match in reports.find_people("moeller")] == [people.other_id]
    assert [match.id for match in reports.find_people(people.number.lower())] == [people.visitor_id]
    assert reports.find_people("  ") == []
    assert reports.find_people("Zacharias") == []


# Who may


def test_reception_is_refused_and_nothing_is_logged(
    reports: AccessReportService, people: People, database: Database
) -> None:
    database.on_duty.sign_in(JONAS)
    for attempt in (
        lambda: reports.find_people("Anna"),
        lambda: reports.for_visitor(people.visitor_id),
        lambda: reports.for_volunteer(people.volunteer_id),
        lambda: reports.no_data("Maria Beispiel"),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    with database.sessions.begin() as session:
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.record_kind == RECORD_KIND)).all()
            == []
        )


def test_removed_people_and_other_facilities_people_are_not_found(
    reports: AccessReportService,
    people: People,
    database: Database,
    services: Services,
    clock: FakeClock,
) -> None:
    with pytest.raises(NotFoundError):
        reports.for_visitor(uuid.uuid4())
    with pytest.raises(NotFoundError):
        reports.for_volunteer(people.visitor_id)
    services.volunteers.delete(people.volunteer_id)
    with pytest.raises(NotFoundError):
        reports.for_volunteer(people.volunteer_id)
    # The visitor's report no longer holds the removed volunteer profile.
    keys = [section.key for section in reports.for_visitor(people.visitor_id).sections]
    assert "volunteer" not in keys and "hours" not in keys and "benefit_flag" not in keys


# Values and words


def test_values_are_shown_the_german_way() -> None:
    assert display(None) == display("") == "–"
    assert display(True) == "ja" and display(False) == "nein"
    assert display(date(2026, 3, 4)) == "04.03.2026"
    assert display(datetime(2026, 3, 4, 9, 5).astimezone()) == "04.03.2026, 09:05"
    assert display(Money(123_456)) == "1.234,56 €"
    assert display(Hours(105)) == "1,75"
    assert display(1980) == "1980"


@pytest.mark.parametrize(
    ("words", "codes_"),
    [
        (GENDERS_DE, [gender.value for gender in Gender]),
        (CONSENT_PURPOSES_DE, [purpose.value for purpose in ConsentPurpose]),
        (CONSENT_MANNERS_DE, [manner.value for manner in ConsentManner]),
        (REFERRAL_STATUSES_DE, [status.value for status in ReferralStatus]),
        (ALLOWANCE_KINDS_DE, [kind.value for kind in AllowanceKind]),
        (HOURS_STATUSES_DE, [status.value for status in HoursStatus]),
        (REQUEST_KINDS_DE, [kind.value for kind in RequestKind]),
        (AUDIT_ACTIONS_DE, [action.value for action in AuditAction]),
        (LANGUAGES_DE, list(LANGUAGE_LABELS)),
    ],
)
def test_every_stored_code_has_its_german_word(words: dict[str, str], codes_: list[str]) -> None:
    assert sorted(words) == sorted(codes_)
    assert all(word.strip() for word in words.values())
