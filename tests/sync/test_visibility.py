"""Who sees what on the shared database: PostgreSQL's row-level security decides.

Each facility's desks connect with the facility's role. It reads and writes its own
person-level records only, reads every facility's directory and offers (and writes only
its own), and reads referrals it issued or received with the person's consent. The
district's role reads aggregates, never a person. No desk role is a superuser or owns a
table.
"""

import uuid
from datetime import date, time, timedelta
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from sqlalchemy import JSON

from desktop_app.core.directory_records import Partner, PartnerKind, PartnerLocation, PartnerOffer
from desktop_app.core.errors import NotFoundError
from desktop_app.core.ids import new_id
from desktop_app.core.privacy_records import RequestDraft, RequestKind
from desktop_app.core.records import OfferDraft, ScheduleSlot, VisitorDraft
from desktop_app.core.referral_records import (
    ConsentManner,
    ReferralDraft,
    ReferralRecord,
    ReferralStatus,
    SharingConsent,
)
from desktop_app.core.services.requests import RequestService
from desktop_app.core.sharing import SYNC_TABLES, Scope
from desktop_app.core.volunteer_records import (
    Activity,
    AllowanceDraft,
    AllowanceKind,
    HoursDraft,
    Training,
    VolunteerDraft,
)
from desktop_app.sync import admin
from desktop_app.sync.schema import DISTRICT_SCHEMA, SCHEMA
from tests.sync.conftest import Desk, Network, assert_converged, sync_all
from tests.sync.pg import url_for

PARK = "Haus am Park"
NORTH = "Treffpunkt Nord"
PERSON_TABLES = [table for table in SYNC_TABLES if table.scope is Scope.FACILITY]
SHARED_TABLES = [table for table in SYNC_TABLES if table.scope is Scope.SHARED]
# Columns that would name or identify a person.
PERSONAL_COLUMNS = {
    "first_name",
    "last_name",
    "number",
    "visitor_id",
    "volunteer_id",
    "birth_year",
    "birth_date",
    "phone",
    "email",
    "postcode",
    "person_label",
    "code",
    "notes",
}


def _partner(name: str, network_facility_id: uuid.UUID | None) -> Partner:
    location = PartnerLocation(
        id=new_id(),
        name="Haupthaus",
        street="Beispielstraße 5",
        postcode="10115",
        opening_hours=(ScheduleSlot(0, time(9), time(17)),),
    )
    return Partner(
        id=new_id(),
        name=name,
        kind=PartnerKind.STADTTEILZENTRUM,
        phone="030 23125 100",
        locations=(location,),
        offers=(PartnerOffer(id=new_id(), name="Sozialberatung", location_id=location.id),),
        network_facility_id=network_facility_id,
    )


def _consent(recipient: str) -> SharingConsent:
    return SharingConsent(
        manner=ConsentManner.SIGNED_FORM,
        recipient=recipient,
        data_shared="Initialen, Anliegen, Termin",
        purpose="Bestätigung der Teilnahme",
    )


def _refer(desk: Desk, visitor_id: uuid.UUID, partner: Partner, *, shared: bool) -> ReferralRecord:
    return desk.services.referrals.issue(
        ReferralDraft(
            visitor_id=visitor_id,
            partner_id=partner.id,
            partner_offer_id=partner.offers[0].id,
            purpose="Fragen zur Miete",
            consent=_consent(partner.name) if shared else None,
        )
    )


def _everyday_work(desk: Desk, name: str) -> None:
    """A day at the desk: every kind of person-level record, an offer and a partner."""
    today = desk.clock.now.date()
    offer = desk.services.offers.create(OfferDraft(title=f"Sprechstunde {name}"))
    visitor = desk.services.visitors.register(VisitorDraft(first_name=name, last_name="Schulz"))
    desk.services.visits.check_in(visitor.id, offer.id)
    desk.services.tallies.count(offer.id)
    volunteer = desk.services.volunteers.create(
        VolunteerDraft(
            first_name=name,
            last_name="Roth",
            birth_date=date(1980, 1, 1),
            started_on=today - timedelta(days=100),
            activities=(Activity("Café"),),
            trainings=(Training("Erste Hilfe", today - timedelta(days=30), 480),),
        )
    )
    desk.services.hours.record(HoursDraft(volunteer.id, today, 120, "Café"), "Maria")
    desk.services.allowances.record(
        AllowanceDraft(volunteer.id, today, 5000, AllowanceKind.VOLUNTEER, "Café")
    )
    partner = desk.services.directory.save(_partner(f"Beratung {name}", None))
    _refer(desk, visitor.id, partner, shared=True)
    requests = RequestService(desk.database.sessions, desk.facility_id, desk.clock)
    requests.record(RequestDraft(RequestKind.ACCESS, f"{name} Schulz", today, visitor.id))


