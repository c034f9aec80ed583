"""Volunteers: profiles, hours with their trail, allowances and recognition."""

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from desktop_app.core.db import Database
from desktop_app.core.document_records import Letterhead
from desktop_app.core.errors import DuplicateHours, NotFoundError, RuleError, ValidationError
from desktop_app.core.models import Offer, VolunteerBenefitFlag
from desktop_app.core.quantities import DAY_MINUTES, Hours
from desktop_app.core.recognition import HOURS_TO_GO, MORE_MONTHS, TOO_YOUNG, standings
from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.core.services import Services
from desktop_app.core.volunteer_records import (
    Activity,
    AllowanceDraft,
    AllowanceKind,
    HoursDraft,
    HoursStatus,
    Level,
    Training,
    VolunteerDraft,
    VolunteerRecord,
)
from desktop_app.core.volunteering_rules import load_rules
from tests.conftest import FakeClock

TODAY = date(2026, 11, 23)  # the test clock's Monday
LETTERHEAD = Letterhead(name="Nachbarschaftshaus Am Park")


@pytest.fixture
def volunteer_id(services: Services) -> uuid.UUID:
    return services.volunteers.create(
        VolunteerDraft(
            first_name="Jonas",
            last_name="Weber",
            birth_date=date(1990, 5, 4),
            started_on=date(2025, 1, 6),
            activities=(Activity("Hausaufgabenhilfe"), Activity("Café")),
            trainings=(Training("Erste Hilfe", date(2025, 3, 1), 8 * 60),),
        )
    ).id


def _hours(volunteer_id: uuid.UUID, day: date, minutes: int, activity: str = "Café") -> HoursDraft:
    return HoursDraft(volunteer_id=volunteer_id, worked_on=day, minutes=minutes, activity=activity)


def test_a_volunteer_can_start_from_a_visitor_and_is_saved_whole(services: Services) -> None:
    visitor = services.visitors.register(
        VisitorDraft(first_name="Amal", last_name="Haddad", birth_year=1998, phone="030 123")
    )
    draft = services.volunteers.draft_from_visitor(visitor.id)
    assert (draft.first_name, draft.visitor_id, draft.birth_year) == ("Amal", visitor.id, 1998)
    offer = services.offers.create(OfferDraft(title="Lesepatenschaft"))
    created = services.volunteers.create(
        replace(draft, activities=(Activity("Vorlesen", offer.id),), school_pass=True)
    )
    assert created.activities == (Activity("Vorlesen", offer.id),)
    assert services.volunteers.get(created.id) == created
    [summary] = services.volunteers.list_volunteers("haddad")
    assert summary.display_name == "Amal Haddad" and summary.activities == ("Vorlesen",)


def test_the_list_finds_volunteers_by_every_typed_word_folded(services: Services) -> None:
    for first, last in (("Jonas", "Weber"), ("Jörg", "Müller-Weber"), ("Amal", "Haddad")):
        services.volunteers.create(VolunteerDraft(first_name=first, last_name=last))

    def found(text: str) -> list[str]:
        return [v.display_name for v in services.volunteers.list_volunteers(text)]

    assert found("weber") == ["Jörg Müller-Weber", "Jonas Weber"]
    assert found("WEB jon") == ["Jonas Weber"]
    assert found("muller jorg") == ["Jörg Müller-Weber"]
    assert found("%") == found("_") == found("weber x") == []


def test_bad_profiles_are_refused_field_by_field(services: Services) -> None:
    with pytest.raises(ValidationError) as raised:
        services.volunteers.create(
            VolunteerDraft(
                first_name="",
                birth_date=TODAY + timedelta(days=1),
                started_on=date(2026, 5, 1),
                ended_on=date(2026, 4, 1),
                activities=(Activity("Café"), Activity("café")),
                trainings=(Training("", TODAY + timedelta(days=3), 10),),
            )
        )
    assert set(raised.value.problems) == {
        "first_name",
        "birth_date",
        "ended_on",
        "activities.1",
        "trainings.0.title",
        "trainings.0.held_on",
        "trainings.0.minutes",
    }
    assert services.volunteers.list_volunteers(include_ended=True) == []


