"""The referrals screen: accept a referral by its code, and follow up those issued here.

Keys: the code field has the focus; a USB scanner types the code and Enter, which looks it
up. In the list, Enter shows the slip again.
"""

import html
import uuid
from functools import partial

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QPushButton, QWidget

from desktop_app.core import codes
from desktop_app.core.errors import CodeMistyped, TresenError
from desktop_app.core.referral_records import ReferralQuery, ReferralRecord, ReferralStatus
from desktop_app.core.services import Clock, Services, local_now
from desktop_app.gui.forms.ui_referrals_view import Ui_ReferralsView
from desktop_app.gui.i18n import error_text, referral_status_label, weekday_label
from desktop_app.gui.inline_errors import mark_field
from desktop_app.gui.models.referrals_model import Column, ReferralsModel
from desktop_app.gui.models.visitors_model import date_text
from desktop_app.gui.tasks import TaskRunner

FILTER_DELAY_MS = 150
_ALL = "all"
_DUE = "due"
_OPEN = "open"


def slip_summary(referral: ReferralRecord, title: str, labels: dict[str, str]) -> str:
    """What the slip shows, as rich text for the receiving desk."""
    target = referral.target
    lines = [
        f"<b>{html.escape(title)}</b>",
        f"{labels['for']}: <b>{html.escape(referral.person_label)}</b> · "
        f"{labels['issued']}: {html.escape(date_text(referral.issued_on))} · "
        f"{labels['by']}: {html.escape(referral.issuing_facility_name)}",
        f"{labels['to']}: {html.escape(referral.target_title)}",
    ]
    if target.address_lines:
        lines.append(html.escape(", ".join(target.address_lines)))
    if referral.field_of_action or referral.purpose:
        purpose = " – ".join(p for p in (referral.field_of_action, referral.purpose) if p)
        lines.append(f"{labels['purpose']}: {html.escape(purpose)}")
    if referral.appointment_at is not None:
        when = referral.appointment_at
        lines.append(
            f"{labels['appointment']}: {weekday_label(when.weekday())} "
            f"{html.escape(date_text(when.date()))} {when:%H:%M}"
        )
    status = referral_status_label(referral.status)
    lines.append(f"{labels['status']}: <b>{html.escape(status)}</b>")
    return "<br>".join(lines)


