"""The district's figures, counted by the shared database from what the desks synced.

Two facilities work through their desks (check-ins, an undone one, head counts, referrals
between them and to a partner outside, volunteers' hours) and a third is registered but
quiet. The district's login then reads the year's figures; every expected number below is
counted by hand from the work done here. Person-level counts of 1 or 2 come back hidden,
and the district's login reads no person-level row.
"""

import os
import subprocess
import sys
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import psycopg
import pytest

from desktop_app.core.directory_records import Partner, PartnerKind, PartnerLocation, PartnerOffer
from desktop_app.core.district_records import DistrictFigures, count_text
from desktop_app.core.ids import new_id
from desktop_app.core.records import OfferDraft, OfferRecord, ScheduleSlot, VisitorDraft
from desktop_app.core.reference import Gender
from desktop_app.core.referral_records import (
    ConsentManner,
    ReferralDraft,
    ReferralStatus,
    SharingConsent,
)
from desktop_app.core.statistics_records import Period
from desktop_app.core.volunteer_records import Activity, HoursDraft, VolunteerDraft
from desktop_app.sync import admin, district, problems
from desktop_app.sync.connection import ServerAddress
from desktop_app.sync.schema import DISTRICT_FUNCTIONS, DISTRICT_SCHEMA, SCHEMA
from tests.sync.conftest import Desk, Network, assert_converged, sync_all
from tests.sync.pg import server_address as pg_server

PARK = "Haus am Park"
NORTH = "Treffpunkt Nord"
QUIET = "Kiez Mitte"
WORK = "Arbeit und Beschäftigung"
MEETING = "Begegnung"
JOBCENTER_CLIENTS = "Jobcenter-Kundinnen und -Kunden"
YEAR = Period.year(2025)
VISITOR_NAMES = ("Anna", "Ben", "Cem", "Dora", "Emil", "Fatma", "Gül", "Hanna")


@dataclass
class District:
    """The network of this test, the desks that worked in it and the district's login."""

    network: Network
    park: Desk
    north: Desk
    login: admin.Login
    visitor_numbers: tuple[str, ...]

    def address(self, login: admin.Login | None = None) -> ServerAddress:
        return self.network.address(login or self.login)

    def url(self, *, password: bool = True) -> str:
        host, port = pg_server()
        secret = f":{self.login.password}" if password else ""
        return (
            f"postgresql://{self.login.role}{secret}@{host}:{port}/{self.network.database}"
            "?sslmode=disable"
        )

    def read(self, period: Period = YEAR) -> DistrictFigures:
        return district.read_figures(self.address(), self.login.password, period)


def _on(desk: Desk, day: date, hour: int = 10) -> None:
    desk.clock.now = datetime.combine(day, time(hour)).astimezone()


def _partner(name: str, network_facility_id: uuid.UUID | None) -> Partner:
    location = PartnerLocation(id=new_id(), name="Haupthaus", street="Hof 2", postcode="10115")
    return Partner(
        id=new_id(),
        name=name,
        kind=PartnerKind.STADTTEILZENTRUM,
        locations=(location,),
        offers=(PartnerOffer(id=new_id(), name="Beratung", location_id=location.id),),
        network_facility_id=network_facility_id,
    )


def _refer(
    desk: Desk, visitor_id: uuid.UUID, partner: Partner, field: str, *, shared: bool = False
) -> uuid.UUID:
    consent = (
        SharingConsent(
            manner=ConsentManner.SIGNED_FORM,
            recipient=partner.name,
            data_shared="Initialen, Anliegen",
            purpose="Bestätigung der Teilnahme",
        )
        if shared
        else None
    )
    draft = ReferralDraft(
        visitor_id=visitor_id,
        partner_id=partner.id,
        partner_offer_id=partner.offers[0].id,
        field_of_action=field,
        purpose="Bewerbung",
        consent=consent,
    )
    return desk.services.referrals.issue(draft).id