def test_a_profile_stays_savable_after_its_linked_offer_is_removed(
    services: Services, database: Database, volunteer_id: uuid.UUID
) -> None:
    offer = services.offers.create(OfferDraft(title="Lesepatenschaft"))
    profile = services.volunteers.get(volunteer_id)
    linked = services.volunteers.update(
        volunteer_id, replace(profile.draft(), activities=(Activity("Vorlesen", offer.id),))
    )
    with database.sessions.begin() as session:
        session.execute(
            update(Offer).where(Offer.id == offer.id).values(deleted_at=datetime.now(UTC))
        )
    kept = services.volunteers.update(volunteer_id, replace(linked.draft(), notes="Dienstags"))
    assert kept.activities == (Activity("Vorlesen", offer.id),)
    with pytest.raises(NotFoundError):
        services.volunteers.update(
            volunteer_id, replace(kept.draft(), activities=(Activity("Neu", uuid.uuid4()),))
        )


def test_hours_are_entered_and_bad_hours_refused(
    services: Services, volunteer_id: uuid.UUID
) -> None:
    entry = services.hours.record(_hours(volunteer_id, TODAY, 150), "Maria")
    assert (entry.minutes, entry.status, entry.recorded_by) == (150, HoursStatus.ACTIVE, "Maria")
    bad = [
        (_hours(volunteer_id, TODAY, -60), "minutes"),
        (_hours(volunteer_id, TODAY, 0), "minutes"),
        (_hours(volunteer_id, TODAY, 50), "minutes"),
        (_hours(volunteer_id, TODAY + timedelta(days=1), 60), "worked_on"),
        (_hours(volunteer_id, date(2024, 12, 31), 60), "worked_on"),
        (_hours(volunteer_id, TODAY, 60, activity=""), "activity"),
        (_hours(volunteer_id, TODAY, 22 * 60, activity="Hausaufgabenhilfe"), "minutes"),
    ]
    for draft, field in bad:
        with pytest.raises(ValidationError) as raised:
            services.hours.record(draft, "Maria")
        assert field in raised.value.problems, draft
    assert [e.minutes for e in services.hours.entries(volunteer_id, TODAY, TODAY)] == [150]


def test_a_second_entry_for_a_day_and_activity_is_flagged_not_merged(
    services: Services, volunteer_id: uuid.UUID
) -> None:
    services.hours.record(_hours(volunteer_id, TODAY, 120), "Maria")
    with pytest.raises(DuplicateHours) as raised:
        services.hours.record(_hours(volunteer_id, TODAY, 60), "Maria")
    assert "already has 2 h" in str(raised.value)
    services.hours.record(_hours(volunteer_id, TODAY, 60), "Maria", second_entry=True)
    minutes = [e.minutes for e in services.hours.entries(volunteer_id, TODAY, TODAY)]
    assert minutes == [120, 60]


def test_corrections_and_withdrawals_keep_the_trail(
    services: Services, volunteer_id: uuid.UUID, clock: FakeClock
) -> None:
    first = services.hours.record(_hours(volunteer_id, TODAY, 120), "Maria")
    with pytest.raises(ValidationError) as raised:
        services.hours.correct(first.id, 90, "", "")
    assert set(raised.value.problems) == {"reason", "by"}
    clock.advance(minutes=5)
    second = services.hours.correct(first.id, 90, "Café schloss früher", "Tom")
    with pytest.raises(RuleError):
        services.hours.correct(first.id, 60, "noch einmal", "Tom")
    clock.advance(minutes=5)
    services.hours.withdraw(second.id, "Doppelt erfasst", "Maria")
    trail = services.hours.trail(volunteer_id, TODAY, "Café")
    assert [(e.minutes, e.status, e.recorded_by) for e in trail] == [
        (120, HoursStatus.CORRECTED, "Maria"),
        (90, HoursStatus.WITHDRAWN, "Tom"),
    ]
    assert trail[1].reason == "Doppelt erfasst" and trail[1].withdrawn_by == "Maria"
    assert trail[1].replaces_id == first.id
    assert services.hours.entries(volunteer_id, TODAY, TODAY) == []


