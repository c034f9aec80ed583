"""Typing as a user does, including letters QTest cannot type.

``QTest.keyClicks`` asserts on characters outside ASCII (qasciikey.cpp), so "Müller" or
"محمد" are sent as key events that carry the text, as a keyboard with that layout would.
"""

import re
from collections import Counter
from collections.abc import Iterator

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)
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


def type_here(qtbot: QtBot, window: QWidget, text: str) -> None:
    """Type where the focus is, as a user does."""
    type_text(qtbot, focus_widget(qtbot, window), text)


def choose_in_popup_menu(qtbot: QtBot, key: Qt.Key) -> None:
    """Press ``key`` in the next menu that pops up (Alt+letter on a menu button opens one).

    A button's menu runs its own event loop until it closes, so the key is pressed from a
    timer that waits for the menu to appear.
    """
    timer = QTimer()
    timer.setInterval(20)

    def _press_when_open() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu) and menu.isVisible():
            timer.stop()
            qtbot.keyClick(menu, key)

    timer.timeout.connect(_press_when_open)
    timer.start()
    qtbot.waitUntil(lambda: not timer.isActive())


def _mnemonic(text: str) -> str | None:
    match = re.search("&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _texts_with_keys(window: QWidget) -> Iterator[str]:
    """The texts whose Alt+letter works in ``window`` as it is shown now."""
    if isinstance(window, QMainWindow):
        yield from (action.text() for action in window.menuBar().actions())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        tab_button = isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QTabBar)
        if labelled or (isinstance(widget, QAbstractButton) and not tab_button):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(index) for index in range(widget.count()))


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letters that do more than one thing in ``window`` as it is shown now."""
    texts = list(_texts_with_keys(window))
    counts = Counter(key for text in texts if (key := _mnemonic(text)))
    return {
        key: [text for text in texts if _mnemonic(text) == key]
        for key, count in counts.items()
        if count > 1
    }


def mnemonic_clashes_on_every_tab(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """``mnemonic_clashes`` with every tab of every tab widget shown in turn.

    The result maps where the clash shows (the current tabs' texts) to the clashes.
    """
    found: dict[str, dict[str, list[str]]] = {}
    walked: set[QTabWidget] = set()

    def where() -> str:
        shown = [t for t in window.findChildren(QTabWidget) if t.isVisible()]
        return " / ".join(t.tabText(t.currentIndex()) for t in shown)

    def walk() -> None:
        if clashes := mnemonic_clashes(window):
            found[where()] = clashes
        for tabs in window.findChildren(QTabWidget):
            if tabs in walked or not tabs.isVisible():
                continue
            walked.add(tabs)
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                walk()
            tabs.setCurrentIndex(current)
            walked.discard(tabs)

    walk()
    return found