def _offers(desk: Desk, *drafts: OfferDraft) -> list[OfferRecord]:
    return [desk.services.offers.create(draft) for draft in drafts]


def _fields(desk: Desk, *names: str) -> dict[str, uuid.UUID]:
    saved = desk.services.offers.save_fields_of_action([(None, name) for name in names])
    return {field.name: field.id for field in saved}


def _volunteer(desk: Desk, name: str, *hours: tuple[date, int]) -> None:
    volunteer = desk.services.volunteers.create(
        VolunteerDraft(first_name=name, started_on=date(2024, 1, 1), activities=(Activity("Café"),))
    )
    for day, minutes in hours:
        desk.services.hours.record(HoursDraft(volunteer.id, day, minutes, "Café"), "Maria")


def build_district(network: Network) -> District:
    """The work of two facilities through their desks, synced; a third stays quiet.

    Park in 2025: 9 check-ins of 5 visitors (Anna came in 2024 already, so 4 are new), 3
    of them in counselling by 3 visitors; 3 head counts (1 in counselling); 3 referrals
    (2 to North, 1 to a partner outside); 1 volunteer with 210 minutes. North in 2025:
    4 check-ins of 3 visitors, all new; 1 referral to Park; 3 volunteers with 60 minutes
    each. Park's visits of 2024 and 2026 and an undone check-in do not count.
    """
    park = network.desk(PARK)
    north = network.desk(NORTH)
    network.add_facility(QUIET)

    fields = _fields(park, WORK, MEETING)
    application, cafe, advice = _offers(
        park,
        OfferDraft(
            "Bewerbungscafé",
            fields[WORK],
            target_groups=("Erwachsene", JOBCENTER_CLIENTS),
            jobcenter_suited=True,
        ),
        OfferDraft("Offenes Café", fields[MEETING]),
        OfferDraft("Sozialberatung", fields[MEETING], is_counselling=True),
    )
    register = park.services.visitors.register
    anna = register(VisitorDraft("Anna", "Adler", birth_year=1990, gender=Gender.FEMALE))
    ben = register(VisitorDraft("Ben", "Berg", birth_year=1950, gender=Gender.MALE))
    cem = register(VisitorDraft("Cem", "Celik", age_band="14-17", gender=Gender.MALE))
    dora = register(VisitorDraft("Dora", "Dietz", birth_year=1960, gender=Gender.FEMALE))
    emil = register(VisitorDraft("Emil", "Ernst"))
    check_in = park.services.visits.check_in
    _on(park, date(2024, 6, 3))
    check_in(anna.id, cafe.id)
    _on(park, date(2025, 3, 10))
    for visitor, offer in ((anna, application), (ben, cafe), (cem, cafe), (dora, advice)):
        check_in(visitor.id, offer.id)
    park.services.tallies.count(cafe.id, "65-79", Gender.FEMALE)
    park.services.tallies.count(cafe.id)
    north_partner = park.services.directory.save(_partner(NORTH, north.facility_id))
    outside = park.services.directory.save(_partner("Schuldnerberatung Mitte", None))
    shared = _refer(park, anna.id, north_partner, WORK, shared=True)
    _refer(park, ben.id, north_partner, WORK)
    _refer(park, emil.id, outside, "Beratung")
    _on(park, date(2025, 3, 11))
    for visitor, offer in ((anna, application), (ben, cafe), (emil, advice)):
        check_in(visitor.id, offer.id)
    _on(park, date(2025, 5, 5))
    check_in(anna.id, cafe.id)
    check_in(ben.id, advice.id)
    park.services.visits.undo(check_in(cem.id, advice.id).id)
    park.services.tallies.count(advice.id, "27-50", Gender.MALE)
    _on(park, date(2026, 1, 10))
    check_in(dora.id, cafe.id)
    _volunteer(park, "Maria", (date(2025, 4, 1), 120), (date(2025, 4, 8), 90))

    north_fields = _fields(north, WORK)
    workshop, german = _offers(
        north,
        OfferDraft(
            "Jobwerkstatt",
            north_fields[WORK],
            target_groups=(JOBCENTER_CLIENTS,),
            jobcenter_suited=True,
            schedule=(ScheduleSlot(0, time(9), time(12)),),
        ),
        OfferDraft("Deutschkurs"),
    )
    women = [
        north.services.visitors.register(VisitorDraft(name, birth_year=1985, gender=Gender.FEMALE))
        for name in ("Fatma", "Gül", "Hanna")
    ]
    _on(north, date(2025, 2, 3))
    for visitor in women:
        north.services.visits.check_in(visitor.id, workshop.id)
    _on(north, date(2025, 2, 4))
    north.services.visits.check_in(women[0].id, german.id)
    park_partner = north.services.directory.save(_partner(PARK, park.facility_id))
    _refer(north, women[1].id, park_partner, WORK)
    _on(north, date(2025, 12, 31))
    for name in ("Ilse", "Jan", "Kai"):
        _volunteer(north, name, (date(2025, 6, 2), 60), (date(2024, 6, 3), 45))

    sync_all(park, north)
    north.services.referrals.set_status(shared, ReferralStatus.ARRIVED)
    sync_all(north, park)
    assert_converged(network, park, north)
    numbers = tuple(visitor.number for visitor in (anna, ben, cem, dora, emil, *women))
    return District(network, park, north, admin.add_district_user(network.admin_url), numbers)