class ReferralsView(QWidget):
    """Looks up typed codes and lists this facility's referrals, due ones first."""

    slip_requested = Signal(object)  # uuid.UUID of the referral whose slip to show
    referral_changed = Signal(object)  # ReferralRecord after a status change here
    referral_found = Signal(object)  # ReferralRecord shown after a lookup
    referrals_loaded = Signal()

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        follow_up_days: int = 14,
        parent: QWidget | None = None,
        *,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._follow_up_days = follow_up_days
        self._clock = clock
        self.found: ReferralRecord | None = None
        self._select_after_load: uuid.UUID | None = None
        self._loaded_once = False
        self.form = Ui_ReferralsView()
        self.form.setupUi(self)
        form = self.form
        self.model = ReferralsModel(self)
        table = form.referrals_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TARGET, QHeaderView.ResizeMode.Stretch)
        self.setFocusProxy(form.code_edit)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.status_menu = QMenu(self)
        form.status_button.setMenu(self.status_menu)
        self._status_actions: dict[ReferralStatus, QAction] = {}
        for status in (
            ReferralStatus.ARRIVED,
            ReferralStatus.COMPLETED,
            ReferralStatus.NOT_TAKEN_UP,
            ReferralStatus.DECLINED,
            ReferralStatus.CANCELLED,
        ):
            action = self.status_menu.addAction("")
            action.triggered.connect(partial(self._on_status_action_triggered, status))
            self._status_actions[status] = action
        self._receive_buttons: dict[ReferralStatus, QPushButton] = {
            ReferralStatus.ARRIVED: form.arrived_button,
            ReferralStatus.COMPLETED: form.completed_button,
            ReferralStatus.NOT_TAKEN_UP: form.not_taken_up_button,
        }
        for status, button in self._receive_buttons.items():
            button.clicked.connect(partial(self._on_receive_button_clicked, status))

        form.code_edit.returnPressed.connect(self._on_code_edit_return_pressed)
        form.code_edit.textEdited.connect(self._on_code_edit_text_edited)
        form.find_button.clicked.connect(self._on_find_button_clicked)
        form.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        form.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        form.slip_button.clicked.connect(self._on_slip_button_clicked)
        table.activated.connect(self._on_referrals_table_activated)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._retranslate()
        self._show_found(None)
        self._update_actions()

    # Receiving

    def look_up(self, typed: str | None = None) -> None:
        """Find the referral of the typed (or given) code and show what its slip shows."""
        if typed is not None:
            self.form.code_edit.setText(typed)
        text = self.form.code_edit.text()
        if not text.strip():
            return
        self._runner.run(
            self._services.referrals.find_by_code,
            text,
            on_done=self._on_found,
            on_error=self._on_lookup_failed,
            control=self.form.find_button,
        )

    def _on_found(self, referral: ReferralRecord) -> None:
        self.form.code_edit.setText(codes.grouped(referral.code))
        self._show_found(referral)
        self.referral_found.emit(referral)
        next_button = next(
            (
                button
                for status, button in self._receive_buttons.items()
                if status in referral.status.next_steps
            ),
            None,
        )
        (next_button or self.form.code_edit).setFocus()

    def _on_lookup_failed(self, error: TresenError) -> None:
        self._show_found(None)
        label = self.form.code_error_label
        label.setText(error_text(error))
        label.setVisible(True)
        edit = self.form.code_edit
        mark_field(edit, isinstance(error, CodeMistyped), error_text(error))
        edit.setFocus()
        edit.selectAll()

    def _show_found(self, referral: ReferralRecord | None) -> None:
        self.found = referral
        form = self.form
        form.code_error_label.setVisible(False)
        mark_field(form.code_edit, False)
        form.received_label.setVisible(referral is not None)
        if referral is not None:
            form.received_label.setText(
                slip_summary(
                    referral,
                    self.tr("Referral {code}").format(code=codes.grouped(referral.code)),
                    self._summary_labels(),
                )
            )
        for status, button in self._receive_buttons.items():
            button.setEnabled(referral is not None and status in referral.status.next_steps)

    def _summary_labels(self) -> dict[str, str]:
        return {
            "for": self.tr("For"),
            "issued": self.tr("issued"),
            "by": self.tr("by"),
            "to": self.tr("Referred to"),
            "purpose": self.tr("Interested in"),
            "appointment": self.tr("Appointment"),
            "status": self.tr("Status"),
        }

    def _on_receive_button_clicked(self, status: ReferralStatus) -> None:
        if self.found is not None:
            self._set_status(self.found.id, status, self._receive_buttons[status])

    def _set_status(
        self, referral_id: uuid.UUID, status: ReferralStatus, control: QWidget | None
    ) -> None:
        self._runner.run(
            self._services.referrals.set_status,
            referral_id,
            status,
            on_done=self._on_status_set,
            control=control,
        )

    def _on_status_set(self, referral: ReferralRecord) -> None:
        if self.found is not None and self.found.id == referral.id:
            self._show_found(referral)
            self.form.code_edit.setFocus()
        self._select_after_load = referral.id
        self.reload()
        self.referral_changed.emit(referral)

    # The list of referrals issued here

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded_once:
            self.reload()
        super().showEvent(event)

    def set_follow_up_days(self, days: int) -> None:
        if days != self._follow_up_days:
            self._follow_up_days = days
            self.reload()

    def reload(self) -> None:
        self._loaded_once = True
        choice = self.form.status_combo.currentData()
        statuses: frozenset[ReferralStatus] = frozenset()
        if choice in (_OPEN, _DUE):
            statuses = frozenset(s for s in ReferralStatus if s.is_open)
        elif choice not in (None, _ALL):
            statuses = frozenset({ReferralStatus(choice)})
        query = ReferralQuery(statuses=statuses, text=self.form.filter_edit.text())
        self._runner.run(
            partial(self._services.referrals.issued, query, follow_up_days=self._follow_up_days),
            on_done=self._on_referrals_loaded,
        )

    def _on_referrals_loaded(self, referrals: list[ReferralRecord]) -> None:
        today = self._clock().date()
        due = frozenset(r.id for r in referrals if r.is_due(today, self._follow_up_days))
        if self.form.status_combo.currentData() == _DUE:
            referrals = [r for r in referrals if r.id in due]
        selected = self.selected_referral()
        select = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self.model.set_records(referrals, due)
        row = self.model.row_of(select) if select is not None else None
        if row is not None:
            self.form.referrals_table.selectRow(row)
        self.form.empty_label.setVisible(not referrals)
        self._show_due_count()
        self._update_actions()
        self.referrals_loaded.emit()

    def _show_due_count(self) -> None:
        due = self.model.due_count()
        label = self.form.follow_up_label
        label.setVisible(due > 0)
        label.setText(
            self.tr(
                "%n referral(s) still open after more than {days} days: please follow up "
                "(marked “Due”, listed first).",
                "",
                due,
            ).format(days=self._follow_up_days)
        )

    def selected_referral(self) -> ReferralRecord | None:
        rows = self.form.referrals_table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        referral = self.selected_referral()
        self.form.slip_button.setEnabled(referral is not None)
        steps = referral.status.next_steps if referral is not None else ()
        for status, action in self._status_actions.items():
            action.setEnabled(status in steps)
        self.form.status_button.setEnabled(bool(steps))

    def _on_status_action_triggered(self, status: ReferralStatus) -> None:
        referral = self.selected_referral()
        if referral is not None:
            self._set_status(referral.id, status, self.form.status_button)

    # Slots

    def _on_code_edit_return_pressed(self) -> None:
        self.look_up()

    def _on_code_edit_text_edited(self, text: str) -> None:
        del text
        if self.found is not None or self.form.code_error_label.isVisible():
            self._show_found(None)

    def _on_find_button_clicked(self) -> None:
        self.look_up()

    def _on_status_combo_changed(self, index: int) -> None:
        del index
        self.reload()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        del text
        self._filter_timer.start()

    def _on_slip_button_clicked(self) -> None:
        referral = self.selected_referral()
        if referral is not None:
            self.slip_requested.emit(referral.id)

    def _on_referrals_table_activated(self, index: QModelIndex) -> None:
        del index
        self._on_slip_button_clicked()

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        self._update_actions()

    # Language

    def _retranslate(self) -> None:
        combo = self.form.status_combo
        current = combo.currentData() or _ALL
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), _ALL)
        combo.addItem(self.tr("Due for follow-up"), _DUE)
        combo.addItem(self.tr("Open (not yet arrived)"), _OPEN)
        for status in ReferralStatus:
            combo.addItem(referral_status_label(status), status.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self._status_actions[ReferralStatus.ARRIVED].setText(self.tr("Arrived"))
        self._status_actions[ReferralStatus.COMPLETED].setText(self.tr("Completed"))
        self._status_actions[ReferralStatus.NOT_TAKEN_UP].setText(self.tr("Not taken up"))
        self._status_actions[ReferralStatus.DECLINED].setText(self.tr("Declined"))
        self._status_actions[ReferralStatus.CANCELLED].setText(self.tr("Cancelled"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate()
            self.model.retranslate()
            self._show_found(self.found)
            self._show_due_count()
        super().changeEvent(event)
