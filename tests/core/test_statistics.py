"""The statistics counted against a small data set counted by hand."""

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from desktop_app.core.access import Role, StaffMember
from desktop_app.core.anonymise import anonymise_visitor
from desktop_app.core.db import Database
from desktop_app.core.errors import ValidationError
from desktop_app.core.models import Facility, FieldOfAction, Referral, VisitMonth, Visitor, utcnow
from desktop_app.core.records import OfferDraft, OfferRecord, VisitorDraft
from desktop_app.core.reference import Gender
from desktop_app.core.referral_records import ReferralDraft, ReferralStatus
from desktop_app.core.services import Services
from desktop_app.core.statistics_records import (
    NOT_STATED,
    Count,
    CountingRules,
    Figures,
    NewVisitorRule,
    Period,
    ReferralCount,
    VisitRule,
)
from desktop_app.core.visit_months import rebuild_visit_months
from desktop_app.core.volunteer_records import HoursDraft, VolunteerDraft
from tests.conftest import FakeClock
from tests.core.test_referral_service import NETWORK_FACILITY, _partner

NOVEMBER = Period.month(2026, 11)


@dataclass
class Offers:
    cafe: OfferRecord
    advice: OfferRecord
    german: OfferRecord


def _at(clock: FakeClock, day: date) -> None:
    clock.now = datetime.combine(day, time(10)).astimezone()


def _field(services: Services, name: str) -> uuid.UUID:
    return next(f.id for f in services.offers.fields_of_action() if f.name == name)


@pytest.fixture
def offers(services: Services) -> Offers:
    return Offers(
        cafe=services.offers.create(
            OfferDraft("Offenes Café", _field(services, "Begegnung und Generationen"))
        ),
        advice=services.offers.create(
            OfferDraft(
                "Sozialberatung", _field(services, "Beratung und Begleitung"), is_counselling=True
            )
        ),
        german=services.offers.create(
            OfferDraft("Deutschkurs", _field(services, "Bildung und Digitales"))
        ),
    )


@pytest.fixture
def counted(services: Services, clock: FakeClock, offers: Offers) -> dict[str, uuid.UUID]:
    """Five people and their visits over two years, the café's head counts, one referral."""
    register = services.visitors.register
    people = {
        "anna": register(VisitorDraft("Anna", birth_year=1990, gender=Gender.FEMALE)).id,
        "bora": register(VisitorDraft("Bora", birth_year=1950, gender=Gender.MALE)).id,
        "chen": register(VisitorDraft("Chen", age_band="18-26", gender=Gender.DIVERSE)).id,
        "dana": register(VisitorDraft("Dana")).id,
        "emil": register(VisitorDraft("Emil", birth_year=2015, gender=Gender.MALE)).id,
    }
    visits = [
        (date(2025, 11, 10), "emil", offers.cafe),
        (date(2025, 11, 12), "anna", offers.cafe),
        (date(2026, 10, 5), "dana", offers.cafe),
        (date(2026, 11, 2), "anna", offers.advice),
        (date(2026, 11, 2), "anna", offers.cafe),
        (date(2026, 11, 9), "anna", offers.cafe),
        (date(2026, 11, 9), "bora", offers.cafe),
        (date(2026, 11, 16), "bora", offers.advice),
        (date(2026, 11, 16), "chen", offers.german),
        (date(2026, 11, 16), "emil", offers.cafe),
    ]
    for day, person, offer in visits:
        _at(clock, day)
        services.visits.check_in(people[person], offer.id)
    _at(clock, date(2026, 11, 9))
    services.tallies.count(offers.cafe.id, "0-5", Gender.FEMALE)
    services.tallies.count(offers.cafe.id, "80+")
    services.tallies.count(offers.cafe.id)
    _at(clock, date(2026, 12, 1))
    services.tallies.count(offers.cafe.id)  # December: outside November
    return people


def _figures(services: Services, period: Period = NOVEMBER, **rules: object) -> Figures:
    return services.statistics.figures(period, CountingRules(**rules))  # type: ignore[arg-type]


