"""The facility's offers as a table: title, field of action, schedule, flags, state."""

import uuid
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.records import OfferRecord, ScheduleSlot
from desktop_app.gui.i18n import translate, weekday_label
from desktop_app.gui.models import RecordTableModel


class Column(IntEnum):
    TITLE = 0
    FIELD_OF_ACTION = 1
    SCHEDULE = 2
    FLAGS = 3
    ACTIVE = 4


_HEADERS: dict[int, str] = {
    Column.TITLE: QT_TRANSLATE_NOOP("OffersModel", "Title"),
    Column.FIELD_OF_ACTION: QT_TRANSLATE_NOOP("OffersModel", "Field of action"),
    Column.SCHEDULE: QT_TRANSLATE_NOOP("OffersModel", "Weekly schedule"),
    Column.FLAGS: QT_TRANSLATE_NOOP("OffersModel", "Flags"),
    Column.ACTIVE: QT_TRANSLATE_NOOP("OffersModel", "State"),
}


def slot_text(slot: ScheduleSlot) -> str:
    """ "Mon 10:00–12:00" in the user's language."""
    return f"{weekday_label(slot.weekday)} {slot.start:%H:%M}–{slot.end:%H:%M}"


def schedule_summary(schedule: Sequence[ScheduleSlot]) -> str:
    """ "Mon 10:00–12:00, Wed 14:00–16:00"; the slots in weekday and time order."""
    return ", ".join(slot_text(slot) for slot in sorted(schedule))


def flags_text(offer: OfferRecord) -> str:
    flags = []
    if offer.is_counselling:
        flags.append(translate("OffersModel", "Counselling"))
    if offer.jobcenter_suited:
        flags.append(translate("OffersModel", "Jobcenter"))
    return ", ".join(flags)


class OffersModel(RecordTableModel[OfferRecord]):
    """Holds a list of ``OfferRecord``s in the order the service gave them."""

    OfferRole = RecordTableModel.RecordRole
    columns = Column
    headers = _HEADERS
    context = "OffersModel"

    def set_offers(self, offers: Sequence[OfferRecord]) -> None:
        self.set_records(offers)

    def offer(self, row: int) -> OfferRecord:
        return self.record(row)

    def row_of(self, offer_id: uuid.UUID) -> int | None:
        return self.row_where(lambda offer: offer.id == offer_id)

    def extra(self, record: OfferRecord, column: IntEnum, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            # Inactive offers are listed only on request; grey them like disabled text.
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def text(self, record: OfferRecord, column: IntEnum) -> str:
        if column is Column.TITLE:
            return record.title
        if column is Column.FIELD_OF_ACTION:
            return record.field_of_action_name
        if column is Column.SCHEDULE:
            return schedule_summary(record.schedule)
        if column is Column.FLAGS:
            return flags_text(record)
        return (
            translate("OffersModel", "Active")
            if record.active
            else translate("OffersModel", "Inactive")
        )
