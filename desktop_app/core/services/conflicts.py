"""Reviewing sync conflicts: two desks changed the same field offline.

The shared database kept one value on every desk and recorded the other. A coordinator
sees both and either confirms the kept one or chooses the other, which then is an edit
like any other and reaches every desk with the next sync.
"""

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Date, Uuid, func, select
from sqlalchemy.orm import Session

from desktop_app.core.access import Permission
from desktop_app.core.derived import DERIVED
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import (
    Base,
    Offer,
    Partner,
    PartnerLocation,
    PartnerOffer,
    Referral,
    SyncConflict,
    UtcDateTime,
    Visitor,
    Volunteer,
)
from desktop_app.core.services.base import FacilityService
from desktop_app.core.services.directory import DirectoryService

KEPT = "kept"
OTHER = "other"

# What kind of record a conflict is about, as the desk names it (context "conflicts").
RECORD_KINDS = {
    "visitor": QT_TRANSLATE_NOOP("conflicts", "Visitor"),
    "volunteer": QT_TRANSLATE_NOOP("conflicts", "Volunteer"),
    "offer": QT_TRANSLATE_NOOP("conflicts", "Offer"),
    "referral": QT_TRANSLATE_NOOP("conflicts", "Referral"),
    "partner": QT_TRANSLATE_NOOP("conflicts", "Directory entry"),
    "partner_location": QT_TRANSLATE_NOOP("conflicts", "Directory entry"),
    "partner_offer": QT_TRANSLATE_NOOP("conflicts", "Directory entry"),
    "facility": QT_TRANSLATE_NOOP("conflicts", "Facility"),
    # Named in the audit trail too.
    "visit": QT_TRANSLATE_NOOP("conflicts", "Visit"),
    "field_of_action": QT_TRANSLATE_NOOP("conflicts", "Field of action"),
    "referral_event": QT_TRANSLATE_NOOP("conflicts", "Referral"),
    "retention_rule": QT_TRANSLATE_NOOP("conflicts", "Retention rule"),
    "consent": QT_TRANSLATE_NOOP("conflicts", "Consent"),
    "referral_person": QT_TRANSLATE_NOOP("conflicts", "Referral"),
    "volunteer_training": QT_TRANSLATE_NOOP("conflicts", "Training"),
    "volunteer_hours": QT_TRANSLATE_NOOP("conflicts", "Volunteer's hours"),
    "allowance_payment": QT_TRANSLATE_NOOP("conflicts", "Allowance payment"),
    "volunteer_benefit_flag": QT_TRANSLATE_NOOP("conflicts", "Bürgergeld note"),
    "staff_account": QT_TRANSLATE_NOOP("conflicts", "Staff account"),
    "data_request": QT_TRANSLATE_NOOP("conflicts", "Request"),
}


@dataclass(frozen=True)
class ConflictRecord:
    id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    column_name: str
    # Both values as Python values of the column (a date, a text, a number, …).
    kept_value: Any
    other_value: Any
    recorded_at: datetime
    # The record as people know it: a visitor's name and number, an offer's title, …
    record_label: str


def _models() -> dict[str, type[Base]]:
    return {
        str(mapper.class_.__tablename__): mapper.class_
        for mapper in Base.registry.mappers
        if hasattr(mapper.class_, "__tablename__")
    }


def column_value(table_name: str, column_name: str, value: Any) -> Any:
    """A value as the shared database wrote it in JSON, as the column holds it."""
    column = Base.metadata.tables[table_name].c[column_name]
    if value is None:
        return None
    if isinstance(column.type, Uuid):
        return uuid.UUID(str(value))
    if isinstance(column.type, UtcDateTime):
        return datetime.fromisoformat(str(value))
    if isinstance(column.type, Date):
        return date.fromisoformat(str(value)[:10])
    return value


def _label(row: Any) -> str:
    if isinstance(row, Visitor | Volunteer):
        name = f"{row.first_name} {row.last_name}".strip()
        return f"{name} ({row.number})" if isinstance(row, Visitor) else name
    if isinstance(row, Offer):
        return row.title
    if isinstance(row, Referral):
        return row.code
    if isinstance(row, Partner | PartnerOffer | PartnerLocation):
        return row.name
    return getattr(row, "name", "")


def _refresh_derived(row: Any) -> None:
    """Columns derived from the names follow the chosen value."""
    derivation = DERIVED.get(row.__tablename__)
    if derivation is not None:
        values = derivation.compute(*(getattr(row, name) for name in derivation.sources))
        for name, value in zip(derivation.columns, values, strict=True):
            setattr(row, name, value)


def _partner_of(row: Any) -> uuid.UUID | None:
    if isinstance(row, Partner):
        return row.id
    if isinstance(row, PartnerOffer | PartnerLocation):
        return row.partner_id
    return None


class ConflictService(FacilityService):
    def open_conflicts(self) -> list[ConflictRecord]:
        """Conflicts not yet reviewed, the newest first."""
        self._require(Permission.SETTINGS)
        models = _models()
        with self._sessions() as session:
            rows = session.scalars(
                select(SyncConflict).where(*self._open()).order_by(SyncConflict.created_at.desc())
            ).all()
            return [self._record(session, models, row) for row in rows]

    def count_open(self) -> int:
        """How many wait for review (the status bar asks every few seconds)."""
        with self._sessions() as session:
            return session.scalar(select(func.count()).where(*self._open())) or 0

    def _open(self) -> tuple[ColumnElement[bool], ...]:
        return (
            SyncConflict.facility_id == self._facility_id,
            SyncConflict.resolved_at.is_(None),
            SyncConflict.deleted_at.is_(None),
        )

    def keep(self, conflict_id: uuid.UUID) -> None:
        """The kept value stays; the conflict is reviewed."""
        self._require(Permission.SETTINGS)
        with self._sessions.begin() as session:
            self._resolve(self._get(session, SyncConflict, conflict_id), KEPT)

    def choose_other(self, conflict_id: uuid.UUID) -> None:
        """The other value replaces the kept one (an edit that syncs like any other)."""
        self._require(Permission.SETTINGS)
        models = _models()
        with self._sessions.begin() as session:
            conflict = self._get(session, SyncConflict, conflict_id)
            row = session.get(models[conflict.table_name], conflict.row_id)
            if row is not None:
                value = column_value(
                    conflict.table_name, conflict.column_name, conflict.other_value
                )
                setattr(row, conflict.column_name, value)
                _refresh_derived(row)
            self._resolve(conflict, OTHER)
            partner_id = _partner_of(row)
        if partner_id is not None:
            # The directory's search words follow its entries; saving renews them.
            directory = DirectoryService(self._sessions, self._facility_id, self._clock)
            directory.save(directory.get(partner_id))

    def _resolve(self, conflict: SyncConflict, resolution: str) -> None:
        conflict.resolved_at = self._now()
        conflict.resolution = resolution

    @staticmethod
    def _record(
        session: Session, models: dict[str, type[Base]], row: SyncConflict
    ) -> ConflictRecord:
        model = models.get(row.table_name)
        target = session.get(model, row.row_id) if model is not None else None
        return ConflictRecord(
            id=row.id,
            table_name=row.table_name,
            row_id=row.row_id,
            column_name=row.column_name,
            kept_value=column_value(row.table_name, row.column_name, row.kept_value),
            other_value=column_value(row.table_name, row.column_name, row.other_value),
            recorded_at=row.created_at,
            record_label=_label(target) if target is not None else "",
        )
