"""Item models that adapt service records to Qt views."""

from collections.abc import Callable, Iterable, Mapping
from enum import IntEnum
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.gui.i18n import translate

ModelIndex = QModelIndex | QPersistentModelIndex
RecordT = TypeVar("RecordT")

_READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
# Texts a cell gives: what it shows, what a screen reader says, and its tooltip (so that a
# cut-off text can be read whole).
_TEXT_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)


def read_only_flags(index: ModelIndex) -> Qt.ItemFlag:
    """The flags of a cell in a list that is chosen from but not edited in place."""
    return _READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags


class RecordTableModel(QAbstractTableModel, Generic[RecordT]):
    """A read-only table of records, in the order a service gave them; no session.

    A subclass names its ``columns`` (an IntEnum), their ``headers`` (English source text
    in the Qt Linguist ``context``) and each cell's ``text``; ``extra`` answers other roles.
    ``RecordRole`` gives a row's whole record.
    """

    RecordRole = Qt.ItemDataRole.UserRole + 1
    columns: ClassVar[type[IntEnum]]
    headers: ClassVar[Mapping[int, str]]
    context: ClassVar[str]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[RecordT] = []

    def set_records(self, records: Iterable[RecordT]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> RecordT:
        return self._records[row]

    def set_record(self, row: int, record: RecordT) -> None:
        """Show ``record`` in place of the one at ``row``, without resetting the view."""
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def records(self) -> list[RecordT]:
        return list(self._records)

    def row_where(self, matches: Callable[[RecordT], bool]) -> int | None:
        return next((row for row, record in enumerate(self._records) if matches(record)), None)

    def retranslate(self) -> None:
        """Texts are made in data(); after a language change, views must ask again."""
        if self._records:
            last = self.index(len(self._records) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def text(self, record: RecordT, column: IntEnum) -> str:
        raise NotImplementedError

    def extra(self, record: RecordT, column: IntEnum, role: int) -> object:
        """Roles other than the texts and the record (alignment, font); None by default."""
        del record, column, role
        return None

    # Qt's model interface

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = self.columns(index.column())
        if role in _TEXT_ROLES:
            return self.text(record, column)
        if role == self.RecordRole:
            return record
        return self.extra(record, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return translate(self.context, self.headers[section])
        return None