@pytest.fixture
def district_network(network: Network) -> District:
    return build_district(network)


def _facility(figures: DistrictFigures, name: str) -> Any:
    return next(row for row in figures.facilities if row.facility == name)


def test_every_facility_is_counted_side_by_side(district_network: District) -> None:
    figures = district_network.read()
    assert [row.facility for row in figures.facilities] == [PARK, QUIET, NORTH, ""]
    park, quiet, north, total = figures.facilities
    assert total.is_total and total is figures.total

    assert (park.visits, park.visitors, park.new_visitors, park.tallied) == (9, 5, 4, 3)
    # One returning visitor (Anna): a person-level count under 3, withheld.
    assert park.returning_visitors is None and count_text(park.returning_visitors) == "< 3"
    assert (park.counselling_visits, park.counselling_visitors, park.counselling_tallied) == (
        3,
        3,
        1,
    )
    assert (park.referrals_issued, park.referrals_received) == (3, 1)
    assert (park.volunteers, park.volunteer_minutes) == (None, 210)

    assert (north.visits, north.visitors, north.new_visitors, north.returning_visitors) == (
        4,
        3,
        3,
        0,
    )
    assert (north.tallied, north.counselling_visits, north.counselling_visitors) == (0, 0, 0)
    assert (north.referrals_issued, north.referrals_received) == (1, 2)
    assert (north.volunteers, north.volunteer_minutes, north.volunteer_hours) == (3, 180, 3.0)

    assert (quiet.visits, quiet.visitors, quiet.tallied, quiet.referrals_issued) == (0, 0, 0, 0)
    assert (quiet.volunteers, quiet.volunteer_minutes) == (0, 0)

    assert (total.visits, total.visitors, total.new_visitors, total.returning_visitors) == (
        13,
        8,
        7,
        None,
    )
    assert (total.tallied, total.counselling_visits, total.counselling_visitors) == (3, 3, 3)
    assert (total.referrals_issued, total.referrals_received) == (4, 3)
    assert (total.volunteers, total.volunteer_minutes) == (4, 390)


