"""Correcting or withdrawing hours (with a reason, and by whom), and the trail of an entry."""

import html
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from desktop_app.core.errors import TresenError, ValidationError
from desktop_app.core.quantities import QuantityError, parse_hours
from desktop_app.core.services import Services
from desktop_app.core.volunteer_records import HoursEntry, HoursStatus
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_hours_change_dialog import Ui_HoursChangeDialog
from desktop_app.gui.forms.ui_hours_trail_dialog import Ui_HoursTrailDialog
from desktop_app.gui.i18n import error_text
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.models.hours_grid_model import hours_text
from desktop_app.gui.models.visitors_model import date_text
from desktop_app.gui.tasks import TaskRunner


class Change(Enum):
    CORRECT = "correct"
    WITHDRAW = "withdraw"


class HoursChangeDialog(QDialog):
    """Asks why and by whom, then corrects or withdraws one entry; ``changed`` gives the result.

    ``changed`` carries the old entry and the new one (None after a withdrawal); a refusal
    or a cancel leaves the entry as it was.
    """

    changed = Signal(object, object)  # HoursEntry replaced, HoursEntry | None

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        entry: HoursEntry,
        change: Change,
        *,
        minutes: int = 0,
        by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._entry = entry
        self._change = change
        self._saving = False
        self.form = Ui_HoursChangeDialog()
        self.form.setupUi(self)
        self._errors = InlineErrors(
            {
                "minutes": (self.form.hours_edit, self.form.hours_error_label),
                "reason": (self.form.reason_edit, self.form.reason_error_label),
                "by": (self.form.by_edit, self.form.by_error_label),
            }
        )
        correcting = change is Change.CORRECT
        for widget in (self.form.hours_label, self.form.hours_edit):
            widget.setVisible(correcting)
        self.form.hours_edit.setText(hours_text(minutes or entry.minutes))
        self.form.by_edit.setText(by)
        self.form.button_box.accepted.connect(self._on_button_box_accepted)
        self.form.button_box.rejected.connect(self.reject)
        self._retranslate()
        (self.form.hours_edit if correcting and not minutes else self.form.reason_edit).setFocus()

    @property
    def by(self) -> str:
        return self.form.by_edit.text()

    def _retranslate(self) -> None:
        entry = self._entry
        day = html.escape(date_text(entry.worked_on))
        activity = html.escape(entry.activity)
        ok = self.form.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if self._change is Change.CORRECT:
            self.setWindowTitle(self.tr("Correct hours"))
            ok.setText(self.tr("&Correct"))
            text = self.tr("Correct the {old} h on {day} for “{activity}”.").format(
                old=hours_text(entry.minutes), day=day, activity=activity
            )
        else:
            self.setWindowTitle(self.tr("Withdraw hours"))
            ok.setText(self.tr("&Withdraw"))
            text = self.tr("Withdraw <b>{old} h</b> on {day} for “{activity}”.").format(
                old=hours_text(entry.minutes), day=day, activity=activity
            )
        note = self.tr("The entry stays in the trail, with your reason, your name and the time.")
        self.form.explanation_label.setText(f"{text}<br>{html.escape(note)}")

    def reject(self) -> None:
        if not self._saving:  # the change is being saved: Escape waits for it
            super().reject()

    def _on_button_box_accepted(self) -> None:
        self._saving = True
        ok = self.form.button_box.button(QDialogButtonBox.StandardButton.Ok)
        reason, by = self.form.reason_edit.text(), self.form.by_edit.text()
        if self._change is Change.CORRECT:
            try:
                minutes = parse_hours(self.form.hours_edit.text())
            except QuantityError as error:
                self._saving = False
                first = self._errors.show({"minutes": error.problem})
                if first is not None:
                    first.setFocus()
                return
            self._runner.run(
                self._services.hours.correct,
                self._entry.id,
                minutes,
                reason,
                by,
                on_done=self._on_done,
                on_error=self._on_failed,
                control=ok,
            )
        else:
            self._runner.run(
                self._services.hours.withdraw,
                self._entry.id,
                reason,
                by,
                on_done=lambda _withdrawn: self._on_done(None),
                on_error=self._on_failed,
                control=ok,
            )

    def _on_done(self, new: HoursEntry | None) -> None:
        self._saving = False
        self.changed.emit(self._entry, new)
        self.accept()

    def _on_failed(self, error: TresenError) -> None:
        self._saving = False
        if isinstance(error, ValidationError):
            first = self._errors.show(error.problems)
            if first is not None:
                first.setFocus()
        else:
            warn(self, self.windowTitle(), error_text(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


class HoursTrailDialog(QDialog):
    """Every version of one day's hours for one activity; the current ones can be changed."""

    change_requested = Signal(object, object)  # HoursEntry, Change

    def __init__(self, entries: list[HoursEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = entries
        self.form = Ui_HoursTrailDialog()
        self.form.setupUi(self)
        form = self.form
        form.button_box.rejected.connect(self.reject)
        form.correct_button.clicked.connect(lambda: self._request(Change.CORRECT))
        form.withdraw_button.clicked.connect(lambda: self._request(Change.WITHDRAW))
        form.versions_table.itemSelectionChanged.connect(self._update_buttons)
        self._fill()
        form.versions_table.setFocus()

    def selected_entry(self) -> HoursEntry | None:
        rows = self.form.versions_table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _fill(self) -> None:
        form = self.form
        if self._entries:
            first = self._entries[0]
            form.heading_label.setText(
                self.tr("{activity} on {day}").format(
                    activity=first.activity, day=date_text(first.worked_on)
                )
            )
        table = form.versions_table
        headers = [
            self.tr("Hours"),
            self.tr("State"),
            self.tr("Entered by"),
            self.tr("At"),
            self.tr("Reason"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self._entries))
        states = {
            HoursStatus.ACTIVE: self.tr("current"),
            HoursStatus.CORRECTED: self.tr("corrected"),
            HoursStatus.WITHDRAWN: self.tr("withdrawn"),
        }
        for row, entry in enumerate(self._entries):
            state = states[entry.status]
            if entry.status is HoursStatus.WITHDRAWN and entry.withdrawn_by:
                state = self.tr("withdrawn by {name}").format(name=entry.withdrawn_by)
            cells = (
                hours_text(entry.minutes),
                state,
                entry.recorded_by,
                _moment(entry.recorded_at if entry.withdrawn_at is None else entry.withdrawn_at),
                entry.reason,
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        current = next(
            (row for row, e in enumerate(self._entries) if e.status is HoursStatus.ACTIVE), -1
        )
        if current >= 0:
            table.selectRow(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        active = entry is not None and entry.status is HoursStatus.ACTIVE
        self.form.correct_button.setEnabled(active)
        self.form.withdraw_button.setEnabled(active)

    def _request(self, change: Change) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.status is HoursStatus.ACTIVE:
            self.change_requested.emit(entry, change)
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
        super().changeEvent(event)


def _moment(at: datetime) -> str:
    local = at.astimezone()
    return f"{date_text(local.date())} {local:%H:%M}"
