"""Dialog buttons for dialogs whose fields answer Enter themselves."""

from PySide6.QtWidgets import QDialogButtonBox, QPushButton


def keep_enter_for_fields(button_box: QDialogButtonBox) -> None:
    """Enter in a field runs that field's action (a search, a password change) and must not
    also press the button box's Close, which Qt makes the default button of a dialog."""
    for button in button_box.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
