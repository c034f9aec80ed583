"""Signing in, the screen lock and taking over the desk.

The sign-in page covers the whole window while nobody is signed in: at start, after the
lock shortcut and after some minutes without a key or a click. It unlocks with the
password or PIN of the person who locked it, or lets another person sign in instead. On
the very first start it creates the admin account.
"""

from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.access import StaffMember
from desktop_app.core.errors import FieldProblem, TresenError, ValidationError
from desktop_app.gui.forms.ui_sign_in_page import Ui_SignInPage
from desktop_app.gui.i18n import error_text, problem_text
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.services.accounts import AccountRecord, AccountService

# What counts as someone working at the desk.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class InactivityWatch(QObject):
    """Emits ``idle`` after ``minutes`` without a key press, click or mouse movement.

    It watches the application's events only while it runs: paused (the desk is locked)
    no event passes through Python on its account.
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._watching = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)
        self.resume()

    def pause(self) -> None:
        self._timer.stop()
        self._watch(False)

    def resume(self) -> None:
        self._timer.start()
        self._watch(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def stop(self) -> None:
        self.pause()

    def _watch(self, watching: bool) -> None:
        app = QApplication.instance()
        if app is None or watching == self._watching:
            return
        if watching:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = watching


class _Mode(Enum):
    FIRST_ADMIN = auto()
    SIGN_IN = auto()
    UNLOCK = auto()


class SignInPage(QWidget):
    """The page in front of the desk while nobody is signed in."""

    signed_in = Signal(object)  # AccountRecord

    def __init__(
        self,
        accounts: "AccountService",
        runner: TaskRunner,
        *,
        demo_hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_SignInPage()
        self.form.setupUi(self)
        self._accounts = accounts
        self._runner = runner
        self._demo_hint = demo_hint
        self._mode = _Mode.SIGN_IN
        self._locked_by: StaffMember | None = None
        form = self.form
        font = form.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        form.title_label.setFont(font)
        form.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        form.other_person_button.clicked.connect(self._on_other_person_button_clicked)
        for edit in (
            form.display_name_edit,
            form.user_name_edit,
            form.password_edit,
            form.repeat_edit,
        ):
            edit.returnPressed.connect(form.sign_in_button.click)
        self._show_mode()

    @property
    def locked_by(self) -> StaffMember | None:
        return self._locked_by

    def ask_first_admin(self) -> None:
        self._mode = _Mode.FIRST_ADMIN
        self._locked_by = None
        self._show_mode()

    def ask_sign_in(self) -> None:
        self._mode = _Mode.SIGN_IN
        self._locked_by = None
        self._show_mode()

    def ask_unlock(self, member: StaffMember) -> None:
        self._mode = _Mode.UNLOCK
        self._locked_by = member
        self._show_mode()

    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self._show_mode()

    def _show_mode(self) -> None:
        form, mode = self.form, self._mode
        first = mode is _Mode.FIRST_ADMIN
        for widget in (
            form.display_name_label,
            form.display_name_edit,
            form.repeat_label,
            form.repeat_edit,
        ):
            widget.setVisible(first)
        unlocking = mode is _Mode.UNLOCK
        form.user_name_label.setVisible(not unlocking)
        form.user_name_edit.setVisible(not unlocking)
        form.other_person_button.setVisible(unlocking)
        form.password_label.setText(
            self.tr("&Password or PIN") if unlocking else self.tr("&Password")
        )
        if first:
            form.title_label.setText(self.tr("Welcome to Tresen"))
            form.message_label.setText(
                self.tr(
                    "Create the administrator account. Everyone who works at this desk"
                    " signs in with an account of their own; the administrator creates"
                    " the others in the settings."
                )
            )
            form.sign_in_button.setText(self.tr("&Create and sign in"))
        elif unlocking:
            assert self._locked_by is not None
            form.title_label.setText(self.tr("The desk is locked"))
            form.message_label.setText(
                self.tr("%1 is signed in. Enter the password or PIN to go on.").replace(
                    "%1", self._locked_by.name
                )
            )
            form.sign_in_button.setText(self.tr("&Unlock"))
        else:
            form.title_label.setText(self.tr("Sign in"))
            form.message_label.setText(self.tr("Sign in with your user name and password."))
            form.sign_in_button.setText(self.tr("&Sign in"))
        form.hint_label.setText(self._demo_hint)
        form.hint_label.setVisible(bool(self._demo_hint) and not unlocking)
        self._clear()

    def _clear(self) -> None:
        form = self.form
        form.password_edit.clear()
        form.repeat_edit.clear()
        form.error_label.clear()
        form.error_label.hide()

    def first_field(self) -> QWidget:
        form = self.form
        if self._mode is _Mode.FIRST_ADMIN:
            return form.display_name_edit
        if self._mode is _Mode.UNLOCK:
            return form.password_edit
        return form.user_name_edit

    def focus_first_field(self) -> None:
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_other_person_button_clicked(self) -> None:
        self.ask_sign_in()
        self.focus_first_field()

    def _on_sign_in_button_clicked(self) -> None:
        form = self.form
        password = form.password_edit.text()
        if self._mode is _Mode.FIRST_ADMIN:
            # Loaded here, not with the window: the services' module brings SQLAlchemy.
            from desktop_app.core.access import Role
            from desktop_app.core.services.accounts import PASSWORDS_DIFFER, AccountDraft

            if password != form.repeat_edit.text():
                self._say(problem_text(FieldProblem(PASSWORDS_DIFFER)), form.repeat_edit)
                return

            draft = AccountDraft(
                form.display_name_edit.text(), form.user_name_edit.text(), Role.ADMIN
            )
            self._runner.run(
                self._accounts.create_first_admin,
                draft,
                password,
                on_done=self._on_signed_in,
                on_error=self._on_refused,
                control=form.sign_in_button,
            )
        elif self._mode is _Mode.UNLOCK:
            assert self._locked_by is not None and self._locked_by.id is not None
            self._runner.run(
                self._accounts.unlock,
                self._locked_by.id,
                password,
                on_done=self._on_signed_in,
                on_error=self._on_refused,
                control=form.sign_in_button,
            )
        else:
            self._runner.run(
                self._accounts.sign_in,
                form.user_name_edit.text(),
                password,
                on_done=self._on_signed_in,
                on_error=self._on_refused,
                control=form.sign_in_button,
            )

    def _on_signed_in(self, account: "AccountRecord") -> None:
        self._clear()
        self.signed_in.emit(account)

    def _on_refused(self, error: TresenError) -> None:
        form = self.form
        if isinstance(error, ValidationError):
            fields = {
                "display_name": form.display_name_edit,
                "user_name": form.user_name_edit,
                "password": form.password_edit,
            }
            name, problem = next(iter(error.problems.items()))
            label = {
                "display_name": self.tr("Name"),
                "user_name": self.tr("User name"),
                "password": self.tr("Password"),
            }.get(name, "")
            text = problem_text(problem)
            self._say(f"{label}: {text}" if label else text, fields.get(name, form.password_edit))
            return
        form.password_edit.clear()
        self._say(error_text(error), form.password_edit)

    def _say(self, message: str, field: QWidget) -> None:
        label = self.form.error_label
        label.setText(message)
        label.show()
        self.form.password_edit.setAccessibleDescription(message)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
