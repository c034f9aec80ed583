"""Today's visits (VisitRecord rows) as a table for Qt views."""

import uuid
from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from desktop_app.core.records import VisitRecord
from desktop_app.gui.models import read_only_flags

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TIME = 0
    VISITOR_NAME = 1
    VISITOR_NUMBER = 2
    OFFER = 3


# The whole record, for views that act on the chosen row.
VISIT_ROLE = Qt.ItemDataRole.UserRole + 1


def time_text(visit: VisitRecord) -> str:
    """The visit's time of day, as the user's locale writes it."""
    at = visit.visited_at
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


class VisitsModel(QAbstractTableModel):
    """Holds a list of visits, newest first as the service gives them; no session."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits: list[VisitRecord] = []

    # --- Qt's model interface ---------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        visit = self._visits[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(visit, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.VISITOR_NAME:
            return visit.visitor_name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.TIME,
            Column.VISITOR_NUMBER,
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == VISIT_ROLE:
            return visit
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(Column)
        ):
            return None
        return {
            Column.TIME: self.tr("Time"),
            Column.VISITOR_NAME: self.tr("Visitor"),
            Column.VISITOR_NUMBER: self.tr("Visitor number"),
            Column.OFFER: self.tr("Offer"),
        }[Column(section)]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    # --- records --------------------------------------------------------------------

    @staticmethod
    def _text(visit: VisitRecord, column: Column) -> str:
        if column is Column.TIME:
            return time_text(visit)
        if column is Column.VISITOR_NAME:
            return visit.visitor_name
        if column is Column.VISITOR_NUMBER:
            return visit.visitor_number
        return visit.offer_title

    def set_visits(self, visits: Iterable[VisitRecord]) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self.endResetModel()

    def visits(self) -> list[VisitRecord]:
        return list(self._visits)

    def visit(self, row: int) -> VisitRecord:
        return self._visits[row]

    def row_of(self, visit_id: uuid.UUID) -> int | None:
        return next((row for row, v in enumerate(self._visits) if v.id == visit_id), None)

    def replace(self, visit: VisitRecord) -> None:
        """Show a corrected visit (for example its new offer) in its row."""
        row = self.row_of(visit.id)
        if row is None:
            return
        self._visits[row] = visit
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def remove(self, visit_id: uuid.UUID) -> None:
        row = self.row_of(visit_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._visits[row]
        self.endRemoveRows()

    def retranslate(self) -> None:
        """Headers and times follow the language (and its time format) after a switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._visits:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visits) - 1, len(Column) - 1)
            )