def _row(rows: tuple[Count, ...], key: str) -> tuple[int, int, int]:
    row = next(r for r in rows if r.key == key)
    return row.visits, row.visitors, row.tallied


def test_visits_and_visitors_are_kept_apart(
    services: Services, counted: dict[str, uuid.UUID]
) -> None:
    figures = _figures(services)

    # Anna three times, Bora twice, Chen and Emil once: seven visits of four people.
    assert (figures.visits, figures.visitors, figures.tallied) == (7, 4, 3)
    assert figures.counted_visits == 10  # with the head counts, as the default rule says
    assert _figures(services, visits=VisitRule.CHECK_INS).counted_visits == 7
    assert figures.facility == "Nachbarschaftshaus Am Park"
    [month] = figures.by_month
    assert (month.month, month.visits, month.visitors, month.tallied) == (
        date(2026, 11, 1),
        7,
        4,
        3,
    )
    assert month.counselling == 2


def test_new_visitors_by_first_visit_or_by_registration(
    services: Services, counted: dict[str, uuid.UUID]
) -> None:
    # Anna and Emil came first in November 2025; Bora and Chen are new.
    figures = _figures(services)
    assert (figures.new_visitors, figures.returning_visitors) == (2, 2)
    # All five were registered this month (today, by the real clock of the records).
    registered = _figures(services, new_visitors=NewVisitorRule.REGISTERED)
    # The day of registration is the record's own (UTC) date.
    assert registered.new_visitors == (4 if datetime.now(UTC).month == 11 else 0)


def test_by_offer_and_field_of_action_a_person_counts_once_per_row(
    services: Services, counted: dict[str, uuid.UUID]
) -> None:
    figures = _figures(services)

    assert _row(figures.by_offer, "Offenes Café") == (4, 3, 3)
    assert _row(figures.by_offer, "Sozialberatung") == (2, 2, 0)
    assert _row(figures.by_offer, "Deutschkurs") == (1, 1, 0)
    assert _row(figures.by_field, "Begegnung und Generationen") == (4, 3, 3)
    assert _row(figures.by_field, "Beratung und Begleitung") == (2, 2, 0)
    assert (figures.counselling_visits, figures.counselling_visitors) == (2, 2)
    assert figures.by_offer[0].key == "Offenes Café"


@pytest.mark.parametrize("period", [NOVEMBER, Period(date(2026, 11, 1), date(2026, 11, 20))])
def test_people_at_several_offers_of_a_field_or_in_counselling_count_once(
    services: Services,
    counted: dict[str, uuid.UUID],
    clock: FakeClock,
    period: Period,
) -> None:
    field = _field(services, "Beratung und Begleitung")
    debts = services.offers.create(OfferDraft("Schuldnerberatung", field, is_counselling=True))
    # Anna and Bora, already at the social advice in November, come to the debt advice
    # too, and Chen comes only there.
    _at(clock, date(2026, 11, 17))
    for person in ("anna", "bora", "chen"):
        services.visits.check_in(counted[person], debts.id)

    figures = _figures(services, period)

    assert _row(figures.by_offer, "Schuldnerberatung") == (3, 3, 0)
    assert _row(figures.by_field, "Beratung und Begleitung") == (5, 3, 0)
    assert (figures.counselling_visits, figures.counselling_visitors) == (5, 3)


