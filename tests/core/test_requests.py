"""The tracker of people's requests: the one-month deadline, overdue requests, checks."""

import uuid
from dataclasses import replace
from datetime import date

import pytest

from desktop_app.core import limits
from desktop_app.core.db import Database
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.models import Facility
from desktop_app.core.privacy_records import (
    REQUEST_KIND_LABELS,
    RequestDraft,
    RequestKind,
    RequestRecord,
    add_months,
    due_date,
)
from desktop_app.core.records import FacilityRecord, VisitorDraft
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services import Services, build_services
from desktop_app.core.services.requests import NOT_BEFORE_RECEIPT, RequestService
from desktop_app.core.validation import CONTROL, IN_FUTURE, REQUIRED, TOO_LONG
from tests.conftest import FakeClock

TODAY = date(2026, 11, 23)  # the test clock's Monday


@pytest.fixture
def requests(database: Database, facility: FacilityRecord, clock: FakeClock) -> RequestService:
    return RequestService(database.sessions, facility.id, clock)


def _draft(
    received_on: date,
    requester: str = "Amal Haddad",
    *,
    kind: RequestKind = RequestKind.ACCESS,
    visitor_id: uuid.UUID | None = None,
    note: str = "",
) -> RequestDraft:
    return RequestDraft(kind, requester, received_on, visitor_id, note)


# The deadline


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        (date(2026, 1, 15), date(2026, 2, 15)),
        (date(2026, 1, 31), date(2026, 2, 28)),  # February has no 31st: its last day
        (date(2028, 1, 31), date(2028, 2, 29)),  # nor in a leap year
        (date(2026, 1, 29), date(2026, 2, 28)),
        (date(2026, 2, 28), date(2026, 3, 28)),  # not the end of March: the same number
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 8, 31), date(2026, 9, 30)),
        (date(2026, 12, 15), date(2027, 1, 15)),  # into the next year
        (date(2026, 12, 31), date(2027, 1, 31)),
    ],
)
def test_the_deadline_is_one_calendar_month_later(received_on: date, due_on: date) -> None:
    assert due_date(received_on) == due_on


def test_months_are_added_across_years() -> None:
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 5, 31), 12) == date(2027, 5, 31)
    assert add_months(date(2027, 2, 28), -12) == date(2026, 2, 28)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_overdue_and_days_left() -> None:
    request = RequestRecord(
        kind=RequestKind.ERASURE,
        requester="Amal Haddad",
        received_on=date(2026, 10, 31),
        id=uuid.uuid4(),
        due_on=date(2026, 11, 30),
    )
    for today, overdue, days_left in (
        (date(2026, 11, 29), False, 1),
        (date(2026, 11, 30), False, 0),  # the deadline's day itself is still in time
        (date(2026, 12, 1), True, -1),
    ):
        assert (request.overdue(today), request.days_left(today)) == (overdue, days_left)
    answered = replace(request, answered_on=date(2026, 12, 3))
    assert not answered.is_open and not answered.overdue(date(2026, 12, 24))


def test_every_kind_has_a_label() -> None:
    assert set(REQUEST_KIND_LABELS) == set(RequestKind)


# The tracker


def test_a_request_is_recorded_with_its_deadline(requests: RequestService) -> None:
    recorded = requests.record(_draft(date(2026, 10, 31), "  Amal Haddad ", note="Per Brief"))
    assert (recorded.requester, recorded.note) == ("Amal Haddad", "Per Brief")
    assert (recorded.due_on, recorded.answered_on) == (date(2026, 11, 30), None)
    assert recorded.draft() == _draft(date(2026, 10, 31), note="Per Brief")
    assert requests.open_requests() == [recorded]
    assert requests.all_requests() == [recorded]


def test_open_requests_come_by_deadline_and_leave_once_answered(
    requests: RequestService,
) -> None:
    late = requests.record(_draft(date(2026, 10, 20), "Ömer Özdemir"))
    recent = requests.record(_draft(date(2026, 11, 23), "Lena Schulz"))
    middle = requests.record(_draft(date(2026, 11, 2), "Mira Berg"))
    assert [r.id for r in requests.open_requests()] == [late.id, middle.id, recent.id]
    assert late.overdue(TODAY) and late.days_left(TODAY) == -3
    assert not middle.overdue(TODAY) and middle.days_left(TODAY) == 9

    answered = requests.answer(late.id, TODAY)
    assert answered.answered_on == TODAY and not answered.overdue(TODAY)
    assert [r.id for r in requests.open_requests()] == [middle.id, recent.id]
    # All of them, the latest received first.
    assert [r.id for r in requests.all_requests()] == [recent.id, middle.id, late.id]


