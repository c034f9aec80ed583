"""A list of entries with the chosen entry's fields beside it, and buttons to add and remove.

The volunteer dialog (activities, trainings) and the partner dialog (locations, offers)
edit their entries this way. The list keeps its own copy of every entry and writes the
fields back into it when another entry is chosen, so that the dialog can save them all
at once.

The problems of such a dialog are named by area, row and field ("offers.2.email",
"activities.1"); the functions below sort them out for the entries and their fields.
"""

from collections.abc import Callable, Container, Iterable, Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QWidget,
)

from desktop_app.core.errors import FieldProblem

EntryT = TypeVar("EntryT")


def nested_problems(problems: Mapping[str, FieldProblem], prefix: str) -> dict[str, FieldProblem]:
    """The problems under ``prefix`` ("locations.1."), named without it ("postcode")."""
    return {name[len(prefix) :]: p for name, p in problems.items() if name.startswith(prefix)}


def rows_in_error(problems: Mapping[str, FieldProblem], area: str) -> set[int]:
    """The rows of ``area`` that have a problem ("trainings.1.title" → 1, "activities.2" → 2)."""
    rows: set[int] = set()
    for name in nested_problems(problems, f"{area}."):
        index = name.partition(".")[0]
        if index.isdigit():
            rows.add(int(index))
    return rows


def without_area(problems: Mapping[str, FieldProblem], area: str) -> dict[str, FieldProblem]:
    """The problems outside ``area``: when an entry is removed, its area's rows move."""
    return {name: p for name, p in problems.items() if name.partition(".")[0] != area}


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the item holding ``value`` (compared in Python: ids are UUID objects)."""
    index = next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)
    combo.setCurrentIndex(index)


class EntryList(QObject, Generic[EntryT]):
    """The entries of one list and the row chosen in it (-1: none).

    The dialog says how an entry is made (``new``), titled in the list (``title``, given
    the entry and its row), read from the fields (``read_fields``, given the entry as
    stored) and shown in them (``show_fields``; a new entry when none is chosen).
    ``details`` holds the fields; ``empty_label`` stands in its place while none is chosen.
    """

    def __init__(
        self,
        items: QListWidget,
        add_button: QPushButton,
        remove_button: QPushButton,
        details: QWidget,
        empty_label: QWidget,
        first_field: QWidget,
        *,
        new: Callable[[], EntryT],
        title: Callable[[EntryT, int], str],
        read_fields: Callable[[EntryT], EntryT],
        show_fields: Callable[[EntryT], None],
    ) -> None:
        super().__init__(items)
        self.entries: list[EntryT] = []
        self._row = -1
        self._items = items
        self._add_button = add_button
        self._remove_button = remove_button
        self._details = details
        self._empty_label = empty_label
        self._first_field = first_field
        self._new = new
        self._title = title
        self._read_fields = read_fields
        self._show_fields = show_fields
        items.currentRowChanged.connect(self._on_items_current_row_changed)

    @property
    def row(self) -> int:
        """The row of the entry whose fields are shown; -1 when none is chosen."""
        return self._row

    @property
    def chosen(self) -> EntryT | None:
        """The chosen entry as last stored; None when none is chosen."""
        return self.entries[self._row] if self._is_chosen(self._row) else None

    def set_entries(self, entries: Iterable[EntryT]) -> None:
        """List ``entries`` and choose the first one."""
        self.entries = list(entries)
        items = self._items
        blocked = items.blockSignals(True)
        items.clear()
        for row, entry in enumerate(self.entries):
            QListWidgetItem(self._title(entry, row), items)
        items.blockSignals(blocked)
        self._row = -1
        self._show(0 if self.entries else -1)
        blocked = items.blockSignals(True)
        items.setCurrentRow(self._row)
        items.blockSignals(blocked)

    def store(self) -> None:
        """Write the fields back into the chosen entry."""
        if self._is_chosen(self._row):
            self.entries[self._row] = self._read_fields(self.entries[self._row])

    def add(self) -> None:
        """Append a new entry and choose it, ready to be filled in."""
        self.store()
        self.entries.append(self._new())
        row = len(self.entries) - 1
        QListWidgetItem(self._title(self.entries[row], row), self._items)
        self._items.setCurrentRow(row)
        self._first_field.setFocus()

    def remove(self) -> None:
        """Remove the chosen entry and choose the one now in its place (or the last)."""
        row = self._row
        if not self._is_chosen(row):
            return
        del self.entries[row]
        self._row = -1
        items = self._items
        blocked = items.blockSignals(True)
        items.takeItem(row)
        new_row = min(row, len(self.entries) - 1)
        items.setCurrentRow(new_row)
        items.blockSignals(blocked)
        self._show(new_row)
        self.focus()

    def focus(self) -> None:
        """Go to the list, or to the Add button while the list is empty."""
        target = self._items if self._items.count() else self._add_button
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def update_title(self) -> None:
        """The chosen entry's title in the list follows its fields as they are typed."""
        if self._is_chosen(self._row):
            self.store()
            self._items.item(self._row).setText(self._title(self.entries[self._row], self._row))

    def update_titles(self) -> None:
        """Title every entry anew (after a change of language or of their numbers)."""
        self.store()
        for row, entry in enumerate(self.entries):
            self._items.item(row).setText(self._title(entry, row))

    def mark(self, rows: Container[int], note: str) -> None:
        """The entries at ``rows`` get a warning sign and say ``note`` (not by colour alone)."""
        icon = self._items.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row in range(self._items.count()):
            item = self._items.item(row)
            bad = row in rows
            item.setIcon(icon if bad else QIcon())
            item.setToolTip(note if bad else "")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, note if bad else "")

    def mark_problems(self, problems: Mapping[str, FieldProblem], area: str, note: str) -> None:
        """``mark`` the entries that have a problem under ``area`` ("offers.1.name")."""
        self.mark(rows_in_error(problems, area), note)

    def _is_chosen(self, row: int) -> bool:
        return 0 <= row < len(self.entries)

    def _show(self, row: int) -> None:
        self._row = row
        shown = self._is_chosen(row)
        self._details.setVisible(shown)
        self._empty_label.setVisible(not shown)
        self._remove_button.setEnabled(shown)
        self._show_fields(self.entries[row] if shown else self._new())

    def _on_items_current_row_changed(self, row: int) -> None:
        self.store()
        self._show(row)
