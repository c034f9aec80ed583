"""The tracker of people's requests about their data (access, correction, erasure)."""

import uuid
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop_app.core import limits
from desktop_app.core.access import Permission
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import DataRequest, Visitor
from desktop_app.core.privacy_records import RequestDraft, RequestKind, RequestRecord, due_date
from desktop_app.core.services.base import FacilityService
from desktop_app.core.text import clean
from desktop_app.core.validation import IN_FUTURE, Checker

NOT_BEFORE_RECEIPT = QT_TRANSLATE_NOOP(
    "errors", "A request cannot be answered before it was received."
)


def _record(row: DataRequest) -> RequestRecord:
    return RequestRecord(
        id=row.id,
        kind=RequestKind(row.kind),
        requester=row.requester,
        received_on=row.received_on,
        visitor_id=row.visitor_id,
        note=row.note,
        due_on=row.due_on,
        answered_on=row.answered_on,
    )


def check_request(draft: RequestDraft, *, today: date) -> None:
    """Raise a ``ValidationError`` for a request that cannot be saved."""
    checker = Checker()
    checker.text("requester", draft.requester, limits.NAME_MAX, required=True)
    checker.text("note", draft.note, limits.NOTES_MAX, multiline=True)
    if draft.received_on > today:
        checker.add("received_on", IN_FUTURE)
    checker.raise_if_any()


class RequestService(FacilityService):
    """Requests are the privacy office's: coordination and administration only."""

    def open_requests(self) -> list[RequestRecord]:
        """Unanswered requests, the nearest deadline first."""
        self._require(Permission.PRIVACY_OFFICE)
        with self._sessions.begin() as session:
            rows = session.scalars(
                self._live()
                .where(DataRequest.answered_on.is_(None))
                .order_by(DataRequest.due_on, DataRequest.received_on, DataRequest.created_at)
            )
            return [_record(row) for row in rows]

    def all_requests(self) -> list[RequestRecord]:
        """Every request, answered or not, the latest received first."""
        self._require(Permission.PRIVACY_OFFICE)
        with self._sessions.begin() as session:
            rows = session.scalars(
                self._live().order_by(DataRequest.received_on.desc(), DataRequest.created_at.desc())
            )
            return [_record(row) for row in rows]

    def record(self, draft: RequestDraft) -> RequestRecord:
        """Log a request as it arrives; its deadline follows from the day of receipt."""
        self._require(Permission.PRIVACY_OFFICE)
        draft = self._checked(draft)
        with self._sessions.begin() as session:
            self._check_visitor(session, draft.visitor_id)
            row = DataRequest(
                facility_id=self._facility_id,
                kind=draft.kind.value,
                requester=draft.requester,
                visitor_id=draft.visitor_id,
                received_on=draft.received_on,
                due_on=due_date(draft.received_on),
                note=draft.note,
            )
            session.add(row)
            session.flush()
            return _record(row)

    def update(self, request_id: uuid.UUID, draft: RequestDraft) -> RequestRecord:
        """Correct a logged request; a corrected day of receipt moves the deadline with it."""
        self._require(Permission.PRIVACY_OFFICE)
        draft = self._checked(draft)
        with self._sessions.begin() as session:
            row = self._get(session, DataRequest, request_id)
            self._check_visitor(session, draft.visitor_id)
            if row.answered_on is not None and row.answered_on < draft.received_on:
                checker = Checker()
                checker.add("received_on", NOT_BEFORE_RECEIPT)
                checker.raise_if_any()
            row.kind = draft.kind.value
            row.requester = draft.requester
            row.visitor_id = draft.visitor_id
            row.received_on = draft.received_on
            row.due_on = due_date(draft.received_on)
            row.note = draft.note
            session.flush()
            return _record(row)

    def answer(self, request_id: uuid.UUID, on: date) -> RequestRecord:
        """Mark a request answered on ``on`` (today or a past day, not before its receipt)."""
        self._require(Permission.PRIVACY_OFFICE)
        with self._sessions.begin() as session:
            row = self._get(session, DataRequest, request_id)
            checker = Checker()
            if on > self._today():
                checker.add("answered_on", IN_FUTURE)
            elif on < row.received_on:
                checker.add("answered_on", NOT_BEFORE_RECEIPT)
            checker.raise_if_any()
            row.answered_on = on
            session.flush()
            return _record(row)

    def _live(self) -> Select[DataRequest]:
        return select(DataRequest).where(
            DataRequest.facility_id == self._facility_id, DataRequest.deleted_at.is_(None)
        )

    def _checked(self, draft: RequestDraft) -> RequestDraft:
        draft = RequestDraft(
            kind=RequestKind(draft.kind),
            requester=clean(draft.requester),
            received_on=draft.received_on,
            visitor_id=draft.visitor_id,
            note=draft.note.strip(),
        )
        check_request(draft, today=self._today())
        return draft

    def _check_visitor(self, session: Session, visitor_id: uuid.UUID | None) -> None:
        """A linked visitor must be one of this facility's, and not removed."""
        if visitor_id is not None:
            self._get(session, Visitor, visitor_id)
