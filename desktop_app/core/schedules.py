"""Weekly time slots as the tables store them: JSON objects with a weekday and two times."""

from collections.abc import Iterable
from datetime import time
from typing import Any

from desktop_app.core.records import ScheduleSlot


def slot_to_json(slot: ScheduleSlot) -> dict[str, Any]:
    return {
        "weekday": slot.weekday,
        "start": slot.start.strftime("%H:%M"),
        "end": slot.end.strftime("%H:%M"),
    }


def slot_from_json(data: dict[str, Any]) -> ScheduleSlot:
    return ScheduleSlot(
        weekday=int(data["weekday"]),
        start=time.fromisoformat(data["start"]),
        end=time.fromisoformat(data["end"]),
    )


def slots_to_json(slots: Iterable[ScheduleSlot]) -> list[dict[str, Any]]:
    return [slot_to_json(slot) for slot in sorted(set(slots))]


def slots_from_json(data: Iterable[dict[str, Any]]) -> tuple[ScheduleSlot, ...]:
    return tuple(sorted(slot_from_json(item) for item in data))
