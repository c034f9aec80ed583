"""Weekly time slots in a form: one row per slot (weekday, from, to) and a button to add one.

The form's Designer file holds the static parts (the container, an empty slots layout,
the "add" button and the "no times" label); ``ScheduleEditor`` adds and removes the rows.
The offer dialog and the partner dialog (opening hours and offer times) share it.
"""

import itertools
from collections.abc import Iterable
from datetime import time

from PySide6.QtCore import QEvent, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from desktop_app.core.records import ScheduleSlot
from desktop_app.gui.i18n import weekday_label
from desktop_app.gui.inline_errors import mark_field

TIME_FORMAT = "HH:mm"
DEFAULT_SLOT = ScheduleSlot(0, time(10, 0), time(12, 0))


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ScheduleRow(QWidget):
    """One weekly time slot: weekday, start and end time, and a button to remove it."""

    remove_requested = Signal(QWidget)

    def __init__(self, slot: ScheduleSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weekday_combo = QComboBox(self)
        self.start_edit = QTimeEdit(self)
        self.until_label = QLabel(self)
        self.end_edit = QTimeEdit(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(False)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(TIME_FORMAT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.weekday_combo, self.start_edit, self.until_label, self.end_edit):
            layout.addWidget(widget)
        layout.addWidget(self.remove_button)
        layout.addStretch()
        self.number = 0
        self._fill_weekdays()
        self.weekday_combo.setCurrentIndex(slot.weekday)
        self.start_edit.setTime(_qtime(slot.start))
        self.end_edit.setTime(_qtime(slot.end))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.retranslate()

    def _fill_weekdays(self) -> None:
        current = max(0, self.weekday_combo.currentIndex())
        self.weekday_combo.clear()
        for weekday in range(7):
            self.weekday_combo.addItem(weekday_label(weekday), weekday)
        self.weekday_combo.setCurrentIndex(current)

    def set_number(self, number: int) -> None:
        """Accessible names say which slot a control belongs to: "Start time, time slot 2"."""
        self.number = number
        self.retranslate()

    def retranslate(self) -> None:
        self._fill_weekdays()
        self.until_label.setText(self.tr("to"))
        self.remove_button.setText(self.tr("Remove"))
        n = self.number
        self.weekday_combo.setAccessibleName(self.tr("Weekday, time slot %1").replace("%1", str(n)))
        self.start_edit.setAccessibleName(self.tr("Start time, time slot %1").replace("%1", str(n)))
        self.end_edit.setAccessibleName(self.tr("End time, time slot %1").replace("%1", str(n)))
        self.remove_button.setAccessibleName(self.tr("Remove time slot %1").replace("%1", str(n)))

    def slot(self) -> ScheduleSlot:
        return ScheduleSlot(
            weekday=int(self.weekday_combo.currentData()),
            start=_time(self.start_edit.time()),
            end=_time(self.end_edit.time()),
        )

    def focus_widgets(self) -> list[QWidget]:
        return [self.weekday_combo, self.start_edit, self.end_edit, self.remove_button]

    def mark_invalid(self, invalid: bool) -> None:
        mark_field(self.end_edit, invalid)

    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ScheduleEditor(QObject):
    """Keeps the rows of one schedule in a form's ``slots_layout``.

    ``before`` and ``after`` are the form's widgets around the schedule in the tab order:
    rows are made after the form, so they are put into the tab order by hand. ``label``
    (optional) gets the first row (or the add button) as its buddy.
    """

    def __init__(
        self,
        container: QWidget,
        slots_layout: QBoxLayout,
        add_button: QPushButton,
        empty_label: QLabel,
        *,
        before: QWidget,
        after: QWidget,
        label: QLabel | None = None,
    ) -> None:
        super().__init__(container)
        self._container = container
        self._slots_layout = slots_layout
        self._add_button = add_button
        self._empty_label = empty_label
        self._before = before
        self._after = after
        self._label = label
        self.rows: list[ScheduleRow] = []
        add_button.clicked.connect(self._on_add_button_clicked)
        self._update()

    def slots(self) -> tuple[ScheduleSlot, ...]:
        return tuple(row.slot() for row in self.rows)

    def set_slots(self, slots: Iterable[ScheduleSlot]) -> None:
        """Show these slots instead of the current rows."""
        for row in self.rows:
            self._drop(row)
        self.rows.clear()
        for slot in slots:
            self._append(slot)
        self._update()

    def add_slot(self, slot: ScheduleSlot | None = None) -> ScheduleRow:
        """Add a row; without ``slot``, the next weekday at the last row's times."""
        if slot is None:
            if self.rows:
                last = self.rows[-1].slot()
                slot = ScheduleSlot((last.weekday + 1) % 7, last.start, last.end)
            else:
                slot = DEFAULT_SLOT
        row = self._append(slot)
        self._update()
        return row

    def remove_slot(self, row: ScheduleRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self._drop(row)
        self._update()
        # Keep the keyboard user in the schedule: the next row, else the previous, else Add.
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].weekday_combo.setFocus()
        else:
            self._add_button.setFocus()

    def mark_invalid(self, schedule_in_error: bool) -> QWidget | None:
        """Mark the end time of each slot that ends before it starts; return the first."""
        first: QWidget | None = None
        for row in self.rows:
            slot = row.slot()
            bad = schedule_in_error and slot.end <= slot.start
            row.mark_invalid(bad)
            if bad and first is None:
                first = row.end_edit
        return first

    def _append(self, slot: ScheduleSlot) -> ScheduleRow:
        row = ScheduleRow(slot, self._container)
        row.remove_requested.connect(self._on_row_remove_requested)
        self._slots_layout.addWidget(row)
        self.rows.append(row)
        return row

    def _drop(self, row: ScheduleRow) -> None:
        self._slots_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _update(self) -> None:
        self._empty_label.setVisible(not self.rows)
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
        chain: list[QWidget] = [self._before]
        for row in self.rows:
            chain.extend(row.focus_widgets())
        chain += [self._add_button, self._after]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        if self._label is not None:
            self._label.setBuddy(self.rows[0].weekday_combo if self.rows else self._add_button)

    def _on_add_button_clicked(self) -> None:
        row = self.add_slot()
        row.weekday_combo.setFocus()

    def _on_row_remove_requested(self, row: QWidget) -> None:
        assert isinstance(row, ScheduleRow)
        self.remove_slot(row)
