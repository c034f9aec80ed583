"""Create or edit one offer (Angebot): title, field of action, groups, languages, times."""

import itertools
from collections.abc import Sequence
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from desktop_app.core.errors import TresenError, ValidationError
from desktop_app.core.records import FieldOfActionRecord, OfferDraft, OfferRecord, ScheduleSlot
from desktop_app.core.reference import LANGUAGE_LABELS, TARGET_GROUP_SUGGESTIONS
from desktop_app.core.text import clean, fold
from desktop_app.gui.forms.ui_offer_dialog import Ui_OfferDialog
from desktop_app.gui.i18n import error_text, language_label, weekday_label
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.services.offers import OfferService

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

    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OfferDialog(QDialog):
    """Edits an offer's details and saves them through ``OfferService``.

    ``fields`` are the facility's current fields of action; pass ``offer`` to edit it,
    leave it out to create a new offer.
    """

    offer_saved = Signal(object)  # OfferRecord

    def __init__(
        self,
        offers: "OfferService",
        runner: TaskRunner,
        fields: Sequence[FieldOfActionRecord],
        offer: OfferRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._offers = offers
        self._runner = runner
        self._fields = list(fields)
        self._offer = offer
        self.form = Ui_OfferDialog()
        self.form.setupUi(self)
        self.rows: list[ScheduleRow] = []
        self._saving = False
        form = self.form
        self._errors = InlineErrors(
            {
                "title": (form.title_edit, form.title_error_label),
                "target_groups": (form.target_groups_list, form.target_groups_error_label),
                "languages": (form.languages_list, form.languages_error_label),
                "schedule": (form.schedule_widget, form.schedule_error_label),
            }
        )
        self._fill(offer)
        form.add_target_group_button.clicked.connect(self._on_add_target_group_button_clicked)
        form.add_slot_button.clicked.connect(self._on_add_slot_button_clicked)
        form.button_box.accepted.connect(self._on_button_box_accepted)
        form.button_box.rejected.connect(self.reject)
        # Enter in the "another target group" line adds the group instead of saving.
        form.other_target_group_edit.installEventFilter(self)
        self._retranslate_code_texts()
        form.title_edit.setFocus()

    @property
    def offer(self) -> OfferRecord | None:
        """The offer being edited (after saving: as saved); None for a new one."""
        return self._offer

    # Filling the form

    def _fill(self, offer: OfferRecord | None) -> None:
        form = self.form
        form.title_edit.setText(offer.title if offer else "")
        self._fill_fields_of_action(offer.field_of_action_id if offer else None)
        chosen_groups = list(offer.target_groups) if offer else []
        for group in TARGET_GROUP_SUGGESTIONS:
            self._add_check_item(form.target_groups_list, group, group, group in chosen_groups)
        for group in chosen_groups:
            if group not in TARGET_GROUP_SUGGESTIONS:
                self._add_check_item(form.target_groups_list, group, group, True)
        chosen_languages = set(offer.languages) if offer else set()
        for code in LANGUAGE_LABELS:
            self._add_check_item(
                form.languages_list, language_label(code), code, code in chosen_languages
            )
        for slot in offer.schedule if offer else ():
            self.add_slot(slot)
        form.counselling_check.setChecked(offer.is_counselling if offer else False)
        form.jobcenter_check.setChecked(offer.jobcenter_suited if offer else False)
        self._update_schedule()

    def _fill_fields_of_action(self, selected: object) -> None:
        combo = self.form.field_of_action_combo
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for field in self._fields:
            combo.addItem(field.name, field.id)
        offer = self._offer
        if (
            offer is not None
            and offer.field_of_action_id is not None
            and combo.findData(offer.field_of_action_id) < 0
        ):
            # The offer's field was removed in the settings; keep it selectable so that
            # saving other changes does not silently drop it.
            combo.addItem(offer.field_of_action_name, offer.field_of_action_id)
        combo.setCurrentIndex(max(0, combo.findData(selected)))

    @staticmethod
    def _add_check_item(
        widget: QListWidget, text: str, data: str, checked: bool
    ) -> QListWidgetItem:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    # The weekly schedule

    def add_slot(self, slot: ScheduleSlot | None = None) -> ScheduleRow:
        """Add a row; without ``slot``, the next weekday at the last row's times."""
        if slot is None:
            if self.rows:
                last = self.rows[-1].slot()
                slot = ScheduleSlot((last.weekday + 1) % 7, last.start, last.end)
            else:
                slot = DEFAULT_SLOT
        row = ScheduleRow(slot, self.form.schedule_widget)
        row.remove_requested.connect(self._on_row_remove_requested)
        self.form.slots_layout.addWidget(row)
        self.rows.append(row)
        self._update_schedule()
        return row

    def remove_slot(self, row: ScheduleRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self.form.slots_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_schedule()
        # Keep the keyboard user in the schedule: the next row, else the previous, else Add.
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].weekday_combo.setFocus()
        else:
            self.form.add_slot_button.setFocus()

    def _update_schedule(self) -> None:
        form = self.form
        form.no_slots_label.setVisible(not self.rows)
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
        # Rows are created after the form, so put them into the tab order by hand.
        chain: list[QWidget] = [form.languages_list]
        for row in self.rows:
            chain.extend(row.focus_widgets())
        chain += [form.add_slot_button, form.counselling_check]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        form.schedule_label.setBuddy(
            self.rows[0].weekday_combo if self.rows else form.add_slot_button
        )

    def _on_add_slot_button_clicked(self) -> None:
        row = self.add_slot()
        row.weekday_combo.setFocus()

    def _on_row_remove_requested(self, row: QWidget) -> None:
        assert isinstance(row, ScheduleRow)
        self.remove_slot(row)

    # Target groups

    def _on_add_target_group_button_clicked(self) -> None:
        self._add_other_target_group()

    def _add_other_target_group(self) -> None:
        edit = self.form.other_target_group_edit
        group = clean(edit.text())
        if not group:
            return
        groups = self.form.target_groups_list
        for row in range(groups.count()):
            item = groups.item(row)
            if fold(str(item.data(Qt.ItemDataRole.UserRole))) == fold(group):
                item.setCheckState(Qt.CheckState.Checked)
                groups.setCurrentItem(item)
                break
        else:
            item = self._add_check_item(groups, group, group, True)
            groups.setCurrentItem(item)
        groups.scrollToItem(item)
        edit.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.form.other_target_group_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.form.other_target_group_edit.text().strip()
        ):
            self._add_other_target_group()
            return True
        return super().eventFilter(watched, event)

    # Saving

    @staticmethod
    def _checked_data(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            str(widget.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        )

    def draft(self) -> OfferDraft:
        form = self.form
        return OfferDraft(
            title=form.title_edit.text(),
            field_of_action_id=form.field_of_action_combo.currentData(),
            target_groups=self._checked_data(form.target_groups_list),
            languages=self._checked_data(form.languages_list),
            schedule=tuple(row.slot() for row in self.rows),
            is_counselling=form.counselling_check.isChecked(),
            jobcenter_suited=form.jobcenter_check.isChecked(),
        )

    def reject(self) -> None:
        # Closing while the offer is being saved would leave the result without a
        # receiver; the save takes a moment, so Escape simply waits for it.
        if not self._saving:
            super().reject()

    def _on_button_box_accepted(self) -> None:
        ok = self.form.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._saving = True
        if self._offer is None:
            self._runner.run(
                self._offers.create,
                self.draft(),
                on_done=self._on_save_done,
                on_error=self._on_save_failed,
                control=ok,
            )
        else:
            self._runner.run(
                self._offers.update,
                self._offer.id,
                self.draft(),
                on_done=self._on_save_done,
                on_error=self._on_save_failed,
                control=ok,
            )

    def _on_save_done(self, offer: OfferRecord) -> None:
        self._saving = False
        self._offer = offer
        self.offer_saved.emit(offer)
        self.accept()

    def _on_save_failed(self, error: TresenError) -> None:
        self._saving = False
        if isinstance(error, ValidationError):
            first = self._errors.show(error.problems)
            self._mark_bad_slots("schedule" in error.problems)
            bad_row = next((row for row in self.rows if row.end_edit.property("invalid")), None)
            if first is self.form.schedule_widget and bad_row is not None:
                first = bad_row.end_edit
            if first is not None:
                first.setFocus()
        else:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))

    def _mark_bad_slots(self, schedule_in_error: bool) -> None:
        for row in self.rows:
            slot = row.slot()
            bad = schedule_in_error and slot.end <= slot.start
            row.end_edit.setProperty("invalid", bad)
            row.end_edit.style().unpolish(row.end_edit)
            row.end_edit.style().polish(row.end_edit)

    # Language

    def _retranslate_code_texts(self) -> None:
        self.setWindowTitle(self.tr("New offer") if self._offer is None else self.tr("Edit offer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate_code_texts()
            self._fill_fields_of_action(self.form.field_of_action_combo.currentData())
            languages = self.form.languages_list
            for row in range(languages.count()):
                item = languages.item(row)
                item.setText(language_label(str(item.data(Qt.ItemDataRole.UserRole))))
        super().changeEvent(event)
