"""Create or edit one volunteer's profile: the person, the engagement, the trainings.

Three tabs. Activities and trainings are master/detail, as in the partner dialog: the
dialog keeps its own copy of every entry, writes the fields back when another entry is
chosen, and saves the volunteer whole, in one action, when OK is pressed.

Every optional date is a check box ("given") with the date edit it enables, so that
"not given" is one key press (Space) and can be read out by a screen reader.
"""

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop_app.core.errors import FieldProblem, NotFoundError, TresenError, ValidationError
from desktop_app.core.quantities import TRAINING_MINUTES, QuantityError, parse_hours
from desktop_app.core.records import OfferRecord, VisitorRecord
from desktop_app.core.services import Services, local_now
from desktop_app.core.text import fold
from desktop_app.core.validation import OLDEST_BIRTH_YEAR, check_volunteer
from desktop_app.core.volunteer_records import (
    Activity,
    Training,
    VolunteerDraft,
    VolunteerRecord,
)
from desktop_app.gui.dates import from_qdate, to_qdate
from desktop_app.gui.entry_list import (
    EntryList,
    nested_problems,
    rows_in_error,
    select_data,
    without_area,
)
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_volunteer_dialog import Ui_VolunteerDialog
from desktop_app.gui.i18n import error_text, problem_text
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.models.hours_grid_model import hours_or_blank

if TYPE_CHECKING:
    from desktop_app.gui.tasks import TaskRunner

SEARCH_DELAY_MS = 150
ACTIVITIES = "activities"
TRAININGS = "trainings"
_VISITOR_ROLE = Qt.ItemDataRole.UserRole