def test_last_weeks_pattern_is_copied_without_overwriting(
    services: Services, volunteer_id: uuid.UUID
) -> None:
    monday = TODAY - timedelta(days=7)
    services.hours.record(_hours(volunteer_id, monday, 120), "Maria")
    services.hours.record(_hours(volunteer_id, monday + timedelta(days=2), 60), "Maria")
    services.hours.record(_hours(volunteer_id, TODAY, 30), "Maria")  # already typed
    copied = services.hours.copy_week(volunteer_id, TODAY, "Maria")
    # Monday has its own entry; Wednesday lies in the future: nothing copied.
    assert copied == []
    services.hours.record(_hours(volunteer_id, monday, 45, "Hausaufgabenhilfe"), "Maria")
    copied = services.hours.copy_week(volunteer_id, TODAY, "Maria")
    assert [(e.worked_on, e.activity, e.minutes) for e in copied] == [
        (TODAY, "Hausaufgabenhilfe", 45)
    ]


def test_copying_last_week_never_makes_a_day_longer_than_24_hours(
    services: Services, volunteer_id: uuid.UUID
) -> None:
    monday = TODAY - timedelta(days=7)
    services.hours.record(_hours(volunteer_id, monday, 600, "Café"), "Maria")
    services.hours.record(_hours(volunteer_id, monday, 600, "Hausaufgabenhilfe"), "Maria")
    services.hours.record(_hours(volunteer_id, TODAY, 600, "Garten"), "Maria")
    copied = services.hours.copy_week(volunteer_id, TODAY, "Maria")
    assert [(e.activity, e.minutes) for e in copied] == [("Café", 600)]
    day = services.hours.entries(volunteer_id, TODAY, TODAY)
    assert sum(e.minutes for e in day) == 20 * 60 <= DAY_MINUTES


def test_summary_exports_and_documents_count_only_current_hours(
    services: Services, volunteer_id: uuid.UUID
) -> None:
    kept = services.hours.record(_hours(volunteer_id, date(2026, 3, 2), 120), "Maria")
    services.hours.record(_hours(volunteer_id, date(2026, 3, 3), 60, "Hausaufgabenhilfe"), "M")
    gone = services.hours.record(_hours(volunteer_id, date(2026, 4, 1), 300), "Maria")
    services.hours.withdraw(gone.id, "falscher Tag", "Maria")
    services.hours.correct(kept.id, 180, "länger geblieben", "Maria")
    year = (date(2026, 1, 1), date(2026, 12, 31))
    totals = {(t.activity, t.minutes) for t in services.hours.summary(*year)}
    assert totals == {("Café", 180), ("Hausaufgabenhilfe", 60)}
    rows = services.hours.export_rows(*year)
    assert [(r.worked_on, r.minutes) for r in rows] == [
        (date(2026, 3, 2), 180),
        (date(2026, 3, 3), 60),
    ]
    overview = services.hours.annual_overview(2026, LETTERHEAD)
    assert overview.rows[0].minutes_by_month[2] == 240 and overview.rows[0].total_minutes == 240
    certificate = services.hours.certificate(
        volunteer_id, date(2025, 1, 1), date(2026, 11, 23), LETTERHEAD, function="Café-Team"
    )
    assert certificate.total_minutes == 240
    assert [(a.activity, a.minutes) for a in certificate.activities] == [
        ("Café", 180),
        ("Hausaufgabenhilfe", 60),
    ]
    assert [t.title for t in certificate.trainings] == ["Erste Hilfe"]
    sheet = services.hours.time_sheet(volunteer_id, *year, LETTERHEAD)
    assert sheet.total_minutes == 240 and sheet.person_name == "Jonas Weber"


