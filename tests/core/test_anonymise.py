"""Anonymising people: their visits become counts that keep every statistic, nothing names them."""

import uuid
from collections import Counter
from datetime import date, datetime, time

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from desktop_app.core import codes, derived
from desktop_app.core.anonymise import (
    CHUNK,
    VISITOR_BLANK,
    Anonymised,
    age_band_of_visit,
    anonymisation_counts,
    anonymise_visitor,
    anonymise_visitors,
    anonymise_visits_before,
)
from desktop_app.core.audit import AuditAction, check_chain
from desktop_app.core.db import Database
from desktop_app.core.errors import NotFoundError
from desktop_app.core.limits import VISITOR_NUMBER_LENGTH
from desktop_app.core.models import (
    AuditEntry,
    Consent,
    Facility,
    Offer,
    Referral,
    ReferralPerson,
    SyncOutbox,
    TallyMark,
    Visit,
    Visitor,
)
from desktop_app.core.records import FacilityRecord
from desktop_app.core.reference import AGE_BANDS, FacilityKind, Gender, age_band_for
from desktop_app.core.services import Services
from desktop_app.core.text import index_terms
from tests.conftest import FakeClock

# Statistics as reports count them: per offer, month, age band and gender.
StatisticKey = tuple[uuid.UUID, str, str | None, str | None]


def moment(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def add_offer(session: Session, facility_id: uuid.UUID, title: str) -> uuid.UUID:
    offer = Offer(facility_id=facility_id, title=title)
    session.add(offer)
    session.flush()
    return offer.id


def add_visitor(
    session: Session,
    facility_id: uuid.UUID,
    first_name: str,
    last_name: str = "",
    *,
    birth_year: int | None = None,
    age_band: str | None = None,
    gender: Gender = Gender.UNSPECIFIED,
    since: date = date(2026, 11, 1),
    **columns: object,
) -> uuid.UUID:
    """A visitor as the desk registers one, registered (and last changed) on ``since``."""
    number = codes.new_code(VISITOR_NUMBER_LENGTH)
    if birth_year is not None:
        age_band = age_band_for(birth_year, since.year)
    values: dict[str, object] = {"created_at": moment(since), "updated_at": moment(since)}
    row = Visitor(
        facility_id=facility_id,
        number=number,
        first_name=first_name,
        last_name=last_name,
        birth_year=birth_year,
        age_band=age_band,
        gender=gender.value,
        sort_name=derived.sort_name(first_name, last_name),
        search_terms=index_terms(first_name, last_name, number),
        **(values | columns),
    )
    session.add(row)
    session.flush()
    return row.id


def add_visit(
    session: Session, visitor_id: uuid.UUID, offer_id: uuid.UUID, day: date, hour: int = 10
) -> uuid.UUID:
    visitor = session.get(Visitor, visitor_id)
    assert visitor is not None
    visit = Visit(
        facility_id=visitor.facility_id,
        visitor_id=visitor_id,
        offer_id=offer_id,
        visited_on=day,
        visited_at=moment(day, hour),
    )
    session.add(visit)
    session.flush()
    return visit.id


def add_tally(
    session: Session,
    facility_id: uuid.UUID,
    offer_id: uuid.UUID,
    day: date,
    age_band: str | None = None,
    gender: str | None = None,
) -> None:
    session.add(
        TallyMark(
            facility_id=facility_id,
            offer_id=offer_id,
            counted_on=day,
            counted_at=moment(day, 15),
            age_band=age_band,
            gender=gender,
        )
    )


def statistics(session: Session, facility_id: uuid.UUID) -> Counter[StatisticKey]:
    """People counted per offer, month, age band and gender: visits and tally marks alike.

    The band of a visit is computed here in Python, from the visitor's year of birth in the
    visit's year, so that the SQL of the anonymisation is checked against ``age_band_for``.
    """
    counts: Counter[StatisticKey] = Counter()
    visits = session.execute(
        select(Visit, Visitor)
        .join(Visitor, Visitor.id == Visit.visitor_id)
        .where(Visit.facility_id == facility_id, Visit.deleted_at.is_(None))
    )
    for visit, visitor in visits:
        band = (
            visitor.age_band
            if visitor.birth_year is None
            else age_band_for(visitor.birth_year, visit.visited_on.year)
        )
        counts[(visit.offer_id, visit.visited_on.isoformat()[:7], band, visitor.gender)] += 1
    marks = session.scalars(
        select(TallyMark).where(
            TallyMark.facility_id == facility_id, TallyMark.deleted_at.is_(None)
        )
    )
    for mark in marks:
        counts[(mark.offer_id, mark.counted_on.isoformat()[:7], mark.age_band, mark.gender)] += 1
    return counts


def live_visits(session: Session, visitor_id: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(Visit.visitor_id == visitor_id, Visit.deleted_at.is_(None))
        )
        or 0
    )


