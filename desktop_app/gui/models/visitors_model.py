"""The visitors screen's list, loaded page by page as the view scrolls, and a visitor's visits.

``VisitorsModel`` holds only the pages a view has asked for, so that opening the screen
with 100,000 visitors reads one count and one page. It holds no session: it is given the
two service calls it needs as plain callables.
"""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.records import VisitorQuery, VisitorRecord, VisitRecord
from desktop_app.gui.i18n import gender_label, local_date
from desktop_app.gui.models import RecordTableModel, read_only_flags
from desktop_app.gui.models.visits_model import time_text

ModelIndex = QModelIndex | QPersistentModelIndex

CountVisitors = Callable[[VisitorQuery], int]
FetchVisitors = Callable[[VisitorQuery, int, int], list[VisitorRecord]]

PAGE_SIZE = 200
# refresh() loads again at most this many rows at once (as many as were shown, so that the
# chosen visitor usually stays in view), bounded so that a refresh stays quick.
RELOAD_LIMIT = 5 * PAGE_SIZE

# The whole record, for views that act on the chosen row.
VISITOR_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    AGE = 2
    GENDER = 3
    POSTCODE = 4
    LAST_VISIT = 5


# The service's sort key behind each column; a column without one cannot be sorted (the
# last visit would need every visitor's visits read for one page).
SORT_KEYS: dict[Column, str] = {
    Column.NUMBER: "number",
    Column.NAME: "name",
    Column.AGE: "age",
    Column.GENDER: "gender",
    Column.POSTCODE: "postcode",
}


class HistoryColumn(IntEnum):
    DATE = 0
    TIME = 1
    OFFER = 2


_HISTORY_HEADERS: dict[int, str] = {
    HistoryColumn.DATE: QT_TRANSLATE_NOOP("VisitHistoryModel", "Date"),
    HistoryColumn.TIME: QT_TRANSLATE_NOOP("VisitHistoryModel", "Time"),
    HistoryColumn.OFFER: QT_TRANSLATE_NOOP("VisitHistoryModel", "Offer"),
}


def date_text(day: date | None) -> str:
    """``day`` as the user's locale writes a short date; empty for none."""
    return "" if day is None else local_date(day)


def age_text(record: VisitorRecord) -> str:
    """The year of birth with its age band, or the band alone when only that is known."""
    if record.birth_year is None:
        return record.age_band or ""
    if record.age_band is None:
        return str(record.birth_year)
    return f"{record.birth_year} ({record.age_band})"


