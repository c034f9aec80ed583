"""Referrals as a table: follow-up marker, code, date, person, target, purpose, status."""

import uuid
from collections.abc import Iterable, Set
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from desktop_app.core import codes
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.referral_records import ReferralRecord
from desktop_app.gui.i18n import referral_status_label, translate
from desktop_app.gui.models import RecordTableModel
from desktop_app.gui.models.visitors_model import date_text


class Column(IntEnum):
    FOLLOW_UP = 0
    CODE = 1
    ISSUED = 2
    PERSON = 3
    TARGET = 4
    FIELD_OF_ACTION = 5
    STATUS = 6


_HEADERS: dict[int, str] = {
    Column.FOLLOW_UP: QT_TRANSLATE_NOOP("ReferralsModel", "Follow-up"),
    Column.CODE: QT_TRANSLATE_NOOP("ReferralsModel", "Code"),
    Column.ISSUED: QT_TRANSLATE_NOOP("ReferralsModel", "Issued"),
    Column.PERSON: QT_TRANSLATE_NOOP("ReferralsModel", "Person"),
    Column.TARGET: QT_TRANSLATE_NOOP("ReferralsModel", "Referred to"),
    Column.FIELD_OF_ACTION: QT_TRANSLATE_NOOP("ReferralsModel", "Field of action"),
    Column.STATUS: QT_TRANSLATE_NOOP("ReferralsModel", "Status"),
}


class ReferralsModel(RecordTableModel[ReferralRecord]):
    """Holds ``ReferralRecord``s in the service's order; those due for follow-up are marked."""

    columns = Column
    headers = _HEADERS
    context = "ReferralsModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._due: Set[uuid.UUID] = frozenset()

    def set_records(
        self, records: Iterable[ReferralRecord], due: Set[uuid.UUID] = frozenset()
    ) -> None:
        """Show ``records``; those whose id is in ``due`` are marked for follow-up."""
        self._due = due
        super().set_records(records)

    def row_of(self, referral_id: uuid.UUID) -> int | None:
        return self.row_where(lambda referral: referral.id == referral_id)

    def due_count(self) -> int:
        return sum(1 for referral in self._records if referral.id in self._due)

    def extra(self, record: ReferralRecord, column: IntEnum, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and record.id in self._due:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, record: ReferralRecord, column: IntEnum) -> str:
        if column is Column.FOLLOW_UP:
            return translate("ReferralsModel", "Due") if record.id in self._due else ""
        if column is Column.CODE:
            return codes.grouped(record.code)
        if column is Column.ISSUED:
            return date_text(record.issued_on)
        if column is Column.PERSON:
            return record.visitor_name or record.person_label
        if column is Column.TARGET:
            return record.target_title
        if column is Column.FIELD_OF_ACTION:
            return record.field_of_action
        return referral_status_label(record.status)
