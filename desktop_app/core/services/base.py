"""What every facility-bound service shares: sessions, the facility and the clock."""

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from desktop_app.core.access import Permission, StaffMember
from desktop_app.core.audit import on_duty_for
from desktop_app.core.db import SessionFactory
from desktop_app.core.errors import NotFoundError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import Base, SyncedMixin, utcnow

ModelT = TypeVar("ModelT", bound=Base)

NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "This entry no longer exists. It may have been removed meanwhile."
)


class FacilityService:
    def __init__(
        self, sessions: SessionFactory, facility_id: uuid.UUID, clock: Callable[[], datetime]
    ) -> None:
        self._sessions = sessions
        self._facility_id = facility_id
        self._clock = clock
        self._on_duty = on_duty_for(sessions)

    def _require(self, permission: Permission = Permission.DESK) -> StaffMember:
        """The staff member on duty, if their role allows ``permission``."""
        return self._on_duty.require(permission)

    def _now(self) -> datetime:
        return self._clock()

    def _today(self) -> date:
        return self._clock().date()

    def _get(self, session: Session, model: type[ModelT], record_id: uuid.UUID) -> ModelT:
        """Load a live row of this facility or raise ``NotFoundError``."""
        row = session.get(model, record_id)
        if (
            row is None
            or getattr(row, "deleted_at", None) is not None
            or getattr(row, "facility_id", self._facility_id) != self._facility_id
        ):
            raise NotFoundError(NOT_FOUND)
        return row

    @staticmethod
    def _soft_delete(row: SyncedMixin) -> None:
        row.deleted_at = utcnow()