def _add_conflict_record(network: Network, facility_id: uuid.UUID) -> None:
    """A conflict record of the facility, as the shared database writes one when merging."""
    with network.admin() as connection:
        connection.execute(
            f"INSERT INTO {SCHEMA}.sync_conflict (id, facility_id, table_name, row_id, "
            "column_name, kept_value, other_value, resolved_at, resolution, created_at, "
            "updated_at, deleted_at, _ins_hlc, _ins_client, _max_hlc) VALUES (%s, %s, "
            "'visitor', %s, 'phone', '\"030 1\"', '\"030 2\"', NULL, '', now(), now(), NULL, "
            "1, %s, 1)",
            (new_id(), facility_id, new_id(), uuid.UUID(int=0)),
        )


def _rows_of(network: Network, table: str, facility_id: uuid.UUID) -> list[dict[str, Any]]:
    """Every row of ``facility_id`` in ``table``, read by the administrator."""
    owner = next(t for t in SYNC_TABLES if t.name == table).owner_column
    with network.admin() as connection, connection.cursor(row_factory=dict_row) as cursor:
        return cursor.execute(
            sql.SQL("SELECT * FROM {}.{} WHERE {} = %s").format(
                sql.Identifier(SCHEMA), sql.Identifier(table), sql.Identifier(owner)
            ),
            (facility_id,),
        ).fetchall()


def _insert(connection: psycopg.Connection[Any], table: str, row: dict[str, Any]) -> None:
    plan = next(t for t in SYNC_TABLES if t.name == table)
    json_columns = {column.name for column in plan.columns if isinstance(column.type, JSON)}
    values = {
        name: Jsonb(value)
        if value is not None and (name in json_columns or name == "_ver")
        else value
        for name, value in row.items()
        if name not in ("_txid", "_seq")
    }
    connection.execute(
        sql.SQL("INSERT INTO {}.{} ({}) VALUES ({})").format(
            sql.Identifier(SCHEMA),
            sql.Identifier(table),
            sql.SQL(", ").join(sql.Identifier(name) for name in values),
            sql.SQL(", ").join(sql.Placeholder() for _ in values),
        ),
        list(values.values()),
    )


def _count(connection: psycopg.Connection[Any], query: str, *params: Any) -> int:
    row = connection.execute(query, params).fetchone()
    assert row is not None
    return int(row[0])


def test_a_facility_reads_and_writes_nothing_of_another_facilitys_person_records(
    network: Network,
) -> None:
    park = network.desk(PARK)
    north = network.desk(NORTH)
    _everyday_work(park, "Anna")
    _everyday_work(north, "Nils")
    _add_conflict_record(network, north.facility_id)
    sync_all(park, north)

    with park.server() as connection:
        for table in PERSON_TABLES:
            name = table.name
            theirs = _rows_of(network, name, north.facility_id)
            assert theirs, f"the other facility has no {name} rows to hide"
            ours = _rows_of(network, name, park.facility_id)
            qualified = f"{SCHEMA}.{name}"
            # Reading: only the own rows, on the server and on the desk.
            assert _count(connection, f"SELECT count(*) FROM {qualified}") == len(ours), name
            assert (
                _count(
                    connection,
                    f"SELECT count(*) FROM {qualified} WHERE facility_id = %s",
                    north.facility_id,
                )
                == 0
            ), name
            assert not {row["id"] for row in theirs} & park.rows(name).keys(), name

            # Adding a row in the other facility's name is refused.
            with pytest.raises(psycopg.errors.InsufficientPrivilege), connection.transaction():
                _insert(connection, name, {**theirs[0], "id": new_id()})

            # Changing the other facility's rows finds nothing to change.
            cursor = connection.execute(
                f"UPDATE {qualified} SET deleted_at = now() WHERE facility_id = %s",
                (north.facility_id,),
            )
            assert cursor.rowcount == 0, name

            # Handing an own row over to the other facility is refused.
            if ours:
                with (
                    pytest.raises(psycopg.errors.InsufficientPrivilege),
                    connection.transaction(),
                ):
                    connection.execute(
                        f"UPDATE {qualified} SET facility_id = %s WHERE id = %s",
                        (north.facility_id, ours[0]["id"]),
                    )

        # Nothing of the other facility changed.
        for table in PERSON_TABLES:
            assert all(
                row["deleted_at"] is None
                for row in _rows_of(network, table.name, north.facility_id)
            ), table.name
    assert_converged(network, park, north)