class VisitorsModel(QAbstractTableModel):
    """All visitors matching a ``VisitorQuery``, fetched lazily one page at a time.

    ``rowCount`` is the number of rows loaded so far and ``total`` the number matching;
    views call ``fetchMore`` when the user scrolls to the end of what is loaded.

    The count and the pages are read synchronously on the GUI thread, the documented
    exception to "every service call goes through the task runner": Qt asks
    ``fetchMore`` for rows right now and cannot wait for a worker, and each call is one
    bounded, indexed query (a count and a page of ``PAGE_SIZE`` rows, a few milliseconds
    with 100,000 visitors).
    """

    def __init__(
        self,
        count: CountVisitors,
        fetch: FetchVisitors,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._count = count
        self._fetch = fetch
        self._page_size = page_size
        self._query = VisitorQuery()
        self._records: list[VisitorRecord] = []
        self._rows: dict[uuid.UUID, int] = {}
        self._total = 0
        # How far into the service's list the loaded pages reach; it can run ahead of the
        # loaded rows when a page repeats a visitor (the list changed between two pages).
        self._offset = 0

    # --- the query ----------------------------------------------------------------------

    @property
    def query(self) -> VisitorQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many visitors match the query, loaded or not."""
        return self._total

    def set_query(self, query: VisitorQuery) -> None:
        """Show the visitors matching ``query``: count them and load the first page."""
        self._load(query, self._page_size)

    def reload(self) -> None:
        """Read the current query again, as many rows as were loaded (up to a bound)."""
        rows = min(max(len(self._records), self._page_size), RELOAD_LIMIT)
        self._load(self._query, rows)

    def _load(self, query: VisitorQuery, rows: int, total: int | None = None) -> None:
        # Read before resetting, so that a failing read leaves the model as it was.
        if total is None:
            total = self._count(query)
        records = self._fetch(query, 0, rows) if total else []
        self.beginResetModel()
        self._query = query
        self._records = []
        self._rows = {}
        self._append(records)
        self._offset = len(records)
        self._total = total if len(records) == rows else len(self._records)
        self.endResetModel()

    def _append(self, records: Iterable[VisitorRecord]) -> None:
        for record in records:
            if record.id not in self._rows:
                self._rows[record.id] = len(self._records)
                self._records.append(record)

    # --- sorting ------------------------------------------------------------------------

    @staticmethod
    def is_sortable(column: int) -> bool:
        return 0 <= column < len(Column) and Column(column) in SORT_KEYS

    def sort_column(self) -> Column | None:
        """The column the list is sorted by (None if the query's order has no column)."""
        return next((c for c, key in SORT_KEYS.items() if key == self._query.sort), None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` through the service; an unsortable column keeps the order."""
        if not self.is_sortable(column):
            return
        query = replace(
            self._query,
            sort=SORT_KEYS[Column(column)],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query != self._query:
            # Another order of the same visitors: their number stays.
            self._load(query, self._page_size, total=self._total)

    # --- lazy fetching ------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and len(self._records) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._fetch(self._query, self._offset, self._page_size)
        self._offset += len(page)
        fresh = [record for record in page if record.id not in self._rows]
        first = len(self._records)
        if len(page) < self._page_size:
            # The end of the list: fewer visitors match now than when they were counted.
            self._total = first + len(fresh)
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._append(fresh)
        self.endInsertRows()

    # --- records ------------------------------------------------------------------------

    def record_at(self, row: int) -> VisitorRecord:
        return self._records[row]

    def row_of(self, visitor_id: uuid.UUID) -> int | None:
        return self._rows.get(visitor_id)

    def replace(self, record: VisitorRecord) -> bool:
        """Show an edited visitor in its row; False when the visitor is not loaded."""
        row = self._rows.get(record.id)
        if row is None:
            return False
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return True

    def retranslate(self) -> None:
        """Headers, genders and dates follow the language after a switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._records:
            last = self.index(len(self._records) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- Qt's model interface -----------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            return record.display_name
        if role == VISITOR_ROLE:
            return record
        return None

    def _text(self, record: VisitorRecord, column: Column) -> str:
        if column is Column.NUMBER:
            return record.number
        if column is Column.NAME:
            if record.last_name and record.first_name:
                return self.tr("{last}, {first}").format(
                    last=record.last_name, first=record.first_name
                )
            return record.display_name
        if column is Column.AGE:
            return age_text(record)
        if column is Column.GENDER:
            return gender_label(record.gender)
        if column is Column.POSTCODE:
            return record.postcode
        return date_text(record.last_visit_on)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(Column)
        ):
            return None
        return {
            Column.NUMBER: self.tr("Number"),
            Column.NAME: self.tr("Name"),
            Column.AGE: self.tr("Year of birth (age band)"),
            Column.GENDER: self.tr("Gender"),
            Column.POSTCODE: self.tr("Postcode"),
            Column.LAST_VISIT: self.tr("Last visit"),
        }[Column(section)]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)


class VisitHistoryModel(RecordTableModel[VisitRecord]):
    """One visitor's visits, newest first as the service gives them."""

    columns = HistoryColumn
    headers = _HISTORY_HEADERS
    context = "VisitHistoryModel"

    def text(self, record: VisitRecord, column: IntEnum) -> str:
        if column is HistoryColumn.DATE:
            return date_text(record.visited_on)
        if column is HistoryColumn.TIME:
            return time_text(record)
        return record.offer_title

    def set_visits(self, visits: Iterable[VisitRecord]) -> None:
        self.set_records(visits)

    def clear(self) -> None:
        self.set_records(())

    def visit_at(self, row: int) -> VisitRecord:
        return self.record(row)
