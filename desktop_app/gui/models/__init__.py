"""Item models that adapt service records to Qt views."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

_READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def read_only_flags(index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
    """The flags of a cell in a list that is chosen from but not edited in place."""
    return _READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags
