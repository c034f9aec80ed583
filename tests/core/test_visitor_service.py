"""The visitors screen's queries: counting, filtering, every order and paging through it."""

import pytest

from desktop_app.core.db import Database
from desktop_app.core.models import Facility, Visitor, utcnow
from desktop_app.core.records import OfferDraft, VisitorDraft, VisitorQuery, VisitorRecord
from desktop_app.core.reference import FacilityKind, Gender
from desktop_app.core.services import Services, build_services
from desktop_app.core.services.visitors import SORT_KEYS
from tests.conftest import FakeClock

DRAFTS = (
    VisitorDraft(first_name="Zoe", last_name="Adler", birth_year=2022, postcode="10115"),
    VisitorDraft(first_name="Ömer", last_name="Özdemir", age_band="6-13", gender=Gender.MALE),
    VisitorDraft(first_name="Anna", last_name="Müller", birth_year=1950, postcode="13353"),
    VisitorDraft(first_name="Jonas", last_name="Mueller", age_band="51-64", gender=Gender.MALE),
    VisitorDraft(first_name="Lena", last_name="Weiß", birth_year=1990, gender=Gender.FEMALE),
    VisitorDraft(first_name="Karl", last_name="Berg", birth_year=1988, gender=Gender.DIVERSE),
    VisitorDraft(first_name="Mira"),
)


@pytest.fixture
def registered(services: Services) -> list[VisitorRecord]:
    return [services.visitors.register(draft) for draft in DRAFTS]


def _names(records: list[VisitorRecord]) -> list[str]:
    return [record.display_name for record in records]


def _all(services: Services, query: VisitorQuery) -> list[VisitorRecord]:
    return services.visitors.page(query, 0, 100)


def test_count_and_filter_fold_accents(services: Services, registered: list[VisitorRecord]) -> None:
    assert services.visitors.count(VisitorQuery()) == len(DRAFTS)
    assert services.visitors.count(VisitorQuery(text="muller")) == 1
    assert _names(_all(services, VisitorQuery(text="mueller"))) == [
        "Jonas Mueller",
        "Anna Müller",
    ]
    assert _names(_all(services, VisitorQuery(text="ozdemir"))) == ["Ömer Özdemir"]
    assert services.visitors.count(VisitorQuery(text="nobody")) == 0
    assert _all(services, VisitorQuery(text="nobody")) == []


def test_removed_visitors_are_neither_counted_nor_listed(
    services: Services, registered: list[VisitorRecord], database: Database
) -> None:
    with database.sessions.begin() as session:
        row = session.get(Visitor, registered[2].id)
        assert row is not None
        row.deleted_at = utcnow()
    assert services.visitors.count(VisitorQuery()) == len(DRAFTS) - 1
    assert "Anna Müller" not in _names(_all(services, VisitorQuery()))
    assert services.visitors.count(VisitorQuery(text="anna")) == 0


def test_other_facilities_visitors_are_neither_counted_nor_listed(
    services: Services, registered: list[VisitorRecord], database: Database, clock: FakeClock
) -> None:
    with database.sessions.begin() as session:
        other = Facility(name="Stadtteilzentrum Moabit", kind=FacilityKind.STADTTEILZENTRUM.value)
        session.add(other)
    elsewhere = build_services(database.sessions, other.id, clock)
    elsewhere.visitors.register(VisitorDraft(first_name="Anna", last_name="Andere"))
    for sort in sorted(SORT_KEYS):
        listed = _all(services, VisitorQuery(sort=sort))
        assert {record.id for record in listed} == {record.id for record in registered}
    assert services.visitors.count(VisitorQuery()) == len(DRAFTS)
    assert services.visitors.count(VisitorQuery(text="anna")) == 1
    assert _names(_all(elsewhere, VisitorQuery())) == ["Anna Andere"]


def test_name_order_both_ways(services: Services, registered: list[VisitorRecord]) -> None:
    ascending = _names(_all(services, VisitorQuery(sort="name")))
    assert ascending == [
        "Zoe Adler",
        "Karl Berg",
        "Mira",
        "Jonas Mueller",
        "Anna Müller",
        "Ömer Özdemir",
        "Lena Weiß",
    ]
    descending = _names(_all(services, VisitorQuery(sort="name", descending=True)))
    assert descending == ascending[::-1]


def test_age_order_follows_the_bands_not_their_text(
    services: Services, registered: list[VisitorRecord]
) -> None:
    # As text "6-13" would come after "51-64"; the youngest come first, no age last.
    ascending = _names(_all(services, VisitorQuery(sort="age")))
    assert ascending == [
        "Zoe Adler",  # 0-5
        "Ömer Özdemir",  # 6-13
        "Lena Weiß",  # 27-50, born 1990
        "Karl Berg",  # 27-50, born 1988
        "Jonas Mueller",  # 51-64
        "Anna Müller",  # 65-79
        "Mira",  # not known
    ]
    assert _names(_all(services, VisitorQuery(sort="age", descending=True))) == ascending[::-1]


@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
def test_every_order_pages_through_everyone_once(
    services: Services, registered: list[VisitorRecord], sort: str
) -> None:
    for descending in (False, True):
        query = VisitorQuery(sort=sort, descending=descending)
        whole = _all(services, query)
        pages = [services.visitors.page(query, offset, 3) for offset in range(0, 9, 3)]
        assert [len(page) for page in pages] == [3, 3, 1]
        assert [record.id for page in pages for record in page] == [r.id for r in whole]
        assert {record.id for record in whole} == {record.id for record in registered}


def test_number_and_postcode_orders(services: Services, registered: list[VisitorRecord]) -> None:
    numbers = [record.number for record in _all(services, VisitorQuery(sort="number"))]
    assert numbers == sorted(record.number for record in registered)
    postcodes = [r.postcode for r in _all(services, VisitorQuery(sort="postcode"))]
    assert postcodes == sorted(postcodes)
    assert postcodes[-2:] == ["10115", "13353"]


def test_gender_order_groups_the_genders(
    services: Services, registered: list[VisitorRecord]
) -> None:
    genders = [r.gender for r in _all(services, VisitorQuery(sort="gender"))]
    assert genders == sorted(genders, key=lambda gender: gender.value)


def test_unknown_order_falls_back_to_the_name(
    services: Services, registered: list[VisitorRecord]
) -> None:
    assert _all(services, VisitorQuery(sort="last_visit")) == _all(services, VisitorQuery())


def test_pages_carry_the_last_visit(
    services: Services, registered: list[VisitorRecord], clock: FakeClock
) -> None:
    offer = services.offers.create(OfferDraft(title="Café"))
    anna = registered[2]
    services.visits.check_in(anna.id, offer.id)
    clock.advance(days=2)
    services.visits.check_in(anna.id, offer.id)
    last_visits = {r.id: r.last_visit_on for r in _all(services, VisitorQuery(sort="postcode"))}
    assert last_visits[anna.id] == clock.now.date()
    assert [day for key, day in last_visits.items() if key != anna.id] == [None] * 6
