"""The audit trail: an append-only, hash-chained log of who did what with personal data.

Changes are recorded on their own: a session listener writes an entry for every new,
changed or deleted record of a person in the same transaction as the change, naming the
staff member on duty. Viewing, printing and exporting are recorded by the services that
hand the data out (``record``). Entries name records by id and the changed fields by
name; they never copy a value, so the trail holds no personal data of its own.

Each entry's hash covers its fields and the previous entry's hash; the newest hash is also
kept in ``local_state``. ``check_chain`` recomputes the chain and reports the first entry
that was altered, removed or added behind the program's back.
"""

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core.access import OnDuty, StaffMember
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.ids import new_id
from desktop_app.core.models import (
    AllowancePayment,
    AuditEntry,
    Base,
    Consent,
    DataRequest,
    Facility,
    FieldOfAction,
    LocalState,
    Offer,
    Partner,
    PartnerLocation,
    PartnerOffer,
    Referral,
    ReferralEvent,
    ReferralPerson,
    RetentionRule,
    StaffAccount,
    Visit,
    Visitor,
    Volunteer,
    VolunteerBenefitFlag,
    VolunteerHours,
    VolunteerTraining,
    utcnow,
)

GENESIS_HASH = "0" * 64
HEAD_KEY = "audit_head"
ON_DUTY_KEY = "on_duty"
_HEAD_ROW = "audit_head_row"
# Entries written while nobody was signed in (the demo, an upgrade) name no one.
NOBODY = "—"


class AuditAction(StrEnum):
    VIEW = "view"
    PRINT = "print"
    EXPORT = "export"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    SIGN_IN = "sign_in"
    REFUSED = "refused"  # a failed sign-in


