"""Today's visits (VisitRecord rows) as a table for Qt views."""

import uuid
from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTime

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.records import VisitRecord
from desktop_app.gui.models import RecordTableModel


class Column(IntEnum):
    TIME = 0
    VISITOR_NAME = 1
    VISITOR_NUMBER = 2
    OFFER = 3


# The whole record, for views that act on the chosen row.
VISIT_ROLE = RecordTableModel.RecordRole
_HEADERS: dict[int, str] = {
    Column.TIME: QT_TRANSLATE_NOOP("VisitsModel", "Time"),
    Column.VISITOR_NAME: QT_TRANSLATE_NOOP("VisitsModel", "Visitor"),
    Column.VISITOR_NUMBER: QT_TRANSLATE_NOOP("VisitsModel", "Visitor number"),
    Column.OFFER: QT_TRANSLATE_NOOP("VisitsModel", "Offer"),
}


def time_text(visit: VisitRecord) -> str:
    """The visit's time of day, as the user's locale writes it."""
    at = visit.visited_at
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


class VisitsModel(RecordTableModel[VisitRecord]):
    """Holds a list of visits, newest first as the service gives them; no session."""

    columns = Column
    headers = _HEADERS
    context = "VisitsModel"

    def text(self, record: VisitRecord, column: IntEnum) -> str:
        if column is Column.TIME:
            return time_text(record)
        if column is Column.VISITOR_NAME:
            return record.visitor_name
        if column is Column.VISITOR_NUMBER:
            return record.visitor_number
        return record.offer_title

    def extra(self, record: VisitRecord, column: IntEnum, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.TIME,
            Column.VISITOR_NUMBER,
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def set_visits(self, visits: Iterable[VisitRecord]) -> None:
        self.set_records(visits)

    def visits(self) -> list[VisitRecord]:
        return self.records()

    def visit(self, row: int) -> VisitRecord:
        return self.record(row)

    def row_of(self, visit_id: uuid.UUID) -> int | None:
        return self.row_where(lambda visit: visit.id == visit_id)

    def replace(self, visit: VisitRecord) -> None:
        """Show a corrected visit (for example its new offer) in its row."""
        row = self.row_of(visit.id)
        if row is None:
            return
        self._records[row] = visit
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def remove(self, visit_id: uuid.UUID) -> None:
        row = self.row_of(visit_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[row]
        self.endRemoveRows()