def _date_format() -> str:
    """The locale's short date with a four-digit year ("M/d/yy" would hide the century)."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


class OptionalDate(QObject):
    """A date that may be "not given": the check box says whether it is, the edit holds it.

    Ticking the box (by mouse or by its Alt key) moves on to the date, ready to be typed.
    """

    def __init__(self, check: QCheckBox, edit: QDateEdit) -> None:
        super().__init__(check)
        self.check = check
        self.edit = edit
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.clicked.connect(self._on_check_clicked)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None, shown: date) -> None:
        """Show ``day``, or "not given" with ``shown`` ready in the disabled edit."""
        self.check.setChecked(day is not None)
        self.edit.setDate(to_qdate(day or shown))
        self.edit.setEnabled(day is not None)

    def _on_check_clicked(self, checked: bool) -> None:
        if checked:
            self.edit.setFocus(Qt.FocusReason.TabFocusReason)


@dataclass
class _TrainingEntry:
    """A training as typed: the hours stay text until the volunteer is saved."""

    title: str
    held_on: date
    hours: str = ""
    # The stored minutes, kept as they are while ``hours`` still shows them unchanged.
    minutes: int = 0


class VolunteerDialog(QDialog):
    """Edits a volunteer (``volunteer`` None: a new one) and saves it through the services."""

    volunteer_saved = Signal(object)  # VolunteerRecord, as saved

    def __init__(
        self,
        services: Services,
        runner: "TaskRunner",
        volunteer: VolunteerRecord | None,
        *,
        clock: Callable[[], datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._volunteer = volunteer
        self._clock = clock
        self._today = clock().date()
        self._saving = False
        self._visitor_id: uuid.UUID | None = None
        self._linked_visitor: VisitorRecord | None = None
        self._link_note = ""  # why a link shown before is gone (its visitor was deleted)
        self._searched_text = ""
        self._offers: list[OfferRecord] | None = None  # None until loaded
        self._problems: dict[str, FieldProblem] = {}
        # The dialog's activity row of each activity sent (blank ones are not sent).
        self._sent_activity_rows: list[int] = []
        self._year_before_date: int | None = None
        self.form = Ui_VolunteerDialog()
        self.form.setupUi(self)
        form = self.form
        self._birth_date = OptionalDate(form.birth_date_check, form.birth_date_edit)
        self._started_on = OptionalDate(form.started_on_check, form.started_on_edit)
        self._ended_on = OptionalDate(form.ended_on_check, form.ended_on_edit)
        self._agreement_signed_on = OptionalDate(
            form.agreement_signed_check, form.agreement_signed_edit
        )
        self._police_certificate_seen_on = OptionalDate(
            form.police_certificate_check, form.police_certificate_edit
        )
        self._person_errors = InlineErrors(
            {
                "first_name": (form.first_name_edit, form.first_name_error_label),
                "last_name": (form.last_name_edit, form.last_name_error_label),
                "email": (form.email_edit, form.email_error_label),
                "phone": (form.phone_edit, form.phone_error_label),
                "birth_date": (form.birth_date_edit, form.birth_date_error_label),
                "birth_year": (form.birth_year_spin, form.birth_year_error_label),
                "notes": (form.notes_edit, form.notes_error_label),
            }
        )
        self._engagement_errors = InlineErrors(
            {
                "ended_on": (form.ended_on_edit, form.ended_on_error_label),
                "agreement_signed_on": (
                    form.agreement_signed_edit,
                    form.agreement_signed_error_label,
                ),
                "police_certificate_seen_on": (
                    form.police_certificate_edit,
                    form.police_certificate_error_label,
                ),
            }
        )
        self._activity_errors = InlineErrors(
            {"name": (form.activity_name_edit, form.activity_name_error_label)}
        )
        self._training_errors = InlineErrors(
            {
                "title": (form.training_title_edit, form.training_title_error_label),
                "held_on": (form.training_held_on_edit, form.training_held_on_error_label),
                "minutes": (form.training_hours_edit, form.training_hours_error_label),
            }
        )
        self._activities = EntryList(
            form.activities_list,
            form.add_activity_button,
            form.remove_activity_button,
            form.activity_details_widget,
            form.no_activities_label,
            form.activity_name_edit,
            new=lambda: Activity(""),
            title=lambda activity, row: self._activity_title(activity),
            read_fields=self._activity_from_form,
            show_fields=self._show_activity,
        )
        self._trainings = EntryList(
            form.trainings_list,
            form.add_training_button,
            form.remove_training_button,
            form.training_details_widget,
            form.no_trainings_label,
            form.training_title_edit,
            new=lambda: _TrainingEntry("", self._today),
            title=lambda entry, row: self._training_title(entry),
            read_fields=self._training_from_form,
            show_fields=self._show_training,
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        form.visitor_results_list.hide()
        # The value below the oldest year shows the spin box's "not given"; a year in the
        # future can be typed, and the service says what is wrong with it.
        form.birth_year_spin.setMinimum(OLDEST_BIRTH_YEAR - 1)
        self._set_date_formats()
        self._show_draft(volunteer.draft() if volunteer is not None else None)

        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        form.tab_widget.currentChanged.connect(self._on_tab_widget_current_changed)
        form.visitor_search_edit.textChanged.connect(self._on_visitor_search_edit_text_changed)
        form.visitor_search_edit.installEventFilter(self)
        form.visitor_results_list.installEventFilter(self)
        form.visitor_results_list.itemActivated.connect(
            self._on_visitor_results_list_item_activated
        )
        form.unlink_visitor_button.clicked.connect(self._on_unlink_visitor_button_clicked)
        form.birth_date_check.toggled.connect(self._on_birth_date_check_toggled)
        form.birth_date_edit.dateChanged.connect(self._on_birth_date_edit_date_changed)
        form.add_activity_button.clicked.connect(self._on_add_activity_button_clicked)
        form.remove_activity_button.clicked.connect(self._on_remove_activity_button_clicked)
        form.activity_name_edit.textEdited.connect(self._on_activity_name_edit_text_edited)
        form.add_training_button.clicked.connect(self._on_add_training_button_clicked)
        form.remove_training_button.clicked.connect(self._on_remove_training_button_clicked)
        form.training_title_edit.textEdited.connect(self._on_training_details_edited)
        form.training_held_on_edit.dateChanged.connect(self._on_training_details_edited)
        form.training_hours_edit.editingFinished.connect(
            self._on_training_hours_edit_editing_finished
        )
        form.button_box.accepted.connect(self._on_button_box_accepted)
        form.button_box.rejected.connect(self.reject)
        self._retranslate_code_texts()
        form.tab_widget.setCurrentWidget(form.person_tab)
        form.first_name_edit.setFocus()

        runner.run(
            partial(services.offers.list_offers, include_inactive=True),
            on_done=self._on_offers_loaded,
        )
        if volunteer is not None and volunteer.visitor_id is not None:
            self._load_linked_visitor(volunteer.visitor_id)

    @property
    def saved_volunteer(self) -> VolunteerRecord | None:
        """The volunteer being edited (after saving: as saved); None for a new, unsaved one."""
        return self._volunteer

    def _ok_button(self) -> QPushButton:
        return self.form.button_box.button(QDialogButtonBox.StandardButton.Ok)

    # --- filling --------------------------------------------------------------------

    def _show_draft(self, draft: VolunteerDraft | None) -> None:
        """Show a stored or prepared profile; None: a new volunteer starting today."""
        form = self.form
        today = self._today
        if draft is None:
            draft = VolunteerDraft(first_name="", started_on=today)
        form.first_name_edit.setText(draft.first_name)
        form.last_name_edit.setText(draft.last_name)
        form.email_edit.setText(draft.email)
        form.phone_edit.setText(draft.phone)
        self._birth_date.set_value(draft.birth_date, today)
        spin = form.birth_year_spin
        spin.setValue(draft.birth_year if draft.birth_year is not None else spin.minimum())
        spin.setEnabled(draft.birth_date is None)
        self._year_before_date = None
        form.notes_edit.setPlainText(draft.notes)
        self._visitor_id = draft.visitor_id
        self._started_on.set_value(draft.started_on, today)
        self._ended_on.set_value(draft.ended_on, today)
        self._agreement_signed_on.set_value(draft.agreement_signed_on, today)
        self._police_certificate_seen_on.set_value(draft.police_certificate_seen_on, today)
        form.school_pass_check.setChecked(draft.school_pass)
        self._activities.set_entries(draft.activities)
        self._trainings.set_entries(
            _TrainingEntry(
                training.title,
                training.held_on,
                hours_or_blank(training.minutes),
                training.minutes,
            )
            for training in draft.trainings
        )
        self._show_link()

    def _set_date_formats(self) -> None:
        form = self.form
        for edit in (
            form.birth_date_edit,
            form.started_on_edit,
            form.ended_on_edit,
            form.agreement_signed_edit,
            form.police_certificate_edit,
            form.training_held_on_edit,
        ):
            edit.setDisplayFormat(_date_format())

    def _on_offers_loaded(self, offers: list[OfferRecord]) -> None:
        self._offers = offers
        self._activities.store()
        activity = self._activities.chosen
        self._fill_offer_combo(activity.offer_id if activity is not None else None)

    def _fill_offer_combo(self, selected: uuid.UUID | None) -> None:
        """ "No offer", the active offers, and an inactive one an activity still names."""
        combo = self.form.activity_offer_combo
        linked = {activity.offer_id for activity in self._activities.entries}
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No offer"), None)
        for offer in sorted(self._offers or [], key=lambda offer: fold(offer.title)):
            if offer.active:
                combo.addItem(offer.title, offer.id)
            elif offer.id in linked:
                combo.addItem(self.tr("{title} (inactive)").format(title=offer.title), offer.id)
        if selected is not None and all(
            combo.itemData(i) != selected for i in range(combo.count())
        ):
            # Not loaded yet, or gone from the offers: kept, so that nothing is lost unseen.
            text = "…" if self._offers is None else self.tr("An offer that no longer exists")
            combo.addItem(text, selected)
        select_data(combo, selected)
        combo.blockSignals(blocked)

    # --- the same person's visitor record -------------------------------------------

    def _load_linked_visitor(self, visitor_id: uuid.UUID) -> None:
        self._runner.run(
            self._services.visitors.get,
            visitor_id,
            on_done=self._on_linked_visitor_loaded,
            on_error=self._on_linked_visitor_failed,
        )

    def _on_linked_visitor_loaded(self, visitor: VisitorRecord) -> None:
        if visitor.id == self._visitor_id:
            self._linked_visitor = visitor
            self._show_link()

    def _on_linked_visitor_failed(self, error: TresenError) -> None:
        if isinstance(error, NotFoundError):
            # The visitor record was deleted meanwhile (retention): the link goes with it.
            self._visitor_id = None
            self._link_note = self.tr(
                "The linked visitor record no longer exists; the link is removed on saving."
            )
            self._show_link()
        else:
            warn(self, self.windowTitle(), error_text(error))

    def _show_link(self) -> None:
        form = self.form
        visitor = self._linked_visitor
        if self._visitor_id is None:
            text = self._link_note or self.tr("Not linked to a visitor")
        elif visitor is not None and visitor.id == self._visitor_id:
            text = f"{visitor.display_name} ({visitor.number})"
        else:
            text = self.tr("Linked to a visitor")
        form.visitor_link_label.setText(text)
        form.unlink_visitor_button.setEnabled(self._visitor_id is not None)

    def link_visitor(self, visitor: VisitorRecord) -> None:
        """Link the visitor; fill the fields still empty from the visitor record."""
        form = self.form
        self._visitor_id = visitor.id
        self._linked_visitor = visitor
        self._link_note = ""
        for edit, value in (
            (form.first_name_edit, visitor.first_name),
            (form.last_name_edit, visitor.last_name),
            (form.phone_edit, visitor.phone),
            (form.email_edit, visitor.email),
        ):
            if not edit.text().strip():
                edit.setText(value)
        spin = form.birth_year_spin
        if (
            visitor.birth_year is not None
            and not form.birth_date_check.isChecked()
            and spin.value() == spin.minimum()
        ):
            spin.setValue(visitor.birth_year)
        self._show_link()
        form.visitor_search_edit.clear()

    def unlink_visitor(self) -> None:
        self._visitor_id = None
        self._linked_visitor = None
        self._link_note = ""
        self._show_link()

    def _on_unlink_visitor_button_clicked(self) -> None:
        self.unlink_visitor()
        self.form.visitor_search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_visitor_search_edit_text_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self._searched_text = ""
            self.form.visitor_results_list.clear()
            self.form.visitor_results_list.hide()
            return
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        text = self.form.visitor_search_edit.text().strip()
        if not text:
            return
        self._searched_text = text
        self._runner.run(self._services.visitors.search, text, on_done=self._on_visitors_found)

    def _on_visitors_found(self, visitors: list[VisitorRecord]) -> None:
        form = self.form
        if form.visitor_search_edit.text().strip() != self._searched_text:
            return  # typed on meanwhile: a newer search is on its way
        results = form.visitor_results_list
        results.clear()
        for visitor in visitors:
            if visitor.birth_year is not None:
                text = self.tr("{name} ({number}), born {year}").format(
                    name=visitor.display_name, number=visitor.number, year=visitor.birth_year
                )
            else:
                text = f"{visitor.display_name} ({visitor.number})"
            item = QListWidgetItem(text, results)
            item.setData(_VISITOR_ROLE, visitor)
        if not visitors:
            item = QListWidgetItem(self.tr("No visitor found."), results)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            results.setCurrentRow(0)
        results.show()

    def _chosen_visitor(self) -> VisitorRecord | None:
        item = self.form.visitor_results_list.currentItem()
        visitor = item.data(_VISITOR_ROLE) if item is not None else None
        return visitor if isinstance(visitor, VisitorRecord) else None

    def _on_visitor_results_list_item_activated(self, item: QListWidgetItem) -> None:
        visitor = item.data(_VISITOR_ROLE)
        if isinstance(visitor, VisitorRecord):
            self.link_visitor(visitor)
            self.form.visitor_search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The search line steers its result list, as on the check-in screen. Enter in
        # either links the chosen visitor; it must not reach the dialog and press OK
        # (a list view passes Enter on after emitting ``activated``).
        form = self.form
        results = form.visitor_results_list
        if (
            watched in (form.visitor_search_edit, results)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            searching = bool(form.visitor_search_edit.text().strip())
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and watched is not results and searching:
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(0, results.currentRow() + step), results.count() - 1)
                results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and searching:
                # Before the results are in (typed fast), Enter waits for them: it does nothing.
                visitor = self._chosen_visitor() if results.isVisible() else None
                if visitor is not None:
                    self.link_visitor(visitor)
                    form.visitor_search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    # --- date and year of birth -----------------------------------------------------

    def _on_birth_date_check_toggled(self, checked: bool) -> None:
        """With a date of birth, the year follows it; without, the year typed before is back."""
        spin = self.form.birth_year_spin
        spin.setEnabled(not checked)
        if checked:
            self._year_before_date = spin.value()
            spin.setValue(self.form.birth_date_edit.date().year())
        elif self._year_before_date is not None:
            spin.setValue(self._year_before_date)
            self._year_before_date = None

    def _on_birth_date_edit_date_changed(self, day: QDate) -> None:
        if self.form.birth_date_check.isChecked():
            self.form.birth_year_spin.setValue(day.year())

    # --- activities -----------------------------------------------------------------

    def _activity_title(self, activity: Activity) -> str:
        return activity.name.strip() or self.tr("New activity")

    def _activity_from_form(self, activity: Activity) -> Activity:
        form = self.form
        return Activity(form.activity_name_edit.text(), form.activity_offer_combo.currentData())

    def _show_activity(self, activity: Activity) -> None:
        self.form.activity_name_edit.setText(activity.name)
        self._fill_offer_combo(activity.offer_id)
        self._show_activity_problems()

    def _show_activity_problems(self) -> QWidget | None:
        problem = self._problems.get(f"{ACTIVITIES}.{self._activities.row}")
        return self._activity_errors.show({"name": problem} if problem else {})

    def add_activity(self) -> None:
        """Append an empty activity and choose it, ready to be named."""
        self._activities.add()

    def remove_activity(self) -> None:
        if self._activities.chosen is not None:
            self._drop_problems(ACTIVITIES)
            self._activities.remove()

    def _on_add_activity_button_clicked(self) -> None:
        self.add_activity()

    def _on_remove_activity_button_clicked(self) -> None:
        self.remove_activity()

    def _on_activity_name_edit_text_edited(self, text: str) -> None:
        del text
        self._activities.update_title()

    # --- trainings ------------------------------------------------------------------

    def _training_title(self, entry: _TrainingEntry) -> str:
        title = entry.title.strip() or self.tr("New training")
        day = QLocale().toString(to_qdate(entry.held_on), _date_format())
        return f"{title}\n{day}"

    def _training_from_form(self, entry: _TrainingEntry) -> _TrainingEntry:
        form = self.form
        return replace(
            entry,
            title=form.training_title_edit.text(),
            held_on=from_qdate(form.training_held_on_edit.date()),
            hours=form.training_hours_edit.text(),
        )

    def _show_training(self, entry: _TrainingEntry) -> None:
        form = self.form
        form.training_title_edit.setText(entry.title)
        # A changed date would retitle the entry from fields that still show the last one.
        blocked = form.training_held_on_edit.blockSignals(True)
        form.training_held_on_edit.setDate(to_qdate(entry.held_on))
        form.training_held_on_edit.blockSignals(blocked)
        form.training_hours_edit.setText(entry.hours)
        self._show_training_problems()

    def _show_training_problems(self) -> QWidget | None:
        problems = nested_problems(self._problems, f"{TRAININGS}.{self._trainings.row}.")
        return self._training_errors.show(problems)

    def _minutes(self, entry: _TrainingEntry) -> int:
        """The entry's minutes; raises ``QuantityError`` for hours that cannot be read."""
        typed = entry.hours.strip()
        if not typed:
            return 0
        if entry.minutes and typed == hours_or_blank(entry.minutes):
            return entry.minutes  # as stored: not read again
        return parse_hours(typed, most=TRAINING_MINUTES)

    def add_training(self) -> None:
        """Append a training held today and choose it, ready to be named."""
        self._trainings.add()

    def remove_training(self) -> None:
        if self._trainings.chosen is not None:
            self._drop_problems(TRAININGS)
            self._trainings.remove()

    def _on_add_training_button_clicked(self) -> None:
        self.add_training()

    def _on_remove_training_button_clicked(self) -> None:
        self.remove_training()

    def _on_training_details_edited(self) -> None:
        self._trainings.update_title()

    def _on_training_hours_edit_editing_finished(self) -> None:
        """Say at once when typed hours cannot be counted, not only on saving."""
        self._trainings.store()
        entry = self._trainings.chosen
        if entry is None:
            return
        name = f"{TRAININGS}.{self._trainings.row}.minutes"
        self._problems.pop(name, None)
        try:
            self._minutes(entry)
        except QuantityError as error:
            self._problems[name] = error.problem
        self._show_training_problems()
        self._mark_entries()

    # --- tabs -----------------------------------------------------------------------

    def _on_tab_widget_current_changed(self, index: int) -> None:
        form = self.form
        if form.tab_widget.tabBar().hasFocus():
            return  # arrows on the tab bar go on choosing tabs
        # A tab chosen by its key (Alt+E) starts at its first control.
        page = form.tab_widget.widget(index)
        if page is form.person_tab:
            form.first_name_edit.setFocus(Qt.FocusReason.TabFocusReason)
        elif page is form.engagement_tab:
            form.started_on_check.setFocus(Qt.FocusReason.TabFocusReason)
        elif page is form.training_tab:
            self._trainings.focus()

    # --- saving ---------------------------------------------------------------------

    def draft(self) -> VolunteerDraft:
        """The profile as entered; hours that cannot be read count as none here."""
        return self._gather()[0]

    def _gather(self) -> tuple[VolunteerDraft, dict[str, FieldProblem], list[int]]:
        """The draft, the problems of typed hours, and the row of each activity sent."""
        self._activities.store()
        self._trainings.store()
        form = self.form
        spin = form.birth_year_spin
        spin.interpretText()  # a year still being typed counts
        birth_date = self._birth_date.value()
        year_given = birth_date is None and spin.value() != spin.minimum()
        # An activity left without a name was added by mistake: it is not sent (the
        # service drops it anyway, and the problems' numbers must match the rows).
        activities = self._activities.entries
        rows = [row for row, item in enumerate(activities) if item.name.strip()]
        problems: dict[str, FieldProblem] = {}
        trainings = []
        for row, entry in enumerate(self._trainings.entries):
            try:
                minutes = self._minutes(entry)
            except QuantityError as error:
                problems[f"{TRAININGS}.{row}.minutes"] = error.problem
                minutes = 0
            trainings.append(Training(entry.title, entry.held_on, minutes))
        draft = VolunteerDraft(
            first_name=form.first_name_edit.text(),
            last_name=form.last_name_edit.text(),
            visitor_id=self._visitor_id,
            email=form.email_edit.text(),
            phone=form.phone_edit.text(),
            birth_date=birth_date,
            birth_year=spin.value() if year_given else None,
            started_on=self._started_on.value(),
            ended_on=self._ended_on.value(),
            activities=tuple(activities[row] for row in rows),
            trainings=tuple(trainings),
            agreement_signed_on=self._agreement_signed_on.value(),
            police_certificate_seen_on=self._police_certificate_seen_on.value(),
            notes=form.notes_edit.toPlainText(),
            school_pass=form.school_pass_check.isChecked(),
        )
        return draft, problems, rows

    def reject(self) -> None:
        # Closing while the volunteer is being saved would leave the result without a
        # receiver; the save takes a moment, so Escape simply waits for it.
        if not self._saving:
            super().reject()

    def _on_button_box_accepted(self) -> None:
        if self._saving:
            return
        draft, problems, rows = self._gather()
        self._sent_activity_rows = rows
        if problems:
            # Hours that cannot be read cannot travel in the draft; the other fields are
            # checked by the same core rules, so that every problem shows at once.
            try:
                check_volunteer(draft, today=self._clock().date())
            except ValidationError as error:
                for name, problem in self._dialog_names(error.problems).items():
                    problems.setdefault(name, problem)
            self._show_problems(problems)
            return
        self._saving = True
        volunteer = self._volunteer
        if volunteer is None:
            work: Callable[..., VolunteerRecord] = self._services.volunteers.create
            args: tuple[object, ...] = (draft,)
        else:
            work = self._services.volunteers.update
            args = (volunteer.id, draft)
        self._runner.run(
            work,
            *args,
            on_done=self._on_save_done,
            on_error=self._on_save_failed,
            control=self._ok_button(),
        )

    def _dialog_names(self, problems: Mapping[str, FieldProblem]) -> dict[str, FieldProblem]:
        """The problems named by the dialog's rows ("activities.2" is the third one sent)."""
        named: dict[str, FieldProblem] = {}
        for name, problem in problems.items():
            area, _, index = name.partition(".")
            if (
                area == ACTIVITIES
                and index.isdigit()
                and int(index) < len(self._sent_activity_rows)
            ):
                name = f"{ACTIVITIES}.{self._sent_activity_rows[int(index)]}"
            named[name] = problem
        return named

    def _on_save_done(self, volunteer: VolunteerRecord) -> None:
        self._saving = False
        self._volunteer = volunteer
        self.volunteer_saved.emit(volunteer)
        self.accept()

    def _on_save_failed(self, error: TresenError) -> None:
        self._saving = False
        if not isinstance(error, ValidationError):
            warn(self, self.windowTitle(), error_text(error))
            return
        self._show_problems(self._dialog_names(error.problems))

    def _show_problems(self, problems: Mapping[str, FieldProblem]) -> None:
        """Mark every field in error; go to the first problem: its tab, entry and field."""
        form = self.form
        self._problems = dict(problems)
        first = self._person_errors.show(self._problems)
        tab = form.person_tab
        first_engagement = self._engagement_errors.show(self._problems)
        self._mark_entries()
        self._show_activity_problems()
        self._show_training_problems()
        activity_rows = rows_in_error(self._problems, ACTIVITIES)
        training_rows = rows_in_error(self._problems, TRAININGS)
        if first is None and first_engagement is not None:
            first, tab = first_engagement, form.engagement_tab
        elif first is None and activity_rows:
            tab = form.engagement_tab
            form.activities_list.setCurrentRow(min(activity_rows))
            first = self._show_activity_problems()
        elif first is None and training_rows:
            tab = form.training_tab
            form.trainings_list.setCurrentRow(min(training_rows))
            first = self._show_training_problems()
        if first is not None:
            form.tab_widget.setCurrentWidget(tab)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        # Problems without a field of their own here.
        others = [
            problem_text(problem)
            for name, problem in self._problems.items()
            if not self._person_errors.has_field(name)
            and not self._engagement_errors.has_field(name)
            and name.partition(".")[0] not in (ACTIVITIES, TRAININGS)
        ]
        if others:
            warn(self, self.windowTitle(), "\n".join(others))

    def _mark_entries(self) -> None:
        """An entry with a problem gets a warning sign and says so (not by colour alone)."""
        note = self.tr("Please correct the marked fields.")
        self._activities.mark_problems(self._problems, ACTIVITIES, note)
        self._trainings.mark_problems(self._problems, TRAININGS, note)

    def _drop_problems(self, area: str) -> None:
        """Forget an area's problems when its rows move (an entry was removed)."""
        self._problems = without_area(self._problems, area)
        self._mark_entries()

    # --- language -------------------------------------------------------------------

    def _retranslate_code_texts(self) -> None:
        self.setWindowTitle(
            self.tr("New volunteer") if self._volunteer is None else self.tr("Edit volunteer")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate_code_texts()
            self._set_date_formats()
            self._show_link()
            self._activities.update_titles()
            self._trainings.update_titles()
            activity = self._activities.chosen
            self._fill_offer_combo(activity.offer_id if activity is not None else None)
            self._mark_entries()
            self._person_errors.show(self._problems)
            self._engagement_errors.show(self._problems)
            self._show_activity_problems()
            self._show_training_problems()
        super().changeEvent(event)