def test_the_directory_and_offers_of_every_facility_are_read_by_all_and_written_by_their_own(
    network: Network,
) -> None:
    park = network.desk(PARK)
    north = network.desk(NORTH)
    offer = north.services.offers.create(OfferDraft(title="Repair-Café"))
    partner = north.services.directory.save(_partner("Mieterberatung Nord", None))
    sync_all(north, park)

    # The other facility's offer and directory entry reach this facility's desk.
    assert park.rows("offer")[offer.id]["title"] == "Repair-Café"
    assert park.rows("partner")[partner.id]["name"] == "Mieterberatung Nord"
    assert north.facility_id in park.rows("facility")
    with park.server() as connection:
        for table in SHARED_TABLES:
            for row in _rows_of(network, table.name, north.facility_id):
                qualified = f"{SCHEMA}.{table.name}"
                assert _count(
                    connection, f"SELECT count(*) FROM {qualified} WHERE id = %s", row["id"]
                ), table.name
                # Neither changed in place, nor taken over, nor added in the other's name.
                changes = ["deleted_at = now()"]
                if table.owner_column != "id":
                    changes.append(f"{table.owner_column} = %s")
                for change in changes:
                    params = (park.facility_id,) if "%s" in change else ()
                    with (
                        pytest.raises(psycopg.errors.InsufficientPrivilege),
                        connection.transaction(),
                    ):
                        connection.execute(
                            f"UPDATE {qualified} SET {change} WHERE id = %s", (*params, row["id"])
                        )
                if table.name != "facility":
                    with (
                        pytest.raises(psycopg.errors.InsufficientPrivilege),
                        connection.transaction(),
                    ):
                        _insert(connection, table.name, {**row, "id": new_id()})
    with network.admin() as connection:
        row = connection.execute(
            f"SELECT title, deleted_at FROM {SCHEMA}.offer WHERE id = %s", (offer.id,)
        ).fetchone()
    assert row == ("Repair-Café", None)
    assert_converged(network, park, north)


def test_a_referral_reaches_the_receiving_facility_only_with_the_persons_consent(
    network: Network,
) -> None:
    park = network.desk(PARK)
    north = network.desk(NORTH)
    partner = park.services.directory.save(_partner("Treffpunkt Nord", north.facility_id))
    visitor = park.services.visitors.register(VisitorDraft(first_name="Rana", last_name="Aziz"))
    shared = _refer(park, visitor.id, partner, shared=True)
    private = _refer(park, visitor.id, partner, shared=False)
    assert shared.shared_with_receiver and not private.shared_with_receiver
    sync_all(park, north)

    # The receiving facility sees the shared referral and its steps, and nothing of the
    # person behind it.
    assert north.rows("referral").keys() == {shared.id}
    assert {row["referral_id"] for row in north.rows("referral_event").values()} == {shared.id}
    for table in ("visitor", "referral_person", "consent"):
        assert north.rows(table) == {}, table
    received = north.services.referrals.get(shared.id)
    assert (received.issuing_facility_id, received.person_label) == (park.facility_id, "R. A.")
    assert received.visitor_id is None and received.visitor_name == ""
    with pytest.raises(NotFoundError):
        north.services.referrals.get(private.id)
    with north.server() as connection:
        ids = {row[0] for row in connection.execute(f"SELECT id FROM {SCHEMA}.referral")}
        assert ids == {shared.id}
        cursor = connection.execute(
            f"UPDATE {SCHEMA}.referral SET status = 'arrived' WHERE id = %s", (private.id,)
        )
        assert cursor.rowcount == 0
        # Nor take over the issuing facility's steps of the shared referral.
        steps = _rows_of(network, "referral_event", park.facility_id)
        assert steps
        with pytest.raises(psycopg.errors.InsufficientPrivilege), connection.transaction():
            connection.execute(
                f"UPDATE {SCHEMA}.referral_event SET facility_id = %s WHERE id = %s",
                (north.facility_id, steps[0]["id"]),
            )
        # Nor make up a referral in the issuing facility's name.
        theirs = _rows_of(network, "referral", park.facility_id)[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege), connection.transaction():
            _insert(connection, "referral", {**theirs, "id": new_id(), "code": "X"})

    # The receiving desk records the arrival; the issuing desk learns of it.
    north.services.referrals.set_status(shared.id, ReferralStatus.ARRIVED)
    sync_all(north, park)
    assert park.services.referrals.get(shared.id).status is ReferralStatus.ARRIVED
    assert park.services.referrals.get(private.id).status is ReferralStatus.CREATED
    assert_converged(network, park, north)


