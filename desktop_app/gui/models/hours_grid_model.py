"""A volunteer's month of hours as a grid: days down, activities across, totals at the ends."""

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop_app.core.quantities import QuantityError, parse_hours
from desktop_app.core.volunteer_records import HoursEntry
from desktop_app.gui.i18n import local_hours, problem_text, translate, weekday_label
from desktop_app.gui.models import ModelIndex


@dataclass(frozen=True)
class CellEdit:
    """What the person typed into a cell: the new minutes, or None for an emptied cell."""

    day: date
    activity: str
    minutes: int | None
    entries: tuple[HoursEntry, ...]  # the cell's current entries (one; more when flagged)


def hours_text(minutes: int) -> str:
    """Hours in the user's language: "2,25" in German, "2.25" in English."""
    return local_hours(minutes)


def hours_or_blank(minutes: int) -> str:
    """``hours_text``, or nothing for no hours (a cell or field left empty)."""
    return hours_text(minutes) if minutes else ""


class HoursGridModel(QAbstractTableModel):
    """One month: a row per day and a total row; a column per activity and a total column.

    Typing into a cell does not change the model: ``edit_requested`` asks the screen to
    record, correct or withdraw, and the answer comes back with ``apply``. Until then the
    cell shows the typed value as pending (in italics). Days after today, and days outside
    the engagement, take no hours.
    """

    edit_requested = Signal(object)  # CellEdit
    input_refused = Signal(str)  # why the typed text is not hours, in the user's language

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._year = 2000
        self._month = 1
        self._activities: list[str] = []
        self._cells: dict[tuple[int, str], list[HoursEntry]] = defaultdict(list)
        self._pending: dict[tuple[int, str], int | None] = {}
        self._last_open = date.max
        self._first_open = date.min

    # Filling

    def show_month(
        self,
        year: int,
        month: int,
        activities: list[str],
        entries: list[HoursEntry],
        *,
        first_open: date,
        last_open: date,
    ) -> None:
        """The month's entries; hours can be typed for days from ``first_open`` to ``last_open``."""
        self.beginResetModel()
        self._year, self._month = year, month
        names = list(dict.fromkeys(activities))
        # Hours for an activity no longer in the profile still show, in their own column.
        for entry in entries:
            if entry.activity not in names:
                names.append(entry.activity)
        self._activities = names
        self._cells = defaultdict(list)
        for entry in entries:
            self._cells[(entry.worked_on.day, entry.activity)].append(entry)
        self._pending = {}
        self._first_open, self._last_open = first_open, last_open
        self.endResetModel()

    def apply(self, removed: HoursEntry | None, added: HoursEntry | None) -> None:
        """Show the outcome of an edit: an entry gone (corrected, withdrawn), one new."""
        for entry in (removed, added):
            if entry is None:
                continue
            key = (entry.worked_on.day, entry.activity)
            self._pending.pop(key, None)
            if entry is removed:
                self._cells[key] = [e for e in self._cells[key] if e.id != entry.id]
            else:
                self._cells[key].append(entry)
            self._changed(key)

    def forget_pending(self, day: date, activity: str) -> None:
        """The edit did not happen: show the cell as it was."""
        key = (day.day, activity)
        if key in self._pending:
            del self._pending[key]
            self._changed(key)

    def _changed(self, key: tuple[int, str]) -> None:
        row, column = key[0] - 1, self._activities.index(key[1])
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        # The totals of the row and the column, and the grand total.
        totals = self.rowCount() - 1, self.columnCount() - 1
        self.dataChanged.emit(self.index(row, totals[1]), self.index(row, totals[1]))
        self.dataChanged.emit(self.index(totals[0], 0), self.index(totals[0], totals[1]))

    # What the grid shows

    @property
    def days(self) -> int:
        return calendar.monthrange(self._year, self._month)[1]

    @property
    def activities(self) -> list[str]:
        return list(self._activities)

    def day_of(self, row: int) -> date | None:
        return date(self._year, self._month, row + 1) if 0 <= row < self.days else None

    def activity_of(self, column: int) -> str | None:
        return self._activities[column] if 0 <= column < len(self._activities) else None

    def entries_at(self, index: ModelIndex) -> list[HoursEntry]:
        day, activity = self.day_of(index.row()), self.activity_of(index.column())
        if day is None or activity is None:
            return []
        return list(self._cells.get((day.day, activity), []))

    def minutes(self, day: int, activity: str) -> int:
        key = (day, activity)
        if key in self._pending:
            return self._pending[key] or 0
        return sum(entry.minutes for entry in self._cells.get(key, []))

    def day_total(self, day: int) -> int:
        return sum(self.minutes(day, activity) for activity in self._activities)

    def activity_total(self, activity: str) -> int:
        return sum(self.minutes(day, activity) for day in range(1, self.days + 1))

    def total(self) -> int:
        return sum(self.activity_total(activity) for activity in self._activities)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() or not self._activities else self.days + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._activities else len(self._activities) + 1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        day = self.day_of(index.row())
        if (
            day is not None
            and self.activity_of(index.column()) is not None
            and self._first_open <= day <= self._last_open
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        day, activity = self.day_of(index.row()), self.activity_of(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(day, activity)
        if role == Qt.ItemDataRole.EditRole:
            return hours_or_blank(self.minutes(day.day, activity) if day and activity else 0)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole:
            return self._font(day, activity)
        if role == Qt.ItemDataRole.ToolTipRole and day and activity:
            return self._tooltip(day, activity)
        return None

    def _text(self, day: date | None, activity: str | None) -> str:
        if day is None and activity is None:
            minutes = self.total()
        elif day is None:
            assert activity is not None
            minutes = self.activity_total(activity)
        elif activity is None:
            minutes = self.day_total(day.day)
        else:
            minutes = self.minutes(day.day, activity)
            if len(self._cells.get((day.day, activity), [])) > 1:
                return f"⚠ {hours_text(minutes)}"
        return hours_or_blank(minutes)

    def _font(self, day: date | None, activity: str | None) -> QFont | None:
        if day is None or activity is None:
            font = QFont()
            font.setBold(True)
            return font
        if (day.day, activity) in self._pending:
            font = QFont()
            font.setItalic(True)  # typed, not yet saved
            return font
        return None

    def _tooltip(self, day: date, activity: str) -> str | None:
        entries = self._cells.get((day.day, activity), [])
        if len(entries) > 1:
            return QCoreApplication.translate(
                "HoursGridModel",
                "%n entries on this day for this activity: show the trail to correct them.",
                None,
                len(entries),
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            activity = self.activity_of(section)
            return activity if activity is not None else translate("HoursGridModel", "Total")
        day = self.day_of(section)
        if day is None:
            return translate("HoursGridModel", "Total")
        return f"{weekday_label(day.weekday())} {day.day:02d}."

    # Typing

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        day, activity = self.day_of(index.row()), self.activity_of(index.column())
        assert day is not None and activity is not None
        text = str(value or "").strip()
        minutes: int | None = None
        if text:
            try:
                minutes = parse_hours(text)
            except QuantityError as error:
                self.input_refused.emit(problem_text(error.problem))
                return False
        entries = tuple(self._cells.get((day.day, activity), []))
        current = sum(entry.minutes for entry in entries)
        if (minutes or 0) == current and len(entries) <= 1:
            return False  # nothing changed
        self._pending[(day.day, activity)] = minutes
        self._changed((day.day, activity))
        self.edit_requested.emit(CellEdit(day, activity, minutes, entries))
        return True