def test_fields_of_action_count_each_visitor_once(district_network: District) -> None:
    figures = district_network.read()
    rows = {(row.field_of_action, row.facility): row for row in figures.by_field}
    assert set(rows) == {(WORK, ""), (WORK, PARK), (WORK, NORTH), (MEETING, ""),
                         (MEETING, PARK), ("", ""), ("", NORTH)}  # fmt: skip
    meeting = rows[MEETING, PARK]
    # Ben came three times (café and counselling), Anna, Cem, Dora and Emil once each.
    assert (meeting.visits, meeting.visitors, meeting.tallied) == (7, 5, 3)
    assert meeting.counselling_visits == 3
    # Anna twice at the application café: one person, withheld.
    assert (rows[WORK, PARK].visits, rows[WORK, PARK].visitors) == (2, None)
    assert (rows[WORK, NORTH].visits, rows[WORK, NORTH].visitors) == (3, 3)
    assert (rows[WORK, ""].visits, rows[WORK, ""].visitors) == (5, 4)
    assert (rows["", NORTH].visits, rows["", NORTH].visitors) == (1, None)


def test_age_groups_and_genders_show_no_small_count(district_network: District) -> None:
    figures = district_network.read()
    rows = {(row.facility, row.age_group, row.gender): row for row in figures.by_person}
    # North: three women of 40 in 2025, each new.
    north = rows[NORTH, "27-50", "female"]
    assert (north.visits, north.visitors, north.new_visitors, north.returning_visitors) == (
        4,
        3,
        3,
        0,
    )
    assert north.tallied == 0
    # Park: Ben (75, three visits) alone in his cell: the visits show, he does not.
    ben = rows[PARK, "65+", "male"]
    assert (ben.visits, ben.visitors, ben.new_visitors) == (3, None, None)
    # Dora, 65 at the end of 2025, one visit; and a woman of 65 to 79 in the head count.
    dora = rows[PARK, "65+", "female"]
    assert (dora.visits, dora.visitors, dora.tallied) == (None, None, None)
    # Cem by his age band, Emil without age or gender.
    assert rows[PARK, "0-26", "male"].visitors is None
    emil = rows[PARK, "", "unspecified"]
    assert (emil.visits, emil.visitors, emil.tallied) == (None, None, None)
    # Rolled up: everyone over 64 at Park, and all women of 27 to 50 in the district.
    older = rows[PARK, "65+", None]
    assert (older.visits, older.visitors, older.tallied) == (4, None, None)
    women = rows["", "27-50", "female"]
    assert (women.visits, women.visitors, women.new_visitors, women.returning_visitors) == (
        7,
        4,
        3,
        None,
    )
    park_women = rows[PARK, None, "female"]
    assert (park_women.visits, park_women.visitors) == (4, None)
    for row in figures.by_person:
        for count in (row.visits, row.visitors, row.new_visitors, row.tallied):
            assert count is None or count == 0 or count >= 3, row


def test_jobcenter_offers_and_the_referrals_between_the_facilities(
    district_network: District,
) -> None:
    figures = district_network.read()
    jobcenter = {(row.target_group, row.facility): row for row in figures.jobcenter}
    assert set(jobcenter) == {("Erwachsene", PARK), (JOBCENTER_CLIENTS, NORTH),
                              (JOBCENTER_CLIENTS, PARK)}  # fmt: skip
    park = jobcenter[JOBCENTER_CLIENTS, PARK]
    assert (park.field_of_action, park.offers, park.titles) == (WORK, 1, ("Bewerbungscafé",))
    assert (park.referrals_issued, park.referrals_received) == (2, 1)
    north = jobcenter[JOBCENTER_CLIENTS, NORTH]
    assert (north.titles, north.referrals_issued, north.referrals_received) == (
        ("Jobwerkstatt",),
        1,
        2,
    )
    assert figures.jobcenter_fields == {WORK}

    flows = {
        (flow.facility, flow.receiving, flow.field_of_action, flow.status): flow.referrals
        for flow in figures.referral_flows
    }
    assert flows == {
        (PARK, NORTH, WORK, "arrived"): 1,
        (PARK, NORTH, WORK, "created"): 1,
        (PARK, "Schuldnerberatung Mitte", "Beratung", "created"): 1,
        (NORTH, PARK, WORK, "created"): 1,
    }
    between = figures.jobcenter_flows()
    assert sum(flow.referrals for flow in between) == 3
    assert all(flow.within_network for flow in between)


