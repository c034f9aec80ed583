"""Referrals as a table: follow-up marker, code, date, person, target, purpose, status."""

import uuid
from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.core import codes
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.referral_records import REFERRAL_STATUS_LABELS, ReferralRecord, ReferralStatus
from desktop_app.gui.i18n import translate
from desktop_app.gui.models import read_only_flags
from desktop_app.gui.models.visitors_model import date_text

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    FOLLOW_UP = 0
    CODE = 1
    ISSUED = 2
    PERSON = 3
    TARGET = 4
    FIELD_OF_ACTION = 5
    STATUS = 6


_HEADERS: dict[Column, str] = {
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


class ReferralsModel(QAbstractTableModel):
    """Holds ``ReferralRecord``s in the service's order; ``is_due`` marks those to follow up."""

    ReferralRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self, is_due: Callable[[ReferralRecord], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._is_due = is_due
        self._referrals: list[ReferralRecord] = []

    def set_referrals(self, referrals: Sequence[ReferralRecord]) -> None:
        self.beginResetModel()
        self._referrals = list(referrals)
        self.endResetModel()

    def referral(self, row: int) -> ReferralRecord:
        return self._referrals[row]

    def row_of(self, referral_id: uuid.UUID) -> int | None:
        return next((row for row, r in enumerate(self._referrals) if r.id == referral_id), None)

    def due_count(self) -> int:
        return sum(1 for referral in self._referrals if self._is_due(referral))

    def retranslate(self) -> None:
        if self._referrals:
            last = self.index(len(self._referrals) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._referrals)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        referral = self._referrals[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(referral, column)
        if role == self.ReferralRole:
            return referral
        if role == Qt.ItemDataRole.FontRole and self._is_due(referral):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, referral: ReferralRecord, column: Column) -> str:
        if column is Column.FOLLOW_UP:
            return translate("ReferralsModel", "Due") if self._is_due(referral) else ""
        if column is Column.CODE:
            return codes.grouped(referral.code)
        if column is Column.ISSUED:
            return date_text(referral.issued_on)
        if column is Column.PERSON:
            return referral.visitor_name or referral.person_label
        if column is Column.TARGET:
            return referral.target_title
        if column is Column.FIELD_OF_ACTION:
            return referral.field_of_action
        return status_text(referral.status)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return translate("ReferralsModel", _HEADERS[Column(section)])
        return None
