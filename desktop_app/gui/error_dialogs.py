"""What the user sees when something goes wrong: a short, honest message, never a traceback."""

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.errors import DatabaseProblem, TresenError
from desktop_app.gui.i18n import error_text

if TYPE_CHECKING:
    # Imported where a box is made: loading QMessageBox's Python type takes a few
    # milliseconds that the program's start need not spend.
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


class ErrorReporter:
    """Shows errors to the user; unexpected ones are logged with their traceback first."""

    def __init__(self, log_path: Path) -> None:
        self._log_path = log_path
        # The open message box; kept here because a parentless box would be garbage-collected.
        self.box: QMessageBox | None = None

    def report(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        if isinstance(error, TresenError):
            self._show(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("ErrorDialogs", "Tresen"),
                error_text(error),
            )
            return
        log.error("unexpected error", exc_info=error)
        self._show(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("ErrorDialogs", "Something went wrong"),
            QCoreApplication.translate(
                "ErrorDialogs",
                "Tresen ran into an unexpected problem. Everything saved before this moment "
                "is safe; the last action may not have been completed. Please check it and "
                "try again. Details for support are in the log file:\n{path}",
            ).format(path=self._log_path),
        )

    def install_excepthook(self) -> None:
        """Route uncaught exceptions (e.g. in a slot) to ``report`` instead of stderr."""

        def hook(
            kind: type[BaseException], error: BaseException, trace: TracebackType | None
        ) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, error, trace)
                return
            self.report(error.with_traceback(trace))

        sys.excepthook = hook

    def _show(self, icon: "QMessageBox.Icon", title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.box = QMessageBox(
            icon, title, text, QMessageBox.StandardButton.Ok, QApplication.activeWindow()
        )
        self.box.open()


def database_problem_box(
    problem: DatabaseProblem, parent: "QWidget | None" = None
) -> "QMessageBox":
    """The dialog shown at start when the database cannot be opened (opened by the caller)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ErrorDialogs", "Tresen cannot open its database"),
        error_text(problem),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("database_problem_box")
    return box


def warn(
    parent: "QWidget", title: str, text: str, icon: "QMessageBox.Icon | None" = None
) -> "QMessageBox":
    """Show a warning (or ``icon``'s kind of message) without waiting for it (window-modal).

    The box deletes itself when closed.
    """
    from PySide6.QtWidgets import QMessageBox

    if icon is None:
        icon = QMessageBox.Icon.Warning
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
