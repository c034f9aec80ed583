"""The facility's volunteers as a table: name, activities, since when, hours this year."""

import uuid
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import Qt

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.volunteer_records import VolunteerSummary
from desktop_app.gui.models import RecordTableModel
from desktop_app.gui.models.hours_grid_model import hours_text
from desktop_app.gui.models.visitors_model import date_text


class Column(IntEnum):
    NAME = 0
    ACTIVITIES = 1
    SINCE = 2
    HOURS = 3


_HEADERS: dict[int, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("VolunteersModel", "Name"),
    Column.ACTIVITIES: QT_TRANSLATE_NOOP("VolunteersModel", "Activities"),
    Column.SINCE: QT_TRANSLATE_NOOP("VolunteersModel", "Since"),
    Column.HOURS: QT_TRANSLATE_NOOP("VolunteersModel", "Hours this year"),
}


class VolunteersModel(RecordTableModel[VolunteerSummary]):
    """Holds the ``VolunteerSummary``s of the list in the order the service gave them."""

    columns = Column
    headers = _HEADERS
    context = "VolunteersModel"

    def text(self, record: VolunteerSummary, column: IntEnum) -> str:
        if column is Column.NAME:
            return record.display_name
        if column is Column.ACTIVITIES:
            return ", ".join(record.activities)
        if column is Column.SINCE:
            return date_text(record.started_on)
        return hours_text(record.minutes_this_year)

    def extra(self, record: VolunteerSummary, column: IntEnum, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.ACTIVITIES:
            return "\n".join(record.activities)  # the whole list, however narrow the column
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.HOURS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def row_of(self, volunteer_id: uuid.UUID) -> int | None:
        return self.row_where(lambda summary: summary.id == volunteer_id)

    def set_minutes_this_year(self, volunteer_id: uuid.UUID, minutes: int) -> None:
        """The volunteer's hours this year, counted anew after hours were entered."""
        row = self.row_of(volunteer_id)
        if row is not None:
            self.set_record(row, replace(self.record(row), minutes_this_year=minutes))
