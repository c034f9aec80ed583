"""The line under a screen that says how the last action went, to the eye and to the ear."""

from PySide6.QtWidgets import QLabel


def show_status(label: QLabel, text: str, *, error: bool = False) -> None:
    """Show ``text`` in ``label`` (red for an error); a screen reader says it aloud.

    The announcement leaves the keyboard focus where it is, so the user types on.
    """
    label.setText(text)
    label.setProperty("errorLabel", error)
    # Re-polish so the style sheet picks up the changed property.
    label.style().unpolish(label)
    label.style().polish(label)
    # Imported here: loading QAccessible's Python type (with its many enums) takes a few
    # milliseconds that the program's start need not spend.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, text))