AUDIT_ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.VIEW: QT_TRANSLATE_NOOP("reference", "viewed"),
    AuditAction.PRINT: QT_TRANSLATE_NOOP("reference", "printed"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("reference", "exported"),
    AuditAction.CREATE: QT_TRANSLATE_NOOP("reference", "created"),
    AuditAction.CHANGE: QT_TRANSLATE_NOOP("reference", "changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("reference", "deleted"),
    AuditAction.SIGN_IN: QT_TRANSLATE_NOOP("reference", "signed in"),
    AuditAction.REFUSED: QT_TRANSLATE_NOOP("reference", "sign-in refused"),
}


def _person_of(row: Any) -> uuid.UUID | None:
    """The visitor or volunteer a record is about."""
    if isinstance(row, Visitor | Volunteer):
        return row.id
    person: uuid.UUID | None = getattr(row, "visitor_id", None) or getattr(
        row, "volunteer_id", None
    )
    return person


# Every record a person at the desk changes is logged, with who did it. Head counts are
# not: a +1 names no one and is the desk's fastest routine. Rows a sync brings in or a
# bulk import writes pass by the ORM; the desk that made them logged them.
AUDITED: tuple[type[Base], ...] = (
    Visitor,
    Visit,
    Volunteer,
    Consent,
    Referral,
    ReferralPerson,
    ReferralEvent,
    VolunteerHours,
    VolunteerTraining,
    AllowancePayment,
    VolunteerBenefitFlag,
    DataRequest,
    StaffAccount,
    Facility,
    FieldOfAction,
    Offer,
    Partner,
    PartnerLocation,
    PartnerOffer,
    RetentionRule,
)
# Columns whose change is bookkeeping, not a change of the person's data.
_QUIET_COLUMNS = frozenset(
    {"updated_at", "failed_attempts", "last_failed_at", "sort_name", "search_terms"}
)


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    occurred_at: datetime
    staff_id: uuid.UUID | None
    staff_name: str
    action: AuditAction
    record_kind: str
    record_id: uuid.UUID | None
    person_id: uuid.UUID | None
    detail: str


@dataclass(frozen=True)
class ChainBreak:
    """Where the chain stops adding up: the entry at ``seq`` and what is wrong there."""

    seq: int
    problem: str


ALTERED = QT_TRANSLATE_NOOP("errors", "Entry {seq} was changed after it was written.")
MISSING_BEFORE = QT_TRANSLATE_NOOP(
    "errors", "An entry before entry {seq} was removed or entries were reordered."
)
MISSING_AT_END = QT_TRANSLATE_NOOP(
    "errors", "Entries after entry {seq} were removed: the trail ends before its last entry."
)


def entry_hash(previous_hash: str, entry: AuditRecord) -> str:
    """SHA-256 over the previous hash and the entry's fields, in one unambiguous encoding."""
    fields = [
        previous_hash,
        entry.seq,
        entry.occurred_at.isoformat(),
        str(entry.staff_id or ""),
        entry.staff_name,
        entry.action.value,
        entry.record_kind,
        str(entry.record_id or ""),
        str(entry.person_id or ""),
        entry.detail,
    ]
    encoded = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def record(
    session: Session,
    action: AuditAction,
    record_kind: str,
    *,
    record_id: uuid.UUID | None = None,
    person_id: uuid.UUID | None = None,
    detail: str = "",
    member: StaffMember | None = None,
) -> None:
    """Append one entry in ``session``'s transaction; by the staff member on duty by default."""
    if member is None:
        member = on_duty_of(session).member
    head = _head(session)
    previous_seq, previous_hash = _parse_head(head.value)
    entry = AuditRecord(
        seq=previous_seq + 1,
        occurred_at=utcnow().replace(microsecond=0),
        staff_id=member.id if member else None,
        staff_name=member.name if member else NOBODY,
        action=action,
        record_kind=record_kind,
        record_id=record_id,
        person_id=person_id,
        detail=detail,
    )
    digest = entry_hash(previous_hash, entry)
    session.add(
        AuditEntry(
            seq=entry.seq,
            occurred_at=entry.occurred_at,
            staff_id=entry.staff_id,
            staff_name=entry.staff_name,
            action=entry.action.value,
            record_kind=entry.record_kind,
            record_id=entry.record_id,
            person_id=entry.person_id,
            detail=entry.detail,
            previous_hash=previous_hash,
            entry_hash=digest,
        )
    )
    head.value = f"{entry.seq}:{digest}"


def _head(session: Session) -> LocalState:
    """The row naming the newest entry; the same object for every entry of one flush, as a
    new row is not found by ``get`` before it is flushed."""
    head = session.info.get(_HEAD_ROW)
    if not isinstance(head, LocalState) or head not in session:
        head = session.get(LocalState, HEAD_KEY)
        if head is None:
            head = LocalState(key=HEAD_KEY, value="")
            session.add(head)
        session.info[_HEAD_ROW] = head
    return head


def _parse_head(value: str | None) -> tuple[int, str]:
    if not value:
        return 0, GENESIS_HASH
    seq, _, digest = value.partition(":")
    return int(seq), digest


def on_duty_of(session: Session) -> OnDuty:
    """Who is on duty for ``session``: set by ``install`` on the desk's sessions."""
    on_duty = session.info.get(ON_DUTY_KEY)
    return on_duty if isinstance(on_duty, OnDuty) else OnDuty()


def on_duty_for(sessions: "sessionmaker[Session]") -> OnDuty:
    """The ``OnDuty`` that ``install`` gave the desk's sessionmaker."""
    on_duty = sessions.kw.get("info", {}).get(ON_DUTY_KEY)
    if not isinstance(on_duty, OnDuty):
        raise LookupError("these sessions were not opened with open_database")
    return on_duty


def as_record(row: AuditEntry) -> AuditRecord:
    return AuditRecord(
        seq=row.seq,
        occurred_at=row.occurred_at,
        staff_id=row.staff_id,
        staff_name=row.staff_name,
        action=AuditAction(row.action),
        record_kind=row.record_kind,
        record_id=row.record_id,
        person_id=row.person_id,
        detail=row.detail,
    )


def check_chain(session: Session, batch: int = 5_000) -> ChainBreak | None:
    """The first break in the chain, or None when every entry is as it was written."""
    previous_seq, previous_hash = 0, GENESIS_HASH
    for row in _all_entries(session, batch):
        record_ = as_record(row)
        if row.seq != previous_seq + 1 or row.previous_hash != previous_hash:
            return ChainBreak(row.seq, MISSING_BEFORE)
        if entry_hash(previous_hash, record_) != row.entry_hash:
            return ChainBreak(row.seq, ALTERED)
        previous_seq, previous_hash = row.seq, row.entry_hash
    head = session.get(LocalState, HEAD_KEY)
    head_seq, head_hash = _parse_head(head.value if head is not None else None)
    if (head_seq, head_hash) != (previous_seq, previous_hash):
        return ChainBreak(previous_seq, MISSING_AT_END)
    return None


def _all_entries(session: Session, batch: int) -> Iterator[AuditEntry]:
    after = 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        after = rows[-1].seq
        session.expunge_all()


def _changed_columns(row: Any) -> list[str]:
    state = inspect(row)
    names = []
    for attribute in state.mapper.column_attrs:
        if attribute.key in _QUIET_COLUMNS:
            continue
        if state.attrs[attribute.key].history.has_changes():
            names.append(attribute.key)
    return names


def _on_before_flush(session: Session, _context: object, _instances: object) -> None:
    """Write an entry for each person's record the flush creates, changes or deletes."""
    entries: list[tuple[AuditAction, Any, str]] = []
    for row in session.new:
        if isinstance(row, AUDITED):
            # The key's default is applied later in the flush; the entry needs it now.
            if getattr(row, "id", False) is None:
                setattr(row, "id", new_id())  # noqa: B010 (not every audited model has an id)
            entries.append((AuditAction.CREATE, row, ""))
    for row in session.dirty:
        if not isinstance(row, AUDITED):
            continue
        changed = _changed_columns(row)
        if not changed:
            continue
        deleting = "deleted_at" in changed and getattr(row, "deleted_at", None) is not None
        action = AuditAction.DELETE if deleting else AuditAction.CHANGE
        detail = "" if deleting else ", ".join(sorted(changed))
        entries.append((action, row, detail))
    for row in session.deleted:
        if isinstance(row, AUDITED):
            entries.append((AuditAction.DELETE, row, ""))
    for action, row, detail in entries:
        record(
            session,
            action,
            row.__tablename__,
            record_id=getattr(row, "id", None) or getattr(row, "volunteer_id", None),
            person_id=_person_of(row),
            detail=detail,
        )


def install(sessions: "sessionmaker[Session]", on_duty: OnDuty) -> None:
    """Let the sessions of ``sessions`` (a sessionmaker) know who is on duty and log changes."""
    sessions.kw.setdefault("info", {})[ON_DUTY_KEY] = on_duty
    event.listen(sessions, "before_flush", _on_before_flush)
