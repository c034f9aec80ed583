"""The volunteers screen: the list, and for the chosen volunteer hours, allowances, recognition.

Keys: Ctrl+N adds a volunteer, F2 (or Enter in the list) edits the chosen one; the hours
sheet has its own keys (type, Enter, Delete, Page Up and Down).
"""

import html
import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from desktop_app.core.document_records import Letterhead
from desktop_app.core.services import Clock, Services, local_now
from desktop_app.core.volunteer_records import (
    RecognitionStanding,
    VolunteerRecord,
    VolunteerSummary,
)
from desktop_app.gui.allowances_panel import AllowancesPanel
from desktop_app.gui.forms.ui_volunteers_view import Ui_VolunteersView
from desktop_app.gui.hours_sheet import HoursSheet
from desktop_app.gui.i18n import shown, translate
from desktop_app.gui.models.hours_grid_model import hours_text
from desktop_app.gui.models.visitors_model import date_text
from desktop_app.gui.models.volunteers_model import Column, VolunteersModel
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.volunteer_documents import VolunteerDocuments

if TYPE_CHECKING:
    from desktop_app.gui.volunteer_dialog import VolunteerDialog

FILTER_DELAY_MS = 150


class VolunteersView(QWidget):
    """Lists the volunteers; the chosen one's hours, allowances and recognition beside."""

    recognition_shown = Signal()

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        letterhead: Callable[[], Letterhead],
        *,
        clock: Clock = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._clock = clock
        self.volunteer: VolunteerRecord | None = None
        self._standings: tuple[RecognitionStanding, ...] = ()
        self.dialog: VolunteerDialog | None = None
        self._select_after_load: uuid.UUID | None = None
        self._saved: VolunteerRecord | None = None  # as the dialog saved it, until shown
        self._loaded_once = False
        self.form = Ui_VolunteersView()
        self.form.setupUi(self)
        form = self.form
        self.model = VolunteersModel(self)
        table = form.volunteers_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ACTIVITIES, QHeaderView.ResizeMode.Stretch)
        # The list gets room for its four columns; the hours grid needs less than it has.
        form.splitter.setStretchFactor(0, 4)
        form.splitter.setStretchFactor(1, 5)
        form.splitter.setSizes([440, 560])
        self.hours = HoursSheet(services, runner, clock=clock, parent=form.hours_tab)
        form.hours_tab_layout.addWidget(self.hours)
        self.allowances = AllowancesPanel(services, runner, clock=clock, parent=form.allowances_tab)
        form.allowances_tab_layout.addWidget(self.allowances)
        self.documents = VolunteerDocuments(
            services, runner, letterhead, lambda: self._clock().date(), self
        )
        self.setFocusProxy(form.filter_edit)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, context=context)
        self._edit_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self, context=context)
        self._new_shortcut.activated.connect(self.new_volunteer)
        self._edit_shortcut.activated.connect(self.edit_selected)
        form.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        form.show_ended_check.toggled.connect(self._on_show_ended_check_toggled)
        form.new_button.clicked.connect(self.new_volunteer)
        form.edit_button.clicked.connect(self.edit_selected)
        table.activated.connect(self._on_volunteers_table_activated)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        documents_menu = QMenu(form.documents_button)
        documents_menu.setToolTipsVisible(True)
        documents_menu.addActions(
            [form.certificate_action, form.time_sheet_action, form.overview_action]
        )
        documents_menu.addSeparator()
        documents_menu.addAction(form.export_action)
        form.documents_button.setMenu(documents_menu)
        form.certificate_action.triggered.connect(self._on_certificate_action_triggered)
        form.time_sheet_action.triggered.connect(self._on_time_sheet_action_triggered)
        form.overview_action.triggered.connect(self.documents.annual_overview)
        form.export_action.triggered.connect(self.documents.export_hours)
        self.hours.hours_changed.connect(self._on_hours_changed)
        form.only_ended_label.hide()
        self._update_actions()

    # The list

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded_once:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._loaded_once = True
        self._runner.run(
            lambda text, ended: self._services.volunteers.list_volunteers(
                text, include_ended=ended
            ),
            self.form.filter_edit.text(),
            self.form.show_ended_check.isChecked(),
            on_done=self._on_volunteers_loaded,
        )

    def _on_volunteers_loaded(self, volunteers: list[VolunteerSummary]) -> None:
        chosen = self._select_after_load or (self.volunteer.id if self.volunteer else None)
        self._select_after_load = None
        self.model.set_records(volunteers)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and volunteers:
            row = 0
        if row is not None:
            self.form.volunteers_table.selectRow(row)
        else:
            self._show(None)
        self._saved = None
        form = self.form
        empty = not volunteers and not form.filter_edit.text()
        form.empty_label.setVisible(empty)
        form.only_ended_label.hide()
        if empty and not form.show_ended_check.isChecked():
            # Perhaps every engagement has ended: then "no volunteers yet" would be wrong.
            self._runner.run(
                partial(self._services.volunteers.list_volunteers, include_ended=True),
                on_done=self._on_ended_volunteers_loaded,
            )

    def _on_ended_volunteers_loaded(self, volunteers: list[VolunteerSummary]) -> None:
        form = self.form
        if (
            volunteers
            and form.empty_label.isVisibleTo(self)
            and not form.show_ended_check.isChecked()
        ):
            form.empty_label.hide()
            form.only_ended_label.show()

    def selected_summary(self) -> VolunteerSummary | None:
        rows = self.form.volunteers_table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        summary = self.selected_summary()
        if summary is None:
            self._show(None)
        elif self._saved is not None and self._saved.id == summary.id:
            self._show(self._saved)  # as the dialog saved it: no need to fetch it again
        elif self.volunteer is None or self.volunteer.id != summary.id:
            self._runner.run(self._services.volunteers.open_profile, summary.id, on_done=self._show)

    def _show(self, volunteer: VolunteerRecord | None) -> None:
        summary = self.selected_summary()
        if volunteer is not None and (summary is None or summary.id != volunteer.id):
            return  # another volunteer was chosen meanwhile
        self.volunteer = volunteer
        self.hours.show_volunteer(volunteer)
        self.allowances.show_volunteer(volunteer)
        self._load_recognition()
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.volunteer is not None
        form = self.form
        form.edit_button.setEnabled(chosen)
        self._edit_shortcut.setEnabled(chosen)
        form.certificate_action.setEnabled(chosen)
        form.time_sheet_action.setEnabled(chosen)
        form.details_tabs.setEnabled(chosen)

    # Recognition

    def _load_recognition(self) -> None:
        volunteer = self.volunteer
        if volunteer is None:
            self.form.recognition_label.clear()
            return
        self._runner.run(
            self._services.volunteers.recognition,
            volunteer.id,
            on_done=lambda standings: self._show_recognition(volunteer.id, standings),
        )

    def _show_recognition(
        self, volunteer_id: uuid.UUID, standings: tuple[RecognitionStanding, ...]
    ) -> None:
        if self.volunteer is None or self.volunteer.id != volunteer_id:
            return
        self._standings = standings
        self._render_recognition()
        self.recognition_shown.emit()

    def _render_recognition(self) -> None:
        parts = []
        standings = self._standings if self.volunteer is not None else ()
        for standing in standings:
            parts.append(f"<h3>{html.escape(standing.title)}</h3>")
            done = self.tr("{done} of {needed} h in the last twelve months").format(
                done=hours_text(standing.minutes_done), needed=hours_text(standing.minutes_needed)
            )
            if standing.met:
                parts.append(
                    f"<p><b>{html.escape(self.tr('The criteria are met.'))}</b> "
                    f"{html.escape(done)}</p>"
                )
                continue
            missing = [_reference_text(message, params) for message, params in standing.missing]
            parts.append(
                f"<p>{html.escape(self.tr('Still needed:'))}</p><ul>"
                + "".join(f"<li>{html.escape(line)}</li>" for line in missing)
                + f"</ul><p>{html.escape(done)}</p>"
            )
            if standing.earliest_on is not None:
                earliest = self.tr(
                    "At the pace of the last months, the earliest date: {day}"
                ).format(day=date_text(standing.earliest_on))
                parts.append(f"<p>{html.escape(earliest)}</p>")
        self.form.recognition_label.setText("".join(parts))

    def _on_hours_changed(self) -> None:
        self._load_recognition()
        volunteer = self.volunteer
        if volunteer is None:
            return
        # Only the volunteer's "Hours this year" changed: counted anew for that row alone.
        year = self._clock().date().year
        self._runner.run(
            self._services.hours.entries,
            volunteer.id,
            date(year, 1, 1),
            date(year, 12, 31),
            on_done=lambda entries: self.model.set_minutes_this_year(
                volunteer.id, sum(entry.minutes for entry in entries)
            ),
        )

    # New and edit

    def new_volunteer(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        if self.volunteer is not None:
            self._open_dialog(self.volunteer)

    def _open_dialog(self, volunteer: VolunteerRecord | None) -> None:
        from desktop_app.gui.volunteer_dialog import VolunteerDialog

        dialog = VolunteerDialog(
            self._services,
            self._runner,
            volunteer,
            clock=self._clock,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.volunteer_saved.connect(self._on_dialog_volunteer_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_volunteer_saved(self, volunteer: VolunteerRecord) -> None:
        # Listed anew (its name or activities changed), and shown as saved.
        self._select_after_load = volunteer.id
        self._saved = volunteer
        self.reload()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.form.volunteers_table.setFocus()

    # Slots

    def _on_filter_edit_text_changed(self, text: str) -> None:
        del text
        self._filter_timer.start()

    def _on_show_ended_check_toggled(self, checked: bool) -> None:
        del checked
        self.reload()

    def _on_volunteers_table_activated(self, index: QModelIndex) -> None:
        del index
        self.edit_selected()

    def _on_certificate_action_triggered(self) -> None:
        if self.volunteer is not None:
            self.documents.certificate(self.volunteer)

    def _on_time_sheet_action_triggered(self) -> None:
        if self.volunteer is not None:
            self.documents.time_sheet(self.volunteer)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.model.retranslate()
            self._render_recognition()
        super().changeEvent(event)


def _reference_text(message: str, params: tuple[tuple[str, object], ...]) -> str:
    """A recognition condition in the user's language; hours written the locale's way."""
    return translate("reference", message).format(**shown(dict(params)))