def test_a_month_counts_only_its_days(district_network: District) -> None:
    figures = district_network.read(Period.month(2025, 3))
    park = _facility(figures, PARK)
    # 10 and 11 March: 7 check-ins of 5 visitors, 2 head counts, 3 referrals.
    assert (park.visits, park.visitors, park.tallied, park.referrals_issued) == (7, 5, 2, 3)
    assert _facility(figures, NORTH).visits == 0
    earlier = district_network.read(Period.year(2024))
    assert (_facility(earlier, PARK).visits, _facility(earlier, PARK).new_visitors) == (1, None)
    assert _facility(earlier, NORTH).volunteer_minutes == 135


def test_the_district_reads_figures_and_no_person(district_network: District) -> None:
    network = district_network.network
    login = district_network.login
    figures = district_network.read()
    values = [str(value) for table in _all_rows(district_network) for row in table for value in row]
    names = [*VISITOR_NAMES, "Adler", "Berg", "Celik", "Dietz", "Ernst", "Maria", "Ilse"]
    assert not [value for value in values if any(name in value for name in names)]
    assert not set(values) & set(district_network.visitor_numbers)
    assert figures.total.visits == 13

    url = f"postgresql://{login.role}:{login.password}@{':'.join(map(str, pg_server()))}"
    with psycopg.connect(f"{url}/{network.database}", autocommit=True) as connection:
        for table in ("visitor", "visit", "referral_person", "volunteer_hours", "tally_mark"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"SELECT count(*) FROM {SCHEMA}.{table}")
    # A facility's desks may not run the district's functions.
    with pytest.raises(district.NotDistrictLogin):
        district.read_figures(
            district_network.park.address, district_network.park.login.password, YEAR
        )


def test_only_the_district_role_runs_the_functions_as_the_owner(
    district_network: District,
) -> None:
    network = district_network.network
    roles = admin.roles_for(network.prefix)
    with network.admin() as connection:
        for name, _, _ in DISTRICT_FUNCTIONS:
            signature = f"{DISTRICT_SCHEMA}.{name}(date, date)"
            owner, definer, config = connection.execute(
                "SELECT pg_get_userbyid(proowner), prosecdef, proconfig FROM pg_proc "
                "WHERE oid = %s::regprocedure",
                (signature,),
            ).fetchone()  # type: ignore[misc]
            assert (owner, definer) == (roles.owner, True)
            assert "search_path=pg_catalog, pg_temp" in config
            for role, allowed in ((roles.district, True), (roles.desk, False), ("public", False)):
                (may,) = connection.execute(  # type: ignore[misc]
                    "SELECT has_function_privilege(%s, %s, 'EXECUTE')", (role, signature)
                ).fetchone()
                assert may is allowed, (signature, role)


def test_init_shared_db_runs_again_and_upgrades_an_older_database(
    district_network: District,
) -> None:
    network = district_network.network
    before = district_network.read()
    admin.init_shared_db(network.admin_url, prefix=network.prefix)
    admin.init_shared_db(network.admin_url, prefix=network.prefix)
    assert district_network.read() == before
    # A database set up before the district's functions existed gains them.
    with network.admin() as connection:
        for name, _, _ in DISTRICT_FUNCTIONS:
            connection.execute(f"DROP FUNCTION {DISTRICT_SCHEMA}.{name}(date, date)")
        connection.execute(f"DROP INDEX {SCHEMA}.visit_facility_day, {SCHEMA}.visit_visitor_day")
    with pytest.raises(district.NoDistrictFigures):
        district_network.read()
    admin.init_shared_db(network.admin_url, prefix=network.prefix)
    assert district_network.read() == before
    # The desks sync on as before.
    district_network.park.services.tallies.count(
        district_network.park.services.offers.list_offers()[0].id
    )
    sync_all(district_network.park, district_network.north)
    assert_converged(network, district_network.park, district_network.north)