def test_allowances_warn_at_80_and_100_percent_and_refuse_both_kinds_for_one_activity(
    services: Services, volunteer_id: uuid.UUID
) -> None:
    def pay(euros: int, kind: AllowanceKind, activity: str = "Hausaufgabenhilfe") -> Level:
        overview = services.allowances.record(
            AllowanceDraft(volunteer_id, date(2026, 6, 1), euros * 100, kind, activity)
        )
        [standing] = [s for s in overview.standings if s.kind is kind]
        assert standing.limit_cents == (96000 if kind is AllowanceKind.VOLUNTEER else 330000)
        return standing.level

    assert pay(500, AllowanceKind.VOLUNTEER) is Level.FINE
    assert pay(300, AllowanceKind.VOLUNTEER) is Level.NEAR  # 800 of 960 €
    assert pay(200, AllowanceKind.VOLUNTEER) is Level.REACHED  # 1,000 of 960 €
    with pytest.raises(RuleError) as raised:
        pay(100, AllowanceKind.TRAINER)
    assert "Both allowances may not be paid for the same activity" in str(raised.value)
    assert pay(100, AllowanceKind.TRAINER, "Sportgruppe") is Level.FINE
    with pytest.raises(ValidationError) as bad:
        services.allowances.record(
            AllowanceDraft(volunteer_id, TODAY + timedelta(days=1), 0, AllowanceKind.TRAINER, "")
        )
    assert set(bad.value.problems) == {"amount", "paid_on", "activity"}
    # Earlier years have their own limits.
    old = services.allowances.overview(volunteer_id, 2024)
    assert {s.kind: s.limit_cents for s in old.standings} == {
        AllowanceKind.TRAINER: 300000,
        AllowanceKind.VOLUNTEER: 84000,
    }


def test_the_buergergeld_flag_warns_near_3000_and_goes_with_the_volunteer(
    services: Services, volunteer_id: uuid.UUID, database: Database
) -> None:
    draft = AllowanceDraft(volunteer_id, date(2026, 5, 1), 250000, AllowanceKind.TRAINER, "Sport")
    overview = services.allowances.record(draft)
    assert overview.buergergeld_level is None  # no flag, no warning
    services.volunteers.set_buergergeld(volunteer_id, True)
    overview = services.allowances.overview(volunteer_id, 2026)
    assert overview.buergergeld_level is Level.NEAR  # 2,500 of 3,000 €
    services.volunteers.delete(volunteer_id)
    with database.sessions.begin() as session:
        assert session.query(VolunteerBenefitFlag).count() == 0


def test_recognition_says_what_is_missing_and_when(
    services: Services, volunteer_id: uuid.UUID
) -> None:
    # Two hours every Monday for the last twenty weeks: 40 hours in five months.
    for week in range(20):
        day = TODAY - timedelta(days=7 * week)
        services.hours.record(_hours(volunteer_id, day, 120), "Maria")
    karte, freiwilligenpass = services.volunteers.recognition(volunteer_id)
    assert not karte.met and karte.minutes_done == 40 * 60 and karte.minutes_to_go == 160 * 60
    assert karte.missing == ((HOURS_TO_GO, (("hours", Hours(160 * 60)),)),)
    assert karte.earliest_on is not None and karte.earliest_on > TODAY
    # Hours in five months: the regular way (80 h in six months) is nearer than projects.
    assert not freiwilligenpass.met
    assert freiwilligenpass.minutes_needed == 80 * 60
    assert freiwilligenpass.missing == (
        (HOURS_TO_GO, (("hours", Hours(40 * 60)),)),
        (MORE_MONTHS, (("months", 1),)),
    )
    for week in range(20, 40):
        day = TODAY - timedelta(days=7 * week)
        services.hours.record(_hours(volunteer_id, day, 180), "Maria")
    karte, freiwilligenpass = services.volunteers.recognition(volunteer_id)
    assert freiwilligenpass.met and freiwilligenpass.earliest_on is None
    assert karte.minutes_done == 100 * 60 and not karte.met


