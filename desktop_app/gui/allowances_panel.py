"""A volunteer's allowances of a year: payments, where the limits stand, and the warnings.

At 80 % of a tax-free limit the panel warns, at 100 % it says the limit is reached. With
the Bürgergeld flag (the volunteer's consent, this desk only) it also warns as all
allowances together near what Bürgergeld leaves untouched, and reminds the coordinator
that the volunteer reports the payments to the Jobcenter.
"""

import html
import uuid
from collections.abc import Mapping

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.core.errors import FieldProblem, TresenError, ValidationError
from desktop_app.core.quantities import QuantityError, parse_euros
from desktop_app.core.services import Clock, Services, local_now
from desktop_app.core.volunteer_records import (
    AllowanceDraft,
    AllowanceKind,
    AllowanceOverview,
    AllowancePayment,
    Level,
    VolunteerRecord,
)
from desktop_app.gui.dates import from_qdate, to_qdate
from desktop_app.gui.forms.ui_allowances_panel import Ui_AllowancesPanel
from desktop_app.gui.i18n import error_text
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.models.payments_model import PaymentsModel, euros, kind_label
from desktop_app.gui.tasks import TaskRunner


class AllowancesPanel(QWidget):
    """The allowances tab of the volunteers screen."""

    overview_shown = Signal(object)  # AllowanceOverview

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
        self.overview: AllowanceOverview | None = None
        self.form = Ui_AllowancesPanel()
        self.form.setupUi(self)
        form = self.form
        self.model = PaymentsModel(self)
        form.payments_table.setModel(self.model)
        form.payments_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self._errors = InlineErrors(
            {
                "paid_on": (form.paid_on_edit, form.paid_on_error_label),
                "activity": (form.activity_combo, form.activity_error_label),
                "amount": (form.amount_edit, form.amount_error_label),
            }
        )
        today = clock().date()
        form.year_spin.setValue(today.year)
        form.paid_on_edit.setDate(to_qdate(today))
        form.paid_on_edit.setMaximumDate(to_qdate(today))
        self._fill_kinds()
        form.error_label.setVisible(False)
        form.warning_label.setVisible(False)
        form.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        form.add_payment_button.clicked.connect(self._on_add_payment_button_clicked)
        form.remove_payment_button.clicked.connect(self._on_remove_payment_button_clicked)
        form.amount_edit.returnPressed.connect(self._on_add_payment_button_clicked)
        form.buergergeld_check.clicked.connect(self._on_buergergeld_check_clicked)
        form.payments_table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def show_volunteer(self, volunteer: VolunteerRecord | None) -> None:
        self._volunteer = volunteer
        form = self.form
        form.activity_combo.clear()
        if volunteer is not None:
            form.activity_combo.addItems([activity.name for activity in volunteer.activities])
        self.reload()

    def reload(self) -> None:
        volunteer = self._volunteer
        self._errors.clear()
        self.form.error_label.setVisible(False)
        if volunteer is None:
            self.model.set_records([])
            self._show_standings(None)
            return
        self._runner.run(
            self._services.allowances.overview,
            volunteer.id,
            self.form.year_spin.value(),
            on_done=lambda overview: self._show(volunteer.id, overview),
        )

    def _show(self, volunteer_id: uuid.UUID, overview: AllowanceOverview) -> None:
        if self._volunteer is None or self._volunteer.id != volunteer_id:
            return
        if overview.year != self.form.year_spin.value():
            self.form.year_spin.blockSignals(True)
            self.form.year_spin.setValue(overview.year)
            self.form.year_spin.blockSignals(False)
        self.model.set_records(overview.payments)
        self._show_standings(overview)
        self._update_actions()
        self.overview_shown.emit(overview)

    def _show_standings(self, overview: AllowanceOverview | None) -> None:
        self.overview = overview
        form = self.form
        form.buergergeld_check.blockSignals(True)
        form.buergergeld_check.setChecked(bool(overview and overview.receives_buergergeld))
        form.buergergeld_check.blockSignals(False)
        if overview is None:
            form.standings_label.clear()
            form.warning_label.setVisible(False)
            return
        lines = []
        warnings = []
        for standing in overview.standings:
            share = round(100 * standing.paid_cents / standing.limit_cents)
            lines.append(
                self.tr("{kind}: {paid} of {limit} ({share} %)").format(
                    kind=html.escape(kind_label(standing.kind)),
                    paid=f"<b>{euros(standing.paid_cents)}</b>",
                    limit=euros(standing.limit_cents),
                    share=share,
                )
            )
            if standing.level is Level.NEAR:
                warnings.append(
                    self.tr("More than {share} % of the {kind} for {year} is paid.").format(
                        share=round(100 * overview.warn_at),
                        kind=kind_label(standing.kind),
                        year=overview.year,
                    )
                )
            elif standing.level is Level.REACHED:
                warnings.append(
                    self.tr(
                        "The {kind} for {year} has reached its tax-free limit of {limit}: "
                        "anything beyond it is taxable income."
                    ).format(
                        kind=kind_label(standing.kind),
                        year=overview.year,
                        limit=euros(standing.limit_cents),
                    )
                )
        name = self._volunteer.display_name if self._volunteer else ""
        if overview.buergergeld_level in (Level.NEAR, Level.REACHED):
            warnings.append(
                self.tr(
                    "Together the allowances come to {combined}, near or past the {limit} a "
                    "year that Bürgergeld leaves untouched. Remind {name} to report every "
                    "payment to the Jobcenter."
                ).format(
                    combined=euros(overview.combined_cents),
                    limit=euros(overview.buergergeld_limit_cents),
                    name=name,
                )
            )
        form.standings_label.setText("<br>".join(lines))
        form.warning_label.setText("\n".join(warnings))
        form.warning_label.setVisible(bool(warnings))

    # Recording and removing

    def add_payment(self) -> None:
        volunteer = self._volunteer
        if volunteer is None:
            return
        form = self.form
        self._errors.clear()
        try:
            cents = parse_euros(form.amount_edit.text())
        except QuantityError as error:
            self._show_problems({"amount": error.problem})
            return
        draft = AllowanceDraft(
            volunteer_id=volunteer.id,
            paid_on=from_qdate(form.paid_on_edit.date()),
            amount_cents=cents,
            kind=AllowanceKind(form.kind_combo.currentData()),
            activity=form.activity_combo.currentText(),
        )
        self._runner.run(
            self._services.allowances.record,
            draft,
            on_done=self._on_recorded,
            on_error=self._on_failed,
            control=form.add_payment_button,
        )

    def _on_recorded(self, overview: AllowanceOverview) -> None:
        self.form.amount_edit.clear()
        if self._volunteer is not None:
            self._show(self._volunteer.id, overview)
        self.form.amount_edit.setFocus()

    def _on_failed(self, error: TresenError) -> None:
        if isinstance(error, ValidationError):
            self._show_problems(error.problems)
        else:
            label = self.form.error_label
            label.setText(error_text(error))
            label.setVisible(True)

    def _show_problems(self, problems: Mapping[str, FieldProblem]) -> None:
        first = self._errors.show(problems)
        if first is not None:
            first.setFocus()

    def selected_payment(self) -> AllowancePayment | None:
        rows = self.form.payments_table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def remove_selected(self) -> None:
        payment = self.selected_payment()
        if payment is None:
            return
        self._runner.run(
            self._services.allowances.remove,
            payment.id,
            on_done=self._on_recorded,
            control=self.form.remove_payment_button,
        )

    def _update_actions(self) -> None:
        chosen = self._volunteer is not None
        form = self.form
        for widget in (
            form.add_payment_button,
            form.amount_edit,
            form.buergergeld_check,
            form.activity_combo,
            form.kind_combo,
            form.paid_on_edit,
        ):
            widget.setEnabled(chosen)
        form.remove_payment_button.setEnabled(self.selected_payment() is not None)

    # The Bürgergeld flag

    def _on_buergergeld_check_clicked(self, checked: bool) -> None:
        volunteer = self._volunteer
        if volunteer is None:
            return
        self._runner.run(
            self._services.volunteers.set_buergergeld,
            volunteer.id,
            checked,
            on_done=lambda _flag: self.reload(),
            control=self.form.buergergeld_check,
        )

    # Slots and language

    def _on_year_spin_value_changed(self, year: int) -> None:
        del year
        self.reload()

    def _on_add_payment_button_clicked(self) -> None:
        self.add_payment()

    def _on_remove_payment_button_clicked(self) -> None:
        self.remove_selected()

    def _fill_kinds(self) -> None:
        combo = self.form.kind_combo
        current = combo.currentData() or AllowanceKind.VOLUNTEER.value
        combo.clear()
        for kind in AllowanceKind:
            combo.addItem(kind_label(kind), kind.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_kinds()
            self.model.retranslate()
            self._show_standings(self.overview)
        super().changeEvent(event)