def test_age_bands_roll_up_and_genders_include_the_head_counts(
    services: Services, counted: dict[str, uuid.UUID]
) -> None:
    figures = _figures(services)

    assert _row(figures.by_age_band, "27-50") == (3, 1, 0)  # Anna, born 1990
    assert _row(figures.by_age_band, "65-79") == (2, 1, 0)  # Bora, born 1950
    assert _row(figures.by_age_band, "18-26") == (1, 1, 0)  # Chen, by the band given
    assert _row(figures.by_age_band, "6-13") == (1, 1, 0)  # Emil, born 2015
    assert _row(figures.by_age_band, "0-5") == (0, 0, 1)
    assert _row(figures.by_age_band, "80+") == (0, 0, 1)
    assert _row(figures.by_age_band, NOT_STATED) == (0, 0, 1)
    assert _row(figures.by_age_group, "0-26") == (2, 2, 1)
    assert _row(figures.by_age_group, "27-50") == (3, 1, 0)
    assert _row(figures.by_age_group, "51-64") == (0, 0, 0)
    assert _row(figures.by_age_group, "65+") == (2, 1, 1)
    assert _row(figures.by_gender, "female") == (3, 1, 1)
    assert _row(figures.by_gender, "male") == (3, 2, 0)
    assert _row(figures.by_gender, "diverse") == (1, 1, 0)
    assert _row(figures.by_gender, "unspecified") == (0, 0, 2)
    assert sum(row.visitors for row in figures.by_gender) == figures.visitors


def test_a_quarter_and_the_year_earlier(services: Services, counted: dict[str, uuid.UUID]) -> None:
    quarter = _figures(services, Period.quarter(2026, 4))
    assert (quarter.visits, quarter.visitors, quarter.new_visitors) == (8, 5, 3)
    assert [(m.visits, m.visitors, m.tallied) for m in quarter.by_month] == [
        (1, 1, 0),
        (7, 4, 3),
        (0, 0, 1),
    ]

    comparison = services.statistics.comparison(NOVEMBER)
    earlier = comparison.earlier
    assert earlier.period == Period.month(2025, 11)
    assert (earlier.visits, earlier.visitors, earlier.new_visitors) == (2, 2, 2)
    assert comparison.current == _figures(services)


def test_a_custom_period_of_days_is_counted_from_its_visits(
    services: Services, counted: dict[str, uuid.UUID]
) -> None:
    figures = _figures(services, Period(date(2026, 11, 9), date(2026, 11, 16)))

    # Anna once (the 9th), Bora twice, Chen and Emil once.
    assert (figures.visits, figures.visitors, figures.new_visitors) == (5, 4, 2)
    assert _row(figures.by_offer, "Offenes Café") == (3, 3, 3)
    assert _row(figures.by_age_band, "65-79") == (2, 1, 0)
    assert _row(figures.by_gender, "male") == (3, 2, 0)
    # From Dana's visit on 5 October to the end of November.
    by_days = _figures(services, Period(date(2026, 10, 5), date(2026, 11, 30)))
    assert (by_days.visits, by_days.visitors) == (8, 5)
    assert [m.visitors for m in by_days.by_month] == [1, 4]


def test_a_period_longer_than_a_year_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError):
        _figures(services, Period(date(2025, 1, 1), date(2026, 1, 31)))


def test_corrections_and_anonymisation_keep_the_counts_right(
    services: Services,
    database: Database,
    clock: FakeClock,
    counted: dict[str, uuid.UUID],
    offers: Offers,
) -> None:
    _at(clock, date(2026, 11, 20))
    visit = services.visits.check_in(counted["dana"], offers.german.id)
    assert _figures(services).visitors == 5
    services.visits.change_offer(visit.id, offers.advice.id)
    assert _row(_figures(services).by_offer, "Sozialberatung") == (3, 3, 0)
    services.visits.undo(visit.id)
    figures = _figures(services)
    assert (figures.visits, figures.visitors) == (7, 4)
    assert _row(figures.by_offer, "Sozialberatung") == (2, 2, 0)

    # Anonymised, Bora's visits become head counts: people stay, a visitor goes.
    with database.sessions.begin() as session:
        anonymise_visitor(session, session.get_one(Visitor, counted["bora"]), utcnow())
    figures = _figures(services)
    assert (figures.visits, figures.visitors, figures.tallied) == (5, 3, 5)
    assert _row(figures.by_age_band, "65-79") == (0, 0, 2)


