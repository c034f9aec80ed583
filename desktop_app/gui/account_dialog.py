"""The signed-in person's own account: a new password, and a PIN for unlocking the desk."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.errors import FieldProblem, TresenError, ValidationError
from desktop_app.core.services.accounts import PASSWORDS_DIFFER
from desktop_app.gui.buttons import keep_enter_for_fields
from desktop_app.gui.forms.ui_account_dialog import Ui_AccountDialog
from desktop_app.gui.i18n import error_text
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.services.accounts import AccountRecord, AccountService


class AccountDialog(QDialog):
    """Change the own password and PIN; ``intro`` says why it opened (a reset password)."""

    password_changed = Signal()

    def __init__(
        self,
        accounts: "AccountService",
        runner: TaskRunner,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._runner = runner
        self.form = Ui_AccountDialog()
        self.form.setupUi(self)
        form = self.form
        form.intro_label.setText(intro)
        form.intro_label.setVisible(bool(intro))
        form.status_label.hide()
        self._errors = InlineErrors(
            {
                "old_password": (form.old_password_edit, form.old_password_error_label),
                "new_password": (form.new_password_edit, form.new_password_error_label),
                "pin": (form.pin_edit, form.pin_error_label),
            }
        )
        form.button_box.rejected.connect(self.reject)
        keep_enter_for_fields(form.button_box)
        form.change_password_button.clicked.connect(self._on_change_password_button_clicked)
        form.set_pin_button.clicked.connect(self._on_set_pin_button_clicked)
        form.remove_pin_button.clicked.connect(self._on_remove_pin_button_clicked)
        form.repeat_password_edit.returnPressed.connect(form.change_password_button.click)
        form.pin_edit.returnPressed.connect(form.set_pin_button.click)
        form.old_password_edit.setFocus()

    def _on_change_password_button_clicked(self) -> None:
        form = self.form
        new = form.new_password_edit.text()
        if new != form.repeat_password_edit.text():
            differ = FieldProblem(PASSWORDS_DIFFER)
            self._show_problems(ValidationError({"new_password": differ}))
            return
        self._runner.run(
            self._accounts.change_own_password,
            form.old_password_edit.text(),
            new,
            on_done=self._on_password_changed,
            on_error=self._show_problems,
            control=form.change_password_button,
        )

    def _on_password_changed(self, _account: "AccountRecord") -> None:
        form = self.form
        for edit in (form.old_password_edit, form.new_password_edit, form.repeat_password_edit):
            edit.clear()
        self._errors.clear()
        form.intro_label.hide()
        self._say(self.tr("Your new password is saved."))
        self.password_changed.emit()

    def _on_set_pin_button_clicked(self) -> None:
        self._runner.run(
            self._accounts.set_own_pin,
            self.form.pin_edit.text(),
            on_done=self._on_pin_set,
            on_error=self._show_problems,
            control=self.form.set_pin_button,
        )

    def _on_remove_pin_button_clicked(self) -> None:
        self._runner.run(
            self._accounts.set_own_pin,
            None,
            on_done=self._on_pin_removed,
            on_error=self._show_problems,
            control=self.form.remove_pin_button,
        )

    def _on_pin_set(self, _account: "AccountRecord") -> None:
        self.form.pin_edit.clear()
        self._errors.clear()
        self._say(self.tr("Your PIN is saved: it unlocks the desk from now on."))

    def _on_pin_removed(self, _account: "AccountRecord") -> None:
        self.form.pin_edit.clear()
        self._errors.clear()
        self._say(self.tr("Your PIN is removed: the desk unlocks with your password only."))

    def _show_problems(self, error: TresenError) -> None:
        self.form.status_label.hide()
        if not self._errors.show_error(error):
            self._say(error_text(error))

    def _say(self, text: str) -> None:
        label = self.form.status_label
        label.setText(text)
        label.show()
