"""Lists of check boxes for choosing several values: languages, target groups."""

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPushButton

from desktop_app.core.reference import TARGET_GROUP_SUGGESTIONS
from desktop_app.core.text import clean, fold

VALUE_ROLE = Qt.ItemDataRole.UserRole


def add_check_item(widget: QListWidget, text: str, value: str, checked: bool) -> QListWidgetItem:
    """Add a checkable row showing ``text`` for ``value``."""
    item = QListWidgetItem(text, widget)
    item.setData(VALUE_ROLE, value)
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
    )
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_values(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(widget.item(row).data(VALUE_ROLE))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


def set_checked(widget: QListWidget, values: Iterable[str]) -> None:
    chosen = set(values)
    for row in range(widget.count()):
        item = widget.item(row)
        checked = str(item.data(VALUE_ROLE)) in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class TargetGroupChooser(QObject):
    """The suggested target groups to tick, and a line to add another one.

    Enter in the line adds the group (instead of the dialog's default button); a group that
    is already listed, in any spelling of case and accents, is ticked instead of doubled.
    """

    def __init__(self, groups: QListWidget, other_edit: QLineEdit, add_button: QPushButton) -> None:
        super().__init__(groups)
        self._groups = groups
        self._edit = other_edit
        add_button.clicked.connect(self._on_add_button_clicked)
        other_edit.installEventFilter(self)

    def show_groups(self, chosen: Iterable[str]) -> None:
        """The suggestions, then the chosen groups that are not among them; chosen ticked."""
        chosen = list(chosen)
        self._groups.clear()
        for group in TARGET_GROUP_SUGGESTIONS:
            add_check_item(self._groups, group, group, group in chosen)
        for group in chosen:
            if group not in TARGET_GROUP_SUGGESTIONS:
                add_check_item(self._groups, group, group, True)
        self._edit.clear()

    def chosen(self) -> tuple[str, ...]:
        return checked_values(self._groups)

    def add_other(self) -> None:
        group = clean(self._edit.text())
        if not group:
            return
        for row in range(self._groups.count()):
            item = self._groups.item(row)
            if fold(str(item.data(VALUE_ROLE))) == fold(group):
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            item = add_check_item(self._groups, group, group, True)
        self._groups.setCurrentItem(item)
        self._groups.scrollToItem(item)
        self._edit.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._edit.text().strip()
        ):
            self.add_other()
            return True
        return super().eventFilter(watched, event)

    def _on_add_button_clicked(self) -> None:
        self.add_other()