def test_referrals_issued_and_received_by_field_target_and_status(
    services: Services, database: Database, counted: dict[str, uuid.UUID], clock: FakeClock
) -> None:
    partner = services.directory.save(_partner())
    _at(clock, date(2026, 11, 10))
    issued = services.referrals.issue(
        ReferralDraft(
            visitor_id=counted["anna"],
            partner_id=partner.id,
            partner_offer_id=partner.offers[0].id,
            purpose="Fragen zur Miete",
        )
    )
    services.referrals.set_status(issued.id, ReferralStatus.ARRIVED)
    other = NETWORK_FACILITY
    with database.sessions.begin() as session:
        mine = session.scalars(select(Facility.id)).one()
        session.add(Facility(id=other, name="Stadtteilzentrum Beispielplatz", kind="other"))
        session.flush()
        session.add(
            Referral(
                facility_id=other,
                code="ZZZZ-ZZZZ",
                issued_on=date(2026, 11, 3),
                receiving_facility_id=mine,
                field_of_action="Familie",
                status="created",
            )
        )

    figures = _figures(services)

    assert figures.referrals_issued == (
        ReferralCount("Beratung und Begleitung", "Stadtteilzentrum Beispielplatz", "arrived", 1),
    )
    # The issuing facility is named by its entry in the directory (the partner above).
    assert figures.referrals_received == (
        ReferralCount("Familie", "Stadtteilzentrum Beispielplatz", "created", 1),
    )


def test_volunteers_and_their_hours(services: Services, clock: FakeClock) -> None:
    lena = services.volunteers.create(
        VolunteerDraft(first_name="Lena", started_on=date(2026, 1, 1))
    )
    omar = services.volunteers.create(
        VolunteerDraft(first_name="Omar", started_on=date(2026, 1, 1))
    )
    for volunteer, day, minutes, activity in (
        (lena.id, date(2026, 11, 3), 120, "Café"),
        (lena.id, date(2026, 11, 10), 90, "Café"),
        (omar.id, date(2026, 11, 10), 60, "Hausaufgabenhilfe"),
        (omar.id, date(2026, 10, 10), 60, "Hausaufgabenhilfe"),
    ):
        services.hours.record(HoursDraft(volunteer, day, minutes, activity), "Test")

    volunteering = _figures(services).volunteering

    assert (volunteering.volunteers, volunteering.minutes) == (2, 270)
    assert volunteering.by_activity == (("Café", 1, 210), ("Hausaufgabenhilfe", 1, 60))
    assert volunteering.by_month == ((date(2026, 11, 1), 2, 270),)


def test_reception_may_look_at_the_figures(services: Services, database: Database) -> None:
    database.on_duty.sign_in(StaffMember(id=None, name="Jonas", role=Role.RECEPTION))
    assert _figures(services).visits == 0


def test_the_triggers_count_what_a_recount_from_the_visits_counts(
    services: Services,
    database: Database,
    counted: dict[str, uuid.UUID],
    offers: Offers,
    clock: FakeClock,
) -> None:
    _at(clock, date(2026, 11, 20))
    visit = services.visits.check_in(counted["dana"], offers.german.id)
    services.visits.change_offer(visit.id, offers.cafe.id)
    services.visitors.update(counted["chen"], VisitorDraft("Chen", birth_year=2001))
    services.visits.remove(visit.id)

    def rows() -> list[tuple[object, ...]]:
        with sqlite3.connect(database.path) as connection:
            return connection.execute(
                "SELECT * FROM visit_month ORDER BY facility_id, year, offer_key, visitor_id"
            ).fetchall()

    kept = rows()
    with sqlite3.connect(database.path) as connection:
        rebuild_visit_months(connection)
    assert rows() == kept
    assert len(kept) == 16  # a house row and one per offer, for each person and year
    with database.sessions.begin() as session:
        assert session.scalar(select(FieldOfAction.id).limit(1)) is not None
        assert session.scalars(select(VisitMonth.offer_key)).all().count("") == 7
