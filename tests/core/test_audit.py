"""The audit trail: entries for every change, no personal data in them, tampering shows."""

import os
import re
import sqlite3
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import delete, exc, select, update

from desktop_app.core import audit
from desktop_app.core.access import PermissionDenied, Role, StaffMember
from desktop_app.core.audit import (
    ALTERED,
    MISSING_AT_END,
    MISSING_BEFORE,
    AuditAction,
    AuditRecord,
    ChainBreak,
)
from desktop_app.core.db import Database
from desktop_app.core.models import AuditEntry, Visitor, utcnow
from desktop_app.core.privacy_records import AuditQuery
from desktop_app.core.records import VisitorDraft
from desktop_app.core.services import Services
from desktop_app.core.services.audit_trail import AuditTrailService
from desktop_app.core.volunteer_records import Training, VolunteerDraft
from tests.conftest import FakeClock

AYLIN = StaffMember(id=uuid.uuid4(), name="Aylin Demir", role=Role.COORDINATION)
JONAS = StaffMember(id=uuid.uuid4(), name="Jonas Weber", role=Role.RECEPTION)
HEX_KEY = re.compile(r"[0-9a-f]{32}")


@pytest.fixture
def trail(database: Database, clock: FakeClock) -> AuditTrailService:
    return AuditTrailService(database.sessions)


def _as(database: Database, member: StaffMember) -> None:
    database.on_duty.sign_in(member)


def _everything(trail: AuditTrailService, **filters: Any) -> list[AuditRecord]:
    """Every entry that passes ``filters`` (fields of ``AuditQuery``) on one page."""
    return trail.entries(AuditQuery(limit=10_000, **filters))


def _raw_trail(database: Database) -> str:
    """Every stored text of every entry, as one text.

    The keys (random hex digits) and the times are checked for their form instead of
    searched: a random key may well contain "1998" or "480" by chance.
    """
    with sqlite3.connect(database.path) as connection:
        rows = connection.execute(
            "SELECT seq, occurred_at, staff_id, staff_name, action, record_kind, record_id,"
            " person_id, detail FROM audit_entry"
        ).fetchall()
    texts = []
    for seq, occurred_at, staff_id, staff_name, action, kind, record_id, person_id, detail in rows:
        assert isinstance(seq, int)
        datetime.fromisoformat(occurred_at)
        for key in (staff_id, record_id, person_id):
            assert key is None or HEX_KEY.fullmatch(key), key
        texts.append(" | ".join(str(value) for value in (staff_name, action, kind, detail)))
    return "\n".join(texts)


# What is recorded


