"""A volunteer's allowance payments of a year as a table: paid on, amount, kind, activity."""

from enum import IntEnum

from PySide6.QtCore import QLocale, Qt

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.volunteer_records import (
    ALLOWANCE_KIND_LABELS,
    AllowanceKind,
    AllowancePayment,
)
from desktop_app.gui.i18n import translate
from desktop_app.gui.models import RecordTableModel
from desktop_app.gui.models.visitors_model import date_text


def euros(cents: int) -> str:
    """ "1.234,50 €" in German, "1,234.50 €" in English."""
    return f"{QLocale().toString(cents / 100, 'f', 2)} €"


def kind_label(kind: AllowanceKind) -> str:
    return translate("reference", ALLOWANCE_KIND_LABELS[kind])


class Column(IntEnum):
    PAID_ON = 0
    AMOUNT = 1
    KIND = 2
    ACTIVITY = 3


_HEADERS: dict[int, str] = {
    Column.PAID_ON: QT_TRANSLATE_NOOP("PaymentsModel", "Paid on"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("PaymentsModel", "Amount"),
    Column.KIND: QT_TRANSLATE_NOOP("PaymentsModel", "Allowance"),
    Column.ACTIVITY: QT_TRANSLATE_NOOP("PaymentsModel", "Activity"),
}


class PaymentsModel(RecordTableModel[AllowancePayment]):
    """Holds the ``AllowancePayment``s of a year in the order the service gave them."""

    columns = Column
    headers = _HEADERS
    context = "PaymentsModel"

    def text(self, record: AllowancePayment, column: IntEnum) -> str:
        if column is Column.PAID_ON:
            return date_text(record.paid_on)
        if column is Column.KIND:
            return kind_label(record.kind)
        if column is Column.ACTIVITY:
            return record.activity
        return euros(record.amount_cents)

    def extra(self, record: AllowancePayment, column: IntEnum, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.AMOUNT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
