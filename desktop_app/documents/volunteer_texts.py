"""The texts of the volunteer documents in German and English, read once from resources."""

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from types import MappingProxyType

from desktop_app.core.paths import resources_dir
from desktop_app.core.text_tables import filled_date, read_text_tables

VOLUNTEER_TEXT_LANGUAGES: tuple[str, ...] = ("de", "en")


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
        return filled_date(self.date_format, day, self.months)

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
    return read_volunteer_texts(volunteer_texts_file())


def read_volunteer_texts(path: Path) -> Mapping[str, VolunteerTexts]:
    """Every language's texts from ``path``; ``TextsProblem`` if any is incomplete."""
    tables = read_text_tables(path, VOLUNTEER_TEXT_LANGUAGES, TEXT_KEYS, _LIST_LENGTHS)
    return MappingProxyType(
        {
            language: VolunteerTexts(language=language, **values)
            for language, values in tables.items()
        }
    )
