"""Deletion runs: the rules, a preview that tells exactly what the run does, and the run."""

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import codes
from desktop_app.core.access import PermissionDenied, Role, StaffMember
from desktop_app.core.audit import AuditAction, check_chain
from desktop_app.core.db import Database
from desktop_app.core.errors import RuleError, ValidationError
from desktop_app.core.models import (
    AllowancePayment,
    AuditEntry,
    Base,
    Consent,
    DataRequest,
    Referral,
    ReferralPerson,
    SyncOutbox,
    TallyMark,
    Visit,
    Visitor,
    Volunteer,
    VolunteerBenefitFlag,
    VolunteerTraining,
)
from desktop_app.core.records import FacilityRecord
from desktop_app.core.reference import Gender
from desktop_app.core.retention import (
    AUDIT_TRAIL_KEPT,
    DEFAULT_MONTHS,
    MONTHS_RANGE,
    RETENTION_ACTIONS,
    RETENTION_KIND_LABELS,
    RETENTION_REASONS,
    RetentionKind,
    RetentionRuleRecord,
    cutoff,
)
from desktop_app.core.services.retention import OUT_OF_RANGE, PLAN_OUTDATED, RetentionService
from tests.conftest import TEST_ADMIN, FakeClock
from tests.core.test_anonymise import (
    add_offer,
    add_visit,
    add_visitor,
    moment,
    other_facility,
    statistics,
)

RECEPTION = StaffMember(id=None, name="Aylin Demir", role=Role.RECEPTION)
COORDINATION = StaffMember(id=None, name="Bernd Koch", role=Role.COORDINATION)
K = RetentionKind


@pytest.fixture
def retention(database: Database, facility: FacilityRecord, clock: FakeClock) -> RetentionService:
    return RetentionService(database.sessions, facility.id, clock)


# The rules and their cut-offs


@pytest.mark.parametrize(
    ("kind", "months", "today", "expected"),
    [
        # Visits of 2025 stay with the person until the end of 2026, so through all of 2026
        # only the visits before 2025 are due; on 1 January 2027 those of 2025 follow.
        (K.VISITS, 12, date(2026, 11, 23), date(2025, 1, 1)),
        (K.VISITS, 12, date(2026, 12, 31), date(2025, 1, 1)),
        (K.VISITS, 12, date(2027, 1, 1), date(2026, 1, 1)),
        (K.VISITS, 0, date(2027, 1, 1), date(2027, 1, 1)),  # right after the year's end
        # Receipts of 2018 are kept to the end of 2026, those of 2017 to the end of 2025.
        (K.ALLOWANCE_PAYMENTS, 96, date(2026, 11, 23), date(2018, 1, 1)),
        (K.ALLOWANCE_PAYMENTS, 96, date(2027, 1, 1), date(2019, 1, 1)),
        (K.VISITORS, 24, date(2026, 11, 23), date(2024, 11, 23)),
        (K.VISITORS, 24, date(2026, 2, 28), date(2024, 2, 28)),
        (K.REFERRALS, 6, date(2026, 8, 31), date(2026, 2, 28)),  # no 31 February
        (K.CONSENTS, 36, date(2026, 11, 23), date(2023, 11, 23)),
        (K.VOLUNTEERS, 36, date(2028, 2, 29), date(2025, 2, 28)),
    ],
)
def test_a_rule_becomes_a_cut_off_day(
    kind: RetentionKind, months: int, today: date, expected: date
) -> None:
    assert cutoff(kind, months, today) == expected


