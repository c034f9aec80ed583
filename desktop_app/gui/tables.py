"""Short lists shown in a QTableWidget: rows of texts, each also its own tooltip."""

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Show ``rows``; the last column takes the room left and wraps its (long) text."""
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    for column in range(last):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    # Rows follow their wrapped text whenever the width changes.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