def other_facility(database: Database) -> uuid.UUID:
    with database.sessions.begin() as session:
        other = Facility(name="Stadtteilzentrum Moabit", kind=FacilityKind.STADTTEILZENTRUM.value)
        session.add(other)
        session.flush()
        return other.id


NOW = datetime(2026, 11, 23, 10, 0).astimezone()


@pytest.fixture
def people(database: Database, facility: FacilityRecord) -> dict[str, uuid.UUID]:
    """Visitors of every kind of detail, with visits over three years and some tally marks."""
    with database.sessions.begin() as session:
        cafe = add_offer(session, facility.id, "Offenes Café")
        course = add_offer(session, facility.id, "Deutschkurs")
        ids = {
            "cafe": cafe,
            "course": course,
            # Turns from 13 to 14 within the visits: the band is the visit year's.
            "amal": add_visitor(
                session, facility.id, "Amal", "Haddad", birth_year=2011, gender=Gender.FEMALE
            ),
            "jonas": add_visitor(
                session, facility.id, "Jonas", "Weber", age_band="51-64", gender=Gender.MALE
            ),
            "mira": add_visitor(session, facility.id, "Mira"),
            "karl": add_visitor(
                session, facility.id, "Karl", "Berg", birth_year=1946, gender=Gender.DIVERSE
            ),
        }
        days = (date(2024, 3, 4), date(2024, 12, 30), date(2025, 1, 2), date(2026, 11, 20))
        for name in ("amal", "jonas", "mira", "karl"):
            for day in days:
                add_visit(session, ids[name], cafe, day)
            add_visit(session, ids[name], course, date(2025, 6, 16))
        add_tally(session, facility.id, cafe, date(2024, 3, 4), "27-50", Gender.FEMALE.value)
        add_tally(session, facility.id, cafe, date(2025, 1, 2))
    return ids


def test_the_age_band_of_a_visit_is_computed_as_the_reference_computes_it(
    database: Database, facility: FacilityRecord
) -> None:
    # Years before the registration: the band stored with the visitor is of another year.
    visit_day = date(2020, 5, 5)
    with database.sessions.begin() as session:
        offer = add_offer(session, facility.id, "Offenes Café")
        # Every age from a year of birth after the visit (recorded wrongly) to 110.
        for age in range(-2, 111):
            visitor = add_visitor(session, facility.id, f"Person {age}", birth_year=2020 - age)
            add_visit(session, visitor, offer, visit_day)
        add_visit(
            session, add_visitor(session, facility.id, "Band", age_band="65-79"), offer, visit_day
        )
        add_visit(session, add_visitor(session, facility.id, "Unknown"), offer, visit_day)
        rows = session.execute(
            select(Visitor.birth_year, Visitor.age_band, age_band_of_visit()).join(
                Visit, Visit.visitor_id == Visitor.id
            )
        ).all()
    assert len(rows) == 115
    for birth_year, stored, band in rows:
        expected = stored if birth_year is None else age_band_for(birth_year, visit_day.year)
        assert band == expected, (birth_year, band)
    assert {band for _, _, band in rows} == {band.code for band in AGE_BANDS}.union({None})