def test_every_kind_has_a_default_within_its_bounds_and_words() -> None:
    expected = {
        K.VISITS: 12,
        K.VISITORS: 24,
        K.REFERRALS: 6,
        K.CONSENTS: 36,
        K.ALLOWANCE_PAYMENTS: 96,
        K.VOLUNTEERS: 36,
    }
    assert expected == DEFAULT_MONTHS
    for kind in RetentionKind:
        lowest, highest = MONTHS_RANGE[kind]
        assert lowest <= DEFAULT_MONTHS[kind] <= highest
        assert RETENTION_KIND_LABELS[kind] and RETENTION_ACTIONS[kind]
        assert "{months}" in RETENTION_REASONS[kind] and "{cutoff}" in RETENTION_REASONS[kind]
        # Stored in ``retention_rule.kind``.
        assert len(kind.value) <= 30
    # Receipts are never kept shorter than the law asks.
    assert MONTHS_RANGE[K.ALLOWANCE_PAYMENTS][0] == 96


def test_the_rules_start_at_their_defaults_and_the_admin_changes_them(
    retention: RetentionService,
) -> None:
    assert retention.rules() == [RetentionRuleRecord(k, DEFAULT_MONTHS[k]) for k in K]
    assert all(rule.is_default for rule in retention.rules())
    changed = retention.set_rule(K.VISITORS, 36)
    assert changed == RetentionRuleRecord(K.VISITORS, 36) and not changed.is_default
    assert retention.set_rule(K.VISITORS, 48).months == 48  # changed again: one row
    rules = {rule.kind: rule for rule in retention.rules()}
    assert rules[K.VISITORS].months == 48 and rules[K.VISITORS].default_months == 24
    assert rules[K.VISITS].months == 12
    assert retention.preview().step(K.VISITORS).cutoff == date(2022, 11, 23)


@pytest.mark.parametrize(
    ("kind", "months"),
    [(K.ALLOWANCE_PAYMENTS, 95), (K.VISITORS, 5), (K.VISITORS, 121), (K.VISITS, -1)],
)
def test_a_rule_outside_its_bounds_is_refused(
    retention: RetentionService, kind: RetentionKind, months: int
) -> None:
    with pytest.raises(ValidationError) as raised:
        retention.set_rule(kind, months)
    problem = raised.value.problems["months"]
    lowest, highest = MONTHS_RANGE[kind]
    assert (problem.message, problem.params) == (
        OUT_OF_RANGE,
        {"lowest": lowest, "highest": highest},
    )
    assert retention.rules() == [RetentionRuleRecord(k, DEFAULT_MONTHS[k]) for k in K]


def test_roles_decide_who_looks_runs_and_sets_the_rules(
    retention: RetentionService, database: Database
) -> None:
    database.on_duty.sign_in(RECEPTION)
    for action in (retention.rules, retention.preview, retention.run):
        with pytest.raises(PermissionDenied):
            action()
    with pytest.raises(PermissionDenied):
        retention.set_rule(K.VISITS, 24)
    database.on_duty.sign_in(COORDINATION)
    assert retention.preview().is_empty
    assert retention.run().done
    with pytest.raises(PermissionDenied):
        retention.set_rule(K.VISITS, 24)
    database.on_duty.sign_in(TEST_ADMIN)
    assert retention.rules()[0].months == 12


# A desk with records of every kind, some due and some not


@dataclass
class Desk:
    ids: dict[str, uuid.UUID]
    other: uuid.UUID  # another facility, with records that would be due


