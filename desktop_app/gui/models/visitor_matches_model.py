"""The check-in screen's search results: one row per matching visitor."""

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.core.records import VisitorRecord
from desktop_app.gui.i18n import local_date
from desktop_app.gui.models import read_only_flags

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    NUMBER = 1
    AGE_BAND = 2
    LAST_VISIT = 3


def _header(column: Column) -> str:
    labels = {
        Column.NAME: QCoreApplication.translate("VisitorMatchesModel", "Name"),
        Column.NUMBER: QCoreApplication.translate("VisitorMatchesModel", "Visitor number"),
        Column.AGE_BAND: QCoreApplication.translate("VisitorMatchesModel", "Age band"),
        Column.LAST_VISIT: QCoreApplication.translate("VisitorMatchesModel", "Last visit"),
    }
    return labels[column]


class VisitorMatchesModel(QAbstractTableModel):
    """Holds the records of one search; the search itself (and its limit) is the service's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[VisitorRecord] = []

    def set_records(self, records: Sequence[VisitorRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> VisitorRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def records(self) -> list[VisitorRecord]:
        return list(self._records)

    def retranslate(self) -> None:
        """Tell views the header texts changed (after the language was switched)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        record = self.record(index.row())
        if record is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(record, column)
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return _header(Column(section))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    @staticmethod
    def _text(record: VisitorRecord, column: Column) -> str:
        if column is Column.NAME:
            return record.display_name
        if column is Column.NUMBER:
            return record.number
        if column is Column.AGE_BAND:
            return record.age_band or ""
        return "" if record.last_visit_on is None else local_date(record.last_visit_on)