def test_a_corrected_receipt_moves_the_deadline(requests: RequestService) -> None:
    recorded = requests.record(_draft(date(2026, 11, 20)))
    corrected = requests.update(
        recorded.id, _draft(date(2026, 10, 31), "Amal Nour", kind=RequestKind.CORRECTION)
    )
    assert (corrected.kind, corrected.requester) == (RequestKind.CORRECTION, "Amal Nour")
    assert corrected.due_on == date(2026, 11, 30)
    assert requests.all_requests() == [corrected]


def test_an_answer_lies_between_the_receipt_and_today(requests: RequestService) -> None:
    recorded = requests.record(_draft(date(2026, 11, 10)))
    with pytest.raises(ValidationError) as future:
        requests.answer(recorded.id, date(2026, 11, 24))
    assert future.value.problems["answered_on"].message == IN_FUTURE
    with pytest.raises(ValidationError) as early:
        requests.answer(recorded.id, date(2026, 11, 9))
    assert early.value.problems["answered_on"].message == NOT_BEFORE_RECEIPT
    assert requests.open_requests() == [recorded]
    requests.answer(recorded.id, date(2026, 11, 10))
    # Nor may a correction move the receipt after the answer.
    with pytest.raises(ValidationError) as moved:
        requests.update(recorded.id, _draft(date(2026, 11, 11)))
    assert moved.value.problems["received_on"].message == NOT_BEFORE_RECEIPT


def test_a_request_may_name_the_visitor_it_is_about(
    requests: RequestService, services: Services, database: Database, clock: FakeClock
) -> None:
    visitor = services.visitors.register(VisitorDraft(first_name="Amal", last_name="Haddad"))
    recorded = requests.record(_draft(TODAY, visitor_id=visitor.id))
    assert recorded.visitor_id == visitor.id
    with pytest.raises(NotFoundError):
        requests.record(_draft(TODAY, visitor_id=uuid.uuid4()))
    with database.sessions.begin() as session:
        other = Facility(name="Stadtteilzentrum Moabit", kind=FacilityKind.STADTTEILZENTRUM.value)
        session.add(other)
    elsewhere = build_services(database.sessions, other.id, clock)
    stranger = elsewhere.visitors.register(VisitorDraft(first_name="Anna"))
    with pytest.raises(NotFoundError):
        requests.record(_draft(TODAY, visitor_id=stranger.id))
    assert len(requests.all_requests()) == 1


def test_each_facility_sees_its_own_requests(
    requests: RequestService, database: Database, clock: FakeClock
) -> None:
    requests.record(_draft(TODAY))
    with database.sessions.begin() as session:
        other = Facility(name="Stadtteilzentrum Moabit", kind=FacilityKind.STADTTEILZENTRUM.value)
        session.add(other)
    theirs = RequestService(database.sessions, other.id, clock)
    assert theirs.all_requests() == []
    with pytest.raises(NotFoundError):
        theirs.answer(requests.all_requests()[0].id, TODAY)


# Checks


@pytest.mark.parametrize(
    ("draft", "problems"),
    [
        (_draft(TODAY, ""), {"requester": REQUIRED}),
        (_draft(TODAY, "   "), {"requester": REQUIRED}),
        (_draft(TODAY, "A" * (limits.NAME_MAX + 1)), {"requester": TOO_LONG}),
        (_draft(TODAY, "Amal\x00Haddad"), {"requester": CONTROL}),
        (_draft(TODAY, "Amal\nHaddad"), {"requester": CONTROL}),
        (_draft(TODAY, note="x" * (limits.NOTES_MAX + 1)), {"note": TOO_LONG}),
        (_draft(TODAY, note="Anruf\x07"), {"note": CONTROL}),
        (_draft(date(2026, 11, 24)), {"received_on": IN_FUTURE}),
        (
            _draft(date(2026, 11, 24), "", note="\x1b"),
            {"requester": REQUIRED, "note": CONTROL, "received_on": IN_FUTURE},
        ),
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(
    requests: RequestService, draft: RequestDraft, problems: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        requests.record(draft)
    assert {name: p.message for name, p in refused.value.problems.items()} == problems
    assert requests.all_requests() == []
    recorded = requests.record(_draft(TODAY))
    with pytest.raises(ValidationError):
        requests.update(recorded.id, draft)
    assert requests.all_requests() == [recorded]


def test_notes_may_span_lines_and_names_may_look_like_sql(requests: RequestService) -> None:
    requester = "Robert'); DROP TABLE data_request;--"
    recorded = requests.record(_draft(TODAY, requester, note="Anruf am Montag.\nRückruf."))
    assert requests.all_requests() == [recorded]
    assert (recorded.requester, recorded.note) == (requester, "Anruf am Montag.\nRückruf.")
