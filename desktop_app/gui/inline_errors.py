"""Shows what is wrong beside each form field, in the user's language."""

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.errors import FieldProblem, TresenError, ValidationError
from desktop_app.gui.i18n import problem_text


def mark_field(widget: QWidget, invalid: bool, description: str = "") -> None:
    """Mark ``widget`` in error (or not) for the style sheet; ``description`` for screen readers.

    The dynamic property ``invalid`` is styled red by the application style sheet.
    """
    widget.setProperty("invalid", invalid)
    widget.setAccessibleDescription(description)
    # Re-polish so the style sheet picks up the changed property.
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class InlineErrors:
    """Maps field names to their input widget and the label below it that shows the problem.

    A field in error is marked (``mark_field``) with its message as accessible description,
    so screen readers say it too.
    """

    def __init__(self, fields: Mapping[str, tuple[QWidget, QLabel]]) -> None:
        self._fields = dict(fields)
        self.clear()

    def has_field(self, name: str) -> bool:
        return name in self._fields

    def clear(self) -> None:
        for widget, label in self._fields.values():
            self._mark(widget, label, "")

    def show(self, problems: Mapping[str, FieldProblem]) -> QWidget | None:
        """Show ``problems``; return the first widget in error, to give it focus."""
        first: QWidget | None = None
        for name, (widget, label) in self._fields.items():
            problem = problems.get(name)
            self._mark(widget, label, problem_text(problem) if problem else "")
            if problem is not None and first is None:
                first = widget
        return first

    def show_error(self, error: TresenError) -> bool:
        """Show a ``ValidationError`` of these fields beside them and focus the first one.

        False for any other error, and for problems of fields this form does not have:
        the caller says those in words of their own.
        """
        if not isinstance(error, ValidationError) or not any(
            self.has_field(name) for name in error.problems
        ):
            return False
        first = self.show(error.problems)
        if first is not None:
            first.setFocus()
        return True

    @staticmethod
    def _mark(widget: QWidget, label: QLabel, message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))
        mark_field(widget, bool(message), message)