def _profile(
    birth_date: date | None = None,
    birth_year: int | None = None,
    started_on: date = date(2025, 1, 6),
) -> VolunteerRecord:
    return VolunteerRecord(
        id=uuid.uuid4(),
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
        first_name="Lina",
        birth_date=birth_date,
        birth_year=birth_year,
        started_on=started_on,
    )


@pytest.mark.parametrize(
    ("birth_date", "birth_year", "birthday"),
    [
        (date(2014, 12, 1), None, date(2026, 12, 1)),
        (date(2015, 3, 1), None, date(2027, 3, 1)),
        (None, 2014, date(2026, 12, 31)),  # only the year: by its end
    ],
)
def test_the_freiwilligenpass_comes_on_the_twelfth_birthday(
    birth_date: date | None, birth_year: int | None, birthday: date
) -> None:
    # 210 hours in the last three weeks: enough by projects; only the age is missing.
    hours = {TODAY - timedelta(days=day): 600 for day in range(21)}
    young = _profile(birth_date, birth_year)
    _karte, freiwilligenpass = standings(young, hours, TODAY, load_rules())
    assert freiwilligenpass.missing == ((TOO_YOUNG, (("age", 12),)),)
    assert freiwilligenpass.earliest_on == birthday


def test_the_freiwilligenpass_names_the_project_way_when_it_is_nearer() -> None:
    # 150 hours in the seven weeks since the start, in two months: the regular way needs
    # four more months, projects 50 more hours (some weeks at this pace).
    hours = {TODAY - timedelta(days=day): 180 for day in range(50)}
    started = _profile(birth_year=1990, started_on=TODAY - timedelta(days=49))
    _karte, freiwilligenpass = standings(started, hours, TODAY, load_rules())
    assert freiwilligenpass.minutes_needed == 200 * 60
    assert freiwilligenpass.missing == ((HOURS_TO_GO, (("hours", Hours(50 * 60)),)),)
    assert freiwilligenpass.earliest_on is not None
    assert TODAY < freiwilligenpass.earliest_on < date(2027, 1, 1)


@pytest.mark.parametrize(
    ("function", "competence", "word"),
    [
        ("Lesepatin", "arbeitete stets zuverlässig", "stets"),
        ("Sehr gute Gruppenleitung", "", "Sehr gute"),
        ("Reading mentor", "excellent with children", "excellent"),
        ("Lesepatin", "immer pünktlich", "immer"),
        ("Lesepatin", "kam pünktlich", "pünktlich"),
        ("Gartengruppe", "fleißig beim Pflanzen", "fleißig"),
        ("Reading mentor", "always on time", "always"),
        ("Reading mentor", "the best reader", "best"),
    ],
)
def test_a_certificate_refuses_judging_words(
    services: Services, volunteer_id: uuid.UUID, function: str, competence: str, word: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        services.hours.certificate(
            volunteer_id,
            date(2026, 1, 1),
            TODAY,
            LETTERHEAD,
            function=function,
            competences=(competence,),
        )
    assert word in str(raised.value)
    described = services.hours.certificate(
        volunteer_id,
        date(2026, 1, 1),
        TODAY,
        LETTERHEAD,
        function="Lesepatin in der Kinderbibliothek",
        competences=("Kinder beim Lesen begleitet", "Gruppen von bis zu acht Kindern angeleitet"),
    )
    assert described.function == "Lesepatin in der Kinderbibliothek"
