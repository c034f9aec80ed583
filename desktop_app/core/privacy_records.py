"""Records of the privacy office: people's requests under the GDPR and the audit trail's filter."""

import calendar
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.core.i18n import QT_TRANSLATE_NOOP


class RequestKind(StrEnum):
    """What a person asks of the facility about their data."""

    ACCESS = "access"  # Art. 15 GDPR
    CORRECTION = "correction"  # Art. 16 GDPR
    ERASURE = "erasure"  # Art. 17 GDPR


REQUEST_KIND_LABELS: dict[RequestKind, str] = {
    RequestKind.ACCESS: QT_TRANSLATE_NOOP("reference", "Access"),
    RequestKind.CORRECTION: QT_TRANSLATE_NOOP("reference", "Correction"),
    RequestKind.ERASURE: QT_TRANSLATE_NOOP("reference", "Erasure"),
}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later, or that month's last day if it is shorter.

    31 January plus one month is 28 February (29 in a leap year), not 3 March.
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(received_on: date) -> date:
    """The day a request must be answered by: one month after its receipt (Art. 12(3) GDPR).

    Computed as EU time limits are (Regulation 1182/71, Art. 3(2)(c)): the day of the next
    month with the receipt's number, or that month's last day when it has no such day.
    The deadline is not moved off weekends and holidays: answering earlier is always right.
    """
    return add_months(received_on, 1)


@dataclass(frozen=True)
class RequestDraft:
    kind: RequestKind
    # Who asked, as they named themselves (they may have no visitor record at all).
    requester: str
    received_on: date
    visitor_id: uuid.UUID | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class RequestRecord(RequestDraft):
    id: uuid.UUID
    due_on: date
    answered_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.answered_on is None

    def overdue(self, today: date) -> bool:
        """Still unanswered after its deadline's day has passed."""
        return self.is_open and today > self.due_on

    def days_left(self, today: date) -> int:
        """Days until the deadline: 0 on the deadline itself, negative once it has passed."""
        return (self.due_on - today).days

    def draft(self) -> RequestDraft:
        return RequestDraft(
            kind=self.kind,
            requester=self.requester,
            received_on=self.received_on,
            visitor_id=self.visitor_id,
            note=self.note,
        )


AUDIT_PAGE = 200


@dataclass(frozen=True)
class AuditQuery:
    """Filter and page of the audit trail; every filter left at None lets all entries pass.

    ``first`` and ``last`` are local dates, both included. Entries of no account (the
    command line, nobody signed in) have no ``staff_id``; ``staff_name`` picks them out.
    """

    person_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None
    staff_name: str | None = None
    first: date | None = None
    last: date | None = None
    offset: int = 0
    limit: int = AUDIT_PAGE