def test_anonymising_keeps_every_statistic_and_turns_visits_into_counts(
    database: Database, facility: FacilityRecord, people: dict[str, uuid.UUID]
) -> None:
    with database.sessions.begin() as session:
        before = statistics(session, facility.id)
        marks_before = session.scalar(select(func.count()).select_from(TallyMark)) or 0
        done = anonymise_visitors(
            session, facility.id, [people["amal"], people["jonas"], people["mira"]], NOW
        )
    assert done == Anonymised(visitors=3, visits=15, referral_links=0)
    with database.sessions.begin() as session:
        assert statistics(session, facility.id) == before
        assert session.scalar(select(func.count()).select_from(TallyMark)) == marks_before + 15
        for name in ("amal", "jonas", "mira"):
            assert live_visits(session, people[name]) == 0
        # Karl was not asked about: his visits stay his.
        assert live_visits(session, people["karl"]) == 5
        # The marks are the visits' own: offer, day and time, and Amal's band of each year.
        marks = session.execute(
            select(TallyMark.counted_at, TallyMark.age_band, TallyMark.gender).where(
                TallyMark.gender == Gender.FEMALE.value, TallyMark.age_band != "27-50"
            )
        ).all()
        assert sorted((at.astimezone().date(), band) for at, band, _ in marks) == [
            (date(2024, 3, 4), "6-13"),
            (date(2024, 12, 30), "6-13"),
            (date(2025, 1, 2), "14-17"),
            (date(2025, 6, 16), "14-17"),
            (date(2026, 11, 20), "14-17"),
        ]
        ids = session.scalars(select(TallyMark.id)).all()
    assert len(set(ids)) == len(ids) and {mark_id.version for mark_id in ids} == {7}


def test_an_anonymised_visitor_keeps_no_personal_data_and_is_found_nowhere(
    database: Database, facility: FacilityRecord, services: Services, people: dict[str, uuid.UUID]
) -> None:
    with database.sessions.begin() as session:
        amal = session.get(Visitor, people["amal"])
        assert amal is not None
        amal.phone, amal.email, amal.postcode = "030 123456", "amal@example.org", "10559"
        amal.preferred_language, amal.notes = "ar", "Kommt dienstags mit der Schwester"
    with database.sessions.begin() as session:
        amal = session.get(Visitor, people["amal"])
        assert amal is not None
        number = amal.number
        assert anonymise_visitor(session, amal, NOW) == Anonymised(1, 5, 0)
        # The object the caller holds shows the row as it now is.
        assert (amal.first_name, amal.deleted_at) == ("", NOW)
    with database.sessions.begin() as session:
        row = session.get(Visitor, people["amal"])
        assert row is not None
        assert {name: getattr(row, name) for name in VISITOR_BLANK} == {
            "first_name": "",
            "last_name": "",
            "birth_year": None,
            "age_band": None,
            "gender": "unspecified",
            "preferred_language": "",
            "postcode": "",
            "phone": "",
            "email": "",
            "notes": "",
            "sort_name": "",
            "search_terms": "",
        }
        # Nothing else of the person is kept: every column is either emptied or bookkeeping.
        kept = {column.key for column in Visitor.__table__.columns} - set(VISITOR_BLANK)
        assert kept == {"id", "facility_id", "number", "created_at", "updated_at", "deleted_at"}
        assert row.deleted_at == NOW and row.number == number
        index = session.execute(
            text("SELECT rowid FROM visitor_search WHERE visitor_search MATCH 'amal OR haddad'")
        ).all()
    assert index == []
    assert services.visitors.search("Amal") == []
    assert services.visitors.search(number) == []
    with pytest.raises(NotFoundError):
        services.visitors.get(people["amal"])
    assert services.visitors.search("Jonas")[0].id == people["jonas"]


def test_consents_stay_and_referral_links_go_with_audit_entries(
    database: Database, facility: FacilityRecord, people: dict[str, uuid.UUID]
) -> None:
    with database.sessions.begin() as session:
        consent = Consent(
            facility_id=facility.id,
            visitor_id=people["jonas"],
            purpose="registration",
            manner="signed_form",
            given_at=NOW,
            recorded_by="Test Admin",
        )
        referral = Referral(
            facility_id=facility.id, code="ABCDEFGHJK", issued_on=date(2026, 5, 4), purpose="Miete"
        )
        session.add_all([consent, referral])
        session.flush()
        link = ReferralPerson(
            facility_id=facility.id, referral_id=referral.id, visitor_id=people["jonas"]
        )
        session.add(link)
    with database.sessions.begin() as session:
        jonas = session.get(Visitor, people["jonas"])
        assert jonas is not None
        assert anonymisation_counts(session, jonas) == Anonymised(1, 5, 1)
        assert anonymise_visitor(session, jonas, NOW) == Anonymised(1, 5, 1)
        assert anonymisation_counts(session, jonas) == Anonymised()
    with database.sessions.begin() as session:
        kept = session.get(Consent, consent.id)
        assert kept is not None and kept.deleted_at is None and kept.recorded_by == "Test Admin"
        gone = session.get(ReferralPerson, link.id)
        assert gone is not None and gone.deleted_at == NOW
        stays = session.get(Referral, referral.id)
        assert stays is not None and stays.deleted_at is None and stays.purpose == "Miete"
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.record_kind, AuditEntry.record_id).where(
                AuditEntry.person_id == people["jonas"]
            )
        ).all()
        assert (AuditAction.DELETE.value, "visitor", people["jonas"]) in entries
        assert (AuditAction.DELETE.value, "referral_person", link.id) in entries
        assert check_chain(session) is None


