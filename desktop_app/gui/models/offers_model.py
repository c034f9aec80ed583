"""The facility's offers as a table: title, field of action, schedule, flags, state."""

import uuid
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.records import OfferRecord, ScheduleSlot
from desktop_app.gui.i18n import translate, weekday_label

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    FIELD_OF_ACTION = 1
    SCHEDULE = 2
    FLAGS = 3
    ACTIVE = 4


_HEADERS: dict[Column, str] = {
    Column.TITLE: QT_TRANSLATE_NOOP("OffersModel", "Title"),
    Column.FIELD_OF_ACTION: QT_TRANSLATE_NOOP("OffersModel", "Field of action"),
    Column.SCHEDULE: QT_TRANSLATE_NOOP("OffersModel", "Weekly schedule"),
    Column.FLAGS: QT_TRANSLATE_NOOP("OffersModel", "Flags"),
    Column.ACTIVE: QT_TRANSLATE_NOOP("OffersModel", "State"),
}


def slot_text(slot: ScheduleSlot) -> str:
    """ "Mon 10:00–12:00" in the user's language."""
    return f"{weekday_label(slot.weekday)} {slot.start:%H:%M}–{slot.end:%H:%M}"


def schedule_summary(schedule: Sequence[ScheduleSlot]) -> str:
    """ "Mon 10:00–12:00, Wed 14:00–16:00"; the slots in weekday and time order."""
    return ", ".join(slot_text(slot) for slot in sorted(schedule))


def flags_text(offer: OfferRecord) -> str:
    flags = []
    if offer.is_counselling:
        flags.append(translate("OffersModel", "Counselling"))
    if offer.jobcenter_suited:
        flags.append(translate("OffersModel", "Jobcenter"))
    return ", ".join(flags)


class OffersModel(QAbstractTableModel):
    """Holds a list of ``OfferRecord``s in the order the service gave them."""

    OfferRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offers: list[OfferRecord] = []

    def set_offers(self, offers: Sequence[OfferRecord]) -> None:
        self.beginResetModel()
        self._offers = list(offers)
        self.endResetModel()

    def offer(self, row: int) -> OfferRecord:
        return self._offers[row]

    def row_of(self, offer_id: uuid.UUID) -> int | None:
        return next((row for row, o in enumerate(self._offers) if o.id == offer_id), None)

    def retranslate(self) -> None:
        """Texts are made in data(); after a language change, views must ask again."""
        if self._offers:
            last = self.index(len(self._offers) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._offers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        offer = self._offers[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(offer, column)
        if role == self.OfferRole:
            return offer
        if role == Qt.ItemDataRole.ForegroundRole and not offer.active:
            # Inactive offers are listed only on request; grey them like disabled text.
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    @staticmethod
    def _text(offer: OfferRecord, column: Column) -> str:
        if column is Column.TITLE:
            return offer.title
        if column is Column.FIELD_OF_ACTION:
            return offer.field_of_action_name
        if column is Column.SCHEDULE:
            return schedule_summary(offer.schedule)
        if column is Column.FLAGS:
            return flags_text(offer)
        return (
            translate("OffersModel", "Active")
            if offer.active
            else translate("OffersModel", "Inactive")
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return translate("OffersModel", _HEADERS[Column(section)])
        return None