def _in(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone()


def _referral(
    session: Session,
    facility_id: uuid.UUID,
    visitor_id: uuid.UUID | None,
    status: str,
    closed: date,
    *,
    issued: date = date(2023, 1, 2),
) -> uuid.UUID:
    referral = Referral(
        facility_id=facility_id,
        code=codes.new_referral_code(),
        issued_on=issued,
        status=status,
        status_changed_at=_in(closed),
        purpose="Beratung zur Miete",
        person_label="A. H.",
        appointment_at=_in(issued),
        target={"name": "Mieterberatung"},
        field_of_action="Beratung und Begleitung",
    )
    session.add(referral)
    session.flush()
    if visitor_id is not None:
        session.add(
            ReferralPerson(facility_id=facility_id, referral_id=referral.id, visitor_id=visitor_id)
        )
    return referral.id


def _consent(
    session: Session,
    facility_id: uuid.UUID,
    visitor_id: uuid.UUID,
    given: date,
    withdrawn: date | None = None,
    referral_id: uuid.UUID | None = None,
) -> uuid.UUID:
    consent = Consent(
        facility_id=facility_id,
        visitor_id=visitor_id,
        purpose="referral" if referral_id else "contact",
        manner="signed_form",
        given_at=_in(given),
        withdrawn_at=None if withdrawn is None else _in(withdrawn),
        recorded_by="Bernd Koch",
        guardian_name="Samira Haddad",
        recipient="Mieterberatung" if referral_id else "",
        referral_id=referral_id,
    )
    session.add(consent)
    session.flush()
    return consent.id


def _volunteer(
    session: Session,
    facility_id: uuid.UUID,
    first_name: str,
    ended: date | None,
    **columns: Any,
) -> uuid.UUID:
    volunteer = Volunteer(
        facility_id=facility_id,
        first_name=first_name,
        last_name="Engel",
        email=f"{first_name.lower()}@example.org",
        phone="030 555",
        birth_year=1960,
        birth_date=date(1960, 4, 1),
        started_on=date(2015, 1, 1),
        ended_on=ended,
        notes="Hilft im Café",
        activities=[{"name": "Lesepatenschaft", "offer_id": None}],
        agreement_signed_on=date(2015, 1, 1),
        sort_name=f"engel {first_name.lower()}",
        **columns,
    )
    session.add(volunteer)
    session.flush()
    session.add(
        VolunteerTraining(
            facility_id=facility_id,
            volunteer_id=volunteer.id,
            title="Erste Hilfe",
            held_on=date(2016, 3, 1),
        )
    )
    return volunteer.id


def _payment(
    session: Session, facility_id: uuid.UUID, volunteer_id: uuid.UUID, day: date
) -> uuid.UUID:
    payment = AllowancePayment(
        facility_id=facility_id,
        volunteer_id=volunteer_id,
        paid_on=day,
        amount_cents=24000,
        kind="ehrenamt",
        activity="Lesepatenschaft",
        note="bar ausgezahlt",
    )
    session.add(payment)
    session.flush()
    return payment.id


def _records(
    session: Session, facility_id: uuid.UUID, old: date = date(2022, 1, 10)
) -> dict[str, uuid.UUID]:
    """Records of every kind for one facility, as of Monday 23 November 2026.

    The default rules' cut-offs then are: visits before 1 January 2025; visitors without
    activity since 23 November 2024; referrals closed before 23 May 2026; consents ended
    before 23 November 2023; payments before 1 January 2018; volunteers who left before
    23 November 2023.
    """
    ids: dict[str, uuid.UUID] = {}
    cafe = ids["cafe"] = add_offer(session, facility_id, "Offenes Café")

    def visitor(name: str, **columns: Any) -> uuid.UUID:
        ids[name] = add_visitor(session, facility_id, name.title(), "Muster", since=old, **columns)
        return ids[name]

    # Two old visits: both turn into counts, and Anna goes (last seen in 2023). Her old
    # referral's link goes with the referral's details first.
    anna = visitor("anna", birth_year=1980, gender=Gender.FEMALE)
    add_visit(session, anna, cafe, date(2022, 2, 1))
    add_visit(session, anna, cafe, date(2023, 3, 1))
    ids["anna_referral"] = _referral(session, facility_id, anna, "completed", date(2023, 2, 1))
    ids["anna_consent"] = _consent(
        session, facility_id, anna, date(2023, 1, 2), referral_id=ids["anna_referral"]
    )
    # A visit in 2024 turns into a count, but the one of 2025 keeps Ben.
    ben = visitor("ben", age_band="65-79", gender=Gender.MALE)
    add_visit(session, ben, cafe, date(2024, 6, 3))
    add_visit(session, ben, cafe, date(2025, 2, 3))
    # Last seen the day before the cut-off: goes.
    edge = visitor("edge")
    add_visit(session, edge, cafe, date(2024, 11, 22))
    # Kept by a consent, a referral, a volunteer's record, an open request, a change.
    cem = visitor("cem")
    ids["cem_consent"] = _consent(session, facility_id, cem, date(2025, 1, 5))
    dana = visitor("dana")
    ids["dana_referral"] = _referral(
        session, facility_id, dana, "not_taken_up", date(2025, 3, 1), issued=date(2023, 2, 1)
    )
    emil = visitor("emil")
    ids["emil_volunteer"] = _volunteer(session, facility_id, "Emil", None, visitor_id=emil)
    fatma = visitor("fatma")
    session.add(
        DataRequest(
            facility_id=facility_id,
            kind="access",
            requester="Fatma Muster",
            visitor_id=fatma,
            received_on=date(2026, 11, 20),
            due_on=date(2026, 12, 20),
        )
    )
    visitor("gul", updated_at=_in(date(2025, 6, 1)))
    # Registered long ago, deleted in 2023 (by another desk): only its consent is left.
    ivo = visitor("ivo", deleted_at=_in(date(2023, 6, 1)))

    # Referrals: closed recently, still open, and one reduced to its log line already.
    ids["recent_referral"] = _referral(session, facility_id, None, "completed", date(2026, 6, 1))
    ids["open_referral"] = _referral(session, facility_id, None, "handed_out", date(2023, 1, 2))
    reduced = _referral(session, facility_id, None, "cancelled", date(2023, 1, 2))
    row = session.get(Referral, reduced)
    assert row is not None
    row.purpose, row.person_label, row.appointment_at = "", "", None

    # Consents: withdrawn long enough ago, withdrawn too recently, of a deleted person.
    ids["old_withdrawal"] = _consent(session, facility_id, cem, date(2020, 1, 1), date(2023, 1, 1))
    ids["recent_withdrawal"] = _consent(
        session, facility_id, cem, date(2020, 1, 1), date(2024, 1, 1)
    )
    ids["ivo_consent"] = _consent(session, facility_id, ivo, date(2020, 1, 1))

    # Volunteers: Otto left in 2020 but a receipt of 2018 keeps his name; Paul left in
    # January 2023; Quinn too recently; Rita's record was deleted at the desk this year.
    otto = ids["otto"] = _volunteer(session, facility_id, "Otto", date(2020, 6, 30))
    session.add(
        VolunteerBenefitFlag(
            volunteer_id=otto, consent_given_on=date(2016, 1, 1), consent_manner="signed_form"
        )
    )
    ids["otto_2017"] = _payment(session, facility_id, otto, date(2017, 12, 15))
    ids["otto_2018"] = _payment(session, facility_id, otto, date(2018, 3, 1))
    # Paula, a visitor, was the volunteer Paul's record: both go in one run.
    paula = visitor("paula")
    ids["paul"] = _volunteer(session, facility_id, "Paul", date(2023, 1, 31), visitor_id=paula)
    ids["quinn"] = _volunteer(session, facility_id, "Quinn", date(2024, 1, 1))
    ids["rita"] = _volunteer(session, facility_id, "Rita", None, deleted_at=_in(date(2026, 1, 1)))
    session.flush()
    return ids


EXPECTED = {
    K.VISITS: 4,  # Anna's two, Ben's of 2024, Edge's
    K.VISITORS: 3,  # Anna, Edge, Paula
    K.REFERRALS: 2,  # Anna's, Dana's
    K.CONSENTS: 3,  # Anna's (her referral closed in 2023), the old withdrawal, Ivo's
    K.ALLOWANCE_PAYMENTS: 1,  # Otto's of 2017
    K.VOLUNTEERS: 3,  # Otto, Paul, Rita
}


@pytest.fixture
def desk(database: Database, facility: FacilityRecord) -> Desk:
    other = other_facility(database)
    with database.sessions.begin() as session:
        ids = _records(session, facility.id)
        _records(session, other)
    return Desk(ids, other)


def _counts(plan: Any) -> dict[RetentionKind, int]:
    return {step.kind: step.count for step in plan.steps}


def _rows(session: Session, facility_id: uuid.UUID) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of a facility in the tables a run touches, column by column."""
    tables: tuple[type[Base], ...] = (
        Visitor,
        Visit,
        TallyMark,
        Referral,
        ReferralPerson,
        Consent,
        AllowancePayment,
        Volunteer,
        VolunteerTraining,
    )
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for model in tables:
        table = model.__table__
        found = session.execute(
            select(table).where(table.c.facility_id == facility_id).order_by(table.c.id)
        )
        rows[model.__tablename__] = [tuple(row) for row in found]
    return rows


def test_the_preview_counts_what_is_due_and_why(retention: RetentionService, desk: Desk) -> None:
    plan = retention.preview()
    assert not plan.done and plan.today == date(2026, 11, 23)
    assert _counts(plan) == EXPECTED and plan.total == sum(EXPECTED.values())
    assert [step.kind for step in plan.steps] == list(RetentionKind)
    visits = plan.step(K.VISITS)
    assert (visits.months, visits.cutoff) == (12, date(2025, 1, 1))
    assert visits.reason_text() == (
        "Visits stay linked to the person until 12 months after the end of their year, so "
        "that the year can be reported in the year after it: visits before 2025-01-01."
    )
    assert dict(visits.reason_params) == {"months": 12, "cutoff": date(2025, 1, 1)}
    assert visits.label == "Person-linked visits" and visits.action
    assert plan.notes == (AUDIT_TRAIL_KEPT,)


def test_the_run_does_what_the_preview_said_and_nothing_twice(
    retention: RetentionService, desk: Desk, database: Database, facility: FacilityRecord
) -> None:
    with database.sessions.begin() as session:
        statistics_before = statistics(session, facility.id)
        theirs_before = _rows(session, desk.other)
    preview = retention.preview()
    done = retention.run(preview)
    assert done.done and _counts(done) == _counts(preview) == EXPECTED

    with database.sessions.begin() as session:
        # The statistics are those of before; another facility's records are untouched.
        assert statistics(session, facility.id) == statistics_before
        assert _rows(session, desk.other) == theirs_before
        outbox = session.scalar(select(func.count()).select_from(SyncOutbox))
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
        assert check_chain(session) is None

    assert _counts(retention.preview()) == dict.fromkeys(RetentionKind, 0)
    again = retention.run()
    assert again.is_empty
    with database.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(SyncOutbox)) == outbox
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == entries


def test_visits_and_inactive_visitors(
    retention: RetentionService, desk: Desk, database: Database
) -> None:
    ids = desk.ids
    retention.run()
    with database.sessions.begin() as session:
        live = {
            name
            for name in ("anna", "ben", "edge", "cem", "dana", "emil", "fatma", "gul", "paula")
            if _get(session, Visitor, ids[name]).deleted_at is None
        }
        assert live == {"ben", "cem", "dana", "emil", "fatma", "gul"}
        for name in ("anna", "edge"):
            gone = _get(session, Visitor, ids[name])
            assert (gone.first_name, gone.last_name, gone.birth_year) == ("", "", None)
        visits = session.execute(
            select(Visit.visited_on).where(
                Visit.visitor_id == ids["ben"], Visit.deleted_at.is_(None)
            )
        ).all()
        assert visits == [(date(2025, 2, 3),)]
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.detail).where(AuditEntry.person_id == ids["anna"])
        ).all()
        assert (AuditAction.DELETE.value, K.VISITORS.value) in entries


def test_closed_referrals_keep_a_log_line(
    retention: RetentionService, desk: Desk, database: Database
) -> None:
    ids = desk.ids
    retention.run()
    with database.sessions.begin() as session:
        for name in ("anna_referral", "dana_referral"):
            referral = _get(session, Referral, ids[name])
            assert (referral.purpose, referral.person_label, referral.appointment_at) == (
                "",
                "",
                None,
            )
            assert referral.deleted_at is None and referral.code
            assert referral.target == {"name": "Mieterberatung"}
            assert referral.field_of_action == "Beratung und Begleitung"
            links = session.scalars(
                select(ReferralPerson).where(ReferralPerson.referral_id == referral.id)
            ).all()
            assert [link.deleted_at is not None for link in links] == [True]
        for name in ("recent_referral", "open_referral"):
            assert _get(session, Referral, ids[name]).purpose == "Beratung zur Miete"
        # Dana herself stays: her referral closed within the two years.
        assert _get(session, Visitor, ids["dana"]).first_name == "Dana"


def test_ended_consents_go_and_proof_of_current_ones_stays(
    retention: RetentionService, desk: Desk, database: Database
) -> None:
    ids = desk.ids
    retention.run()
    with database.sessions.begin() as session:
        for name in ("anna_consent", "old_withdrawal", "ivo_consent"):
            gone = _get(session, Consent, ids[name])
            assert gone.deleted_at is not None, name
            assert (gone.guardian_name, gone.recorded_by, gone.recipient) == ("", "", "")
        for name in ("cem_consent", "recent_withdrawal"):
            kept = _get(session, Consent, ids[name])
            assert kept.deleted_at is None and kept.guardian_name == "Samira Haddad"


def test_payments_and_former_volunteers(
    retention: RetentionService, desk: Desk, database: Database
) -> None:
    ids = desk.ids
    retention.run()
    with database.sessions.begin() as session:
        old = _get(session, AllowancePayment, ids["otto_2017"])
        assert old.deleted_at is not None and old.note == ""
        kept = _get(session, AllowancePayment, ids["otto_2018"])
        assert kept.deleted_at is None and kept.note == "bar ausgezahlt"

        otto = _get(session, Volunteer, ids["otto"])
        # The receipt of 2018 must still name him; nothing else of him is left.
        assert (otto.first_name, otto.last_name) == ("Otto", "Engel")
        assert otto.deleted_at is not None
        _assert_emptied(otto)
        assert session.get(VolunteerBenefitFlag, ids["otto"]) is None
        for name in ("paul", "rita"):
            volunteer = _get(session, Volunteer, ids[name])
            assert (volunteer.first_name, volunteer.last_name, volunteer.sort_name) == ("", "", "")
            assert volunteer.deleted_at is not None
            _assert_emptied(volunteer)
        # Rita's deletion keeps its day.
        assert _get(session, Volunteer, ids["rita"]).deleted_at == _in(date(2026, 1, 1))
        trainings = session.execute(
            select(VolunteerTraining.volunteer_id, VolunteerTraining.deleted_at.is_(None))
        ).all()
        live = {volunteer for volunteer, alive in trainings if alive}
        assert ids["otto"] not in live and ids["paul"] not in live
        assert {ids["quinn"], ids["emil_volunteer"]} <= live
        for name in ("quinn", "emil_volunteer"):
            assert _get(session, Volunteer, ids[name]).email != ""


def test_names_kept_for_a_receipt_go_once_the_receipt_may_go(
    retention: RetentionService, desk: Desk, database: Database, clock: FakeClock
) -> None:
    retention.run()
    # Payments of 2018 may go from 2027 on; no engagement ended on the new cut-off's day.
    clock.now = datetime(2027, 1, 1, 10).astimezone()
    plan = retention.preview()
    assert plan.count(K.ALLOWANCE_PAYMENTS) == 1 and plan.count(K.VOLUNTEERS) == 1
    assert _counts(retention.run(plan)) == _counts(plan)
    with database.sessions.begin() as session:
        otto = _get(session, Volunteer, desk.ids["otto"])
        assert (otto.first_name, otto.last_name) == ("", "")


def test_a_confirmed_plan_is_run_with_its_own_cut_offs(
    retention: RetentionService,
    desk: Desk,
    database: Database,
    facility: FacilityRecord,
    clock: FakeClock,
) -> None:
    clock.now = datetime(2026, 12, 31, 16).astimezone()
    plan = retention.preview()
    assert plan.step(K.VISITS).cutoff == date(2025, 1, 1)
    # Confirmed after midnight: the visits of 2025 would be due by now, but the user saw
    # and confirmed those before 2025.
    clock.now = datetime(2027, 1, 1, 0, 5).astimezone()
    assert retention.preview().step(K.VISITS).cutoff == date(2026, 1, 1)
    done = retention.run(plan)
    assert done.today == date(2026, 12, 31) and done.count(K.VISITS) == plan.count(K.VISITS)
    with database.sessions.begin() as session:
        kept = session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(
                Visit.facility_id == facility.id,
                Visit.visited_on >= date(2025, 1, 1),
                Visit.deleted_at.is_(None),
            )
        )
        assert kept == 1  # Ben's of 2025


def test_a_plan_made_under_other_rules_is_refused(
    retention: RetentionService, desk: Desk, database: Database
) -> None:
    plan = retention.preview()
    retention.set_rule(K.VISITORS, 60)
    with pytest.raises(RuleError) as raised:
        retention.run(plan)
    assert raised.value.message == PLAN_OUTDATED
    with database.sessions.begin() as session:
        assert _get(session, Visitor, desk.ids["anna"]).first_name == "Anna"
    assert retention.run(retention.preview()).count(K.VISITORS) == 0


def test_a_plan_never_deletes_more_than_todays_rules_allow(
    retention: RetentionService, desk: Desk, database: Database
) -> None:
    plan = retention.preview()
    shorter = replace(plan, steps=tuple(replace(step, months=1) for step in plan.steps))
    later = replace(
        plan,
        steps=tuple(
            replace(step, cutoff=date(2026, 11, 23)) if step.kind is K.VISITORS else step
            for step in plan.steps
        ),
    )
    for changed in (shorter, later):
        with pytest.raises(RuleError) as raised:
            retention.run(changed)
        assert raised.value.message == PLAN_OUTDATED
    with database.sessions.begin() as session:
        assert _get(session, Visitor, desk.ids["cem"]).deleted_at is None
    assert _counts(retention.run(plan)) == EXPECTED


def _get(session: Session, model: type[Any], row_id: uuid.UUID) -> Any:
    row = session.get(model, row_id)
    assert row is not None
    return row


def _assert_emptied(volunteer: Volunteer) -> None:
    assert (volunteer.email, volunteer.phone, volunteer.notes) == ("", "", "")
    assert (volunteer.birth_date, volunteer.birth_year, volunteer.activities) == (None, None, [])
    assert (volunteer.agreement_signed_on, volunteer.visitor_id) == (None, None)


def test_sql_like_and_control_text_in_records_is_handled(
    retention: RetentionService, database: Database, facility: FacilityRecord
) -> None:
    sly = "x'); DELETE FROM visitor; --\x00\u202e"
    with database.sessions.begin() as session:
        offer = add_offer(session, facility.id, sly)
        person = add_visitor(session, facility.id, sly, sly, since=date(2021, 1, 4), notes=sly)
        add_visit(session, person, offer, date(2021, 2, 1))
        keep = add_visitor(session, facility.id, "Zoe", sly)
    assert _counts(retention.run()) == {**dict.fromkeys(K, 0), K.VISITS: 1, K.VISITORS: 1}
    with database.sessions.begin() as session:
        assert _get(session, Visitor, person).notes == ""
        assert _get(session, Visitor, keep).last_name == sly
        marks = session.execute(select(TallyMark.counted_at)).scalars().all()
        assert marks == [moment(date(2021, 2, 1))]


def test_a_plans_steps_run_in_the_order_of_the_kinds(
    retention: RetentionService, desk: Desk
) -> None:
    plan = retention.preview()
    done = retention.run(replace(plan, steps=plan.steps[::-1]))
    assert [step.kind for step in done.steps] == list(RetentionKind)
    assert _counts(done) == EXPECTED
    assert retention.preview().is_empty