def test_the_district_reads_aggregates_and_no_person(network: Network) -> None:
    park = network.desk(PARK)
    north = network.desk(NORTH)
    _everyday_work(park, "Anna")
    _everyday_work(north, "Nils")
    sync_all(park, north)
    login = admin.add_district_user(network.admin_url)
    url = url_for(network.database, user=login.role, password=login.password)

    with network.admin() as connection:
        views = [
            row[0]
            for row in connection.execute(
                "SELECT table_name FROM information_schema.views WHERE table_schema = %s",
                (DISTRICT_SCHEMA,),
            )
        ]
        columns = {
            (row[0], row[1])
            for row in connection.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = %s",
                (DISTRICT_SCHEMA,),
            )
        }
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = %s", (SCHEMA,)
            )
        ]
    assert "visits_by_month" in views and len(tables) > len(SYNC_TABLES)
    named = {(view, column) for view, column in columns if column in PERSONAL_COLUMNS}
    assert not named, f"district views with personal columns: {named}"

    with psycopg.connect(url, autocommit=True) as connection:
        for view in views:
            connection.execute(f"SELECT * FROM {DISTRICT_SCHEMA}.{view}").fetchall()
        visits = connection.execute(
            f"SELECT facility_id, sum(visits) FROM {DISTRICT_SCHEMA}.visits_by_month "
            "GROUP BY facility_id"
        ).fetchall()
        assert {facility: int(count) for facility, count in visits} == {
            park.facility_id: 1,
            north.facility_id: 1,
        }
        for table in tables:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"SELECT 1 FROM {SCHEMA}.{table} LIMIT 1")
    assert_converged(network, park, north)


def test_a_desk_role_is_no_superuser_and_owns_no_table(network: Network) -> None:
    desk = network.desk(PARK)
    desk.services.visitors.register(VisitorDraft(first_name="Ole"))
    sync_all(desk)
    roles = admin.roles_for(network.prefix)
    desk_roles = [desk.login.role, roles.desk]
    with network.admin() as connection:
        for role in desk_roles:
            row = connection.execute(
                "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles "
                "WHERE rolname = %s",
                (role,),
            ).fetchone()
            assert row == (False, False, False, False), role
        owned = connection.execute(
            "SELECT n.nspname, c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_roles r ON r.oid = c.relowner "
            "WHERE r.rolname = ANY(%s) AND n.nspname NOT LIKE 'pg\\_temp\\_%%' "
            "AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%%'",
            (desk_roles,),
        ).fetchall()
        assert owned == []
        member_of = {
            row[0]
            for row in connection.execute(
                "SELECT g.rolname FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                "WHERE u.rolname = %s",
                (desk.login.role,),
            )
        }
        assert member_of == {roles.desk}
    with desk.server() as connection:
        row = connection.execute("SELECT current_user, session_user").fetchone()
        assert row == (desk.login.role, desk.login.role)
    assert_converged(network, desk)
