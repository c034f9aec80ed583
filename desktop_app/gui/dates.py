"""Days between the program and Qt: ``datetime.date`` in records, ``QDate`` in date edits.

PySide converts the two by itself, but its type stubs know only ``QDate``.
"""

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
