"""The administrator's list of staff accounts: add, change the role, deactivate, reset."""

import uuid
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from desktop_app.core.access import ROLE_LABELS, Role
from desktop_app.core.errors import TresenError
from desktop_app.core.services.accounts import AccountDraft, AccountRecord
from desktop_app.gui.entry_list import select_data
from desktop_app.gui.forms.ui_accounts_dialog import Ui_AccountsDialog
from desktop_app.gui.i18n import error_text
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.services.accounts import AccountService


class AccountsDialog(QDialog):
    """Accounts in a table; the chosen one (or a new one) in the fields below it."""

    def __init__(
        self, accounts: "AccountService", runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._runner = runner
        self._records: list[AccountRecord] = []
        self._chosen: uuid.UUID | None = None
        self.form = Ui_AccountsDialog()
        self.form.setupUi(self)
        form = self.form
        for role in Role:
            form.role_combo.addItem(
                QCoreApplication.translate("reference", ROLE_LABELS[role]), role
            )
        self._errors = InlineErrors(
            {
                "display_name": (form.display_name_edit, form.display_name_error_label),
                "user_name": (form.user_name_edit, form.user_name_error_label),
                "password": (form.password_edit, form.password_error_label),
            }
        )
        headers = [self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Status")]
        form.accounts_table.setColumnCount(len(headers))
        form.accounts_table.setHorizontalHeaderLabels(headers)
        form.status_label.hide()
        form.button_box.rejected.connect(self.reject)
        form.save_button.setDefault(True)
        form.new_button.clicked.connect(self._on_new_button_clicked)
        form.save_button.clicked.connect(self._on_save_button_clicked)
        form.reset_button.clicked.connect(self._on_reset_button_clicked)
        form.accounts_table.itemSelectionChanged.connect(
            self._on_accounts_table_item_selection_changed
        )
        self._show_account(None)
        self.reload()

    def reload(self) -> None:
        self._runner.run(
            self._accounts.list_accounts, on_done=self._on_loaded, on_error=self._show_problem
        )

    def records(self) -> list[AccountRecord]:
        return list(self._records)

    def _on_loaded(self, records: list[AccountRecord]) -> None:
        self._records = records
        table = self.form.accounts_table
        table.blockSignals(True)
        table.setRowCount(len(records))
        for row, record in enumerate(records):
            cells = (
                record.display_name,
                record.user_name,
                QCoreApplication.translate("reference", ROLE_LABELS[record.role]),
                self.tr("active") if record.active else self.tr("deactivated"),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.blockSignals(False)
        ids = [record.id for record in records]
        if self._chosen in ids:
            table.selectRow(ids.index(self._chosen))

    def _on_accounts_table_item_selection_changed(self) -> None:
        rows = self.form.accounts_table.selectionModel().selectedRows()
        self._show_account(self._records[rows[0].row()] if rows else None)

    def _show_account(self, record: AccountRecord | None) -> None:
        form = self.form
        self._chosen = record.id if record else None
        form.display_name_edit.setText(record.display_name if record else "")
        form.user_name_edit.setText(record.user_name if record else "")
        select_data(form.role_combo, record.role if record else Role.RECEPTION)
        form.active_check.setChecked(record.active if record else True)
        form.active_check.setEnabled(record is not None)
        form.password_edit.clear()
        form.reset_button.setEnabled(record is not None)
        form.account_group.setTitle(
            self.tr("Account of %1").replace("%1", record.display_name)
            if record
            else self.tr("New account")
        )
        self._errors.clear()

    def _draft(self) -> AccountDraft:
        form = self.form
        # Qt hands an enum of strings back as a plain string.
        role = Role(form.role_combo.currentData())
        return AccountDraft(form.display_name_edit.text(), form.user_name_edit.text(), role)

    def _on_new_button_clicked(self) -> None:
        self.form.accounts_table.clearSelection()
        self._show_account(None)
        self.form.display_name_edit.setFocus()

    def _on_save_button_clicked(self) -> None:
        form = self.form
        if self._chosen is None:
            self._runner.run(
                self._accounts.add_account,
                self._draft(),
                form.password_edit.text(),
                on_done=self._on_saved,
                on_error=self._show_problem,
                control=form.save_button,
            )
        else:
            self._runner.run(
                partial(self._accounts.update_account, active=form.active_check.isChecked()),
                self._chosen,
                self._draft(),
                on_done=self._on_saved,
                on_error=self._show_problem,
                control=form.save_button,
            )

    def _on_reset_button_clicked(self) -> None:
        assert self._chosen is not None
        self._runner.run(
            self._accounts.reset_password,
            self._chosen,
            self.form.password_edit.text(),
            on_done=self._on_password_reset,
            on_error=self._show_problem,
            control=self.form.reset_button,
        )

    def _on_saved(self, record: AccountRecord) -> None:
        self._chosen = record.id
        self._errors.clear()
        self._say(self.tr("%1 is saved.").replace("%1", record.display_name))
        self.reload()

    def _on_password_reset(self, record: AccountRecord) -> None:
        self.form.password_edit.clear()
        self._errors.clear()
        self._say(
            self.tr(
                "The password of %1 is reset; at the next sign-in %1 chooses a new one."
            ).replace("%1", record.display_name)
        )

    def _show_problem(self, error: TresenError) -> None:
        self.form.status_label.hide()
        if not self._errors.show_error(error):
            self._say(error_text(error))

    def _say(self, text: str) -> None:
        label = self.form.status_label
        label.setText(text)
        label.show()
