"""The referral slip's texts in German, English, Turkish and Arabic, read once from resources."""

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop_app.core.paths import resources_dir
from desktop_app.core.reference import DEFAULT_FIELDS_OF_ACTION
from desktop_app.core.referral_records import SLIP_LANGUAGES

# Between the start and the end of an opening time: "10:00–14:00".
TIME_RANGE_DASH = "–"


class SlipTextsProblem(ValueError):
    """The bundled slip texts are incomplete or malformed: a defect of the installation."""


@dataclass(frozen=True)
class SlipTexts:
    """Everything a slip says in one language; the templates are filled by the methods."""

    language: str
    title: str
    for_person: str
    issued_on: str
    target_heading: str
    offer: str
    address: str
    opening_hours: str
    phone: str
    email: str
    website: str
    contact: str
    accessibility: str
    appointment: str
    purpose_field_and_text: str
    purpose_field: str
    purpose_text: str
    voluntary: str
    code_label: str
    code_note: str
    stamp_confirmed_on: str
    stamp: str
    stamp_note: str
    date_format: str
    appointment_format: str
    hours_format: str
    list_separator: str
    weekdays: tuple[str, ...]
    weekdays_short: tuple[str, ...]
    months: tuple[str, ...]
    # German name of a field of action → its name in this language.
    fields_of_action: Mapping[str, str] = field(hash=False)

    def field_of_action(self, name: str) -> str:
        """The field's name in this language; one a facility added itself is printed as is."""
        return self.fields_of_action.get(name, name)

    def purpose_sentence(self, field_of_action: str, purpose: str) -> str:
        """ "You are interested in …" with the field and the purpose; "" when both are empty."""
        field_name = self.field_of_action(field_of_action.strip()) if field_of_action else ""
        purpose = purpose.strip()
        if field_name and purpose:
            return self.purpose_field_and_text.format(field=field_name, purpose=purpose)
        if field_name:
            return self.purpose_field.format(field=field_name)
        if purpose:
            return self.purpose_text.format(purpose=purpose)
        return ""

    def format_date(self, day: date) -> str:
        return self.date_format.format(**self._date_values(day))

    def format_appointment(self, moment: datetime) -> str:
        return self.appointment_format.format(
            **self._date_values(moment.date()), time=moment.strftime("%H:%M")
        )

    def hours_line(self, weekday: int, times: Sequence[tuple[str, str]]) -> str:
        """One day's opening times: "Mo 10:00–14:00, 16:00–18:00"."""
        joined = self.list_separator.join(f"{start}{TIME_RANGE_DASH}{end}" for start, end in times)
        return self.hours_format.format(
            weekday=self.weekdays[weekday], weekday_short=self.weekdays_short[weekday], times=joined
        )

    def _date_values(self, day: date) -> dict[str, object]:
        return {
            "weekday": self.weekdays[day.weekday()],
            "weekday_short": self.weekdays_short[day.weekday()],
            "day": day.day,
            "dd": f"{day.day:02d}",
            "month": self.months[day.month - 1],
            "mm": f"{day.month:02d}",
            "yyyy": f"{day.year:04d}",
        }


# The keys every language's table holds: the record's fields but the language itself.
TEXT_KEYS: tuple[str, ...] = tuple(f.name for f in fields(SlipTexts) if f.name != "language")
_LIST_LENGTHS = {"weekdays": 7, "weekdays_short": 7, "months": 12}


def slip_texts_file() -> Path:
    return resources_dir() / "documents" / "slip_texts.toml"


def slip_texts(language: str) -> SlipTexts:
    """The slip's texts in ``language`` (one of ``SLIP_LANGUAGES``)."""
    texts = _all_slip_texts()
    if language not in texts:
        raise ValueError(f"No slip texts for the language {language!r}.")
    return texts[language]


@cache
def _all_slip_texts() -> Mapping[str, SlipTexts]:
    path = slip_texts_file()
    with path.open("rb") as file:
        tables = tomllib.load(file)
    return MappingProxyType(
        {language: _parsed(path, language, tables.get(language)) for language in SLIP_LANGUAGES}
    )


def _parsed(path: Path, language: str, table: object) -> SlipTexts:
    if not isinstance(table, dict):
        raise SlipTextsProblem(f"{path}: the table [{language}] is missing.")
    missing = [key for key in TEXT_KEYS if key not in table]
    unknown = sorted(set(table) - set(TEXT_KEYS))
    if missing or unknown:
        raise SlipTextsProblem(
            f"{path}: [{language}] lacks {', '.join(missing) or 'nothing'}"
            f" and has unknown keys {', '.join(unknown) or 'none'}."
        )
    values: dict[str, Any] = {"language": language}
    for key in TEXT_KEYS:
        value = table[key]
        if key in _LIST_LENGTHS:
            if not (
                isinstance(value, list)
                and len(value) == _LIST_LENGTHS[key]
                and all(isinstance(item, str) for item in value)
            ):
                raise SlipTextsProblem(
                    f"{path}: [{language}] {key} must list {_LIST_LENGTHS[key]} texts."
                )
            values[key] = tuple(value)
        elif key == "fields_of_action":
            if not isinstance(value, dict) or set(value) != set(DEFAULT_FIELDS_OF_ACTION):
                raise SlipTextsProblem(
                    f"{path}: [{language}.fields_of_action] must name exactly the default"
                    " fields of action."
                )
            values[key] = MappingProxyType({str(k): str(v) for k, v in value.items()})
        elif isinstance(value, str) and value.strip():
            values[key] = value
        else:
            raise SlipTextsProblem(f"{path}: [{language}] {key} must be a text.")
    return SlipTexts(**values)
