"""Reading and checking the audit trail, and recording who viewed, printed or exported data.

Changes are recorded by the session listener of ``audit``; what leaves the program through
the eyes, the printer or a file is recorded here, by the screen or export that shows it.
"""

import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from desktop_app.core import audit
from desktop_app.core.access import OnDuty, Permission
from desktop_app.core.audit import AuditAction, AuditRecord, ChainBreak
from desktop_app.core.db import SessionFactory
from desktop_app.core.models import AuditEntry, StaffAccount
from desktop_app.core.privacy_records import AuditQuery
from desktop_app.core.text import fold

StaffKey = tuple[uuid.UUID | None, str]


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in the desk's time zone, with that day's offset (summer or not)."""
    return datetime.combine(day, time.min).astimezone()


class AuditTrailService:
    """The privacy office's view of the trail; the desk's screens record their views here."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
        self._on_duty: OnDuty = audit.on_duty_for(sessions)

    def entries(self, query: AuditQuery) -> list[AuditRecord]:
        """One page of the entries that pass ``query``'s filters, newest first."""
        self._on_duty.require(Permission.PRIVACY_OFFICE)
        statement = select(AuditEntry)
        if query.person_id is not None:
            statement = statement.where(AuditEntry.person_id == query.person_id)
        if query.staff_id is not None:
            statement = statement.where(AuditEntry.staff_id == query.staff_id)
        elif query.staff_name is not None:
            statement = statement.where(
                AuditEntry.staff_id.is_(None), AuditEntry.staff_name == query.staff_name
            )
        if query.first is not None:
            statement = statement.where(AuditEntry.occurred_at >= local_midnight(query.first))
        if query.last is not None:
            end = local_midnight(query.last + timedelta(days=1))
            statement = statement.where(AuditEntry.occurred_at < end)
        # Sequence numbers follow the order of writing, which the clock may not (a clock
        # set back, a change of time zone).
        statement = (
            statement.order_by(AuditEntry.seq.desc())
            .offset(max(query.offset, 0))
            .limit(max(query.limit, 0))
        )
        with self._sessions.begin() as session:
            return [audit.as_record(row) for row in session.scalars(statement)]

    def staff_names(self) -> list[StaffKey]:
        """Everyone named in the trail, for the staff filter, by name.

        Accounts by id with their current name (or their last one in the trail, should the
        account be gone); entries of no account by the name they carry.
        """
        self._on_duty.require(Permission.PRIVACY_OFFICE)
        with self._sessions.begin() as session:
            named = session.execute(
                select(
                    AuditEntry.staff_id, AuditEntry.staff_name, func.max(AuditEntry.seq)
                ).group_by(AuditEntry.staff_id, AuditEntry.staff_name)
            )
            newest: dict[uuid.UUID, tuple[int, str]] = {}
            without_account: set[str] = set()
            for staff_id, name, seq in named:
                if staff_id is None:
                    without_account.add(name)
                elif staff_id not in newest or seq > newest[staff_id][0]:
                    newest[staff_id] = (seq, name)
            current = {
                row.id: row.display_name
                for row in session.execute(select(StaffAccount.id, StaffAccount.display_name))
            }
        keys: list[StaffKey] = [
            (staff_id, current.get(staff_id, name)) for staff_id, (_, name) in newest.items()
        ]
        keys.extend((None, name) for name in without_account)
        return sorted(keys, key=lambda key: (fold(key[1]), key[1], str(key[0] or "")))

    def check(self) -> ChainBreak | None:
        """Recompute the chain: the first entry altered, removed or added outside the program."""
        self._on_duty.require(Permission.PRIVACY_OFFICE)
        with self._sessions.begin() as session:
            return audit.check_chain(session)

    # Recording what the desk hands out. ``detail`` names what was shown, printed or
    # exported (a document's kind, a period), never a value from the record.

    def record_view(
        self,
        record_kind: str,
        record_id: uuid.UUID | None,
        person_id: uuid.UUID | None,
        detail: str = "",
    ) -> None:
        self._append(Permission.DESK, AuditAction.VIEW, record_kind, record_id, person_id, detail)

    def record_print(
        self,
        record_kind: str,
        record_id: uuid.UUID | None,
        person_id: uuid.UUID | None,
        detail: str = "",
    ) -> None:
        self._append(Permission.DESK, AuditAction.PRINT, record_kind, record_id, person_id, detail)

    def record_export(
        self,
        record_kind: str,
        record_id: uuid.UUID | None,
        person_id: uuid.UUID | None,
        detail: str = "",
    ) -> None:
        self._append(
            Permission.EXPORT, AuditAction.EXPORT, record_kind, record_id, person_id, detail
        )

    def _append(
        self,
        permission: Permission,
        action: AuditAction,
        record_kind: str,
        record_id: uuid.UUID | None,
        person_id: uuid.UUID | None,
        detail: str,
    ) -> None:
        member = self._on_duty.require(permission)
        with self._sessions.begin() as session:
            audit.record(
                session,
                action,
                record_kind,
                record_id=record_id,
                person_id=person_id,
                detail=detail,
                member=member,
            )