def test_a_visitors_registration_change_and_removal_are_recorded(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _as(database, AYLIN)
    before = utcnow().replace(microsecond=0)
    visitor = services.visitors.register(
        VisitorDraft(first_name="Amal", last_name="Haddad", birth_year=1998, phone="030 555 0101")
    )
    services.visitors.update(
        visitor.id,
        VisitorDraft(
            first_name="Amal",
            last_name="Haddad-Nour",
            birth_year=1998,
            phone="030 555 0202",
            email="amal@example.org",
        ),
    )
    _as(database, JONAS)
    with database.sessions.begin() as session:
        row = session.get(Visitor, visitor.id)
        assert row is not None
        row.deleted_at = utcnow()
    after = utcnow()

    _as(database, AYLIN)
    entries = _everything(trail, person_id=visitor.id)
    assert [(e.action, e.staff_id, e.staff_name) for e in entries] == [
        (AuditAction.DELETE, JONAS.id, "Jonas Weber"),
        (AuditAction.CHANGE, AYLIN.id, "Aylin Demir"),
        (AuditAction.CREATE, AYLIN.id, "Aylin Demir"),
    ]
    assert {(e.record_kind, e.record_id) for e in entries} == {("visitor", visitor.id)}
    assert all(before <= e.occurred_at <= after for e in entries)
    # Changed fields by name, never their values.
    assert [e.detail for e in entries] == ["", "email, last_name, phone", ""]
    stored = _raw_trail(database)
    for value in ("Amal", "Haddad", "Nour", "030 555", "amal@", "1998", visitor.number):
        assert value not in stored


def test_a_volunteers_profile_and_trainings_are_recorded(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _as(database, AYLIN)
    volunteer = services.volunteers.create(
        VolunteerDraft(
            first_name="Lena",
            last_name="Schulz",
            email="lena@example.org",
            trainings=(Training("Erste Hilfe", date(2025, 3, 1), 480),),
        )
    )
    services.volunteers.update(
        volunteer.id, VolunteerDraft(first_name="Lena", last_name="Schulz", email="")
    )
    services.volunteers.delete(volunteer.id)

    entries = _everything(trail, person_id=volunteer.id)
    assert [(e.action, e.record_kind, e.detail) for e in reversed(entries)] == [
        (AuditAction.CREATE, "volunteer", ""),
        (AuditAction.CREATE, "volunteer_training", ""),
        (AuditAction.CHANGE, "volunteer", "email"),
        (AuditAction.DELETE, "volunteer_training", ""),
        (AuditAction.DELETE, "volunteer", ""),
    ]
    assert {e.staff_id for e in entries} == {AYLIN.id}
    stored = _raw_trail(database)
    for value in ("Lena", "Schulz", "lena@", "Erste Hilfe", "480"):
        assert value not in stored


def test_views_prints_and_exports_are_recorded_by_whoever_may_do_them(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    visitor = services.visitors.register(VisitorDraft(first_name="Amal"))
    _as(database, JONAS)
    trail.record_view("visitor", visitor.id, visitor.id)
    trail.record_print("referral", None, visitor.id, "slip")
    with pytest.raises(PermissionDenied):  # reception hands out no files
        trail.record_export("visitor", visitor.id, visitor.id, "access_report")
    _as(database, AYLIN)
    trail.record_export("visitor", visitor.id, visitor.id, "access_report")
    newest = trail.entries(AuditQuery(person_id=visitor.id, limit=3))
    assert [(e.action, e.record_kind, e.detail, e.staff_name) for e in newest] == [
        (AuditAction.EXPORT, "visitor", "access_report", "Aylin Demir"),
        (AuditAction.PRINT, "referral", "slip", "Jonas Weber"),
        (AuditAction.VIEW, "visitor", "", "Jonas Weber"),
    ]
    assert trail.check() is None


def test_the_trail_is_for_the_privacy_office(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _as(database, JONAS)
    for read in (lambda: trail.entries(AuditQuery()), trail.staff_names, trail.check):
        with pytest.raises(PermissionDenied):
            read()


# The chain


def _some_history(database: Database, services: Services) -> None:
    _as(database, AYLIN)
    first = services.visitors.register(VisitorDraft(first_name="Amal", last_name="Haddad"))
    services.visitors.register(VisitorDraft(first_name="Ömer", last_name="Özdemir"))
    services.visitors.update(first.id, VisitorDraft(first_name="Amal", last_name="Nour"))
    services.volunteers.create(VolunteerDraft(first_name="Lena"))
    _as(database, JONAS)
    services.visitors.register(VisitorDraft(first_name="Mira"))


def _last_seq(database: Database) -> int:
    with sqlite3.connect(database.path) as connection:
        return int(connection.execute("SELECT max(seq) FROM audit_entry").fetchone()[0])


def _tamper(database: Database, *statements: str) -> None:
    """Write to the file as an attacker would: around the program, triggers dropped first."""
    connection = sqlite3.connect(database.path)
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_an_untouched_trail_checks_clean(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _as(database, AYLIN)
    assert trail.check() is None  # the facility's set-up only
    before = _last_seq(database)
    _some_history(database, services)
    _as(database, AYLIN)
    assert _last_seq(database) == before + 5
    assert trail.check() is None


def test_an_entry_altered_in_the_file_is_found(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _some_history(database, services)
    _tamper(database, "UPDATE audit_entry SET staff_name = 'Jemand anderes' WHERE seq = 3")
    _as(database, AYLIN)
    assert trail.check() == ChainBreak(3, ALTERED)


def test_an_entry_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _some_history(database, services)
    _as(database, AYLIN)
    [third] = [e for e in _everything(trail) if e.seq == 3]
    with database.sessions() as session:
        previous = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.seq == 2))
    forged = AuditRecord(**{**third.__dict__, "staff_name": "Jemand anderes"})
    digest = audit.entry_hash(str(previous), forged)
    _tamper(
        database,
        f"UPDATE audit_entry SET staff_name = 'Jemand anderes', entry_hash = '{digest}' "
        "WHERE seq = 3",
    )
    assert trail.check() == ChainBreak(4, MISSING_BEFORE)


def test_an_entry_removed_in_the_middle_is_found(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _some_history(database, services)
    _tamper(database, "DELETE FROM audit_entry WHERE seq = 4")
    _as(database, AYLIN)
    assert trail.check() == ChainBreak(5, MISSING_BEFORE)


def test_the_first_entry_removed_is_found(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _some_history(database, services)
    _tamper(database, "DELETE FROM audit_entry WHERE seq = 1")
    _as(database, AYLIN)
    assert trail.check() == ChainBreak(2, MISSING_BEFORE)


def test_the_last_entries_removed_are_found(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _some_history(database, services)
    last = _last_seq(database)
    _tamper(database, f"DELETE FROM audit_entry WHERE seq = {last}")
    _as(database, AYLIN)
    assert trail.check() == ChainBreak(last - 1, MISSING_AT_END)
    _tamper(database, f"DELETE FROM audit_entry WHERE seq >= {last - 2}")
    assert trail.check() == ChainBreak(last - 3, MISSING_AT_END)


def test_the_database_refuses_to_change_or_remove_entries(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _some_history(database, services)
    last = _last_seq(database)
    changing = update(AuditEntry).where(AuditEntry.seq == 2).values(detail="x")
    removing = delete(AuditEntry).where(AuditEntry.seq == last)
    for statement in (changing, removing):
        with (
            pytest.raises(exc.DBAPIError, match="append-only"),
            database.sessions.begin() as session,
        ):
            session.execute(statement)
    # The same for any program that opens the file, as long as it leaves the triggers be.
    connection = sqlite3.connect(database.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_entry SET staff_name = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM audit_entry")
    finally:
        connection.close()
    _as(database, AYLIN)
    assert _last_seq(database) == last
    assert trail.check() is None


# Finding entries


def test_entries_by_person(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _as(database, AYLIN)
    amal = services.visitors.register(VisitorDraft(first_name="Amal"))
    omer = services.visitors.register(VisitorDraft(first_name="Ömer"))
    services.visitors.update(amal.id, VisitorDraft(first_name="Amal", last_name="Nour"))
    trail.record_view("visitor", omer.id, omer.id)
    assert [(e.action, e.record_id) for e in _everything(trail, person_id=amal.id)] == [
        (AuditAction.CHANGE, amal.id),
        (AuditAction.CREATE, amal.id),
    ]
    assert [e.action for e in _everything(trail, person_id=omer.id)] == [
        AuditAction.VIEW,
        AuditAction.CREATE,
    ]
    assert _everything(trail, person_id=uuid.uuid4()) == []


def test_entries_by_staff_member_and_the_names_to_choose_from(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    services.visitors.register(VisitorDraft(first_name="Anna"))  # by the tests' admin
    _some_history(database, services)
    _as(database, AYLIN)
    assert trail.staff_names() == [
        (AYLIN.id, "Aylin Demir"),
        (JONAS.id, "Jonas Weber"),
        (None, "Test Admin"),
    ]
    by_jonas = _everything(trail, staff_id=JONAS.id)
    assert len(by_jonas) == 1 and by_jonas[0].staff_name == "Jonas Weber"
    by_aylin = _everything(trail, staff_id=AYLIN.id)
    assert len(by_aylin) == 4 and {e.staff_name for e in by_aylin} == {"Aylin Demir"}
    # Entries of no account are found by the name they carry.
    [by_name] = [
        e for e in _everything(trail, staff_name="Test Admin") if e.record_kind == "visitor"
    ]
    assert by_name.staff_id is None and by_name.action == AuditAction.CREATE
    assert _everything(trail, staff_name="Aylin Demir") == []  # she has an account


def test_a_renamed_account_is_offered_once_under_its_newest_name(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _as(database, AYLIN)
    services.visitors.register(VisitorDraft(first_name="Anna"))
    _as(database, StaffMember(id=AYLIN.id, name="Aylin Yıldız", role=AYLIN.role))
    services.visitors.register(VisitorDraft(first_name="Berta"))
    names = trail.staff_names()
    assert [name for name in names if name[0] == AYLIN.id] == [(AYLIN.id, "Aylin Yıldız")]
    assert len(_everything(trail, staff_id=AYLIN.id)) == 2


def test_entries_come_newest_first_a_page_at_a_time(
    database: Database, services: Services, trail: AuditTrailService
) -> None:
    _some_history(database, services)
    _as(database, AYLIN)
    everything = _everything(trail)
    assert [e.seq for e in everything] == sorted((e.seq for e in everything), reverse=True)
    pages = [trail.entries(AuditQuery(offset=offset, limit=2)) for offset in range(0, 20, 2)]
    assert all(len(page) <= 2 for page in pages)
    assert [e for page in pages for e in page] == everything


@pytest.fixture
def berlin_time() -> Iterator[None]:
    """The desk's zone, Berlin with its summer time, whatever zone the tests run in."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"
    time.tzset()
    yield
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


def test_entries_by_period_in_local_days(
    database: Database,
    trail: AuditTrailService,
    monkeypatch: pytest.MonkeyPatch,
    berlin_time: None,
) -> None:
    """Summer time starts on 29 March 2026: that local day is 23 hours long."""
    moments = {
        "28 Mar 23:59:59 CET": datetime(2026, 3, 28, 22, 59, 59, tzinfo=UTC),
        "29 Mar 00:00 CET": datetime(2026, 3, 28, 23, 0, tzinfo=UTC),
        "29 Mar 23:59:59 CEST": datetime(2026, 3, 29, 21, 59, 59, tzinfo=UTC),
        "30 Mar 00:00 CEST": datetime(2026, 3, 29, 22, 0, tzinfo=UTC),
    }
    _as(database, AYLIN)
    for label, moment in moments.items():
        monkeypatch.setattr(audit, "utcnow", lambda moment=moment: moment)
        trail.record_view("visitor", None, None, label)
    monkeypatch.undo()

    def found(first: date | None, last: date | None) -> list[str]:
        return [e.detail for e in reversed(_everything(trail, first=first, last=last))]

    march = {day: date(2026, 3, day) for day in (28, 29, 30)}
    assert found(march[29], march[29]) == ["29 Mar 00:00 CET", "29 Mar 23:59:59 CEST"]
    assert found(march[28], march[28]) == ["28 Mar 23:59:59 CET"]
    assert found(march[30], None) == ["30 Mar 00:00 CEST"]
    assert found(None, march[28]) == ["28 Mar 23:59:59 CET"]
    assert found(march[28], march[30]) == list(moments)
    assert found(march[30], march[28]) == []
    assert trail.check() is None


def test_documents_about_a_volunteer_and_viewing_their_profile_are_logged(
    services: Services, trail: AuditTrailService, clock: FakeClock
) -> None:
    from desktop_app.core.document_records import Letterhead

    lena = services.volunteers.create(VolunteerDraft(first_name="Lena", last_name="Roth"))
    today = clock.now.date()
    letterhead = Letterhead(name="Nachbarschaftshaus Am Park")
    services.volunteers.open_profile(lena.id)
    services.hours.time_sheet(lena.id, today, today, letterhead)
    services.hours.certificate(lena.id, today, today, letterhead)
    about_lena = _everything(trail, person_id=lena.id)
    assert [(e.action, e.detail) for e in about_lena[:3]] == [
        (AuditAction.PRINT, "certificate"),
        (AuditAction.PRINT, "time_sheet"),
        (AuditAction.VIEW, ""),
    ]
    # Reading the record inside the services (after a change, say) is not a view.
    services.volunteers.get(lena.id)
    assert len(_everything(trail, person_id=lena.id)) == len(about_lena)
