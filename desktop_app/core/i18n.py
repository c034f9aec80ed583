"""Marks user-facing text in Qt-free code for Qt Linguist without importing Qt.

``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP(context, text)`` call from the
Python sources; the GUI translates the text with ``QCoreApplication.translate`` when it
shows it. Outside the GUI (command line, logs) the English source text is used as is.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call only marks it for translation."""
    del context
    return text
