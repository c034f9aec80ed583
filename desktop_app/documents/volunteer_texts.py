"""The texts of the volunteer documents in German and English, read once from resources."""

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop_app.core.paths import resources_dir

VOLUNTEER_TEXT_LANGUAGES: tuple[str, ...] = ("de", "en")


class VolunteerTextsProblem(ValueError):
    """The bundled texts are incomplete or malformed: a defect of the installation."""


@dataclass(frozen=True)
class VolunteerTexts:
    """Everything the certificate, the time sheet and the annual overview say in one language."""

    language: str
    contact: str
    page_of: str
    date_format: str
    hours_format: str
    decimal_separator: str
    thousands_separator: str
    hours: str
    months: tuple[str, ...]
    months_short: tuple[str, ...]
    certificate_title: str
    certificate_engaged: str
    certificate_function: str
    certificate_activities: str
    certificate_activity: str
    certificate_total: str
    certificate_competences: str
    certificate_competences_intro: str
    certificate_trainings: str
    certificate_trainings_intro: str
    certificate_training: str
    certificate_training_date: str
    certificate_thanks: str
    certificate_place_and_date: str
    certificate_place_and_date_label: str
    certificate_signature: str
    certificate_freiwilligenpass: str
    time_sheet_title: str
    time_sheet_person: str
    time_sheet_period: str
    time_sheet_period_range: str
    time_sheet_issued_on: str
    time_sheet_date: str
    time_sheet_activity: str
    time_sheet_by_activity: str
    time_sheet_total: str
    time_sheet_no_hours: str
    time_sheet_confirmation: str
    time_sheet_signature_person: str
    time_sheet_signature_facility: str
    overview_title: str
    overview_name: str
    overview_total: str
    overview_sum: str
    overview_count: str
    overview_hours: str
    overview_issued_on: str
    overview_note: str
    overview_no_rows: str

    def format_date(self, day: date) -> str:
        return self.date_format.format(
            day=day.day,
            dd=f"{day.day:02d}",
            month=self.months[day.month - 1],
            mm=f"{day.month:02d}",
            yyyy=f"{day.year:04d}",
        )

    def number(self, minutes: int) -> str:
        """Minutes as hours with two decimals in this language's style: 735 → "12,25"."""
        hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        # Python's own grouping, then its separators swapped for this language's.
        text = f"{hours:,.2f}"
        return "".join(
            self.thousands_separator
            if char == ","
            else self.decimal_separator
            if char == "."
            else char
            for char in text
        )

    def hours_text(self, minutes: int) -> str:
        """Minutes as hours with the unit: "12,25 Stunden"."""
        return self.hours_format.format(number=self.number(minutes))

    def page_label(self, page: int, pages: int) -> str:
        return self.page_of.format(page=page, pages=pages)


# The keys every language's table holds: the record's fields but the language itself.
TEXT_KEYS: tuple[str, ...] = tuple(f.name for f in fields(VolunteerTexts) if f.name != "language")
_LIST_LENGTHS = {"months": 12, "months_short": 12}


def volunteer_texts_file() -> Path:
    return resources_dir() / "documents" / "volunteer_texts.toml"


def volunteer_texts(language: str) -> VolunteerTexts:
    """The texts in ``language`` ("de" or "en")."""
    texts = _all_volunteer_texts()
    if language not in texts:
        raise ValueError(f"No texts for volunteer documents in the language {language!r}.")
    return texts[language]


@cache
def _all_volunteer_texts() -> Mapping[str, VolunteerTexts]:
    path = volunteer_texts_file()
    with path.open("rb") as file:
        tables = tomllib.load(file)
    return MappingProxyType(
        {
            language: _parsed(path, language, tables.get(language))
            for language in VOLUNTEER_TEXT_LANGUAGES
        }
    )


def _parsed(path: Path, language: str, table: object) -> VolunteerTexts:
    if not isinstance(table, dict):
        raise VolunteerTextsProblem(f"{path}: the table [{language}] is missing.")
    missing = [key for key in TEXT_KEYS if key not in table]
    unknown = sorted(set(table) - set(TEXT_KEYS))
    if missing or unknown:
        raise VolunteerTextsProblem(
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
                and all(isinstance(item, str) and item.strip() for item in value)
            ):
                raise VolunteerTextsProblem(
                    f"{path}: [{language}] {key} must list {_LIST_LENGTHS[key]} texts."
                )
            values[key] = tuple(value)
        elif isinstance(value, str) and value.strip():
            values[key] = value
        else:
            raise VolunteerTextsProblem(f"{path}: [{language}] {key} must be a text.")
    return VolunteerTexts(**values)
