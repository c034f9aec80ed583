"""The directory search's hits as a table: partner and offer, kind, field, groups, place."""

import uuid
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop_app.core.directory_records import DirectoryHit
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.gui.i18n import language_label, partner_kind_label, translate
from desktop_app.gui.models import RecordTableModel


class Column(IntEnum):
    NAME = 0
    KIND = 1
    FIELD_OF_ACTION = 2
    TARGET_GROUPS = 3
    LANGUAGES = 4
    ADDRESS = 5
    OPEN_TODAY = 6


_HEADERS: dict[int, str] = {
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


class DirectoryModel(RecordTableModel[DirectoryHit]):
    """Holds the hits of one search in the order the service gave them."""

    columns = Column
    headers = _HEADERS
    context = "DirectoryModel"

    def set_hits(self, hits: Sequence[DirectoryHit]) -> None:
        self.set_records(hits)

    def hit(self, row: int) -> DirectoryHit:
        return self.record(row)

    def row_of(self, partner_id: uuid.UUID, offer_id: uuid.UUID | None = None) -> int | None:
        """The row of that offer; without ``offer_id`` (or if it is gone) the partner's first."""
        first: int | None = None
        for row, hit in enumerate(self._records):
            if hit.partner_id != partner_id:
                continue
            if hit.offer_id == offer_id:
                return row
            if first is None:
                first = row
        return first

    def extra(self, record: DirectoryHit, column: IntEnum, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and column is Column.OPEN_TODAY and record.open_today:
            # The marker is a word, readable without colour; bold makes the column scannable.
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, record: DirectoryHit, column: IntEnum) -> str:
        hit = record
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
