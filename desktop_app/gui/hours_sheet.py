"""A volunteer's month sheet of hours: typed by keyboard, totals as you go, a trail kept.

Keys: type hours into a cell (2,5 or 2:30) and press Enter, which saves and moves down;
arrows and Tab move; Delete withdraws a cell's entry; Page Up and Page Down change the
month. Changing or emptying a cell that holds hours asks why: nothing is silently lost.
"""

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemDelegate, QHeaderView, QWidget

from desktop_app.core.errors import DuplicateHours, TresenError
from desktop_app.core.services import Clock, Services, local_now
from desktop_app.core.volunteer_records import HoursDraft, HoursEntry, VolunteerRecord
from desktop_app.gui.forms.ui_hours_sheet import Ui_HoursSheet
from desktop_app.gui.hours_dialogs import Change, HoursChangeDialog, HoursTrailDialog
from desktop_app.gui.i18n import error_text
from desktop_app.gui.models.hours_grid_model import CellEdit, HoursGridModel
from desktop_app.gui.status_line import show_status
from desktop_app.gui.tasks import TaskRunner


class HoursSheet(QWidget):
    """The hours tab of the volunteers screen, for one volunteer at a time."""

    hours_changed = Signal()  # an entry was added, corrected or withdrawn here
    month_loaded = Signal()

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        clock: Clock = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._clock = clock
        self._volunteer: VolunteerRecord | None = None
        today = clock().date()
        self._year, self._month = today.year, today.month
        self.dialog: HoursChangeDialog | HoursTrailDialog | None = None
        self.form = Ui_HoursSheet()
        self.form.setupUi(self)
        form = self.form
        self.model = HoursGridModel(self)
        table = form.hours_table
        table.setModel(self.model)
        table.setEditTriggers(
            table.EditTrigger.AnyKeyPressed
            | table.EditTrigger.EditKeyPressed
            | table.EditTrigger.DoubleClicked
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setFocusProxy(table)
        table.installEventFilter(self)
        table.itemDelegate().closeEditor.connect(self._on_editor_closed)
        self.model.edit_requested.connect(self._on_model_edit_requested)
        self.model.input_refused.connect(self._on_model_input_refused)
        form.previous_month_button.clicked.connect(lambda: self.step_month(-1))
        form.next_month_button.clicked.connect(lambda: self.step_month(1))
        form.copy_week_button.clicked.connect(self._on_copy_week_button_clicked)
        form.trail_button.clicked.connect(self._on_trail_button_clicked)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        previous = QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, context=context)
        following = QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, context=context)
        previous.activated.connect(lambda: self.step_month(-1))
        following.activated.connect(lambda: self.step_month(1))
        self._update_month_label()
        self._update_actions()

    # What is shown

    def show_volunteer(self, volunteer: VolunteerRecord | None) -> None:
        self._volunteer = volunteer
        self.reload()

    @property
    def entered_by(self) -> str:
        return self.form.entered_by_edit.text().strip()

    def step_month(self, step: int) -> None:
        month_index = self._year * 12 + self._month - 1 + step
        self._year, self._month = divmod(month_index, 12)
        self._month += 1
        self.reload()

    def reload(self, *, keep_place: bool = False) -> None:
        """Load the month shown; the cursor goes to today (or the 1st) unless ``keep_place``."""
        self._update_month_label()
        volunteer = self._volunteer
        if volunteer is None:
            self.model.show_month(
                self._year, self._month, [], [], first_open=date.max, last_open=date.min
            )
            self._update_actions()
            return
        year, month = self._year, self._month
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        self._runner.run(
            self._services.hours.entries,
            volunteer.id,
            first,
            last,
            on_done=lambda entries: self._on_entries_loaded(
                volunteer, (year, month), entries, keep_place
            ),
        )

    def _on_entries_loaded(
        self,
        volunteer: VolunteerRecord,
        month: tuple[int, int],
        entries: list[HoursEntry],
        keep_place: bool,
    ) -> None:
        if volunteer is not self._volunteer or month != (self._year, self._month):
            return  # another volunteer or month was chosen meanwhile: its hours are coming
        today = self._clock().date()
        last_open = min(today, volunteer.ended_on or today)
        place = self.form.hours_table.currentIndex()
        row, column = place.row(), place.column()  # before the reset forgets them
        self.model.show_month(
            *month,
            [activity.name for activity in volunteer.activities],
            entries,
            first_open=volunteer.started_on or date.min,
            last_open=last_open,
        )
        self._update_actions()
        if not (volunteer.activities or entries):
            self._say(self.tr("Add the volunteer's activities in the profile first (Edit…)."))
        elif keep_place and row >= 0:
            # Reloaded after an action here: the cursor stays, the status line still says
            # how the action went.
            self._go_to(row, column)
        else:
            day = today.day if (today.year, today.month) == month else 1
            self._go_to(day - 1, column)
            self._say("")
        self.month_loaded.emit()

    def _go_to(self, row: int, column: int) -> None:
        index = self.model.index(row, min(max(column, 0), self.model.columnCount() - 1))
        if index.isValid():
            self.form.hours_table.setCurrentIndex(index)

    def _update_month_label(self) -> None:
        locale = QLocale()
        name = locale.standaloneMonthName(self._month, QLocale.FormatType.LongFormat)
        self.form.month_label.setText(f"{name} {self._year}")

    def _update_actions(self) -> None:
        chosen = self._volunteer is not None
        form = self.form
        for widget in (
            form.previous_month_button,
            form.next_month_button,
            form.copy_week_button,
            form.trail_button,
            form.hours_table,
        ):
            widget.setEnabled(chosen)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_status(self.form.status_label, text, error=error)

    # Typing: record, correct or withdraw

    def _on_model_edit_requested(self, edit: CellEdit) -> None:
        volunteer = self._volunteer
        if volunteer is None:
            return
        if not self.entered_by:
            self.model.forget_pending(edit.day, edit.activity)
            self._say(self.tr("Fill in “Entered by” first: your name or initials."), error=True)
            self.form.entered_by_edit.setFocus()
            return
        if len(edit.entries) > 1:
            self.model.forget_pending(edit.day, edit.activity)
            self.open_trail(edit.day, edit.activity)
            return
        if edit.entries:
            change = Change.CORRECT if edit.minutes else Change.WITHDRAW
            self.model.forget_pending(edit.day, edit.activity)
            self._open_change(edit.entries[0], change, edit.minutes or 0)
            return
        assert edit.minutes is not None
        offer_id = next((a.offer_id for a in volunteer.activities if a.name == edit.activity), None)
        draft = HoursDraft(volunteer.id, edit.day, edit.minutes, edit.activity, offer_id)
        self._runner.run(
            self._services.hours.record,
            draft,
            self.entered_by,
            on_done=self._on_recorded,
            on_error=lambda error: self._on_record_failed(edit, error),
        )

    def _on_recorded(self, entry: HoursEntry) -> None:
        self.model.apply(None, entry)
        self._say("")
        self.hours_changed.emit()

    def _on_record_failed(self, edit: CellEdit, error: TresenError) -> None:
        self.model.forget_pending(edit.day, edit.activity)
        if isinstance(error, DuplicateHours):
            self.reload(keep_place=True)  # someone else entered the day meanwhile
        self._say(error_text(error), error=True)

    def _on_model_input_refused(self, message: str) -> None:
        self._say(message, error=True)

    def _open_change(self, entry: HoursEntry, change: Change, minutes: int = 0) -> None:
        dialog = HoursChangeDialog(
            self._services,
            self._runner,
            entry,
            change,
            minutes=minutes,
            by=self.entered_by,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._on_dialog_changed)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_changed(self, old: HoursEntry, new: HoursEntry | None) -> None:
        self.model.apply(old, new)
        dialog = self.dialog
        if isinstance(dialog, HoursChangeDialog) and dialog.by.strip():
            self.form.entered_by_edit.setText(dialog.by.strip())
        self._say("")
        self.hours_changed.emit()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.form.hours_table.setFocus()

    # The trail

    def open_trail(self, day: date | None = None, activity: str | None = None) -> None:
        volunteer = self._volunteer
        if volunteer is None:
            return
        if day is None or activity is None:
            index = self.form.hours_table.currentIndex()
            day, activity = self.model.day_of(index.row()), self.model.activity_of(index.column())
        if day is None or activity is None:
            return
        self._runner.run(
            self._services.hours.trail,
            volunteer.id,
            day,
            activity,
            on_done=self._on_trail_loaded,
        )

    def _on_trail_loaded(self, entries: list[HoursEntry]) -> None:
        if not entries:
            self._say(self.tr("No hours were ever entered here."))
            return
        dialog = HoursTrailDialog(entries, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.change_requested.connect(self._on_trail_change_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_trail_change_requested(self, entry: HoursEntry, change: Change) -> None:
        # The trail closes first; the change dialog opens once it has gone.
        QTimer.singleShot(0, lambda: self._open_change(entry, change))

    # Copying last week

    def copy_last_week(self) -> None:
        volunteer = self._volunteer
        if volunteer is None:
            return
        if not self.entered_by:
            self._say(self.tr("Fill in “Entered by” first: your name or initials."), error=True)
            self.form.entered_by_edit.setFocus()
            return
        day = self.model.day_of(self.form.hours_table.currentIndex().row())
        day = day or date(self._year, self._month, 1)
        week_start = day - timedelta(days=day.weekday())
        self._runner.run(
            self._services.hours.copy_week,
            volunteer.id,
            week_start,
            self.entered_by,
            on_done=self._on_week_copied,
            control=self.form.copy_week_button,
        )

    def _on_week_copied(self, created: list[HoursEntry]) -> None:
        self.reload(keep_place=True)
        self._say(self.tr("%n entry(s) copied from last week.", "", len(created)))
        if created:
            self.hours_changed.emit()

    # Keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = self.form.hours_table
        if (
            watched is table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and table.state() != table.State.EditingState
        ):
            index = table.currentIndex()
            entries = self.model.entries_at(index)
            if len(entries) == 1 and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self._open_change(entries[0], Change.WITHDRAW)
            elif len(entries) > 1:
                self.open_trail()
            return True
        return super().eventFilter(watched, event)

    def _on_editor_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        del editor
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter saved the cell: the next day is next, as on a paper sheet.
            QTimer.singleShot(0, self._move_down)

    def _move_down(self) -> None:
        table = self.form.hours_table
        index = table.currentIndex()
        below = self.model.index(index.row() + 1, index.column())
        if below.isValid() and self.model.day_of(below.row()) is not None:
            table.setCurrentIndex(below)

    def _on_copy_week_button_clicked(self) -> None:
        self.copy_last_week()

    def _on_trail_button_clicked(self) -> None:
        self.open_trail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._update_month_label()
        super().changeEvent(event)
