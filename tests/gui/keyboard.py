"""Typing as a user does, including letters QTest cannot type.

``QTest.keyClicks`` asserts on characters outside ASCII (qasciikey.cpp), so "Müller" or
"محمد" are sent as key events that carry the text, as a keyboard with that layout would.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def focus_widget(qtbot: QtBot, window: QWidget) -> QWidget:
    """The widget with the keyboard focus.

    The offscreen platform does not give the main window its focus back when a dialog
    closes, as a desktop does; the window is activated as the user would see it.
    """
    if QApplication.focusWidget() is None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def press(
    qtbot: QtBot,
    window: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press a key where the focus is, as a user does."""
    qtbot.keyClick(focus_widget(qtbot, window), key, modifier)