def test_a_refused_login_an_unreachable_server_and_a_bad_address_are_said_plainly(
    district_network: District,
) -> None:
    """(The test server trusts local connections, so a login it does not know stands in for
    a wrong password: libpq reports both as the login refused.)"""
    address = district_network.address()
    stranger = replace(address, role=f"{district_network.network.prefix}_nobody")
    with pytest.raises(problems.WrongPassword):
        district.read_figures(stranger, "not the password", YEAR)
    closed = replace(address, port=1)
    with pytest.raises(problems.ServerUnreachable):
        district.read_figures(closed, district_network.login.password, YEAR)
    # The test server speaks no TLS; a district that insists on a checked certificate stops.
    with pytest.raises(problems.CertificateProblem):
        district.read_figures(
            replace(address, tls_mode="verify-full"), district_network.login.password, YEAR
        )
    for url in ("", "server/tresen", "postgresql:///tresen", "postgresql://host:port/db"):
        with pytest.raises(district.BadServerAddress):
            district.server_address(url, "someone")


def test_the_server_address_comes_from_a_url() -> None:
    address, password = district.server_address(
        "postgresql://bezirk:geheim@db.example.org:6543/verbund", ""
    )
    assert address == ServerAddress("db.example.org", 6543, "verbund", "bezirk", "verify-full")
    assert password == "geheim"
    address, password = district.server_address(
        "postgresql://db.example.org/verbund?sslmode=verify-ca&sslrootcert=/etc/ca.pem", "analyse"
    )
    assert (address.role, address.port, address.tls_mode) == ("analyse", 5432, "verify-ca")
    assert (address.tls_root_certificate, password) == ("/etc/ca.pem", "")


def test_the_district_report_is_written_from_the_command_line(
    district_network: District, tmp_path: Path
) -> None:
    out = tmp_path / "bezirk.xlsx"
    environment = {**os.environ, "PGPASSWORD": district_network.login.password}
    command = [sys.executable, "-m", "desktop_app", "district-report"]
    url = district_network.url(password=False)
    done = subprocess.run(
        [*command, "--url", url, "--year", "2025", "--out", str(out)],
        env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "3 facilities" in done.stdout
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Info", "Einrichtungen", "Handlungsfelder",
                                   "Alter und Geschlecht", "Jobcenter-Kooperation",
                                   "Vermittlungen"]  # fmt: skip
    rows = list(workbook["Einrichtungen"].iter_rows(values_only=True))
    assert rows[1][:4] == (PARK, 9, 5, 4) and rows[1][4] == "< 3"
    assert rows[-1][:3] == ("Alle Einrichtungen", 13, 8)

    stranger = url.replace(district_network.login.role, "nobody_here")
    refused = subprocess.run(
        [*command, "--url", stranger, "--year", "2025", "--out", str(out)],
        env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert refused.returncode == 1 and "refused the password" in refused.stderr
    assert "Traceback" not in refused.stderr
    wrong = subprocess.run(
        [*command, "--url", url, "--year", "2025", "--month", "13", "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert wrong.returncode == 2


def _all_rows(network: District) -> list[list[tuple[Any, ...]]]:
    """Every row every district function returns for 2025, as the district's login."""
    info = network.address().conninfo(network.login.password)
    with psycopg.connect(**info, autocommit=True) as connection:
        return [
            connection.execute(
                f"SELECT * FROM {DISTRICT_SCHEMA}.{name}(%s, %s)", (YEAR.start, YEAR.end)
            ).fetchall()
            for name, _, _ in DISTRICT_FUNCTIONS
        ]
