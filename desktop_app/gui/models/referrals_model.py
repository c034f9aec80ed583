"""Referrals as a table: follow-up marker, code, date, person, target, purpose, status."""

import uuid
from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from desktop_app.core import codes
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.referral_records import REFERRAL_STATUS_LABELS, ReferralRecord, ReferralStatus
from desktop_app.gui.i18n import translate
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


def status_text(status: ReferralStatus) -> str:
    return translate("reference", REFERRAL_STATUS_LABELS[status])


class ReferralsModel(RecordTableModel[ReferralRecord]):
    """Holds ``ReferralRecord``s in the service's order; ``is_due`` marks those to follow up."""

    ReferralRole = RecordTableModel.RecordRole
    columns = Column
    headers = _HEADERS
    context = "ReferralsModel"

    def __init__(
        self, is_due: Callable[[ReferralRecord], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._is_due = is_due

    def set_referrals(self, referrals: Sequence[ReferralRecord]) -> None:
        self.set_records(referrals)

    def referral(self, row: int) -> ReferralRecord:
        return self.record(row)

    def row_of(self, referral_id: uuid.UUID) -> int | None:
        return self.row_where(lambda referral: referral.id == referral_id)

    def due_count(self) -> int:
        return sum(1 for referral in self._records if self._is_due(referral))

    def extra(self, record: ReferralRecord, column: IntEnum, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and self._is_due(record):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, record: ReferralRecord, column: IntEnum) -> str:
        if column is Column.FOLLOW_UP:
            return translate("ReferralsModel", "Due") if self._is_due(record) else ""
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
        return status_text(record.status)
