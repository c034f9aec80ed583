"""The directory search's hits as a table: partner and offer, kind, field, groups, place."""

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
from PySide6.QtGui import QFont

from desktop_app.core.directory_records import DirectoryHit
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.gui.i18n import language_label, partner_kind_label, translate
from desktop_app.gui.models import read_only_flags

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    KIND = 1
    FIELD_OF_ACTION = 2
    TARGET_GROUPS = 3
    LANGUAGES = 4
    ADDRESS = 5
    OPEN_TODAY = 6


_HEADERS: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("DirectoryModel", "Partner – offer"),
    Column.KIND: QT_TRANSLATE_NOOP("DirectoryModel", "Kind"),
    Column.FIELD_OF_ACTION: QT_TRANSLATE_NOOP("DirectoryModel", "Field of action"),
    Column.TARGET_GROUPS: QT_TRANSLATE_NOOP("DirectoryModel", "Target groups"),
    Column.LANGUAGES: QT_TRANSLATE_NOOP("DirectoryModel", "Languages"),
    Column.ADDRESS: QT_TRANSLATE_NOOP("DirectoryModel", "Address"),
    Column.OPEN_TODAY: QT_TRANSLATE_NOOP("DirectoryModel", "Today"),
}


def hit_title(hit: DirectoryHit) -> str:
    """ "Partner – offer", or the partner alone when the row stands for it."""
    return f"{hit.partner_name} – {hit.offer_name}" if hit.offer_id else hit.partner_name


class DirectoryModel(QAbstractTableModel):
    """Holds the hits of one search in the order the service gave them (at most 500)."""

    HitRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[DirectoryHit] = []

    def set_hits(self, hits: Sequence[DirectoryHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> DirectoryHit:
        return self._hits[row]

    def row_of(self, partner_id: uuid.UUID, offer_id: uuid.UUID | None = None) -> int | None:
        """The row of that offer; without ``offer_id`` (or if it is gone) the partner's first."""
        first: int | None = None
        for row, hit in enumerate(self._hits):
            if hit.partner_id != partner_id:
                continue
            if hit.offer_id == offer_id:
                return row
            if first is None:
                first = row
        return first

    def retranslate(self) -> None:
        """Texts are made in data(); after a language change, views must ask again."""
        if self._hits:
            last = self.index(len(self._hits) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(hit, column)
        if role == self.HitRole:
            return hit
        if role == Qt.ItemDataRole.FontRole and column is Column.OPEN_TODAY and hit.open_today:
            # The marker is a word, readable without colour; bold makes the column scannable.
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _text(hit: DirectoryHit, column: Column) -> str:
        if column is Column.NAME:
            return hit_title(hit)
        if column is Column.KIND:
            return partner_kind_label(hit.kind)
        if column is Column.FIELD_OF_ACTION:
            return hit.field_of_action
        if column is Column.TARGET_GROUPS:
            return ", ".join(hit.target_groups)
        if column is Column.LANGUAGES:
            return ", ".join(language_label(code) for code in hit.languages)
        if column is Column.ADDRESS:
            return hit.address
        return translate("DirectoryModel", "open today") if hit.open_today else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return translate("DirectoryModel", _HEADERS[Column(section)])
        return None