def test_the_deletion_and_the_counts_are_captured_for_the_shared_database(
    database: Database, facility: FacilityRecord, people: dict[str, uuid.UUID]
) -> None:
    with database.sessions.begin() as session:
        session.execute(delete(SyncOutbox))
        anonymise_visitors(session, facility.id, [people["mira"]], NOW)
    with database.sessions.begin() as session:
        outbox = Counter(
            (row.table_name, row.column_name) for row in session.scalars(select(SyncOutbox)).all()
        )
        visitor_columns = {
            column for table, column in outbox if table == "visitor" and column is not None
        }
    assert outbox[("tally_mark", None)] == 5  # five new marks
    assert outbox[("visit", "deleted_at")] == 5
    # The row's fields emptied and the deletion, as edits; the derived columns never travel.
    assert {"first_name", "deleted_at"} <= visitor_columns
    assert not visitor_columns & {"sort_name", "search_terms"}


def test_visits_before_a_day_become_counts_and_later_ones_stay(
    database: Database, facility: FacilityRecord, people: dict[str, uuid.UUID]
) -> None:
    with database.sessions.begin() as session:
        before = statistics(session, facility.id)
        assert anonymise_visits_before(session, facility.id, date(2025, 1, 1), NOW) == 8
        assert anonymise_visits_before(session, facility.id, date(2025, 1, 1), NOW) == 0
    with database.sessions.begin() as session:
        assert statistics(session, facility.id) == before
        for name in ("amal", "jonas", "mira", "karl"):
            assert live_visits(session, people[name]) == 3
        # The visitors themselves stay as they were.
        karl = session.get(Visitor, people["karl"])
        assert karl is not None and karl.first_name == "Karl" and karl.deleted_at is None


def test_nothing_of_another_facility_is_touched(
    database: Database, facility: FacilityRecord, people: dict[str, uuid.UUID], clock: FakeClock
) -> None:
    elsewhere = other_facility(database)
    with database.sessions.begin() as session:
        offer = add_offer(session, elsewhere, "Nähcafé")
        theirs = add_visitor(session, elsewhere, "Olena", "Koval")
        add_visit(session, theirs, offer, date(2024, 2, 5))
        before = statistics(session, elsewhere)
    with database.sessions.begin() as session:
        # Their visitor's id among ours, and a day after all their visits.
        done = anonymise_visitors(session, facility.id, [theirs, people["karl"]], NOW)
        assert done == Anonymised(1, 5, 0)
        assert anonymise_visits_before(session, facility.id, date(2027, 1, 1), NOW) == 15
    with database.sessions.begin() as session:
        olena = session.get(Visitor, theirs)
        assert olena is not None and olena.first_name == "Olena" and olena.deleted_at is None
        assert live_visits(session, theirs) == 1
        assert statistics(session, elsewhere) == before


def test_many_visitors_are_anonymised_in_chunks(
    database: Database, facility: FacilityRecord
) -> None:
    with database.sessions.begin() as session:
        offer = add_offer(session, facility.id, "Offenes Café")
        ids = [add_visitor(session, facility.id, f"Person {n}") for n in range(CHUNK + 3)]
        for visitor in ids[::50]:
            add_visit(session, visitor, offer, date(2025, 3, 3))
    with database.sessions.begin() as session:
        done = anonymise_visitors(session, facility.id, [*ids, uuid.uuid4()], NOW)
    assert done == Anonymised(CHUNK + 3, len(ids[::50]), 0)
    with database.sessions.begin() as session:
        left = session.scalar(
            select(func.count()).select_from(Visitor).where(Visitor.deleted_at.is_(None))
        )
    assert left == 0
